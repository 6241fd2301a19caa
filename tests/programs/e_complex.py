# complex numbers: imaginary literals, complex(), repr, arithmetic with ints and floats,
# ** (integer exponents as CPython, else polar), abs, hash, ==, errors, format(), the
# special methods for explicit calls, copy/json/pprint/operator of complexes
print(1j, 2.5J, 1e3j, 0j, 00j, 1_0j, 1.j)
z = complex(1, 2)
print(z, repr(z), str(z), -z, +z, z.conjugate(), z.real, z.imag)
print(complex(-0.0, -1), complex(1.5, 0), complex(float('nan'), float('inf')), -1j, -(0j))
print(complex(1e16, 1e-5), complex(-1.0, float('-inf')), complex(0, float('nan')))
print(z + 1, 1 + z, z * 2.5, 2 - z, z / 2, 1 / z, z ** 2, 2 ** z, z ** -3, z ** 0.5)
print((-8) ** 0.5, (-8.0) ** (1/3))
print(abs(3+4j), abs(complex(float('inf'), float('nan'))))
print(hash(complex(3, 0)) == hash(3), hash(1+2j), hash(-1+0j), hash(complex(1.5, -2.25)))
print(1j == 1j, 1+0j == 1, 1 == 1+0j, 1.5 == complex(1.5), 1j != 2, 2**60 + 0j == 2**60)
print(bool(0j), bool(1j), isinstance(1j, complex), type(1j).__name__)
for s in ['1+2j', ' ( 3-4J ) ', 'j', '-j', '1+j', '1e3', 'inf+nanj', '1_000j', '-1.5e-3-2j']:
    print(repr(s), complex(s))
for s in ['1+2', 'abc', '1__0j', '', '()', '1j+2']:
    try:
        complex(s)
    except ValueError as e:
        print('VE', e)
for a in [(1, 'x'), ('1', 2), ([],), (1, [])]:
    try:
        complex(*a)
    except TypeError as e:
        print('TE', e)
print(complex(1j, 1j), complex(real=2), complex(imag=3), complex(), complex(True))
for f in [lambda: 1j / 0, lambda: 0j ** -1, lambda: 1j < 2, lambda: int(1j), lambda: float(1j), lambda: 1j // 2, lambda: 1j % 2, lambda: ~1j, lambda: 1e300j ** 2]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(sum([1j, 2, 3.5]), (1+2j) ** 3, (1+1j) ** 200, 1j ** 1j)
class C:
    def __complex__(self): return 4j
print(complex(C()), {1j: 'a'}[1j], [1j, 2j].index(2j))
z = complex(1.5, -2.25)
for spec in ['', '.2f', '10.3f', '<20', '^20.2e', '+.3g', 'g', 'n', '.1', '10', ' .2f', '*>30.4E', ',.2f', 'z.1f', '#g', '.0f']:
    print(repr(spec), repr(format(z, spec)), repr(format(1j, spec)), repr(format(complex(-0.0, 1234567.0), spec)), repr(format(complex(float('nan'), float('-inf')), spec)))
for spec in ['010', '=10', 'd', '%', 'x']:
    try:
        format(z, spec)
    except ValueError as e:
        print(e)
print(f'{z}', f'{z!r:>12}', f'{z:.3f}', '%s and %r' % (z, 1j), '{}'.format(-1j))
print(divmod(3, 2))
try:
    divmod(1j, 2)
except TypeError as e:
    print(e)
try:
    pow(1j, 2, 3)
except Exception as e:
    print(type(e).__name__, e)
try:
    round(1j)
except TypeError as e:
    print(e)
print(1j.real, 2j.imag, complex.conjugate(3+4j), pow(2j, 2), [x * 1j for x in range(3)])
print(complex(2**53 + 1), (2 ** 1000) * 1j if False else 'ok', 1e308j * 10, 1j * float('inf'))
import math
try:
    math.sqrt(1j)
except TypeError as e:
    print(e)
print(complex('1e500'), complex('-1e500j'), complex(' 1.5 '), complex('nan'), complex('-inf-infj'))
print(hash(1j) == hash(complex(0, 1)), hash(complex(0, -1)), hash(complex(2**62, 1)), hash(complex(1e100, -1e-100)))
print(0.5j ** 2, (1+1j) ** -2, (2+0j) ** 1e-300, 1j ** 101, 1j ** -101, (1+2j) ** (3-4j), 0j ** 0, 0j ** 2, 0j ** 2.5)
print((1e200+1e200j) / (1e-200+1e-200j) if False else (1+2j) / (3-4j), (1+2j) / 1e-300j, 5 / (1+1j), 5.0 / 2j, -1j / float('inf'))
print(f'{1j=}', f'{-2.5j=}')
import math
print(math.isclose(abs(1+1j), math.sqrt(2)))
print(sorted([3, 1, 2], key=lambda x: abs(x * 1j)))
print((1j).__class__, complex, type(complex(1)) is complex)
x = 1 + 2j
x += 1
x *= 1j
x **= 2
print(x, x == (-4-8j) + 1j * 0, {1+0j, 1, 1.0})
for a, k in [((1, 2, 3), {}), ((), {'x': 1}), ((), {'imag': 2, 'real': 1}), (('1',), {'imag': 0})]:
    try:
        print(complex(*a, **k))
    except TypeError as e:
        print(e)
print(complex(2.5), complex(-0.0), complex(1e400), complex('  -1E+2J  '))
import copy, json, pprint, operator
z = 1 + 2j
print(copy.copy(z), copy.deepcopy([z, {'a': z}]), copy.deepcopy(z) == z)
try:
    json.dumps(z)
except TypeError as e:
    print(e)
pprint.pprint([z, 3j, complex(-1, -0.0)])
print(operator.add(z, 1), operator.mul(2, z), operator.neg(z), operator.truediv(z, 2j))
print(max([1j, 2j], key=abs), sum([1j] * 10), '{:>12}|{:<10.2f}|{!r}'.format(z, z, z))
try:
    sorted([1j, 2j])
except TypeError as e:
    print(e)
print(str(1e-7j), repr(complex(123456789012345678, 1)), 1j * 1j, (1j) ** 2, 2 ** 0.5j)
print([complex(x, -x) for x in range(3)], tuple(map(complex, ['1', '2j'])))
z = 1 + 2j
print(complex.__add__(z, 1), z.__radd__(2.5), z.__mul__(z), z.__rtruediv__(1), z.__pow__(2), z.__rpow__(2))
print(z.__eq__(1 + 2j), z.__ne__(3), z.__eq__('x'), z.__lt__(z), z.__add__('s'), z.__sub__([]))
print(z.__repr__(), z.__str__(), z.__hash__() == hash(z), z.__bool__(), (0j).__bool__(), z.__abs__(), z.__neg__(), z.__pos__(), z.__complex__(), z.__format__('.1f'))
print(hasattr(1j, '__complex__'), '__add__' in dir(complex), complex.__eq__(1j, 1j))
class V:
    def __radd__(self, other):
        return ('radd', other)
    def __rmul__(self, other):
        return ('rmul', other)
print(1j + V(), 2j * V())
try:
    complex.__add__(1, 2)
except TypeError as e:
    print(e)
