class A:
    def __init__(self, x): self.x = x
a = A(1); print(a.x)
def init2(self, x): self.x = x * 2
A.__init__ = init2
print(A(2).x)
class B(A): pass
print(B(3).x)
A.__new__ = staticmethod(lambda cls, x: 42)
print(A(1), B(1))
class C: pass
try: C(1)
except TypeError as e: print(e)
class D:
    def __init__(self): return 1
try: D()
except TypeError as e: print(e)
class M(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
class E(metaclass=M):
    def __init__(self, a, b): self.s = a + b
print(E(1, 2).s, E(3, 4).s)
class F:
    def __init__(self, a, b=5): self.s = a + b
print(F(1).s, F(1, 2).s, F(b=3, a=1).s)
class G:
    def __init__(self, a):
        x = lambda: a
        self.f = x
print(G(7).f(), G(8).f())
class H:
    def __init__(self, a): return a
try: H(1)
except TypeError as e: print(e)
try: H()
except TypeError as e: print(e)
try: H(1, 2)
except TypeError as e: print(e)
def mk():
    return [F(i).s for i in range(3)]
print(mk())
# the remembered construction follows the classes as they change
class P:
    def __init__(self, v): self.v = v
class Q(P): pass
print([Q(i).v for i in range(3)])
P.__init__ = lambda self, v: setattr(self, 'v', -v)
print([Q(i).v for i in range(3)])
def q_init(self, v, w=10): self.v = v + w
Q.__init__ = q_init
print([Q(i).v for i in range(3)], P(4).v)
del Q.__init__
print(Q(4).v)
Q.__init__ = None
try: Q(1)
except TypeError as e: print(e)
del Q.__init__
P.__new__ = lambda cls, v: 'made by __new__ %d' % v
print(Q(5), P(6))
del P.__new__
class R:
    pass
print(type(R()).__name__)
R.__init__ = lambda self, a: print('R init', a)
R(1)
def body():
    for i in range(3):
        yield S(i)
class S:
    __slots__ = ('i',)
    def __init__(self, i): self.i = i
print([s.i for s in body()])
