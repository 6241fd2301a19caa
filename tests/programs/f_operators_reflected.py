# operator overloading with reflected ops, NotImplemented, in-place ops, comparisons
import functools
import operator


class Money:
    def __init__(self, cents, cur="EUR"):
        self.cents = cents
        self.cur = cur

    def __repr__(self):
        return f"Money({self.cents / 100:.2f} {self.cur})"

    def _check(self, other):
        if isinstance(other, Money):
            if other.cur != self.cur:
                raise ValueError(f"currency mismatch {self.cur}/{other.cur}")
            return other.cents
        if isinstance(other, int):
            return other * 100
        return NotImplemented

    def __add__(self, other):
        c = self._check(other)
        if c is NotImplemented:
            return NotImplemented
        return Money(self.cents + c, self.cur)

    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)

    def __sub__(self, other):
        c = self._check(other)
        if c is NotImplemented:
            return NotImplemented
        return Money(self.cents - c, self.cur)

    def __rsub__(self, other):
        c = self._check(other)
        if c is NotImplemented:
            return NotImplemented
        return Money(c - self.cents, self.cur)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Money(round(self.cents * k), self.cur)
        return NotImplemented
    __rmul__ = __mul__

    def __truediv__(self, k):
        return Money(self.cents // k, self.cur)

    def __floordiv__(self, other):
        return self.cents // other.cents

    def __neg__(self):
        return Money(-self.cents, self.cur)

    def __pos__(self):
        return self

    def __abs__(self):
        return Money(abs(self.cents), self.cur)

    def __bool__(self):
        return self.cents != 0

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.cur) == (other.cents, other.cur)

    def __hash__(self):
        return hash((self.cents, self.cur))

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents


class Vec:
    def __init__(self, *c):
        self.c = list(c)

    def __repr__(self):
        return "Vec(%s)" % ", ".join(map(repr, self.c))

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.c, other.c))

    def __iadd__(self, other):
        self.c = [a + b for a, b in zip(self.c, other.c)]
        return self

    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.c, other.c)])

    def __getitem__(self, i):
        return self.c[i]

    def __len__(self):
        return len(self.c)

    def __pow__(self, n, mod=None):
        return Vec(*[pow(a, n, mod) if mod else a ** n for a in self.c])

    def __rpow__(self, base):
        return Vec(*[base ** a for a in self.c])

    def __lshift__(self, n):
        return Vec(*(self.c[n:] + self.c[:n]))

    def __invert__(self):
        return Vec(*[~a for a in self.c])

    def __and__(self, other):
        return Vec(*[a & b for a, b in zip(self.c, other.c)])

    def __ror__(self, other):
        return "ror:%r" % (other,)

    def __contains__(self, x):
        return x in self.c

    def __round__(self, n=None):
        return Vec(*[round(a, n) for a in self.c])

    def __index__(self):
        return len(self.c)


class Special(Vec):
    def __radd__(self, other):
        return "Special.__radd__ wins"


m = Money(1050)
print(m + 2, 3 + m, m - 1, 20 - m, m * 2, 0.5 * m, m / 4, Money(1000) // Money(300), -m, +m, abs(-m))
print(sum([Money(1), Money(2), Money(3)]), bool(Money(0)), m == Money(1050), m != Money(1), m == 5)
print(sorted([Money(5), Money(1), Money(3)]), max(Money(5), Money(7)), Money(1) > Money(0), Money(2) <= Money(2) if hasattr(Money, '__le__') and Money.__le__ is not object.__le__ else 'no le')
print(len({Money(1), Money(1), Money(2)}))
try:
    m + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" - m
except TypeError as e:
    print("TypeError:", e)
try:
    m + Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1) < 3
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) <= Money(2)
except TypeError as e:
    print("TypeError:", e)
v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v @ w, v + w, v ** 2, pow(v, 2, 3), 2 ** v, v << 1, ~v, v & w, 5 | v, 2 in v, 9 in v, round(Vec(1.26, 2.5), 1))
orig = v
v += w
print(v, v is orig, [10, 20, 30, 40][Vec(1, 2)], list(range(10))[:Vec(1, 2, 3)], operator.index(w))
print(Vec(1) + Special(2), Special(1) + Vec(2))
print(1 + Special(1))
x = [1, 2]
y = x
x += [3]
print(y, x is y)
t = (1,)
u = t
t += (2,)
print(u, t)
print(operator.add(1, 2), operator.mul('a', 3), operator.itemgetter(1, 0)('ab'), operator.attrgetter('cents')(m), operator.methodcaller('upper')('q'))
print(functools.reduce(operator.add, [Money(1), Money(2)]), operator.neg(5), operator.truth([]), operator.concat([1], [2]))
print(1 < 2 < 3 > 0, 1 < 2 > 3, (1, 2) < (1, 3), [1, [2]] == [1, [2]], (1, 'a') < (1, 'b'), None is None)
try:
    (1, 2) < (1, 'a')
except TypeError as e:
    print("TypeError:", e)
