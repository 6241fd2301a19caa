# str.format / f-string / format() mini-language corner cases, float repr
import math

vals = [0, 1, -1, 3.14159, -0.0, 1e16, 1.5e-7, 123456.789, float('inf'), float('nan'), 2.5, 1e22, 0.1]
for v in vals:
    print(repr(v), str(v), format(v, ''), format(v, 'g'), format(v, '.3'), format(v, '10.2f'), format(v, '<+12.4e'))
for v in [0.5, 1.5, 2.5, 0.125, 0.375, 1234.5678, -1e-5]:
    print(format(v, '.0f'), format(v, '.2%'), format(v, '^12.3g'), format(v, '#.0f'), format(v, 'G'), round(v, 2), round(v))
print('{:*^20}'.format('mid'), '{:>+8d}'.format(42), '{:=+8d}'.format(42), '{:08.3f}'.format(-3.14159))
print('{0}{1}{0}'.format('ab', 'cd'), '{name}-{0}'.format(1, name='n'), '{0[1]}{1[k]}'.format([5, 6], {'k': 'v'}))
print('{:,}'.format(1234567.891), '{:_d}'.format(10 ** 9), '{:,.2f}'.format(-9876543.21), '{:x}{:X}{:o}{:b}'.format(255, 255, 8, 5))
print('{!r:>10}|{!s:<6}|{!a}'.format('hi', 3, 'caf\xe9'), '{{literal}}'.format(), '{:c}'.format(9731))
print('{:%}'.format(0.25), '{:.1%}'.format(1 / 3), '{:e}'.format(0), '{:.0e}'.format(15000), '{:n}'.format(1234))
w, p = 10, 3
print(f'{math.pi:{w}.{p}f}|{"x":>{w}}|{w!r:>4}|{w=}|{p * 2 = }', f'{3.0:g}', f'{1e-4:g}', f'{1e-5:g}', f'{123456789.0:g}')
print(f'{"nested {braces}"}', f"{'a' 'b'}", f'{[1, 2][0]:03d}', f'{ {"k": 1}["k"] }', f'{True:d}', f'{False!s:>6}')
print(format(12, '#x'), format(12, '#X'), format(-12, '#b'), format(12, '+#o'), format(0, '#x'), format(65, 'c'))
print(format('abc', '.2'), format('abc', '5'), format('abc', '>5'), format(3, '5'), format(True, ''), format(None, ''))
print('%5.2f|%-6d|%+d|%x|%o|%e|%g|%r|%s|%%|%c|%5s|%.1s' % (2.345, 7, 5, 255, 8, 12345.678, 0.00001234, 'q', [1], 65, 'ab', 'xyz'))
print('%(a)s and %(b)05.1f' % {'a': 'A', 'b': 2.25}, '%*d|%-*.*f' % (5, 42, 8, 2, 3.14159), '%#x %#o' % (255, 8))
print(1 / 3, 2 / 3, 10 / 3, 1e-10 / 3, 100.0, 1e100, 1.0e15, 1e15 + 0.3, 123e-320, 5e-324, 1.7976931348623157e308)
print(0.1 + 0.2, 0.3 - 0.1, 1.1 * 3, 2 ** 0.5, math.sqrt(2) ** 2, -1.5 // 1, -1.5 % 1, 7.5 % -2, divmod(-7.5, 2))
print(float('1_000.5'), float(' -12e-1 '), float('Infinity'), float('-nan'), int(float('1e18')), float.fromhex('0x1.8p1'))
print((2.5).as_integer_ratio(), (0.1).hex(), (3.0).is_integer(), float(7).__repr__(), 1e300 * 1e10, -1e300 * 1e10)
print(round(2.675, 2), round(0.5), round(-0.5), round(1.5), round(-2.5), round(1e20, -19), round(12.3456, -1), round(7, 1))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7), int(-2.7), math.fmod(-7, 3), -7 % 3, math.copysign(0.0, -1))
print(str(1e16), str(1e-5), str(0.0001), repr(1.0), repr(-1e-300), repr(2e-308), str(9007199254740993.0))
print('{0:{1}{2}}'.format('x', '^', 7), '{:{fill}>{width}}'.format(5, fill='.', width=4))
try:
    '{:d}'.format(1.5)
except ValueError as e:
    print('ValueError', e)
try:
    '{} {}'.format(1)
except IndexError as e:
    print('IndexError', e)
try:
    format('s', 'd')
except ValueError as e:
    print('ValueError', e)
try:
    '{0} {}'.format(1, 2)
except ValueError as e:
    print('ValueError', e)
