# @dataclass(slots=True): a new class whose __slots__ are the fields
from dataclasses import dataclass, field, fields


@dataclass(slots=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1)
print(p, Point.__slots__, hasattr(p, '__dict__'))
p.x = 5
print(p.x, p == Point(5), [f.name for f in fields(p)])
try:
    p.z = 1
except AttributeError:
    print('AttributeError: no attribute z')


@dataclass(slots=True, frozen=True)
class Frozen:
    a: int
    b: str = 'b'


f = Frozen(1)
print(f, hash(f) == hash(Frozen(1)), Frozen.__slots__)
try:
    f.a = 2
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class Point3(Point):
    z: int = 0


q = Point3(1, 2, [], 3)
print(q, Point3.__slots__, isinstance(q, Point), Point3.__qualname__)

try:
    @dataclass(slots=True)
    class Twice:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print('TypeError:', e)


@dataclass(slots=True, order=True)
class Version:
    major: int
    minor: int


print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]))
