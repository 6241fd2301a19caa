# GC workload: memoized recursion with dict caches, closures and class-based memo
cache = {}


def fib(n):
    if n in cache:
        return cache[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = r
    return r


print(fib(30), fib(100), len(cache))


def memoize(f):
    memo = {}

    def wrapper(*args):
        if args not in memo:
            memo[args] = f(*args)
        return memo[args]
    wrapper.memo = memo
    return wrapper


@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(10, 10), paths(16, 16), len(paths.memo))


@memoize
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(n, n) for n in range(1, 16)], partitions(60, 60))


class Collatz:
    def __init__(self):
        self.lengths = {1: 1}

    def length(self, n):
        if n in self.lengths:
            return self.lengths[n]
        nxt = n // 2 if n % 2 == 0 else 3 * n + 1
        r = 1 + self.length(nxt)
        self.lengths[n] = r
        return r


col = Collatz()
best = max(range(1, 3000), key=col.length)
print("collatz", best, col.length(best), col.length(27))
lcs_memo = {}


def lcs(a, b):
    if not a or not b:
        return 0
    key = (len(a), len(b))
    if key not in lcs_memo:
        lcs_memo[key] = lcs(a[1:], b[1:]) + 1 if a[0] == b[0] else max(lcs(a[1:], b), lcs(a, b[1:]))
    return lcs_memo[key]


print("lcs", lcs("AGGTABQRSTX", "GXTXAYBRSX"))
