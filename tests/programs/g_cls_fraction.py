# classes: a Fraction class - normalization, arithmetic with ints, reflected ops, comparisons, hashing
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % num)
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    @staticmethod
    def lift(x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return Frac(x)
        return None

    def __add__(self, o):
        o = Frac.lift(o)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        o = Frac.lift(o)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        return Frac.lift(o) - self

    def __mul__(self, o):
        o = Frac.lift(o)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac.lift(o)
        return Frac(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, o):
        return Frac.lift(o) / self

    def __floordiv__(self, o):
        q = self / o
        return q.num // q.den

    def __mod__(self, o):
        return self - Frac.lift(o) * (self // o)

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __pow__(self, n):
        if n < 0:
            return Frac(self.den ** -n, self.num ** -n)
        return Frac(self.num ** n, self.den ** n)

    def __eq__(self, o):
        o = Frac.lift(o)
        return o is not None and self.num == o.num and self.den == o.den

    def __lt__(self, o):
        o = Frac.lift(o)
        return self.num * o.den < o.num * self.den

    def __gt__(self, o):
        return Frac.lift(o) < self

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __repr__(self):
        return "%d/%d" % (self.num, self.den) if self.den != 1 else "%d" % self.num


h = Frac(1, 2)
t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, t / h, -h, h ** 3, t ** -2)
print(h + 1, 1 + h, 2 - h, h - 2, 3 * t, t * 3, 1 / h, Frac(7) // 2, Frac(7, 2) % 1)
print(Frac(6, -8), Frac(0, 5), Frac(-3, -9), Frac(10, 5))
print(float(Frac(1, 8)), int(Frac(-7, 2)), int(Frac(7, 2)))
print(Frac(2, 4) == h, h == Frac(1, 2), Frac(4, 2) == 2, h != t, h < t, t < h)
print(sorted([Frac(3, 4), Frac(1, 5), Frac(2, 3), 1, Frac(-1, 2)]))
d = {Frac(1, 2): "half", Frac(2, 3): "two thirds"}
print(d[Frac(2, 4)], d[Frac(4, 6)], Frac(3, 6) in d, len(d))
# harmonic numbers and a continued fraction
s = Frac(0)
for k in range(1, 21):
    s = s + Frac(1, k)
print("H20 =", s, "%.12f" % float(s))
cf = Frac(1)
for i in range(30):
    cf = 1 + Frac(1) / cf
print("phi ~", cf, "%.15f" % float(cf))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    h + 0.5
except TypeError as e:
    print("TypeError:", e)
