# object.__new__(cls) only for classes whose instances object's __new__ can make:
# CPython's "is not safe" TypeError otherwise, naming the __new__ to use.


def attempt(label, fn):
    try:
        r = fn()
        print(label, 'ok', type(r).__name__)
    except TypeError as e:
        print(label, 'TypeError', e)


for cls in [int, str, list, dict, tuple, set, type, BaseException, ValueError, object]:
    attempt(cls.__name__, lambda: object.__new__(cls))
attempt('not a type', lambda: object.__new__(1))
attempt('not a type (str)', lambda: object.__new__('x'))
attempt('no argument', lambda: object.__new__())


class Plain:
    pass


class WithNew:
    def __new__(cls, x):
        self = super().__new__(cls)
        self.x = x
        return self


class Sub(WithNew):
    def __new__(cls, x):
        return object.__new__(cls)


class IntSub(int):
    pass


class IntWithNew(int):
    def __new__(cls, v):
        return super().__new__(cls, v + 1)


class IntGrandchild(IntWithNew):
    pass


class MyError(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, *args)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)


class WithMeta(metaclass=Meta):
    pass


attempt('Plain', lambda: object.__new__(Plain))
print('WithNew', WithNew(4).x, type(Sub(1)).__name__)
attempt('IntSub', lambda: object.__new__(IntSub))
print('IntWithNew', IntWithNew(5), IntGrandchild(6))
attempt('IntGrandchild', lambda: object.__new__(IntGrandchild))
print('MyError', repr(MyError(1, 2)))
attempt('MyError', lambda: object.__new__(MyError))
print('Meta', type(WithMeta).__name__)
attempt('Meta', lambda: object.__new__(Meta))
