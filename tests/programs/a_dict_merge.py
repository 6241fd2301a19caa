# dict update/merge semantics: | and |=, update order, overwrite keeps position
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a, b)
c = dict(a)
c |= b
print(c, list(c))
c |= [('w', 0)]
print(c)
d = {'k1': 1, 'k2': 2, 'k3': 3}
d['k1'] = 'changed'
print(list(d.items()))
del d['k1']
d['k1'] = 'again'
print(list(d.items()))
e = {}
e.update(a)
e.update(b)
e.update(z=300)
print(e)
merged = {**b, **a, 'extra': True}
print(merged, list(merged))
try:
    a | [('q', 1)]
except TypeError:
    print('dict | list TypeError')
try:
    e.update(5)
except TypeError:
    print('update(int) TypeError')
try:
    e.update([('a', 1, 2)])
except ValueError:
    print('update bad pair ValueError')
counts = {}
for word in 'the cat and the hat and the bat'.split():
    counts[word] = counts.get(word, 0) + 1
print(counts, max(counts, key=counts.get))
nested = {'a': {'b': 1}}
shallow = nested.copy()
shallow['a']['b'] = 99
print(nested, shallow is nested, shallow['a'] is nested['a'])
keys = list(counts)
for k in keys:
    if counts[k] == 1:
        del counts[k]
print(counts, len(counts), 'cat' in counts)
print({1: 'a', 1.0: 'b'}, {True: 'x', 1: 'y'}, dict(zip('abc', range(3))))
print(sorted({'b': 1, 'a': 2}.items()), list(reversed({'p': 1, 'q': 2, 'r': 3})))
