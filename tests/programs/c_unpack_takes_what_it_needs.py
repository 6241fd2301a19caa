# An unpacking assignment takes at most one item more than its targets from an iterator:
# an endless one ends with CPython's error, a finite one keeps the rest.
import itertools
try:
    a, b = itertools.count()
except ValueError as e: print("VE", e)
it = iter(range(10))
try:
    x, y = it
except ValueError as e: print("VE", e)
print(next(it))
def gen():
    yield 1; yield 2; print('third asked'); yield 3; print('fourth asked'); yield 4
try:
    p, q = gen()
except ValueError as e: print("VE", e)
a, b = gen() if False else iter([1, 2])
print(a, b)
try:
    a, b, c = 'ab'
except ValueError as e: print("VE", e)
a, *b = itertools.islice(itertools.count(), 5)
print(a, b)
k1, k2 = {'x': 1, 'y': 2}
print(k1, k2)
