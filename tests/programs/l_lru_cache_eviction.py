# functools.lru_cache's eviction order and statistics for sizes 0 to 3 and unbounded,
# and a recursive function cached in two entries.
import functools
for m in (0, 1, 2, 3, None):
    calls = []
    @functools.lru_cache(maxsize=m)
    def f(x):
        calls.append(x); return x * 2
    for x in [1, 2, 1, 3, 1, 4, 2, 1, 5, 3, 3]:
        f(x)
    print(m, calls, f.cache_info())
@functools.lru_cache(maxsize=2)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
