# private names (__x in a class body and its methods) mangled to _Class__x, as CPython: attributes, names, parameters, defs, nested classes, except/global/match targets, __slots__
class A:
    __z = 3
    def __init__(self):
        self.__y = 2
        self.__dict__['plain'] = 1
    def f(self, __p=1):
        return dict(__x=1), __p
    def g(self):
        return [__q for __q in range(2)], f"{self.__y}", (lambda __l: __l + self.__y)(1)
    def h(self):
        return self.__z, sorted(vars(self))
    def __m(self):
        return 'm'
    def call_m(self):
        return self.__m(), self.__m.__name__, A.__m.__qualname__
    class __Inner:
        __deep = 1
        def get(self):
            return self.__deep
    def inner(self):
        return self.__Inner().get(), self.__Inner.__name__
    def __dunder__(self):
        return 'dunder'
    def catch(self):
        try:
            raise ValueError('v')
        except ValueError as __e:
            return str(__e)
    def glob(self):
        global __G
        __G = 5
        return __G
print(A().f(), A().g(), A().h(), A._A__z, A().call_m(), A().inner(), A().__dunder__(), A().catch())
print(A().glob(), _A__G, sorted(k for k in A.__dict__ if not k.startswith('__') or k.endswith('__') and False))

class B(A):
    def __init__(self):
        super().__init__()
        self.__y = 'B'
    def both(self):
        return self.__y, self._A__y
print(B().both(), hasattr(B(), '__y'))

class ___:
    __k = 1
print(___.__dict__.get('__k'))

class _Lead:
    __v = 2
print(_Lead._Lead__v)

class M:
    __slots__ = ('__secret', 'pub')
    def __init__(self): self.__secret = 5
m = M()
print(getattr(m, '_M__secret', 'no'), hasattr(m, '__secret'))

class P:
    def check(self, x):
        match x:
            case {'k': __v}:
                return __v
            case [*__rest]:
                return __rest
print(P().check({'k': 9}), P().check([1, 2]))
