# Classes are containers like any other: each is a cycle through its own MRO (and
# through its methods' __class__ cell when they use super()), and gc.collect() frees
# the ones a program dropped -- on the refcount plans too, whose cycle collector
# tracks classes.  Each class here holds a Token in its dict, to which the program
# keeps a weak reference: it dies with the class.  'none' (classes_collected.never.out)
# frees nothing.
import gc
import weakref
from collections import namedtuple


class Token:
    pass


class Base:
    def hello(self):
        return "base"


def make(i):
    class C(Base):
        n = i
        token = Token()

        def hello(self):
            return "C%d+" % self.n + super().hello()
    return C


first = make(0)
print(first().hello())
refs = [weakref.ref(make(i).token) for i in range(50)]
gc.collect()
print("dropped classes freed:", sum(r() is None for r in refs), "of", len(refs))
print("kept:", first.n, len(Base.__subclasses__()))


def with_instance_cycle():
    class D:
        token = Token()
    d = D()
    d.me = d
    d.kind = D
    return weakref.ref(D.token), weakref.ref(d)


rc, rd = with_instance_cycle()
gc.collect()
print("class and its instance in a cycle:", rc() is None, rd() is None)

made = [weakref.ref(type("T%d" % i, (Base,), {"x": i, "token": Token()}).token)
        for i in range(20)]
gc.collect()
print("type() classes freed:", sum(r() is None for r in made))

points = []
for i in range(10):
    P = namedtuple("P", "x y")
    P.token = Token()
    points.append(P(i, i * i))
    del P
print(points[3], points[3].y)
kinds = weakref.ref(type(points[0]).token)
del points
gc.collect()
print("namedtuple class freed with its last instance:", kinds() is None)


class Meta(type):
    made = 0

    def __call__(cls, *args):
        Meta.made += 1
        return super().__call__(*args)


def with_meta():
    class M(metaclass=Meta):
        token = Token()

        def __init__(self, v):
            self.v = v
    return weakref.ref(M.token), M(5).v


rm, v = with_meta()
gc.collect()
print("metaclass instance freed:", rm() is None, v, Meta.made)
print("subclasses left:", [c.__name__ for c in Base.__subclasses__()])
