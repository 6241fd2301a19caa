# Sets and bound methods in reference cycles that the program drops: gc.collect() frees
# them (the refcount plans' cycle collector, the tracing plans' collection) and their
# weak references die, their callbacks called; 'none' (.never.out) frees nothing.
# (Not run untranslated: there the host's collector does not free these cycles.)
import gc
import weakref

events = []


def note(what):
    return lambda ref: events.append(what)


class Node:
    def __init__(self, name):
        self.name = name

    def me(self):
        return self


# an instance holds a set that holds it
a = Node('a')
a.members = {a}
ra = weakref.ref(a.members, note('set of a died'))
del a
gc.collect()
print('set cycle:', ra() is None, events)
events.clear()

# an instance holds its own bound method
b = Node('b')
b.cb = b.me
rb = weakref.ref(b.cb, note('method of b died'))
print(rb()().name, weakref.getweakrefcount(b.cb))
del b
gc.collect()
print('method cycle:', rb() is None, events)
events.clear()

# a frozenset key of a dict held by an instance that the frozenset holds
c = Node('c')
key = frozenset([c])
c.index = {key: 'c'}
rk = weakref.ref(key, note('frozenset of c died'))
kept = Node('kept')
kept.members = {kept}
rkept = weakref.ref(kept.members)
del c, key
gc.collect()
print('frozenset cycle:', rk() is None, events, rkept() is kept.members)
