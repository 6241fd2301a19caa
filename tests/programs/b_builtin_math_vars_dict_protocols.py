# Protocols the builtins follow: math on objects with __float__/__index__ and
# the rounding specials, % with a dict subclass (__missing__), vars()/dir() in
# functions and class bodies, callable staticmethods, dict | obj and obj % str
# with user objects, and the attributes exceptions take from their arguments.
import math
from collections import defaultdict
from fractions import Fraction


class Meters:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)


class Count:
    def __index__(self):
        return 16


print(math.sqrt(Fraction(1, 4)), math.floor(Fraction(7, 2)),
      math.ceil(Fraction(7, 2)), math.trunc(Fraction(-7, 2)))
print(math.sqrt(Meters(16)), math.sqrt(Count()), math.log2(Count()),
      math.hypot(Meters(3), 4), math.isclose(Fraction(1, 3), 1 / 3))
for bad in [lambda: math.trunc(Meters(2.5)), lambda: math.sqrt('4')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

counts = defaultdict(int)
print('%(apples)d apples, %(pears)d pears' % counts, sorted(counts))


class Template(dict):
    def __missing__(self, key):
        return '{' + key + '}'


print('%(name)s is %(age)s' % Template(name='Ann'))


def greet(name, greeting='hello'):
    punct = '!'
    return '{greeting}, {name}{punct}'.format(**vars()), dir()


print(greet('bob'))


class Config:
    debug = False

    @staticmethod
    def normalize(key):
        return key.strip().lower()

    KEYS = list(map(normalize, [' Host', 'PORT ']))
    DEFAULT = normalize(' Mode ')
    print(sorted(vars()), dir() == sorted(vars()))


print(Config.KEYS, Config.DEFAULT, Config.normalize(' X '))


class Plain:
    pass


class Merge:
    def __ror__(self, other):
        return sorted(other) + ['merged']


for op in [lambda: {} | Plain(), lambda: Plain() | {'a': 1},
           lambda: Plain() % 'x', lambda: {'a': 1, 'b': 2} | Merge()]:
    try:
        print(op())
    except TypeError as e:
        print('TypeError:', e)

s = SyntaxError('bad token', ('conf.py', 3, 5, 'x = = 1\n'))
print(s.msg, s.filename, s.lineno, s.offset, repr(s.text), str(s))
print(SyntaxError('tok').msg, ImportError('no mod').msg, NameError('n').name)


class MissingAttr(AttributeError):
    def __init__(self, name, obj):
        super().__init__('no %s' % name, name=name, obj=obj)


e = MissingAttr('size', 42)
print(e, e.name, e.obj)


# list += / *= try the right operand's __radd__ / __rmul__ first (as CPython)
class RightOps:
    def __radd__(self, other):
        return 'radd(%s)' % type(other).__name__

    def __rmul__(self, other):
        return 'rmul(%s)' % type(other).__name__


class NotForLists:
    def __radd__(self, other):
        return NotImplemented

    def __iter__(self):
        return iter([5, 6])


lst = [1]
lst += RightOps()
print(lst)
lst = [1]
lst *= RightOps()
print(lst)
lst = [1]
lst += NotForLists()
print(lst)


# the interpreter's own AttributeError and NameError carry name (and obj)
class Plain:
    pass


plain = Plain()
try:
    plain.missing
except AttributeError as e:
    print(e.name, e.obj is plain, e)
try:
    (1).foo
except AttributeError as e:
    print(e.name, e.obj, e.args)
try:
    undefined_name
except NameError as e:
    print(e.name, e)
