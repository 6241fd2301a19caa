# classes: __init__ patterns - defaults, keyword args, *args/**kwargs, calling methods, inherited init, errors
class Point:
    def __init__(self, x=0, y=0, *, label=None):
        self.x = x
        self.y = y
        self.label = label if label is not None else "P"
        self.norm = self.compute_norm()

    def compute_norm(self):
        return abs(self.x) + abs(self.y)

    def __repr__(self):
        return "%s(%r, %r)" % (self.label, self.x, self.y)


print(Point(), Point(1), Point(1, 2), Point(y=5), Point(3, label="Q"), Point(-2, 3).norm)
try:
    Point(1, 2, 3)
except TypeError:
    print("TypeError: too many positional")
try:
    Point(z=1)
except TypeError:
    print("TypeError: unexpected keyword")


class Bag:
    def __init__(self, *items, **options):
        self.items = list(items)
        self.options = dict(options)

    def __repr__(self):
        return "Bag(%r, %r)" % (self.items, sorted(self.options.items()))


print(Bag(), Bag(1, 2), Bag(sep=",", end="!"), Bag(*[1, 2], **{"k": 3}))


class Base:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b
        self.setup()

    def setup(self):
        self.kind = "base"


class Derived(Base):
    def setup(self):  # called from Base.__init__ via self
        self.kind = "derived:%d" % (self.a + self.b)


class Forwarding(Base):
    def __init__(self, *args, **kwargs):
        self.before = True
        super().__init__(*args, **kwargs)
        self.after = self.kind + "!"


d = Derived(5)
f = Forwarding(1, b=10)
print(d.kind, d.a, d.b, f.kind, f.before, f.after, f.b)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)


class Mutable:
    def __init__(self, items=None):
        self.items = [] if items is None else items


class Shared:
    def __init__(self, items=[]):
        self.items = items


m1, m2 = Mutable(), Mutable()
m1.items.append(1)
s1, s2 = Shared(), Shared()
s1.items.append(1)
print(m1.items, m2.items, s1.items, s2.items, s1.items is s2.items)


class Chain:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent
        self.depth = 0 if parent is None else parent.depth + 1

    def child(self, value):
        return Chain(value, self)


c = Chain("root").child("a").child("b").child("c")
print(c.value, c.depth, c.parent.value, c.parent.parent.parent.value)


class ReturnsValue:
    def __init__(self):
        return None  # explicit None is fine


print(type(ReturnsValue()).__name__)


class BadReturn:
    def __init__(self):
        return 5


try:
    BadReturn()
except TypeError as e:
    print("TypeError:", e)
