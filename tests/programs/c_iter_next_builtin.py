# iter/next over builtin containers, next with default, StopIteration, exhausted iterators
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), next(it, None))
try:
    next(it)
except StopIteration:
    print('StopIteration raised')
s = iter('ab')
print(next(s), list(s), list(s))
d = iter({'x': 1, 'y': 2})
print(next(d), next(d), next(d, 'end'))
r = iter(range(3))
print(list(r), next(r, -1))
t = iter((7,))
print(next(t), next(t, 'empty'))
it2 = iter([10, 20, 30])
for v in it2:
    if v == 10:
        print('skip', next(it2))
    else:
        print('got', v)
a = iter([1, 2, 3])
print(iter(a) is a, list(zip(a, a)))
vals = iter(['a', 'b', 'c', 'd'])
pairs = []
while True:
    k = next(vals, None)
    if k is None:
        break
    pairs.append((k, next(vals)))
print(pairs)
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    iter(5)
except TypeError as e:
    print('TypeError:', e)
m = map(str, [1, 2])
print(next(m), list(m))
f = filter(None, [0, 1, '', 'x'])
print(list(f), list(f))
