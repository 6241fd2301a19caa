# core-language conformance odds and ends
import abc
import enum
import sys


class Fmt:
    def __format__(self, spec):
        return 'Fmt<%s>' % spec

    def __str__(self):
        return 'str-Fmt'

    def __repr__(self):
        return 'repr-Fmt'


f = Fmt()
print(f'{f}', f'{f:abc}', f'{f!r}', f'{f!s:>10}', format(f, 'x'), '{0:q}'.format(f), str(f), repr(f), '%s %r' % (f, f))


class Missing(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]


m = Missing()
print(m['abc'], m, m.get('zz'), 'zz' in m)


class Rev:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10

    def __reversed__(self):
        return iter(['r'] * self.n)


r = Rev(3)
print(list(r), list(reversed(r)), bool(Rev(0)), bool(r), 20 in r, 25 in r, r[1:2] if False else sorted(r, reverse=True))


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @property
    @abc.abstractmethod
    def name(self):
        ...

    def describe(self):
        return f'{self.name} with area {self.area():.2f}'


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    @property
    def name(self):
        return 'square'


try:
    Shape()
except TypeError as e:
    print('TypeError:', e)


class Half(Shape):
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print('TypeError:', e)
print(Sq(1.5).describe(), isinstance(Sq(1), Shape), issubclass(Sq, abc.ABC))


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return '%s is %d' % (self.name.lower(), self.value)

    @classmethod
    def default(cls):
        return cls.GREEN


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


print(Color.RED, repr(Color.BLUE), Color(2), Color['RED'], Color.RED.describe(), Color.default(), list(Color), len(Color))
print(Color.RED is Color(1), Color.RED == 1, Perm.R | Perm.W, (Perm.R | Perm.W).value, Perm.R in (Perm.R | Perm.X), int(Perm.X))
try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)


def class_decorator(cls):
    cls.decorated = True
    orig = cls.__init__

    def __init__(self, *a):
        orig(self, *a)
        self.extra = len(a)
    cls.__init__ = __init__
    return cls


@class_decorator
class Deco:
    def __init__(self, a, b):
        self.a = a


d = Deco(1, 2)
print(d.decorated, d.a, d.extra, Deco.__init__.__name__)


class A:
    @classmethod
    def create(cls):
        return 'A.create for ' + cls.__name__

    def who(self):
        return 'A'


class B(A):
    @classmethod
    def create(cls):
        return 'B+' + super().create()

    def who(self):
        return 'B>' + super().who()


class C(A):
    def who(self):
        return 'C>' + super().who()


class D(B, C):
    def who(self):
        return 'D>' + super().who()


print(B.create(), D.create(), D().who(), [k.__name__ for k in D.__mro__], super(B, D()).who())
print(sys.getrecursionlimit() > 100, isinstance(sys.maxsize, int), sys.maxsize == 2 ** 63 - 1, type(sys.argv).__name__)
print([1, 2, 3][True], 'abc'[False], True + True, True * 3.5, -True, ~False, int(True), hash(True) == hash(1), {1: 'a', True: 'b'})
print(0.1 + 0.2 == 0.3, abs(-0.0), 0.0 == -0.0, float('nan') != float('nan'), (lambda n=float('nan'): n == n)(), [float('nan')] == [float('nan')])
nan = float('nan')
print([nan] == [nan], nan in [nan], 1 == 1.0 == True, 2 ** -1, (-8) ** (1 / 3) if False else -2, 10 // -3, 10 % -3, -10 // 3)
print(divmod(7, -2), divmod(-7.5, 2), pow(2, -2), pow(-2, 3, 5), pow(3, 4, -5), round(-0.5), round(0.5000001), int('0x1f', 16), int('0o17', 0), int(' 42 '))
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1j) ** 2, complex('1+2j'), (2 + 3j).conjugate(), (1 + 2j).real)
print(list(map(lambda *a: a, 'ab', 'xyz')), list(zip()), dict(zip('ab', range(2))), list(enumerate('ab', 10)), list(filter(None, [0, 1, '', 'a', None])))
print(isinstance(3, (str, (int, float))), issubclass(bool, int), type(None).__name__, callable(len), callable(3), id(None) == id(None))
print(all([]), any([]), all([1, 0]), any(x > 2 for x in [1, 3]), sum([0.1] * 10), sum([[1], [2]], []), min('b', 'a', key=str.upper))
x = 5
print(eval('x + 1'), eval('[i for i in range(x)]'), (exec('y = x * 2') or 'exec done'))
print(getattr(d, 'missing', 'dflt'), hasattr(d, 'a'), setattr(d, 'z', 9) or d.z, delattr(d, 'z') or hasattr(d, 'z'), vars(d) == d.__dict__)
print(slice(1, 10, 2).indices(5), range(10)[2:8:3], range(0, -10, -3)[-1], list(range(5))[::-2], 7 in range(0, 10, 7), range(3) == range(0, 3))
print(bytes(3), bytes([65, 66]), bytearray(b'ab') + b'c', b'abc'[1], b'a' * 3, b'x,y'.split(b','), list(b'hi'), b'%d-%s' % (5, b'q'))
print(frozenset([1, 2]) | {3}, {1, 2} ^ {2, 3}, {1, 2} <= {1, 2, 3}, sorted(set('abc') - set('b')), {x % 3 for x in range(10)}, set().union([1], (2,)))
print(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]), {**{'a': 1}, 'b': 2}, dict.fromkeys('ab', 0), {'a': 1} | {'a': 2})
print(chr(0x1F600).isprintable(), '\u00e9' == 'e\u0301', len('\u00e9'), 'ÉCOLE'.lower(), ord('\n'), hex(ord('é')), '\x41\101\u0041')
