# collections.namedtuple: fields, defaults, _make, _replace, _asdict; classes are tuple subclasses
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

# --- namedtuple classes are tuple subclasses, as in CPython ---
import json
import copy
import pprint

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, isinstance(p, tuple), issubclass(Point, tuple), [k.__name__ for k in Point.__mro__])
print(tuple(p), type(tuple(p)).__name__, list(p), tuple.__repr__(p), json.dumps(p))
a, b = p
first, *rest = Point(5, 6)
print(a, b, first, rest, p == (1, 2), (1, 2) == p, p != (1, 2), p == [1, 2], p < (1, 3))
print(p + (3,), (0,) + p, p * 2, type(p + ()).__name__, p[:1], p[::-1], '%d-%d' % p)
print('{}/{}'.format(*p), dict([p]), max(p), sorted(Point(3, 1)), {p: 'v'}[(1, 2)])
print(Point.x.__doc__, Point.__doc__, Point.__name__, Point.__qualname__, Point._fields)
print(Point._make(iter([7, 8])), Point._make(range(2)), p._replace(x=9), p._asdict())
print(p.__getnewargs__(), Point.__match_args__, Point[int], Point.__new__.__name__)
print(tuple.__new__(Point, (4, 5)), len(Point(0, 0)), p.count(1), p.index(2), 2 in p)
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, x=2),
            lambda: Point(1, z=2), lambda: p._replace(z=1), lambda: Point._make((1, 2, 3))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for attempt in ['set', 'del', 'new']:
    try:
        if attempt == 'set':
            p.x = 5
        elif attempt == 'del':
            del p.y
        else:
            p.z = 1
    except AttributeError as e:
        print('AttributeError', e)

# defaults and keywords
Conn = namedtuple('Conn', 'host port timeout', defaults=[80, None])
print(Conn('h'), Conn('h', 8080), Conn(port=1, host='q'), Conn('h', timeout=3))
print(Conn._field_defaults, Conn.__new__.__doc__)
One = namedtuple('One', 'only')
print(One(1), One.__doc__, One._make([2]), Empty := namedtuple('Empty', ''), Empty())
print(namedtuple('R', ['a', 'def', '_c', 'a'], rename=True)._fields)
print(copy.copy(p), copy.deepcopy(Point([1], [2])), copy.copy(p) == p)

# subclasses of a namedtuple class
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), isinstance(v, tuple), [k.__name__ for k in Vec.__mro__])
try:
    v.w = 1
except AttributeError as e:
    print('AttributeError', e)
class Tagged(Point):
    pass
t = Tagged(1, 2)
t.tag = 'free'
print(t, t.tag, t == p, Tagged._make([3, 4]), type(t._replace(x=0)).__name__)
pprint.pprint([Point(i, str(i) * 10) for i in range(5)])
