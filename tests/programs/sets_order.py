# sets printed as they are: gclab iterates a set in the order of CPython's hash table
# (ints, floats, bools, tuples and frozensets of those hash as in CPython)
print({5, 3, 100, -7, 8, 16}, {1, 2, 3, 4, 5, 16}, {16, 1, 2, 3, 4, 5}, {-1, -2, -8, 8, 0})
print({1.5, (1, 2), -3, 7, 64, 128, 0, 32}, {True, 2, 0.5}, {9, 1}, {1, 9}, {(), (0,), (0, 0)})
print({5, 3, 100, -7, 2**40, 8, 16}, {1, 2, 3, 4, 5, 1 << 4}, {10**50, 1, 2, 3, 4, 5, 6})
print({1, 2, 3, 4, 5, 3*16}, {1, 2, 3, 4, 5, -(1 + 15)}, {1, 2, 3, 4, 5, 33 // 2})
for x in {64, 0, 32, 1, 96, 33}:
    print(x, end=' ')
print([x for x in {64, 0, 32, 1, 96, 33, 65, 129}], {x for x in {9, 1, 17, 25, 33}})

s = set()
for i in range(0, 300, 7):
    s.add(i * 37 % 101 - 50)
print(len(s), s)
for i in range(0, 150, 3):
    s.discard(i % 101 - 50)
print(len(s), s)
for v in [-50, 1000, 2 ** 40, -(2 ** 62), 7, 15]:
    s.add(v)
print(s)
print(s.pop(), s.pop(), s.pop(), s)

grow = set()
for i in range(1, 2000, 3):
    grow.add(i * 1024 % 4099)
    if i % 500 == 1:
        print(len(grow), list(grow)[:12])
print(sum(grow), list(grow)[-10:])

big = set(range(0, 100, 3))
small = {99, 6, 1, 4, 200}
print(big & small, small & big, small | {7, 8}, {7, 8} | small)
print(big - small, small - big, small ^ {1, 2, 3}, {1, 2, 3} ^ small)
print(big.intersection([99, 6, 3, 5], small), small.union(range(10, 0, -1)))
print(small.difference([1], {4}), big.symmetric_difference(range(50)))
keep = set(range(40))
keep.intersection_update(range(100, 0, -5))
print(keep)
keep |= {1000, -1000}
keep -= {5, 10}
keep ^= {15, 16, 17}
print(keep)
keep.difference_update(range(30))
print(keep, keep.copy(), set(keep), frozenset(keep))

f = frozenset([1.5, 2.25, -0.5, 1e20, 3, 64, 0.125])
print(f, f | {5}, {5} | f, f & {3, 64, 2.25}, f.copy() is f)
print({(1, 2), (3, 4.5), (0,), (), (-1, -1), ((1, 2), 3)}, {frozenset({1}), frozenset({2, 3})})
print({1.0, 2.5, -7.75, 1e-3, 123456.5, float(2 ** 53)}, set(dict.fromkeys([8, 0, 16, 24, 3])))

popped = set(range(20, 0, -2))
order = []
while popped:
    order.append(popped.pop())
    if len(order) == 3:
        popped.add(31)
        popped.add(40)
print(order)

try:
    for v in s:
        s.discard(v)
except RuntimeError as e:
    print('RuntimeError:', e)
swap = {1, 2, 3}
it = iter(swap)
print(next(it))
swap.remove(2)
swap.add(10)
print(list(it), swap)

# dict views combined with sets: CPython's dictviews_or/_sub/_xor and its intersection
d = dict.fromkeys([16, 1, 2, 3, 4, 5, 33])
e = dict.fromkeys([40, 8, 0, 24])
print(d.keys() | set(), set() | d.keys(), {0} | d.keys(), d.keys() - {2})
print(d.keys() ^ {99, 1}, {99, 1} ^ d.keys(), d.keys() & {1, 2, 3, 4, 5, 16, 33, 7})
print({1, 2, 3, 4, 5, 16, 33, 7} & d.keys(), d.keys() & e.keys(), d.keys() | e.keys())
print({1.0} | {1: 0}.keys(), {2, 1.0} & {1: 0, 2: 0}.keys(), {1: 0}.keys() & {1.0})
