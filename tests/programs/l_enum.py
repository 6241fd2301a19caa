# enum on a metaclass: iteration, len, in, lookup by name and value, aliases, auto,
# IntEnum/StrEnum/Flag/IntFlag, the functional API, unique, _missing_, tuple values
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
    def describe(self):
        return self.name.lower()
class Weekday(Enum):
    MON = auto()
    TUE = auto()
class Prio(IntEnum):
    LOW = 1
    HIGH = 10
print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED)
print(Color(2) is Color.GREEN, list(Color.__members__), isinstance(Color.RED, Color))
print(Weekday.TUE.value, Prio.LOW < Prio.HIGH, Prio.HIGH == 10, Prio.LOW + 1, str(Prio.LOW), repr(Prio.LOW))
print(list(Color), len(Color), Color.RED in Color, Color['GREEN'], Color(1), Color, Color.RED.describe())
print([c.name for c in reversed(Color)], f"{Color.RED}", f"{Prio.HIGH:5d}|", format(Color.GREEN))
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
d = {Color.RED: 'r', Prio.LOW: 'low'}
print(d[Color.RED], d[1], hash(Prio.LOW) == hash(1))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, S.B == 'bee', repr(S.A), S.A.upper())
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), list(rw), Perm(3) is rw)
print(repr(Perm), [p.value for p in Perm])
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | IP.B), IP.A | 2, int(IP.B))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
Shape = Enum('Shape', [('SQ', 4), ('TRI', 3)])
print(Shape.SQ, Shape(3))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), Planet.EARTH.value)
class Mood(Enum):
    FUNKY = 1
    @classmethod
    def favorite(cls):
        return cls.FUNKY
    @classmethod
    def _missing_(cls, value):
        return cls.FUNKY
print(Mood.favorite(), Mood(99), type(Color.RED), type(Color))
print(sorted([Prio.HIGH, Prio.LOW]), max(Prio), Color.RED == Color.RED, Color.RED != Color.GREEN)
