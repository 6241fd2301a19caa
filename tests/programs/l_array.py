# array: typed arrays, with CPython's range checks
from array import array
import array as array_module

a = array('i', [3, 1, 4, 1, 5])
a.append(9)
a.extend([2, 6])
a.insert(0, -7)
print(a, len(a), a[0], a[-1], a[2:5], a.itemsize, a.typecode)
print(a.count(1), a.index(4), 5 in a, a.pop(), a.pop(0), a.tolist())
a.remove(1)
a.reverse()
print(a, sum(a), max(a), sorted(a))
a[0] = 100
a[1:3] = array('i', [7, 7, 7])
del a[-1]
print(a, a == array('i', a.tolist()), a < array('i', [101]), array('i') == array('i'))
d = array('d', [1, 2.5])
d += array('d', [0.25])
print(d, d * 2, 2 * array('b', [1]), array('d'), array('B', range(5)))
f = array('d', (i * 0.5 for i in range(6)))
print(list(f), [x * 2 for x in f])
grid = array('H', [0]) * 10
for i in range(10):
    grid[i] = i * i
print(grid, len(array_module.typecodes) >= 12)
for tc, v in [('b', 128), ('b', -129), ('B', 256), ('B', -1), ('h', 40000), ('H', -1),
              ('i', 2 ** 31), ('I', -5), ('l', 2 ** 63), ('q', -2 ** 64), ('Q', 2 ** 64)]:
    try:
        array(tc, [v])
    except OverflowError as e:
        print(tc, v, 'OverflowError', e)
for bad in [lambda: array('i', [1.5]), lambda: array('d', ['x']), lambda: array('z'),
            lambda: array('i', 'abc'), lambda: array('i').pop(), lambda: array('i', [1])[3],
            lambda: array('i', [1]).remove(2), lambda: array('i') + array('d'),
            lambda: array('i', [1]).index(5)]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
# a sieve on a byte array
n = 200
sieve = array('B', [1]) * (n + 1)
sieve[0] = sieve[1] = 0
for i in range(2, 15):
    if sieve[i]:
        for j in range(i * i, n + 1, i):
            sieve[j] = 0
print([i for i in range(n + 1) if sieve[i]][-5:], sieve.count(1))
