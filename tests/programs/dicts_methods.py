# dict methods and views


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', repr(e) if isinstance(e, KeyError) else e)


d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get(1, 'x'))
print(d.setdefault('c', 3), d.setdefault('a', 100), d.setdefault('n'), d)
print(d.pop('n'), d.pop('zz', 'dflt'), d.pop('c', None), d)
attempt(lambda: d.pop('missing'))
attempt(lambda: {}.popitem())
e = {1: 'one', 2: 'two', 3: 'three'}
print(e.popitem(), e.popitem(), e)
e[9] = 'nine'
print(e.popitem(), e)
u = {'x': 0}
u.update({'y': 1, 'x': 10})
u.update([('z', 2), ['w', 3]])
u.update(k=4, x=11)
u.update({'q': 5}, r=6)
u.update(('ab', 'cd'))
u.update()
print(u)
print(u.update(iter([(1, 2)])), u.update(zip('xy', [7, 8])), u)


class Mapping:
    def keys(self):
        return ['m1', 'm2']

    def __getitem__(self, key):
        return key.upper()


u.update(Mapping())
print(u)
print(dict(Mapping()), dict([(1, 2)], three=3), dict(a=1), dict({'k': 'v'}), dict())
c = u.copy()
c['new'] = 1
print(len(c), len(u), 'new' in u, c is u)
c.clear()
print(c, len(u))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), {}.fromkeys(range(3), 'v'))
print(type(dict.fromkeys([])).__name__)

attempt(lambda: {}.get())
attempt(lambda: {}.get(1, 2, 3))
attempt(lambda: {}.get(x=1))
attempt(lambda: {}.pop())
attempt(lambda: {}.pop(1, 2, 3))
attempt(lambda: {}.pop((1, 2)))
attempt(lambda: {}.setdefault())
attempt(lambda: {}.update(1, 2))
attempt(lambda: {}.update(1))
attempt(lambda: {}.update([1]))
attempt(lambda: {}.update([(1, 2, 3)]))
attempt(lambda: {}.update(['ab', 'c']))
attempt(lambda: dict(1))
attempt(lambda: dict([1]))
attempt(lambda: dict([[1, 2], 'abc']))
attempt(lambda: dict({}, {}))
attempt(lambda: {}.copy(1))
attempt(lambda: {}.clear(1))
attempt(lambda: {}.keys(1))
attempt(lambda: {}.values(x=1))
attempt(lambda: {}.popitem(1))
attempt(lambda: {}.fromkeys())
attempt(lambda: dict.fromkeys(1))
attempt(lambda: dict.get([], 1))

# views
v = {'a': 1, 'b': 2, 'c': 3}
ks = v.keys()
vs = v.values()
its = v.items()
print(ks, vs, its)
print(len(ks), len(vs), len(its), bool(ks), bool({}.keys()), bool({}.items()))
print('a' in ks, 'z' in ks, 2 in vs, 9 in vs, ('a', 1) in its, ('a', 2) in its, 'a' in its)
print(('x', 1, 2) in its, [] in its, ['a', 1] in its)
v['d'] = 4
del v['a']
print(ks, vs, its)
print(list(ks), list(vs), list(its), tuple(ks), sorted(vs, reverse=True))
print(list(reversed(v)), list(reversed(ks)), list(reversed(vs)), list(reversed(its)))
for k in ks:
    print(k, end=' ')
print()
for k, val in its:
    print(k, val, end='; ')
print()
print(dict(its), dict(zip(ks, vs)), [k + '!' for k in v.keys()], sum(v.values()))
print(type(ks).__name__, type(vs).__name__, type(its).__name__)
print(type(iter(ks)).__name__, type(iter(vs)).__name__, type(iter(its)).__name__)
print(type(reversed(ks)).__name__, type(reversed(vs)).__name__, type(reversed(its)).__name__)
print(type(reversed(v)).__name__)
print(repr({}.keys()), {1: {}.keys()}.items(), {'k': [1, {'n': None}]}.values())
it = iter(v.items())
print(next(it), next(it), next(it), next(it, 'done'))
attempt(lambda: hash(ks))
attempt(lambda: v.keys()[0])
attempt(lambda: v.keys().foo)

# changing a dict while iterating a view
w = {1: 1, 2: 2}
try:
    for k in w.keys():
        w[k + 10] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
w = {1: 1, 2: 2}
try:
    for val in w.values():
        del w[2]
except RuntimeError as e:
    print('RuntimeError:', e)
w = {1: 1, 2: 2}
for k, val in w.items():
    w[k] = val * 10        # same size: allowed
print(w)
w = {1: 1, 2: 2, 3: 3}
for k in list(w.keys()):
    if k % 2:
        del w[k]
print(w)

# nested and self-referential reprs
n = {}
n['self'] = n
n['keys'] = n.keys()
print(n)
print(n.items())
