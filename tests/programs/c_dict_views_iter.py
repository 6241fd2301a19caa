# dict views: keys/values/items live updates, iteration order, len, `in`, list conversion
d = {'one': 1, 'two': 2, 'three': 3}
k, v, it = d.keys(), d.values(), d.items()
print(list(k), list(v), list(it), len(k), len(v), len(it))
d['four'] = 4
del d['one']
print(list(k), list(v), list(it))
print('two' in k, 'one' in k, 4 in v, 1 in v, ('two', 2) in it, ('two', 3) in it)
for key in d:
    print(key, d[key], end='; ')
print()
for key, value in d.items():
    d[key] = value * 10
print(d)
print(sorted(d.values()), sorted(d), max(d), min(d, key=d.get), sum(d.values()))
print(list(reversed(list(d))), [kv for kv in d.items() if kv[1] > 25])
pairs = list(d.items())
pairs.sort(key=lambda kv: -kv[1])
print(pairs, dict(pairs))
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print('RuntimeError:', e)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(w[0], []).append(w)
print(groups)
nested = {'a': {'b': {'c': 1}}}
nested['a']['b']['d'] = 2
print(nested, nested['a']['b'].get('c'), len(nested['a']))
