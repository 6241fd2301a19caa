# classes: super() in classmethods, properties, operator methods and __eq__ across a small hierarchy
class Base:
    registry = []

    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        Base.registry.append(type(obj).__name__)
        return obj

    def __init__(self, v):
        self.v = v

    @property
    def label(self):
        return "base:%s" % self.v

    def __add__(self, other):
        return type(self)(self.v + other.v)

    def __eq__(self, other):
        return type(self) is type(other) and self.v == other.v

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.v)


class Child(Base):
    @classmethod
    def create(cls, *args):
        obj = super().create(*args)
        obj.extra = "made by Child.create"
        return obj

    @property
    def label(self):
        return "child/" + super().label

    def __add__(self, other):
        r = super().__add__(other)
        r.v *= 10
        return r

    def __eq__(self, other):
        return super().__eq__(other) and getattr(self, "extra", None) == getattr(other, "extra", None)


c = Child.create(1)
b = Base.create(2)
print(c, c.extra, b, Base.registry)
print(c.label, b.label)
print(c + Child(2), b + Base(3), Child(1) + Child(1))
print(c == Child.create(1), Child(1) == Child(1), c == Child(1), b == Base(2), b == Child(2))


class Seq:
    def __init__(self, items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x in self.items

    def __str__(self):
        return "<" + " ".join([str(x) for x in self.items]) + ">"


class OneBased(Seq):
    def __getitem__(self, i):
        if i == 0:
            raise IndexError("one-based: index 0 is invalid")
        return super().__getitem__(i - 1 if i > 0 else i)

    def __len__(self):
        return super().__len__() + 0

    def __contains__(self, x):
        return super().__contains__(x) or super().__contains__(str(x))

    def __str__(self):
        return "1" + super().__str__()


ob = OneBased(["a", "b", "5"])
print(ob[1], ob[3], ob[-1], len(ob), "b" in ob, 5 in ob, 6 in ob, str(ob), Seq([1, 2]))
try:
    ob[0]
except IndexError as e:
    print("IndexError:", e)
