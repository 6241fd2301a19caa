# dict insertion order after deletes, updates and re-insertion; views; equality
d = {}
for k in 'dbca':
    d[k] = ord(k)
print(d, list(d))
del d['b']
d['b'] = 0
print(list(d), list(d.values()))
d['d'] = 'new'
print(list(d.items()))
d.update({'a': 1, 'z': 26})
d.update([('y', 25)], x=24)
print(d)
print(d.pop('c'), d.pop('missing', 'dflt'), d.popitem(), list(d))
try:
    d.pop('missing')
except KeyError as e:
    print('KeyError', e)
print(d.setdefault('d', 9), d.setdefault('q', []), list(d))
e = {'x': 24, 'a': 1, 'b': 0, 'd': 'new', 'q': []}
print(d == e, list(d) == list(e), {1: 2, 3: 4} == {3: 4, 1: 2})
for i in range(20):
    d[i] = i
for i in range(0, 20, 2):
    del d[i]
print(list(d))
d.clear()
print(d, len(d))
f = dict.fromkeys(['k1', 'k2', 'k1'], 0)
print(f, dict(a=1, b=2), dict([(1, 'x'), (2, 'y')]), dict({'m': 1}, n=2))
g = {'one': 1, 'two': 2}
keys = g.keys()
g['three'] = 3
print(list(keys), len(keys), 'two' in keys, 2 in g.values())
try:
    for k in g:
        g['four'] = 4
except RuntimeError:
    print('changed size RuntimeError')
print(g.get('five'), g.get('five', 5), sorted(g.items(), key=lambda kv: kv[1]))
h = g.copy()
h['one'] = 100
print(g['one'], h['one'], {**g, 'one': 'x'})
