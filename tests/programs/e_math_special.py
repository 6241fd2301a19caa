# math: frexp, ldexp, dist, erf, erfc, gamma, lgamma, nextafter, ulp, remainder, exp2, cbrt
import math, random
print(math.frexp(8.0), math.ldexp(0.5, 4))
print(math.dist((0, 0), (3, 4)), math.erf(1.0), math.gamma(5), math.cbrt(27), math.exp2(3), math.remainder(7, 4), math.ulp(1.0), math.nextafter(1, 2))
print(math.frexp(0.0), math.frexp(-0.0), math.frexp(-5e-324), math.frexp(math.inf), math.frexp(3), math.ldexp(1, -1080), math.ldexp(-1.0, -10**30), math.ldexp(5, 10))
print(math.dist([1.5, 2, 3], (4, 6, 3)), math.dist((), ()), math.dist((1,), (math.nan,)), math.dist((1, math.inf), (math.nan, 1)))
print(math.ulp(0.0), math.ulp(-1e300), math.ulp(1.7976931348623157e308), math.ulp(math.nan), math.nextafter(0.0, -1), math.nextafter(1.0, 1.0), math.nextafter(math.inf, 0))
print(math.remainder(10, 3), math.remainder(-10, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(3, math.inf), math.remainder(-0.0, 1), math.remainder(math.nan, 0))
print(math.erfc(-3), math.erf(-0.0), math.erfc(30), math.erf(math.inf), math.cbrt(-8), math.cbrt(2), math.exp2(-1075), math.exp2(0.5), math.exp2(-math.inf))
print(math.gamma(0.5), math.gamma(-0.5), math.gamma(23), math.gamma(24), math.gamma(171.5), math.gamma(-200.5), math.gamma(1e-25), math.gamma(-2.5e-21), math.gamma(math.inf))
print(math.lgamma(0.5), math.lgamma(-0.5), math.lgamma(1), math.lgamma(2), math.lgamma(3), math.lgamma(1e-30), math.lgamma(-1e-30), math.lgamma(1e300), math.lgamma(-math.inf), math.lgamma(-7.5))
r = random.Random(11)
acc = []
for i in range(2000):
    x = r.uniform(-180, 180)
    if x != math.floor(x):
        acc.append(math.gamma(x) if abs(x) < 171 else 0.0)
        acc.append(math.lgamma(x))
    y = r.uniform(-50, 50)
    acc.append(math.erf(y / 8)); acc.append(math.erfc(y / 8)); acc.append(math.cbrt(y * 1e5)); acc.append(math.exp2(y * 20))
    acc.append(math.remainder(x, y)); acc.append(math.ulp(x)); acc.append(math.nextafter(x, y))
print(math.fsum(acc), hash(tuple(acc)))
for f in [lambda: math.dist(1,2), lambda: math.dist((1,2),(1,)), lambda: math.dist(('a',),(1,)), lambda: math.ldexp(1.0, 2.0), lambda: math.ldexp(1.0, 10**30), lambda: math.ldexp(1e308, 10), lambda: math.gamma(0), lambda: math.gamma(-1), lambda: math.lgamma(-2), lambda: math.gamma(200), lambda: math.gamma(-1e300), lambda: math.remainder(1, 0), lambda: math.remainder(math.inf, 1), lambda: math.exp2(2000), lambda: math.lgamma(1e308), lambda: math.gamma(float('-inf')), lambda: math.erf('x'), lambda: math.frexp(10**400), lambda: math.ldexp(True, True), lambda: math.nextafter(1,2,3), lambda: math.gamma(-1e-320), lambda: math.frexp()]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
