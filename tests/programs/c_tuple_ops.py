# tuples: single-element, packing, concatenation, comparison, hashing, count/index, immutability
t = 1,
u = (1)
e = ()
print(t, u, e, type(t).__name__, type(u).__name__, len(e), tuple(), tuple('ab'), tuple([1, [2]]))
p = 1, 2, 3
print(p + (4,), p * 2, 0 * p, p[1:], p[::-1], p[-1], len(p), 2 in p, (1, 2) in [p, (1, 2)])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 99), (1, 'a') == (1, 'a'), (1,) == [1])
print((1, 2, 1, 1).count(1), (5, 6, 7).index(7), ((1, 2),).count((1, 2)))
d = {(0, 0): 'origin', (1, 2): 'p', ('a', (1, 2)): 'nested'}
print(d[(0, 0)], d[1, 2], d['a', (1, 2)], (1, 2) in d, hash((1, 2)) == hash((1, 2)))
print(hash((1, 2)) == hash((1.0, 2)), hash(()) == hash(()), (1, 2) == (1.0, 2.0))
try:
    p[0] = 9
except TypeError as e:
    print('TypeError:', e)
try:
    del p[0]
except TypeError as e:
    print('TypeError:', e)
try:
    hash(([1], 2))
except TypeError as e:
    print('TypeError:', e)
try:
    {([1],): 0}
except TypeError as e:
    print('TypeError:', e)
try:
    (1, 2).index(3)
except ValueError as e:
    print('ValueError:', e)
try:
    p[5]
except IndexError as e:
    print('IndexError:', e)
try:
    (1,) + [2]
except TypeError as e:
    print('TypeError:', e)
m = ([1, 2], 'x')
m[0].append(3)
print(m, repr((None,)), str((1.5, 'a', ('b',))), max([(1, 'b'), (1, 'c'), (0, 'z')]))
