# fractions.Fraction: constructors, normalisation, exact arithmetic with ints, float
# results with floats, comparisons, hashing equal to ints/floats, limit_denominator
import math
from fractions import Fraction as F

print(F(1, 3) + F(1, 6), F(3, -6), F(0), F(-7, 21), repr(F(2, 4)))
print(F('3/4'), F(' -1.25 '), F('1e-3'), F('2.5e2'), F(0.75), F(F(5, 10)), F(True))
a, b = F(3, 4), F(5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, abs(-a), +a)
print(a + 1, 1 + a, a * 2, 2 - a, 3 / a, a ** 2, a ** -2, F(-2, 3) ** -3, 2 ** F(2), a ** 0.5)
print(a + 0.25, 0.5 * a, a == 0.75, a == F(6, 8), F(2, 1) == 2, a != b, a < b, b >= a, a < 1, 0.5 < a)
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)) == hash(-1), len({F(1, 2), 0.5}))
print(int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1, 3), 2), float(F(1, 8)))
print(F(3.141592653589793).limit_denominator(1000), F(1, 3).limit_denominator(2), math.pi.as_integer_ratio() == F(math.pi).as_integer_ratio())
print(a.numerator, a.denominator, bool(F(0)), bool(a), str(F(4, 2)), sorted([F(1, 2), F(1, 3), 0.4, 1]))
print(sum([F(1, n) for n in range(1, 11)]), F.from_float(0.1), F(1, 10) == 0.1)
for bad in ['1/0', 'abc', '']:
    try:
        print(F(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    F(1) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
