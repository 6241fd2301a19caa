# iterator/iterable protocols, __iter__ via __getitem__, custom containers, views, generators as coroutines
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v


class Seq:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * i


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __getitem__(self, idx):
        r, c = idx
        if isinstance(r, slice):
            return [row[c] for row in self.rows[r]]
        return self.rows[r][c]

    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v

    def __delitem__(self, r):
        del self.rows[r]

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __repr__(self):
        return 'Matrix(%r)' % self.rows

    def transpose(self):
        return Matrix(zip(*self.rows))


print(list(Countdown(4)), sum(Countdown(10)), list(Fib(100)), list(Seq()), 9 in Seq(), 10 in Seq())
it = iter(Fib(5))
print(next(it), next(it), list(it), list(it), next(it, 'done'))
m = Matrix([[1, 2, 3], [4, 5, 6]])
m[0, 0] = 10
print(m[1, 2], m[:, 1], m.transpose(), len(m), [sum(r) for r in m], m == Matrix([[10, 2, 3], [4, 5, 6]]))
del m[0]
print(m)
try:
    hash(m)
except TypeError as e:
    print('TypeError:', e)
try:
    iter(5)
except TypeError as e:
    print('TypeError:', e)
try:
    next([1])
except TypeError as e:
    print('TypeError:', e)
try:
    for _ in None:
        pass
except TypeError as e:
    print('TypeError:', e)
d = {'a': 1, 'b': 2, 'c': 3}
ks, vs, its = d.keys(), d.values(), d.items()
d['d'] = 4
print(list(ks), list(vs), list(its), ks & {'a', 'z'}, sorted(ks - {'a'}), ('a', 1) in its, len(vs), reversed(d).__class__.__name__, list(reversed(d)))
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print('RuntimeError:', e)
lst = [1, 2, 3, 4]
for v in lst:
    if v == 2:
        lst.remove(v)
print(lst)


def tally():
    counts = {}
    while True:
        word = yield counts
        counts[word] = counts.get(word, 0) + 1


t = tally()
next(t)
for w in 'a b a c a'.split():
    res = t.send(w)
print(res)


def chain(*its):
    for i in its:
        yield from i


def flatten(x):
    for e in x:
        if isinstance(e, (list, tuple)):
            yield from flatten(e)
        else:
            yield e


print(list(chain('ab', [1], range(2))), list(flatten([1, [2, (3, [4])], 5])))
g = (i for i in range(3))
print(iter(g) is g, list(zip(g, 'xyz')), list(g))
r = range(5)
ri = iter(r)
next(ri)
print(list(ri), list(r), list(map(str.upper, 'ab')), list(iter([3, 2, 1].pop, 1)))
import itertools
print(list(itertools.islice(Countdown(100), 2, 10, 3)), dict(enumerate('xy')), list(zip(*[(1, 'a'), (2, 'b')])))
gen = Countdown(3).__iter__()
print(type(gen).__name__, gen.__name__, next(gen), gen.gi_running if hasattr(gen, 'gi_running') else None)
