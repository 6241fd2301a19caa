# math.fsum: exact summation of floats
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)), math.fsum((0.5, 0.25)))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([2.0 ** 53, 1.0, 1.0]))
print(math.fsum([float('inf'), 1.0]), math.fsum([float('-inf'), -5]))
print(math.fsum([float('nan'), 1.0]))
try:
    math.fsum([1e308, 1e308, -1e308])
except OverflowError as e:
    print('OverflowError', e)
try:
    math.fsum([float('inf'), float('-inf')])
except ValueError as e:
    print('ValueError', e)
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print('OverflowError', e)
try:
    math.fsum(['a'])
except TypeError as e:
    print('TypeError', e)
try:
    math.fsum(5)
except TypeError as e:
    print('TypeError', e)
vals = [0.1, 0.2, 0.3, -0.6, 1e-17, 3.14159, -3.14159]
print(math.fsum(vals), sum(vals))
print(math.fsum([x / 7 for x in range(100)]))
