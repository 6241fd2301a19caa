# classes: iterator classes with __iter__/__next__ - StopIteration, exhaustion, reuse, iterables vs iterators
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(list(c), list(c))  # an iterator is exhausted after one pass
print([x * x for x in Countdown(4)], sum(Countdown(10)), max(Countdown(5)))
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")


class Range2:
    # an iterable: each iter() gives a fresh iterator
    def __init__(self, lo, hi, step=1):
        self.lo, self.hi, self.step = lo, hi, step

    def __iter__(self):
        return Range2Iter(self)


class Range2Iter:
    def __init__(self, r):
        self.r = r
        self.cur = r.lo

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur >= self.r.hi:
            raise StopIteration
        v = self.cur
        self.cur += self.r.step
        return v


r = Range2(0, 10, 3)
print(list(r), list(r), [(a, b) for a in r for b in r if a < b])
print(list(zip(Range2(0, 3), Countdown(5))), dict(zip(Range2(1, 4), "abc")))
print(sorted(Countdown(4)), tuple(Range2(5, 8)), 6 in Range2(5, 8), 9 in Range2(5, 8))
i1 = iter(r)
i2 = iter(r)
print(next(i1), next(i1), next(i2), iter(i1) is i1)


class Fib:
    def __init__(self, limit):
        self.a, self.b = 0, 1
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v


print(list(Fib(100)))
for i, f in enumerate(Fib(10)):
    print(i, f, end="; ")
print()


class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)

    def __iter__(self):
        return DepthFirst(self)


class DepthFirst:
    def __init__(self, root):
        self.stack = [root]

    def __iter__(self):
        return self

    def __next__(self):
        if not self.stack:
            raise StopIteration
        n = self.stack.pop()
        self.stack.extend(n.kids[::-1])
        return n.v


t = Tree(1, [Tree(2, [Tree(4), Tree(5)]), Tree(3, [Tree(6)])])
print(list(t), [v for v in t if v % 2 == 0])


class BadIter:
    def __iter__(self):
        return 42


try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
