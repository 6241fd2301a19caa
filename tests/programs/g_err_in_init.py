# uncaught: an exception in __init__ of a subclass, reached through super().__init__ and a factory function
class Shape:
    def __init__(self, sides):
        if sides < 3:
            raise ValueError("a shape needs at least 3 sides, got %d" % sides)
        self.sides = sides


class Polygon(Shape):
    def __init__(self, sides, name):
        self.name = name
        super().__init__(sides)


def make(specs):
    return [Polygon(n, name) for n, name in specs]


shapes = make([(3, "tri"), (4, "quad")])
print([(s.name, s.sides) for s in shapes])
make([(5, "penta"), (2, "line")])
