# int/float/str conversions: truncation, bases, rounding of halves, errors
print(int(2.999), int(-2.999), int('0'), int('-0'), int('+17'), int('1_000'))
print(int('777', 8), int('11', 2), int('Zz', 36), int('0b101', 0), int('0o17', 0), int('0x1f', 0))
print(float(3), float(-0), float('inf') > 10 ** 300, float('  3.5\n'), float('1_0.5'))
print(str(3.0), str(-1.5e-7), str(10 ** 16 * 1.0), str(1.0e16), repr(1e-4), repr(0.0001))
print(int(float('1e15')), int(123456789.99), round(123.456), round(-123.5), round(124.5))
print(round(1.5, 0), round(0.125, 2), round(0.375, 2), round(-0.05, 1))
print(int('  -12  '), float('-.5'), float('5.'), float('1E-2'))
for bad in ['', ' ', '1.5', '0x10', '1e3', '--1', '1 2']:
    try:
        int(bad)
        print('int accepted', repr(bad))
    except ValueError:
        print('int rejected', repr(bad))
for bad in ['', 'x', '1.2.3', 'e5']:
    try:
        float(bad)
        print('float accepted', repr(bad))
    except ValueError:
        print('float rejected', repr(bad))
try:
    int('12', 1)
except ValueError:
    print('base 1 ValueError')
try:
    int(None)
except TypeError:
    print('int(None) TypeError')
try:
    float([1])
except TypeError:
    print('float(list) TypeError')
print(7 // 2 * 2.0, 2 ** 0.5 * 2 ** 0.5, 10 ** 2 / 10 ** 2, 3 * 1.0 == 3)
print(int(True) + int(False), float(True), str(int('042')), len(str(2 ** 100)))
print(abs(int(-7.9)), int(abs(-7.9)), -7.9 // 1, int(-7.9 // 1))
