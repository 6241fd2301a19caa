# collections.namedtuple: fields, defaults, _make, _replace, _asdict, tuple behaviour
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(3, 4)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print(x + y, list(p), tuple(p), p == (3, 4), p == Point(3, 4), p != Point(4, 3))
print(p._replace(y=10), p._asdict(), Point._fields, Point._make([5, 6]))
print(hash(p) == hash((3, 4)), p < Point(3, 5), sorted([Point(2, 1), Point(1, 2)]))
d = {p: 'here'}
print(d[Point(3, 4)], 3 in p, p.count(3), p.index(4), p + (5,))
Person = namedtuple('Person', ['name', 'age', 'city'], defaults=['Paris'])
print(Person('Ann', 30), Person(name='Bob', age=5, city='Rome'), Person._field_defaults)
R = namedtuple('R', 'a, b, a, def', rename=True)
print(R._fields)
try:
    p.x = 5
except AttributeError:
    print('AttributeError')
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2),
            lambda: namedtuple('Bad', 'x x'), lambda: namedtuple('Bad', 'class'),
            lambda: namedtuple('Bad', '_x'), lambda: Point._make([1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
pts = [Point(i, i * i) for i in range(5)]
print(max(pts, key=lambda q: q.y), sum(q.x for q in pts))
