# list.sort and sorted: keys, reverse, stability, errors


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


a = [5, 2, 9, 1, 5, 6, -3, 0]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ['pear', 'Apple', 'fig', 'banana', 'kiwi', 'date', 'Fig']
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=str.lower) if hasattr(str, 'lower') else sorted(words))
print(sorted([3.5, 1, 2.25, True, -1]))
print(sorted((3, 1, 2)), sorted('hello'), sorted(range(5, 0, -1)), sorted({'b': 1, 'a': 2}))
print(sorted([[2, 1], [1, 2], [1], [], [1, 1]]))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')]))
print(sorted([10 ** 30, -10 ** 20, 5, 2 ** 70]))

# stability: equal keys keep their order, also with reverse=True
pairs = [(i % 3, i) for i in range(12)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
pairs.sort(key=lambda p: -p[0])
print(pairs)

# a big list exercises the merge paths of timsort
big = [(i * 7919) % 1000 for i in range(2000)]
s = sorted(big)
print(s[:10], s[-10:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)) if False else len(s))
ok = True
for i in range(len(s) - 1):
    if s[i] > s[i + 1]:
        ok = False
print(ok)
rs = sorted(big, reverse=True)
print(rs[:5], rs == s[::-1])
keyed = sorted(range(1000), key=lambda x: (x % 10, -x))
print(keyed[:12])

# the key function is called once per item
calls = []


def key(x):
    calls.append(x)
    return -x


print(sorted([1, 2, 3], key=key), calls)
print(sorted([], key=1), [].sort(key=None), sorted([2, 1], key=None, reverse=False))


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return 'Rev(' + str(self.v) + ')'


print(sorted([Rev(1), Rev(3), Rev(2)]))
attempt(lambda: sorted([3, 'a', 1]))
attempt(lambda: [1, None].sort())
attempt(lambda: sorted([1, 2], key=lambda x: 1 / 0))
attempt(lambda: sorted([1, 2], key=1))
attempt(lambda: sorted())
attempt(lambda: sorted(1))
attempt(lambda: sorted([], 1))
attempt(lambda: sorted([], foo=1))
attempt(lambda: sorted([3, 1], reverse='x'))
attempt(lambda: sorted([3, 1], reverse=None))
attempt(lambda: [].sort(1))
attempt(lambda: [].sort(foo=1))
attempt(lambda: [].sort(key=len, reverse=True, x=1))


class Bad:
    def __lt__(self, other):
        raise ValueError('no order')


attempt(lambda: sorted([Bad(), Bad()]))
lst = [3, 2, 1]


def mutating_key(x):
    lst.append(x)
    return x


attempt(lambda: lst.sort(key=mutating_key))
print(lst)
m = [3, 1, 2]
try:
    m.sort(key=lambda x: m.index(x))
except ValueError as e:
    print('ValueError:', e)
print(m)
