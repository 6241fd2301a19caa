# tuple packing/unpacking, nested and starred targets, unpacking errors
t = 1, 2, 3
a, b, c = t
print(t, a, b, c, type(t).__name__)
a, b = b, a
print(a, b)
(x, y), z = (10, 20), 30
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
h, *mid, tl = range(2)
print(h, mid, tl)
[p, [q, r]] = [1, (2, 3)]
print(p, q, r)
single = 5,
print(single, len(single), (), len(()))
for i, (k, v) in enumerate([('a', 1), ('b', 2)]):
    print(i, k, v)
def attempt(src, n):
    try:
        if n == 2:
            a, b = src
            return (a, b)
        a, (b, c) = src
        return (a, b, c)
    except ValueError as e:
        return 'ValueError: ' + str(e)
    except TypeError as e:
        return 'TypeError'
print(attempt([1, 2, 3], 2))
print(attempt([1], 2))
print(attempt((1, (2, 3, 4)), 3))
print(attempt((1, (2,)), 3))
print(attempt(5, 2))
print(attempt((1, 2), 3))
def multi():
    return 1, 'two', [3]
m = multi()
n1, n2, n3 = multi()
print(m, n1, n2, n3)
print((1, 2) + (3,), (0,) * 3, (1, 2, 3)[::-1], (1, 2) < (1, 3), (2,) > (1, 9))
print(tuple([1, 2]), tuple('ab'), (1, 2, 2).count(2), (5, 6, 7).index(7))
a = b = [0]
a, b[0] = 1, 2
print(a, b)
