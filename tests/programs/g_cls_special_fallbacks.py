# classes: special-method fallbacks - __contains__ via __iter__, __bool__ via __len__, __ne__ from __eq__, reflected ops order
class OnlyIter:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


oi = OnlyIter([1, 2, 3])
print(2 in oi, 5 in oi, 5 not in oi, list(oi), sorted(OnlyIter([3, 1, 2])), sum(oi))


class OnlyLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(bool(OnlyLen(0)), bool(OnlyLen(3)), not OnlyLen(0), "yes" if OnlyLen(2) else "no")
print(OnlyLen(0) or "fallback", OnlyLen(1) and "second")


class BoolAndLen:
    def __bool__(self):
        return False

    def __len__(self):
        return 10


print(bool(BoolAndLen()), len(BoolAndLen()))


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v

    __hash__ = None


print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly(1) in [EqOnly(0), EqOnly(1)])
print([EqOnly(2), EqOnly(3)].index(EqOnly(3)), [EqOnly(1), EqOnly(1)].count(EqOnly(1)))


class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __add__(self, other):
        return "Derived.__add__"

    def __radd__(self, other):
        return "Derived.__radd__"


# a subclass's reflected method is tried first when it overrides it
print(Base(1) + Derived(2), Derived(1) + Base(2), Base(1) + Base(2), 1 + Base(0))


class NoBool:
    pass


print(bool(NoBool()), not NoBool())


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)


class Neg:
    def __neg__(self):
        return "negated"

    def __pos__(self):
        return "plus"

    def __invert__(self):
        return "inverted"

    def __abs__(self):
        return "absolute"


n = Neg()
print(-n, +n, ~n, abs(n))
