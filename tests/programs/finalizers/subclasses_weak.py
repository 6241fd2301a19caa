# type.__subclasses__() refers to the subclasses weakly, as CPython does: a class made
# on a base and dropped is no longer listed once it is freed (gc.collect() frees the
# classes still in a cycle: each is one, through its own MRO), and the base does not
# keep it alive.  'none' (never.out) frees nothing.
import gc


class Base:
    pass


def make(i):
    class C(Base):
        n = i
    return C


keep = [make(i) for i in range(3)]
for i in range(100):
    make(i)
gc.collect()
print('live:', len(Base.__subclasses__()), [c.n for c in Base.__subclasses__()])
del keep[1]
gc.collect()
print('after del:', [c.n for c in Base.__subclasses__()])


class Mid(Base):
    pass


class Leaf(Mid):
    pass


print('chain:', [c.__name__ for c in Mid.__subclasses__()], Mid in Base.__subclasses__())
del Leaf
gc.collect()
print('leaf gone:', Mid.__subclasses__(), Base in object.__subclasses__())
