# classes: inheritance, super(), special methods, class attributes, static/class methods
class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def describe(self):
        return "%s with area %s" % (self.name, self.area()) if False else \
            self.name + " with area " + str(self.area())

    def __repr__(self):
        return "Shape(" + repr(self.name) + ")"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super(Square, self).__init__(side, side)
        self.name = "square"

    @staticmethod
    def unit():
        return Square(1)

    @classmethod
    def make(cls, side):
        return cls(side)


shapes = [Shape("blob"), Rect(2, 3), Square(4), Square.unit(), Square.make(5)]
for s in shapes:
    print(s.describe())
print(Shape.count, len(shapes))
print(repr(shapes[0]), shapes[1])
print(isinstance(shapes[2], Rect), isinstance(shapes[1], Square), issubclass(Square, Shape))
print(type(shapes[2]).__name__, type(shapes[2]) is Square, Square.__name__)


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __str__(self):
        return "<" + str(self.x) + ", " + str(self.y) + ">"

    def __repr__(self):
        return "Vec(" + str(self.x) + ", " + str(self.y) + ")"

    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i == 0:
            return self.x
        if i == 1:
            return self.y
        raise IndexError("Vec index out of range")

    def __contains__(self, v):
        return v == self.x or v == self.y

    def __bool__(self):
        return self.x != 0 or self.y != 0


a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a - b, a * 3, 2 * a, -a)
print(a == Vec(1, 2), a != b, a < b, b > a, a <= a)
print(len(a), a[0], a[1], 2 in a, 5 in a, bool(Vec(0, 0)), bool(a))
print(list(a), [x for x in b])
d = {a: "a", b: "b"}
print(d[Vec(1, 2)], [repr(v) for v in [b, a]])
print(str(a), repr(a), [a])
v = Vec(1, 1)
v += Vec(1, 1)
print(v)


class Registry:
    def __init__(self):
        self.items = {}

    def __setitem__(self, key, value):
        self.items[key] = value

    def __getitem__(self, key):
        return self.items[key]

    def __delitem__(self, key):
        del self.items[key]


r = Registry()
r["x"] = 1
r["y"] = 2
r["x"] += 10
del r["y"]
print(r.items)


class Counter:
    total = 0

    def bump(self):
        self.total += 1
        return self


c = Counter().bump().bump()
print(c.total, Counter.total)
print(hasattr(c, "total"), getattr(c, "missing", "default"))
try:
    c.missing
except AttributeError as e:
    print(e)
try:
    Vec(1)
except TypeError as e:
    print(e)
