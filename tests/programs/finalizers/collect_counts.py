# gc.collect() returns how many unreachable objects it found: CPython's collector and the
# refcount plans' count a cycle with __del__s once (its __del__s run, then the same
# collection frees it), so the next gc.collect() finds nothing; the tracing plans do
# not count (0, collection.out); each line is labelled (boehm: the last label must be
# printed, what follows it may differ)
import gc

log = []


class T:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        log.append(self.n)


class U:
    pass


a = T(1)
b = T(2)
a.o = b
b.o = a
del a, b
print('cycle with __del__s:', gc.collect(), gc.collect(), gc.collect())
print('finalized:', sorted(log))

a = U()
b = U()
a.o = b
b.o = a
del a, b
print('cycle without __del__:', gc.collect(), gc.collect())

# a __del__ that resurrects its object: counted once, kept, finalized only once
saved = []


class R:
    def __del__(self):
        saved.append(self)
        log.append('R')


r = R()
r.me = r
del r
print('resurrected:', gc.collect(), gc.collect(), len(saved), log.count('R'))
saved.clear()
print('dropped again:', gc.collect(), log.count('R'))
