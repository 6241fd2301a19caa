# dict comprehensions: filters, nested loops, duplicate keys, inversion, scoping
squares = {n: n * n for n in range(6)}
print(squares)
evens = {k: v for k, v in squares.items() if k % 2 == 0}
print(evens)
inv = {v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()}
print(inv)
grid = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(grid)
dup = {x % 3: x for x in range(10)}
print(dup)
words = ['apple', 'bob', 'cat', 'anna', 'banana']
by_first = {}
for w in words:
    by_first.setdefault(w[0], []).append(w)
print(by_first)
lens = {w: len(w) for w in words if len(w) > 3}
print(lens, sorted(lens, key=lens.get))
nested = {k: {j: k * j for j in range(k)} for k in range(4)}
print(nested)
x = 'outer'
res = {x: x * 2 for x in 'ab'}
print(res, x)
keys = ['k1', 'k2', 'k3']
vals = [1, 2]
print({k: v for k, v in zip(keys, vals)})
print({str(i): [j for j in range(i)] for i in range(4)})
counts = {c: 'mississippi'.count(c) for c in 'mississippi'}
print(counts, list(counts))
try:
    bad = {[1]: 2 for _ in range(1)}
except TypeError:
    print('unhashable key TypeError')
cond = {n: ('even' if n % 2 == 0 else 'odd') for n in range(5)}
print(cond)
print(len({i: None for i in range(1000)}), {} == {k: k for k in []})
