# obj.__dict__ = d (AttrDict idiom, a dict subclass holding its own attributes) and obj.__class__ = C (state pattern), through the attribute and method caches
class AttrDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.__dict__ = self
d = AttrDict(a=1); print(d.a); d.b = 2; print(d['b'], d, vars(d) is d, d.__dict__ is d)
del d.a; print(d, hasattr(d, 'a'))
d['keys2'] = 5; print(d.keys2, list(d.keys()))
class O:
    def m(self): return 'method'
o = O(); o.x = 1; o.__dict__ = {'z': 9}; print(o.z, vars(o), hasattr(o, 'x'))
for i in range(3): print(o.m())
o.__dict__['m'] = lambda: 'shadow'; print(o.m())
nd = {}; o.__dict__ = nd; o.q = 3; print(nd)
try: o.__dict__ = 5
except TypeError as e: print(e)
class A:
    def f(self): return 'A'
class B:
    def f(self): return 'B'
    def g(self): return self.v
x = A(); x.v = 7
for cls in (B, A, B):
    x.__class__ = cls; print(type(x).__name__, x.f(), isinstance(x, B), x.v)
print(x.g())
try: x.__class__ = int
except TypeError as e: print(e)
try: x.__class__ = 3
except TypeError as e: print(e)
class S: __slots__ = ('a',)
try: x.__class__ = S
except TypeError as e: print(e)
class L(list): pass
class L2(list): pass
l = L([1]); l.__class__ = L2; print(type(l).__name__, l)
try: l.__class__ = A
except TypeError as e: print(e)
class State:
    def __init__(self): self.__class__ = Idle
class Idle(State):
    def go(self): self.__class__ = Running; return 'start'
class Running(State):
    def go(self): self.__class__ = Idle; return 'stop'
s = State(); print([s.go() for _ in range(4)], type(s).__name__)
class P:
    def __init__(self, x): self.x = x
    def get(self): return self.x
ps = [P(i) for i in range(6)]
ps[2].__dict__ = {'x': 'dict2'}
ps[4].__dict__ = AttrDict(x='attrdict4')
def total(objs):
    out = []
    for o in objs:
        out.append(o.x)
        out.append(o.get())
        o.y = len(out)
    return out
for _ in range(3):
    print(total(ps))
print(ps[2].__dict__, ps[4].__dict__, vars(ps[1]))
