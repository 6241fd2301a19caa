# Weak references to sets, frozensets and bound methods: alive while the object is,
# dead (and their callbacks called) once it is freed -- checked after gc.collect(), so
# that the refcount plans (prompt) and the tracing plans (after a collection) print
# what python3 prints; 'none' (.never.out) frees nothing.  A bound method made only
# for the reference (`weakref.ref(obj.m)`) dies with it, as in CPython: WeakMethod is
# the remedy.  (Sets in reference cycles: weakref_sets_cycles.py.)
import gc
import weakref

events = []


def note(what):
    return lambda ref: events.append(what)


s = {1, 2}
fs = frozenset('ab')
rs = weakref.ref(s, note('set died'))
rfs = weakref.ref(fs, note('frozenset died'))
plain = weakref.ref(s)
del s, fs
gc.collect()
print('sets dead:', rs() is None, rfs() is None, plain() is None, sorted(events))
events.clear()


class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return 'hello from ' + self.name


g = Greeter('g')
temp = weakref.ref(g.hello)
gc.collect()
print('temporary method dead:', temp() is None)
bound = g.hello
rm = weakref.ref(bound, note('method died'))
print(rm()(), weakref.getweakrefcount(bound))
del bound
gc.collect()
print('method dead:', rm() is None, events, g.name)
events.clear()
wm = weakref.WeakMethod(g.hello)
gc.collect()
print('WeakMethod alive:', wm()())

cache = weakref.WeakValueDictionary()
held = [frozenset([i]) for i in range(5)]
for fz in held:
    cache[min(fz)] = fz
del fz
del held[1:4]
gc.collect()
print(len(cache), sorted(cache))

wk = weakref.WeakKeyDictionary()
keys = [frozenset(range(i)) for i in range(1, 5)]
for k in keys:
    wk[k] = len(k)
del k
keys.pop(0)
gc.collect()
print(len(wk), sorted(wk.values()))

ws = weakref.WeakSet([frozenset('x'), frozenset('y')])
kept = frozenset('z')
ws.add(kept)
gc.collect()
print(len(ws), kept in ws)
finalized = []
weakref.finalize({1}, finalized.append, 'set finalized')
gc.collect()
weakref.finalize(Greeter('f').hello, finalized.append, 'method finalized')
gc.collect()
print('finalize:', finalized)
