# special methods: __eq__/__hash__ for dict keys; unhashable when __eq__ without __hash__
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


d = {}
d[Point(1, 2)] = "a"
d[Point(1, 2)] = "b"
d[Point(2, 1)] = "c"
print(len(d), d[Point(1, 2)], d.get(Point(2, 1)), d.get(Point(9, 9), "none"))
print(Point(1, 2) in d, Point(3, 3) in d)
print(sorted(d.items(), key=lambda kv: (kv[0].x, kv[0].y)))
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 2), Point(1, 2) == (1, 2))


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


try:
    {EqOnly(1): 1}
    print("hashable")
except TypeError:
    print("TypeError unhashable")


class Collide:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return self.v == other.v


c = {Collide(i): i for i in range(10)}
print(len(c), [c[Collide(i)] for i in range(0, 10, 3)])
del c[Collide(4)]
print(len(c), Collide(4) in c, Collide(5) in c)


class Plain:
    pass


p = Plain()
q = Plain()
m = {p: "p", q: "q"}
print(m[p], m[q], p == p, p == q, len(m))
