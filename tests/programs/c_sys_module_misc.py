# sys: argv, recursion limit get/set and effect, stdout.write return values, modules imported twice
import sys
import sys as system
import math, time
print(len(sys.argv), sys.argv[0].endswith('c_sys_module_misc.py'), type(sys.argv).__name__)
print(system is sys, sys.getrecursionlimit())
old = sys.getrecursionlimit()
sys.setrecursionlimit(150)
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('RecursionError:', e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
n = sys.stdout.write('abc\n')
m = sys.stdout.write('')
print(n, m)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError:', e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print('TypeError:', e)
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
total = sum(range(10000))
print(total, time.time() >= t0, time.monotonic() >= m0, time.perf_counter() >= p0)
print(type(t0).__name__, t0 > 1e9, isinstance(time.perf_counter(), float))
from math import sqrt, pi as PI
print(sqrt(81), PI == math.pi)
