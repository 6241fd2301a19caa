# functools: reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering
import functools
from functools import reduce, partial, lru_cache, wraps, cmp_to_key, total_ordering
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 8), 1))
print(reduce(max, [3, 9, 2], 0), reduce(operator.add, [], 'empty'))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)

def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(9), cube_mod(4), partial(partial(power, 2), 10)(), square.func is power,
      square.args, square.keywords)
int2 = partial(int, base=2)
print(int2('10101'))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=3)
def sq(x):
    return x * x
for x in [1, 2, 3, 1, 4, 2, 5, 1]:
    sq(x)
print(sq.cache_info())

@lru_cache
def plain(a, b=1):
    return a + b
print(plain(1), plain(1, b=2), plain(1), plain.cache_info())

@functools.cache
def ways(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return ways(n - k, k) + ways(n, k - 1)
print(ways(60, 60))

class Grid:
    def __init__(self, n):
        self.n = n
    @lru_cache(maxsize=None)
    def paths(self, x, y):
        if x == 0 or y == 0:
            return 1
        return self.paths(x - 1, y) + self.paths(x, y - 1)
print(Grid(3).paths(10, 10))

calls = []
def logged(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        calls.append(args)
        return f(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    return a + b
print(add(2, 3), add(4, 5), calls, add.__wrapped__(1, 1))

def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return -1 if a < b else (1 if a > b else 0)
print(sorted(['pear', 'fig', 'apple', 'kiwi', 'date'], key=cmp_to_key(compare_len_then_alpha)))

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, v1 > v2, v1 <= v2, v1 >= v2, v1 >= Version(1, 2), v2 <= v1)
try:
    total_ordering(object)
except ValueError as e:
    print('ValueError', e)
