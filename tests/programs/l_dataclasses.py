from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, MISSING)
from typing import ClassVar, List


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), Point(3))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
attempt('missing', lambda: Point())
attempt('extra', lambda: Point(1, 2, 3))
attempt('kw', lambda: Point(y=5, x=4))
attempt('badkw', lambda: Point(1, z=3))
attempt('hash', lambda: hash(p))
print(Point.__hash__ is None, Point.__match_args__)
print([f.name for f in fields(p)], [f.type for f in fields(Point)])
print([(f.name, f.default is MISSING) for f in fields(Point)], repr(MISSING) != '')
print(fields(Point)[1].default == 0, fields(Point)[0].default is MISSING)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), is_dataclass(int))
attempt('fields(3)', lambda: fields(3))
print(Point.y, hasattr(Point, 'x'))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default='', compare=False, repr=False)


v1, v2 = Version(1, 2), Version(1, 10, 'rc')
print(v1, v2, v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, sorted([v2, v1]))
print(Version(1, 2, 'a') == Version(1, 2, 'b'))
print(hash(v1) == hash(Version(1, 2)), {v1: 'one'}[Version(1, 2)])
attempt('frozen set', lambda: setattr(v1, 'major', 3))
attempt('frozen set other', lambda: setattr(v1, 'other', 3))
attempt('frozen del', lambda: delattr(v1, 'minor'))
attempt('lt other', lambda: v1 < 3)
print(issubclass(FrozenInstanceError, AttributeError))
print(replace(v1, minor=5), v1)
attempt('replace bad', lambda: replace(v1, patch=1))
attempt('replace non-dc', lambda: replace(3))


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    total: int = field(init=False, default=0)
    hidden: int = field(default=7, repr=False)
    registry: ClassVar[int] = 10

    def __post_init__(self):
        self.total = len(self.items)


inv = Inventory('shop', ['a', 'b'])
inv2 = Inventory('other')
inv2.items.append('x')
print(inv, inv2, Inventory('z').items, Inventory.registry)
print([f.name for f in fields(Inventory)])
print(asdict(inv), astuple(inv))
attempt('init=False arg', lambda: Inventory('a', [], {}, 3))
attempt('replace init=False', lambda: replace(inv, total=3))
attempt('asdict non-dc', lambda: asdict(3))
attempt('astuple non-dc', lambda: astuple([1]))


@dataclass
class Line:
    start: Point
    end: Point
    tags: tuple = ()


ln = Line(Point(0, 0), Point(1, 1), ('a', 'b'))
print(ln)
print(asdict(ln))
print(astuple(ln))
d = asdict(ln)
d['start']['x'] = 99
print(ln.start.x)


@dataclass
class Point3(Point):
    z: int = 0


p3 = Point3(1, 2, 3)
print(p3, [f.name for f in fields(p3)], p3 == Point(1, 2), isinstance(p3, Point))


@dataclass(eq=False)
class Ident:
    a: int


print(Ident(1) == Ident(1), hash(Ident(1)) is not None)


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(default_factory=list, hash=False, compare=True)


print(hash(Hashed(1)) == hash(Hashed(1)), Hashed(1) == Hashed(1))


@dataclass(repr=False, init=False)
class Bare:
    a: int = 1

    def __repr__(self):
        return 'Bare!'


print(Bare(), Bare().a)
attempt('bare args', lambda: Bare(2))


@dataclass
class Custom:
    a: int

    def __eq__(self, other):
        return True


print(Custom(1) == Custom(2), Custom.__hash__ is None)

try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e:
    print('ValueError', e)

try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)

try:
    @dataclass(order=True)
    class Clash:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print('TypeError', e)

try:
    @dataclass(eq=False, order=True)
    class NoEq:
        a: int
except ValueError as e:
    print('ValueError', e)

try:
    @dataclass(frozen=True)
    class FrozenChild(Point):
        w: int = 0
except TypeError as e:
    print('TypeError', e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError', e)


@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
print(asdict(root))
root.children.append(root)
print(root)


@dataclass(frozen=True)
class Empty:
    pass


print(Empty(), Empty() == Empty(), hash(Empty()) == hash(Empty()), fields(Empty))


@dataclass
class WithDefaults:
    a: int = 1
    b: str = 'x'
    c: float = field(default=2.5)


print(WithDefaults(), WithDefaults(b='y'), WithDefaults.c)
w = WithDefaults()
w.a = 10
print(w, w == WithDefaults(10))
