# float arithmetic mixing ints, math module functions, min/max/abs/sum
import math
print(1.5 + 2, 3 - 0.5, 2 * 0.25, 7 / 2, 7.0 // 2, 7.5 % 2, -7.5 % 2, 2 ** 0.5)
print(math.sqrt(16), math.floor(-2.5), math.ceil(-2.5), math.floor(2.5), math.ceil(2.1))
print(type(math.floor(2.5)).__name__, math.fabs(-3), math.pi, math.e)
print(math.isinf(float('inf')), math.isnan(float('nan')), math.isnan(1.0))
print(math.pow(2, 10), math.exp(0), math.log(1), math.log(8, 2), math.log10(1000))
print(math.trunc(-3.7), math.trunc(3.7), math.fmod(-7, 3), -7 % 3)
print(abs(-2.5), abs(-0.0), min(0.5, -1, 2), max([1.5, 2, 1.25]))
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
print(sum([0.5, 0.25, 0.125]), sum([1, 2.5]), sum([], 0.0))
print(10 / 4, 10 // 4, -10 / 4, -10 // 4, 10.0 // -4)
try:
    1.0 / 0
except ZeroDivisionError:
    print('float division ZeroDivisionError')
try:
    2.0 % 0.0
except ZeroDivisionError:
    print('float modulo ZeroDivisionError')
try:
    math.sqrt(-1)
except ValueError:
    print('sqrt(-1) ValueError')
print(divmod(7.5, 2), divmod(-7.5, 2))
x = 1.0
for i in range(5):
    x = x * 3 / 2
print(x)
print(float(10 ** 15) + 0.5, 0.1 * 3, 1.1 * 1.1)
print(math.hypot(3, 4), math.gcd(12, 18), math.factorial(10))
