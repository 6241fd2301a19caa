# classes: rich comparisons - sorted, min/max, reflected operands, NotImplemented, mixed types, errors
class Version:
    def __init__(self, text):
        self.parts = tuple([int(p) for p in text.split(".")])

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts <= other.parts

    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts > other.parts

    def __ge__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts >= other.parts

    def __repr__(self):
        return "V" + ".".join([str(p) for p in self.parts])


vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.2"]]
print(sorted(vs), min(vs), max(vs))
print(sorted(vs, reverse=True))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a == Version("1.2"), a != Version("1.2"), a == "1.2", a != "1.2")
print(vs.index(Version("2.0")), Version("0.9") in vs, vs.count(Version("1.2")))
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return "L%d" % self.v


xs = [OnlyLt(3), OnlyLt(1), OnlyLt(2)]
print(sorted(xs), max(xs), min(xs))
print(OnlyLt(5) > OnlyLt(4))  # reflected: OnlyLt(4) < OnlyLt(5)
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)


class Num:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if isinstance(other, Num):
            return self.v == other.v
        if isinstance(other, int):
            return self.v == other
        return NotImplemented

    def __lt__(self, other):
        o = other.v if isinstance(other, Num) else other
        return self.v < o

    def __gt__(self, other):
        o = other.v if isinstance(other, Num) else other
        return self.v > o


print(Num(3) == 3, 3 == Num(3), Num(3) != 4, 4 != Num(3))
print(2 < Num(3), 5 < Num(3), Num(1) < 2, [1, 2, 3].index(Num(2)))
print(Num(1) == "1", "1" == Num(1))


class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p)
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print("TypeError:", e)


class Weird:
    def __eq__(self, other):
        return "truthy string"


print(Weird() == 1, bool(Weird() == 1), Weird() != 1)
