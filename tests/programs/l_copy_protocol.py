# copy.copy/deepcopy through the copy protocol: __reduce__, __getnewargs__, __getstate__/__setstate__, slots, modules
class A:
    def __init__(self, x): self.x = x
a = object.__new__(A); print(type(a).__name__, hasattr(a, 'x'))
class L(list):
    def __init__(self, *a): raise SystemExit('no')
l = list.__new__(L); print(type(l).__name__, l)
class D(dict): pass
print(type(dict.__new__(D)).__name__)
class S:
    __slots__ = ('a',)
print(type(object.__new__(S)).__name__)
class N:
    def __new__(cls, *a): raise SystemExit('new called')
print(type(object.__new__(N)).__name__)
import copy
print(copy.copy(A(3)).x, copy.deepcopy([A(4)])[0].x)
class R:
    def __init__(self): self.v = 1
    def __reduce__(self): return (R2, (5,))
class R2:
    def __init__(self, v): self.v = v
print(type(copy.copy(R())).__name__, copy.deepcopy(R()).v)
class C:
    def __copy__(self): return 'copied'
    def __deepcopy__(self, memo): return 'deep'
print(copy.copy(C()), copy.deepcopy(C()))
class G:
    def __init__(self): self.a = 1
    def __getstate__(self): return {'a': 2}
    def __setstate__(self, st): self.a = st['a'] * 10
print(copy.copy(G()).a, copy.deepcopy(G()).a)
class P:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
p2 = copy.deepcopy(P()); print(p2.a, hasattr(p2, 'b'))
class NA:
    def __new__(cls, n):
        o = object.__new__(cls); o.n = n; return o
    def __getnewargs__(self): return (self.n,)
print(copy.copy(NA(3)).n, copy.deepcopy(NA(4)).n)
class SS:
    def __init__(self): self.v = [1]
    def __setstate__(self, st): print('setstate', sorted(st)); self.__dict__.update(st)
s1 = SS(); s2 = copy.deepcopy(s1); print(s2.v, s2.v is s1.v)
class E: pass
class SE:
    def __setstate__(self, st): print('called', st)
copy.copy(SE())
class LL(list):
    def __getstate__(self): return {'tag': 'x'}
l = LL([1, 2]); l.q = 5; print(copy.copy(l), copy.copy(l).tag)
import sys
for f in (copy.copy, copy.deepcopy):
    try: f(sys)
    except TypeError as e: print('TypeError', e)
def gen(): yield 1
try: copy.copy(gen())
except TypeError as e: print('TypeError', e)
class Cyc:
    pass
c = Cyc(); c.me = c; c2 = copy.deepcopy(c); print(c2.me is c2, c2 is not c)
class RS:
    def __reduce__(self): return 'RS_global'
r = RS(); print(copy.copy(r) is r)
class RL:
    def __init__(self): self.items = [1]
    def __reduce__(self): return (RL2, (), {'s': 1}, iter([7, 8]), iter([('k', 'v')]))
class RL2(dict):
    def append(self, x): self.setdefault('l', []).append(x)
print(sorted(copy.deepcopy(RL()).items()))
