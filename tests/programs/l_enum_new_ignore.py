# enum: a class's own __new__ makes its members (with _value_ and attributes), _ignore_,
# the errors of setting name/value and of extending an enum, as CPython's.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
try:
    Color.RED.value = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    Color.RED.name = 'x'
except AttributeError as e:
    print('AttributeError', e)
try:
    class Ext(Color):
        BLUE = 3
except TypeError as e:
    print('TypeError', e)
class MV(enum.Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    A = 1, 'one'
    B = 2, 'two'
print(MV.B.label, MV(2), MV.A.value, list(MV))
class Coord(bytes, enum.Enum):
    def __new__(cls, value, unit):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.unit = unit
        return obj
    PX = 0, 'P.X'
    PY = 1, 'P.Y'
print(Coord.PY.unit, Coord(1), Coord.PX.value, bytes(Coord.PY))
class Period(enum.Enum):
    _ignore_ = 'Period i'
    Period = vars()
    for i in range(3):
        Period['day_%d' % i] = i
print(list(Period), hasattr(Period, 'i'))
class Tmp(enum.Enum):
    _ignore_ = ['tmp']
    tmp = 99
    A = 1
print(list(Tmp), hasattr(Tmp, 'tmp'))
class Planet(enum.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value, Planet((3.303e+23, 2.4397e6)))
