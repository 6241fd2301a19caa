# recursion: permutations, power set, hanoi, flatten, ackermann, gcd, binary search
def perms(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, ch in enumerate(s):
        for p in perms(s[:i] + s[i + 1:]):
            out.append(ch + p)
    return out
print(perms('abc'), len(perms('abcde')))
def powerset(lst):
    if not lst:
        return [[]]
    rest = powerset(lst[1:])
    return rest + [[lst[0]] + r for r in rest]
print(powerset([1, 2, 3]))
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src)
hanoi(4, 'A', 'C', 'B')
print(len(moves), moves[:7])
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out += flatten(item)
    return out
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3), ack(1, 5))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9), gcd(2 ** 64, 2 ** 40 * 3))
def bsearch(lst, x, lo=0, hi=None):
    if hi is None:
        hi = len(lst)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if lst[mid] == x:
        return mid
    if lst[mid] < x:
        return bsearch(lst, x, mid + 1, hi)
    return bsearch(lst, x, lo, mid)
data = list(range(0, 100, 3))
print([bsearch(data, v) for v in [0, 3, 51, 99, 100, 4]])
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(450))
