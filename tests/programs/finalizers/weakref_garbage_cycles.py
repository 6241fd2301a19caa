# Weak references and cyclic garbage, as CPython's collector treats them: every weak
# reference to a garbage object dies before any __del__ runs (so an object that its
# __del__ resurrects has no weak reference left), and a weak reference that is itself
# part of the garbage never calls its callback.
import gc
import weakref


class Node:
    pass


log = []

a = Node()
b = Node()
a.b = b
b.a = a
a.ref = weakref.ref(b, lambda r: log.append('callback of a garbage reference'))
outside = weakref.ref(b, lambda r: log.append('callback of a live reference'))
del a, b
gc.collect()
print('callbacks:', log, outside())

saved = []


class Phoenix:
    def __del__(self):
        saved.append(self)


p = Phoenix()
p.me = p
dead = weakref.ref(p)
dead_with_callback = weakref.ref(p, lambda r: log.append('resurrected one died'))
del p
gc.collect()
print('resurrected:', len(saved), 'its weak references dead:', dead() is None,
      dead_with_callback() is None)
print('callbacks:', log)
again = weakref.ref(saved[0]) if saved else None     # (none on a plan that never finalizes)
print('a new weak reference to it:', again is not None and again() is saved[0])
saved.clear()
gc.collect()
print('and that one dies with it:', again is not None and again() is None)

# a cycle that holds the only reference to a WeakValueDictionary's value
cache = weakref.WeakValueDictionary()
c = Node()
c.me = c
cache['c'] = c
del c
gc.collect()
print('cache after collect:', list(cache.keys()))

# a callback that refers to the cycle it watches: the reference and its callback are
# garbage with it
log.clear()
d = Node()
d.me = d
d.ref = weakref.ref(d, lambda r, d=d: log.append('never'))
del d
gc.collect()
print('callbacks:', log)
print('done')
