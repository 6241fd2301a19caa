# unpacking in assignment and for targets: nested, starred in every position, swaps, errors
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q], [r] = 'ab', [9]
print(p, q, r)
first, *rest = [1, 2, 3, 4]
*init, last = 'hello'
head, *mid, tail = range(5)
h2, *m2, t2 = (1, 2)
print(first, rest, init, last, head, mid, tail, h2, m2, t2)
(a1, *a2), b1 = [1, 2, 3], 4
print(a1, a2, b1)
for i, (k, v) in enumerate([('a', 1), ('b', 2)]):
    print(i, k, v)
for n, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(n, others)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c, end=' ')
print()
d = {'x': 1, 'y': 2}
for key, val in d.items():
    print(key, val, end=' | ')
print()
k1, k2 = d
print(k1, k2)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 5
print(i, lst)
for bad in [(1, 2, 3), (1,), 5]:
    try:
        a, b = bad
    except ValueError as e:
        print('ValueError:', e)
    except TypeError as e:
        print('TypeError:', e)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    (a, b), c = [1, 2], 3
except ValueError as e:
    print('ValueError:', e)
