# classes: arithmetic operator methods on a Vector - binary, reflected, in-place, unary, errors
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def _check(self, other):
        if len(self.xs) != len(other.xs):
            raise ValueError("dimension mismatch: %d vs %d" % (len(self.xs), len(other.xs)))

    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Vec(*[x + other for x in self.xs])
        if not isinstance(other, Vec):
            return NotImplemented
        self._check(other)
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, Vec):
            self._check(other)
            return Vec(*[a - b for a, b in zip(self.xs, other.xs)])
        return Vec(*[x - other for x in self.xs])

    def __rsub__(self, other):
        return Vec(*[other - x for x in self.xs])

    def __mul__(self, other):
        if isinstance(other, Vec):
            self._check(other)
            return sum([a * b for a, b in zip(self.xs, other.xs)])
        return Vec(*[x * other for x in self.xs])

    def __rmul__(self, other):
        return Vec(*[other * x for x in self.xs])

    def __truediv__(self, k):
        return Vec(*[x / k for x in self.xs])

    def __floordiv__(self, k):
        return Vec(*[x // k for x in self.xs])

    def __mod__(self, k):
        return Vec(*[x % k for x in self.xs])

    def __neg__(self):
        return Vec(*[-x for x in self.xs])

    def __pos__(self):
        return Vec(*self.xs)

    def __abs__(self):
        return sum([x * x for x in self.xs]) ** 0.5

    def __iadd__(self, other):
        for i in range(len(self.xs)):
            self.xs[i] += other.xs[i]
        return self

    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs

    def __repr__(self):
        return "Vec(%s)" % ", ".join([repr(x) for x in self.xs])


a = Vec(1, 2, 3)
b = Vec(4, 5, 6)
print(a + b, a - b, a * b, a * 2, 3 * a)
print(a + 1, 1 + a, 10 - a, a - 1)
print(b / 2, b // 4, b % 4, -a, +a, abs(Vec(3, 4)))
print(sum([a, b, Vec(1, 1, 1)], Vec(0, 0, 0)))
print(sum([a, b]))  # uses 0 + a -> __radd__
c = a
c += b  # __iadd__ mutates in place: a changes too
print(c, a, c is a)
d = Vec(1, 1)
e = d
e = e + Vec(1, 1)  # __add__ makes a new object
print(d, e, d is e)
print(a == Vec(5, 7, 9), a != Vec(5, 7, 9), a == [5, 7, 9])
try:
    a + Vec(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
print("s" * a)  # str.__mul__ gives NotImplemented, then Vec.__rmul__
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


class Only:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Only(self.v + (other.v if isinstance(other, Only) else other))

    def __repr__(self):
        return "Only(%r)" % (self.v,)


x = Only(1)
x += 5  # falls back to __add__
print(x, x + Only(10))
try:
    5 + Only(1)
except TypeError as e:
    print("TypeError:", e)
try:
    -Only(1)
except TypeError as e:
    print("TypeError:", e)
