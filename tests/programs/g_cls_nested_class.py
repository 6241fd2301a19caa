# classes: classes defined inside functions and classes - closures over locals, class bodies, factories
def make_counter_class(start, step):
    class Counter:
        initial = start

        def __init__(self):
            self.value = start

        def tick(self):
            self.value += step
            return self.value

    return Counter


C1 = make_counter_class(0, 1)
C10 = make_counter_class(100, 10)
a, b = C1(), C10()
print(a.tick(), a.tick(), b.tick(), C1.initial, C10.initial, C1 is C10, C1.__name__)


class Outer:
    class Inner:
        def __init__(self, v):
            self.v = v

        def __repr__(self):
            return "Inner(%r)" % (self.v,)

    default = Inner(0)

    def __init__(self):
        self.inner = Outer.Inner(5)
        self.other = self.Inner(6)


o = Outer()
print(o.inner, o.other, Outer.default, isinstance(o.inner, Outer.Inner), type(o.inner).__name__)


class Consts:
    A = 2
    B = A * 10
    NAMES = ["a", "b"]
    UPPER = [n.upper() for n in ["x", "y"]]
    TABLE = {k: len(k) for k in ["one", "three"]}

    def total(self):
        return self.A + self.B


print(Consts.A, Consts.B, Consts.NAMES, Consts.UPPER, Consts.TABLE, Consts().total())


def make_classes(n):
    out = []
    for i in range(n):
        class K:
            ident = i

            def get(self):
                return self.ident * 2
        out.append(K)
    return out


ks = make_classes(4)
print([k.ident for k in ks], [k().get() for k in ks], len(ks), ks[0] is ks[1])


def exception_factory(prefix):
    class PrefixedError(Exception):
        def __str__(self):
            return prefix + ": " + Exception.__str__(self)
    return PrefixedError


DbError = exception_factory("db")
NetError = exception_factory("net")
for cls, msg in [(DbError, "locked"), (NetError, "timeout")]:
    try:
        raise cls(msg)
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, DbError))


def registry():
    items = []

    class Item:
        def __init__(self, name):
            self.name = name
            items.append(name)

    return Item, items


Item, items = registry()
Item("x")
Item("y")
Item2, items2 = registry()
Item2("z")
print(items, items2)
