# classes: __str__ and __repr__ - print, str(), repr(), containers use repr, formatting, fallback
class Both:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return "Both<%s>" % self.v

    def __repr__(self):
        return "Both(%r)" % (self.v,)


class OnlyRepr:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "OnlyRepr(%r)" % (self.v,)


class OnlyStr:
    def __str__(self):
        return "only-str"


b = Both("x")
o = OnlyRepr([1, "two"])
print(b)
print(str(b), repr(b))
print([b, b], (b,), {"k": b})
print(o, str(o), repr(o), [o])
print(OnlyStr(), str(OnlyStr()))
print("%s|%r" % (b, b), "%s" % o)
print("{} {!r} {!s}".format(b, b, o))
print(f"{b} {b!r} {o}")
print(str([Both(1), Both("1")]), repr(Both(None)))
print("sep".join([str(Both(i)) for i in range(3)]))


class Nested:
    def __init__(self, children):
        self.children = children

    def __repr__(self):
        return "Nested(%r)" % (self.children,)


print(Nested([Nested([]), Nested([Both(2), OnlyRepr("q")])]))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)

    def __repr__(self):
        return "Money(%d)" % self.cents


wallet = [Money(5), Money(1999), Money(100000)]
print(wallet)
for m in wallet:
    print(m, end=" ")
print()
print(max(wallet, key=lambda m: m.cents), str(wallet[0]) + "!")


class Sub(Both):
    def __str__(self):
        return "Sub:" + super().__str__()


print(Sub(7), repr(Sub(7)), [Sub(8)])


class BadStr:
    def __str__(self):
        return 42


try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
