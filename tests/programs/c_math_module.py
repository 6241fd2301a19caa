# math module: constants, floor/ceil on ints and floats, logs, trig, domain and range errors
import math
print(math.pi, math.e, math.inf, -math.inf, math.isnan(math.nan))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.floor(5), math.ceil(10 ** 20))
print(type(math.floor(2.5)).__name__, type(math.ceil(2.5)).__name__, type(math.sqrt(4)).__name__)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.fabs(-3), math.fabs(2.5))
print(math.log(1), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024))
print(math.exp(0), math.exp(1) == math.e, math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12))
print(round(math.tan(math.pi / 4), 12), round(math.atan(1) * 4, 12), math.hypot(3, 4))
print(math.trunc(-2.9), math.trunc(2.9), math.isinf(math.inf), math.isfinite(1.0), math.isinf(1e308))
print(sum([0.1] * 10), math.gcd(12, 18), math.factorial(10))
print(math.copysign(3, -0.0), math.degrees(math.pi), math.radians(180) == math.pi)
def attempt(name, f, *args):
    try:
        print(name, f(*args))
    except ValueError as e:
        print(name, 'ValueError:', e)
    except OverflowError as e:
        print(name, 'OverflowError:', e)
    except TypeError as e:
        print(name, 'TypeError:', e)
attempt('sqrt(-1)', math.sqrt, -1)
attempt('log(0)', math.log, 0)
attempt('log(-1)', math.log, -1)
attempt('exp(1000)', math.exp, 1000)
attempt('factorial(-1)', math.factorial, -1)
attempt('sqrt("x")', math.sqrt, 'x')
attempt('floor(inf)', math.floor, math.inf)
attempt('acos(2)', math.acos, 2)
attempt('log(8, 2)', math.log, 8, 2)
attempt('sqrt(10**40)', math.sqrt, 10 ** 40)
