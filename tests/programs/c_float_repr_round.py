# float repr (shortest round trip), round() with ndigits and banker's rounding, special values
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.0, 1e-5, 0.0001, 1e22, 1.5e-7]
for v in vals:
    print(repr(v), str(v), -v)
print(0.0, -0.0, 1.0, 100.0, 1e100, 5e-324, 1.7976931348623157e308)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(round(2.675, 2), round(1.25, 1), round(1.35, 1), round(123.456, -1), round(1234, -2))
print(round(-2.5), round(7), round(7, 1), round(15, -1), round(25, -1), round(0.0001, 3))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
print(float('1e3'), float(' 2.5 '), float('-inf'), float('nan'), float('+1_0.5'), float(7))
print(float('inf') * 0, float('inf') - float('inf'), -float('inf'), float('inf') > 1e308)
nan = float('nan')
print(nan == nan, nan != nan, nan < 1, nan > 1, [nan] == [nan], float('Infinity'))
for s in ['abc', '', '1.2.3', '1e']:
    try:
        float(s)
    except ValueError as e:
        print('ValueError:', e)
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
try:
    print(5.0 // 0.0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(5.0 % 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-1.0, 3))
