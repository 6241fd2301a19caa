# classes: isinstance/issubclass across hierarchies, type(x) is C, type(x).__name__, __class__, builtin types
class Shape:
    pass


class Polygon(Shape):
    pass


class Triangle(Polygon):
    pass


class Circle(Shape):
    pass


class Other:
    pass


objs = [Shape(), Polygon(), Triangle(), Circle(), Other()]
for o in objs:
    print(type(o).__name__, isinstance(o, Shape), isinstance(o, Polygon), isinstance(o, (Circle, Triangle)),
          type(o) is Shape, type(o) == Polygon, o.__class__ is type(o))
print(issubclass(Triangle, Shape), issubclass(Triangle, Polygon), issubclass(Polygon, Triangle))
print(issubclass(Circle, (Polygon, Other)), issubclass(Circle, (Polygon, Shape)), issubclass(Shape, Shape))
print(issubclass(Triangle, object), isinstance(Triangle(), object), isinstance(Triangle, type))
print(type(Triangle).__name__, Triangle.__name__, type(type(3)).__name__)

t = Triangle()
cls = type(t)
t2 = cls()
print(type(t2).__name__, isinstance(t2, Triangle), type(t2) is type(t))

values = [0, True, 1.5, "s", [1], (1,), {"a": 1}, None, range(3), len, Shape]
for v in values:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), type(v) is int)
print(isinstance(True, int), issubclass(bool, int), type(True) is int, type(True) is bool)
print(isinstance(3, float), isinstance(3.0, (int, float)), isinstance("x", str))


def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, Polygon):
        return "polygon:" + type(x).__name__
    if isinstance(x, Shape):
        return "shape"
    return "other:" + type(x).__name__


print([kind(x) for x in [1, False, Triangle(), Polygon(), Circle(), 2.5, "a", None]])
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)
e = KeyError("k")
print(isinstance(e, LookupError), isinstance(e, Exception), type(e).__name__, issubclass(ZeroDivisionError, ArithmeticError))
