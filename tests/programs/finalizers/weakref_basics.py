# weak references on every plan that frees: ref (shared when it has no callback,
# callbacks newest first, hash and equality of the referent), WeakValueDictionary,
# WeakKeyDictionary, WeakSet, finalize, proxy; each looked at after gc.collect()
import gc
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'C(%d)' % self.n


c = C(1)
r = weakref.ref(c)
print(r() is c, weakref.ref(c) is r, weakref.getweakrefcount(c))
log = []
r2 = weakref.ref(c, lambda wr: log.append(('first', wr is r2)))
r3 = weakref.ref(c, lambda wr: log.append(('second', wr is r3)))
print(weakref.getweakrefcount(c), weakref.getweakrefs(c) == [r, r2, r3])
print(r == r2, hash(r) == hash(c), r2.__callback__ is not None, r.__callback__)
print(type(r) is weakref.ref, isinstance(r, weakref.ReferenceType))
del c
gc.collect()
print(r(), r2(), log)
print(repr(r).endswith('; dead>'), r == r2, r == r)

d = weakref.WeakValueDictionary()
keep = [C(i) for i in range(5)]
for x in keep:
    d[x.n] = x
del x
print(len(d), sorted(d.keys()))
del keep[1:3]
gc.collect()
print(len(d), sorted(d.keys()), d.get(1), 3 in d, 1 in d)
print(sorted(v.n for v in d.values()), sorted(k for k, v in d.items()))

wk = weakref.WeakKeyDictionary()
a, b = C(10), C(11)
wk[a] = 'a'
wk[b] = 'b'
print(len(wk), wk[a], a in wk, wk.get(b))
del a
gc.collect()
print(len(wk), [k.n for k in wk.keys()])

s = weakref.WeakSet()
items = [C(20), C(21), C(22)]
for it in items:
    s.add(it)
del it
print(len(s), items[0] in s)
items.pop()
gc.collect()
print(len(s), sorted(x.n for x in s))


def bye(name):
    print('finalized', name)


o = C(30)
f = weakref.finalize(o, bye, 'o')
print(f.alive)
del o
gc.collect()
print(f.alive)
weakref.finalize(C(31), bye, 'a temporary')
gc.collect()
o3 = C(32)
g = weakref.finalize(o3, bye, 'detached: never called')
print(g.detach()[1] is bye, g.alive, g.detach())
del o3
gc.collect()
o2 = C(33)
h = weakref.finalize(o2, bye, 'called directly')
h()
print(h.alive)
del o2
gc.collect()

target = C(40)
p = weakref.proxy(target)
print(p.n, str(p))
p.n = 41
print(target.n)
del target
gc.collect()
try:
    p.n
except ReferenceError as e:
    print('ReferenceError:', e)
for bad in [1, 'str', [1], (1,), {}, None, object()]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print('TypeError:', e)


def failing(wr):
    raise ValueError('callback fails')


z = C(50)
rz = weakref.ref(z, failing)
del z
gc.collect()
print('end')
