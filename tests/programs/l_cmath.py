# cmath: sqrt, exp, log (with a base), log10, phase, polar, rect, the trigonometric and
# hyperbolic functions, isclose, isfinite/isinf/isnan and the constants (results rounded)
import cmath
import math


def r(z, n=10):
    z = complex(z)
    return complex(round(z.real, n), round(z.imag, n))


print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
for z in [1j, -1, 4, -4, 3 + 4j, -3 - 4j, 1e-320 + 1e-320j, complex(-0.0, -0.0), 2.5,
          1e300 + 1e300j, complex(-1, -0.0)]:
    print('sqrt', z, cmath.sqrt(z))
for z in [0, 1j, 1 + 1j, -2.5 + 0.5j, 700 + 1j, math.pi * 1j]:
    print('exp', z, r(cmath.exp(z)))
for z in [1, -1, 1j, 3 + 4j, 1e-300j, 1e308 + 1e308j, 0.9 + 0.3j, 10]:
    print('log', z, r(cmath.log(z)), r(cmath.log10(z)))
print(r(cmath.log(8, 2)), r(cmath.log(1j, 1j)), r(cmath.log(100, 10 + 0j)))
for z in [0, 1, -1, 1j, -1j, 3 - 4j, complex(-1, -0.0)]:
    print('phase', z, round(cmath.phase(z), 12), 'polar', [round(v, 12) for v in cmath.polar(z)])
for rr, phi in [(1, 0), (2, math.pi / 2), (1.5, -math.pi), (0, 1), (3, 0.25)]:
    print('rect', rr, phi, r(cmath.rect(rr, phi)))
for z in [0, 1, 1j, 0.5 + 0.25j, -2 + 3j, 10j]:
    print('trig', z, r(cmath.sin(z)), r(cmath.cos(z)), r(cmath.tan(z)))
    print('hyp', z, r(cmath.sinh(z)), r(cmath.cosh(z)), r(cmath.tanh(z)))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j),
      cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0j, 1e-10, abs_tol=1e-9),
      cmath.isclose(cmath.infj, cmath.infj), cmath.isclose(cmath.inf, 1e308))
print(cmath.isfinite(1 + 1j), cmath.isfinite(cmath.infj), cmath.isinf(complex(1, -math.inf)),
      cmath.isinf(cmath.nanj), cmath.isnan(cmath.nanj), cmath.isnan(2), cmath.isfinite(3.5))
for f, args in [(cmath.log, (0,)), (cmath.log, (2, 1)), (cmath.sqrt, ('x',)),
                (cmath.exp, (1000 + 0j,)), (cmath.isclose, (1, 2, -1)),
                (cmath.phase, ([],))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    cmath.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)
print(cmath.sqrt(complex(math.inf, math.nan)), cmath.sqrt(complex(-math.inf, 1)),
      cmath.exp(complex(-math.inf, 1)))
