# Weak references to sets, frozensets and bound methods, as CPython allows them.  Only
# what does not depend on when objects die is printed (every referent is still held
# when its reference is looked at): the refcount plans free a dropped object at once,
# the tracing plans at a collection, 'none' never (deaths: tests/programs/finalizers/
# weakref_sets_methods.py).
import weakref

s = {1, 2, 3}
fs = frozenset('abc')
r = weakref.ref(s)
rf = weakref.ref(fs)
print(r() is s, rf() is fs, weakref.ref(s) is r, weakref.getweakrefcount(s))
print(type(r) is weakref.ref, isinstance(rf, weakref.ReferenceType))
r2 = weakref.ref(s, lambda wr: None)
r3 = weakref.ref(s, lambda wr: None)
print(weakref.getweakrefcount(s), weakref.getweakrefs(s) == [r, r2, r3], r2 is r3)
print(r == r2, r2 == r3, r2.__callback__ is not None, r.__callback__)
print(weakref.getweakrefcount(s.copy()), weakref.getweakrefcount(frozenset()))
text = repr(r)
print(text.startswith('<weakref at 0x'), "to 'set' at 0x" in text)
print("to 'frozenset' at 0x" in repr(rf))
try:
    hash(r)
except TypeError as e:
    print('TypeError:', e)
same = frozenset('cab')
rs = weakref.ref(same)
print(rf == rs, rf is rs, hash(rf) == hash(fs), hash(rs) == hash(rf), rf != rs)
s.add(4)
print(sorted(r()), len(rf()), 'b' in rf())

# a proxy forwards to the set
p = weakref.proxy(s)
p.add(5)
print(len(p), 5 in p, sorted(p), sorted(s))

# WeakValueDictionary with sets and frozensets as values
groups = {'one': {1}, 'two': {1, 2}, 'letters': frozenset('xy')}
cache = weakref.WeakValueDictionary()
for name, members in groups.items():
    cache[name] = members
print(len(cache), sorted(cache), cache['two'] is groups['two'], 'one' in cache)
print(sorted(cache['letters']), sorted(len(v) for v in cache.values()))
cache['two'].add(3)
print(sorted(groups['two']), weakref.getweakrefcount(groups['two']))

# WeakKeyDictionary keyed by frozensets: looked up by equal frozensets
k1 = frozenset({1, 2})
k2 = frozenset({3})
wk = weakref.WeakKeyDictionary()
wk[k1] = 'one-two'
wk[k2] = 'three'
print(len(wk), wk[frozenset({2, 1})], frozenset({3}) in wk, wk.get(frozenset({9})))
wk[frozenset([1, 2])] = 'replaced'
print(len(wk), wk[k1], sorted(wk.values()))
print(sorted(sorted(k) for k in wk.keys()))

# WeakSet of frozensets: equal frozensets are one member
ws = weakref.WeakSet([fs, same, k1])
print(len(ws), fs in ws, same in ws, frozenset({2, 1}) in ws, frozenset() in ws)
try:
    weakref.WeakSet([s])
except TypeError as e:
    print('TypeError:', e)


# bound methods: a reference refers to the method object, not to the function
class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return 'hello from ' + self.name


g = Greeter('g')
bound = g.hello
rm = weakref.ref(bound)
print(rm() is bound, rm()(), weakref.getweakrefcount(bound), weakref.ref(bound) is rm)
print(weakref.getweakrefcount(g.hello), g.hello is bound, rm() == g.hello)
print(hash(rm) == hash(bound), hash(rm) == hash(g.hello), rm == weakref.ref(bound))
other = g.hello
ro = weakref.ref(other)
print(rm == ro, rm is ro, ro() is other, ro() == bound)
print("to 'method' at 0x" in repr(rm))
print(type(weakref.ref(g.hello)) is weakref.ref)
log = []
rcb = weakref.ref(bound, log.append)
print(weakref.getweakrefcount(bound), weakref.getweakrefs(bound) == [rm, rcb])
items = [1]
push = items.append
rb = weakref.ref(push)
rb()(2)
print(items, rb() is push, "to 'builtin_function_or_method'" in repr(rb))
pm = weakref.proxy(bound)
print(pm())

# still refused, as in CPython
for bad in [[1], {'a': 1}, (1, 2), 7, 'text', None]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print('TypeError:', e)
print(log)
