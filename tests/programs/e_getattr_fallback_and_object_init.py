# numeric literal underscores in exponents; object() has no __dict__; a __set__-only descriptor; __getattr__ after a property's AttributeError; object.__init__'s extra arguments through super()
print(1e1_0, 1_0.5e1_0, 0x_ff)
o = object()
try:
    o.x = 1
except AttributeError as e: print(e)
class SetOnly:
    def __set__(self, obj, v): obj.__dict__['v'] = v
class A:
    v = SetOnly()
a = A()
print(type(a.v).__name__)
a.v = 42
print(a.v)
class W:
    @property
    def p(self): raise AttributeError('inside')
    def __getattr__(self, name): return 'fallback ' + name
print(W().p)
class K:
    def __init__(self, **kw): super().__init__(**kw)
try:
    K(extra=1)
except TypeError as e: print(e)
K()
class N:
    def __new__(cls, *a): return super().__new__(cls)
    def __init__(self, *a): pass
N(1, 2)
class Q:
    def __new__(cls, *a, **k): return super().__new__(cls)
Q(1, x=2)
try:
    class R: pass
    R(1)
except TypeError as e: print(e)
