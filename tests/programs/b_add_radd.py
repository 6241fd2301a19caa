# special methods: __add__, __radd__, __iadd__, NotImplemented fallbacks, sum()
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, int):
            return Money(other + self.cents)
        return NotImplemented

    def __repr__(self):
        return "Money(%d)" % self.cents


print(Money(5) + Money(7), Money(5) + 3, 3 + Money(5))
print(sum([Money(1), Money(2), Money(3)]))
try:
    Money(1) + "x"
except TypeError:
    print("TypeError Money + str")
try:
    "x" + Money(1)
except TypeError:
    print("TypeError str + Money")
m = Money(10)
alias = m
m += Money(1)
print(m, alias, m is alias)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self

    def __add__(self, other):
        r = Acc()
        r.items = self.items + [other]
        return r


a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
c = a + 3
print(c is a, c.items, a.items)


class Sub:
    def __sub__(self, other):
        return "sub"

    def __rsub__(self, other):
        return "rsub"

    def __mul__(self, other):
        return "mul" + str(other)

    def __rmul__(self, other):
        return "rmul" + str(other)


s = Sub()
print(s - 1, 1 - s, s * 2, 2 * s)
