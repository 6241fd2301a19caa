# mixed int/float/bool arithmetic: result types, true division, comparisons, int() truncation
pairs = [(3, 2), (3, 2.0), (True, 2), (3.0, True), (-7, 2.5), (0, 1.5)]
for a, b in pairs:
    r = [a + b, a - b, a * b, a / b, a // b, a % b]
    print(a, b, r, [type(x).__name__ for x in r])
print(7 / 7, type(7 / 7).__name__, 10 / 4, -10 / 4, 2 ** 0.5 == 2 ** 0.5, 4 ** 0.5)
print(int(3.99), int(-3.99), int(1e20), int(-0.5), int(2.5), int(True))
print(1 == 1.0, 1 == True, 0 == False, 2 == True, 1.5 > 1, 1 < 1.0000001, 10 ** 20 == 1e20)
print(True + True, True * 10, False - True, -True, +True, abs(-False), True / 2)
print(sum([1, 2.5, True]), sum([True, True, False]), max(1, 1.0), max(1.0, 1), min(True, 1))
print(3 * 1.1, 0.1 * 3, 1e300 * 1e10, -1e300 * 1e10, 2 ** 1023 * 2.0)
try:
    float(2 ** 1024)
except OverflowError as e:
    print('OverflowError:', e)
try:
    2.0 ** 5000
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
print(abs(-3), abs(-3.5), abs(0.0), abs(-0.0), abs(-10 ** 30))
print(divmod(7, 2.0), divmod(-7, 2), pow(2, -2), pow(2.0, 3))
