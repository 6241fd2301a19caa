# metaclasses: __new__/__init__ of a metaclass, __call__ (singletons), __prepare__,
# class-level operators, properties and __getattr__ of a metaclass, __instancecheck__,
# type(name, bases, dict), metaclass conflicts, __class__ in methods
class Meta(type):
    registry = []
    def __new__(mcls, name, bases, ns, **kw):
        ns['added'] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw
    def __iter__(cls):
        return iter([1, 2, 3])
    def __len__(cls):
        return 3
    def __contains__(cls, x):
        return x == 2
    def __getitem__(cls, k):
        return k * 2
    def __repr__(cls):
        return "<Meta %s>" % cls.__name__
    def describe(cls):
        return "class " + cls.__name__
    @property
    def prop(cls):
        return "prop of " + cls.__name__

class C(metaclass=Meta, flag=1):
    x = 1
    def method(self):
        return __class__.__name__

class D(C):
    pass

print(list(C), len(C), 2 in C, 5 in C, C[4], repr(C), str(D))
print(type(C).__name__, type(D) is Meta, isinstance(C, Meta), isinstance(C, type))
print(C.added, D.added, Meta.registry, C.kw, D.kw)
print(C.describe(), D.prop, C().method(), bool(C))
print(type(Meta), type(type))

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, v):
        self.v = v
a = Config(1); b = Config(2)
print(a is b, a.v)

X = type('X', (object,), {'a': 5, 'f': lambda self: self.a + 1})
print(X.__name__, X().f(), X.a)

class ABCish(type):
    def __instancecheck__(cls, inst):
        return hasattr(inst, 'quack')
    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')
class Duck(metaclass=ABCish):
    pass
class Mallard:
    quack = 1
print(isinstance(Mallard(), Duck), isinstance(3, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))

def func_meta(name, bases, ns):
    return name + "!"
class F(metaclass=func_meta):
    pass
print(F)

class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {'preset': 42}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))
class O(metaclass=Ordered):
    y = preset + 1
print(O.y, O.preset)

class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Bad(A1, A2): pass
except TypeError as e:
    print("TypeError", e)
class Attr(type):
    def __getattr__(cls, name):
        return name.upper()
class G(metaclass=Attr):
    z = 1
print(G.z, G.hello)
