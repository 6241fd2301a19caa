# staticmethod and classmethod: calling via class, instance and subclass
class Shape:
    kind = "shape"
    created = 0

    def __init__(self, size):
        self.size = size
        type(self).created += 1

    @staticmethod
    def area_of(w, h):
        return w * h

    @classmethod
    def describe(cls):
        return cls.__name__ + ":" + cls.kind

    @classmethod
    def build(cls, size):
        return cls(size)


class Circle(Shape):
    kind = "circle"


print(Shape.area_of(2, 3), Shape(1).area_of(4, 5), Circle.area_of(1, 1))
print(Shape.describe(), Circle.describe(), Circle(2).describe())
c = Circle.build(7)
s = Shape.build(3)
print(type(c).__name__, c.size, type(s).__name__, s.size)
print("created", Shape.created, Circle.created)


class Registry:
    items = []

    @classmethod
    def register(cls, name):
        cls.items.append(name)
        return len(cls.items)

    @staticmethod
    def helper(x=10, *rest):
        return x + len(rest)


print(Registry.register("a"), Registry().register("b"), Registry.items)
print(Registry.helper(), Registry.helper(1, 2, 3))
f = Registry.helper
g = Registry.register
print(f(5), g("c"), Registry.items)
sm = staticmethod(lambda v: v * 2)


class Late:
    double = sm
    make = classmethod(lambda cls, v: cls.__name__ + str(v))


print(Late.double(21), Late().double(4), Late.make(1), Late().make(2))
try:
    Shape.area_of(1)
except TypeError:
    print("TypeError missing staticmethod arg")
