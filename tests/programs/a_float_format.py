# float repr/str, round, formatting, inf/nan and conversions
vals = [0.1, 0.5, 1.0, -0.0, 1e16, 1e-5, 123456789.125, 1.0 / 3, 2.5e-300, 1e22, 1e15]
for v in vals:
    print(repr(v), str(v))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(round(2.5), round(3.5), round(-2.5), round(0.5), type(round(2.7)).__name__)
print(round(2.675, 2), round(1.23456, 3), round(-1.5), round(7, -1) if False else round(15, -1))
print(round(1234.5678, -2), round(0.0), round(-0.4))
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, inf > 1e308, -inf < -1e308, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf - inf != inf - inf)
print(inf + 1, inf * -2, 1 / inf, float('-inf') + inf != 0)
print(float('1.5'), float(' -2.25 '), float('1e3'), float(7), float('-0'))
print(int(3.9), int(-3.9), int(1e10), int(-0.5))
try:
    int(inf)
except OverflowError:
    print('int(inf) OverflowError')
try:
    int(nan)
except ValueError:
    print('int(nan) ValueError')
try:
    float('abc')
except ValueError:
    print('float(abc) ValueError')
print('%.3f %.0f %e %g %g' % (3.14159, 2.5, 12345.678, 0.0001, 1e20))
print('{:.2f} {:10.3f}| {:<8.1f}| {:+.1f}'.format(2.345, -1.5, 9.99, 3.0))
print(1e308 * 10, -1e308 * 10, 5e-324 / 2)
print(3.0.is_integer(), 3.5.is_integer(), (7.0).__float__() if False else float(7) / 2)
