"""cmath for gclab: mathematical functions for complex numbers, after CPython 3.11's
Modules/cmathmodule.c (the same formulas for finite arguments; infinities and nans follow
C99's rules for sqrt and are otherwise what the formulas give)."""

import math

pi = math.pi
e = math.e
tau = math.tau
inf = math.inf
nan = math.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MIN = 2.2250738585072014e-308
_DBL_MAX = 1.7976931348623157e+308
_LARGE_DOUBLE = _DBL_MAX / 4.0
_LOG_LARGE_DOUBLE = math.log(_LARGE_DOUBLE)
_LN2 = 0.6931471805599453094
_LN10 = 2.302585092994045684


def _complex(z):
    if type(z) is complex:
        return z
    if isinstance(z, (str, bytes, bytearray)) or z is None:
        raise TypeError('must be real number, not %s' % type(z).__name__)
    try:
        return complex(z)
    except TypeError:
        raise TypeError('must be real number, not %s' % type(z).__name__)


def _finite(z):
    return math.isfinite(z.real) and math.isfinite(z.imag)


def _overflow_check(z, x, y):
    if _finite(z) and (math.isinf(x) or math.isinf(y)):
        raise OverflowError('math range error')
    return complex(x, y)


def phase(z):
    z = _complex(z)
    return math.atan2(z.imag, z.real)


def polar(z):
    z = _complex(z)
    return abs(z), math.atan2(z.imag, z.real)


def rect(r, phi):
    r = float(r)
    phi = float(phi)
    if math.isfinite(r) and math.isfinite(phi):
        if phi == 0.0:
            return complex(r, r * phi)
        return complex(r * math.cos(phi), r * math.sin(phi))
    if math.isinf(r) and math.isfinite(phi) and phi != 0.0:
        if r > 0:
            return complex(math.copysign(inf, math.cos(phi)),
                           math.copysign(inf, math.sin(phi)))
        return complex(-math.copysign(inf, math.cos(phi)),
                       -math.copysign(inf, math.sin(phi)))
    if math.isinf(phi) and math.isfinite(r) and r != 0.0:
        raise ValueError('math domain error')
    if phi == 0.0:
        return complex(r, r * phi)
    if r == 0.0:
        return complex(0.0, 0.0)
    return complex(r * math.cos(phi), r * math.sin(phi))


def sqrt(z):
    z = _complex(z)
    x = z.real
    y = z.imag
    if not _finite(z):
        if math.isinf(y):
            return complex(inf, y)
        if math.isnan(x):
            return complex(nan, nan)
        if math.isinf(x):
            if x < 0:
                if math.isnan(y):
                    return complex(nan, inf)
                return complex(0.0, math.copysign(inf, y))
            if math.isnan(y):
                return complex(inf, nan)
            return complex(inf, math.copysign(0.0, y))
        return complex(nan, nan)
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax = math.fabs(x)
    ay = math.fabs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = math.ldexp(ax, 53)
        s = math.ldexp(math.sqrt(ax + math.hypot(ax, math.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * math.sqrt(ax + math.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, math.copysign(d, y))
    return complex(d, math.copysign(s, y))


def exp(z):
    z = _complex(z)
    x = z.real
    y = z.imag
    if not _finite(z):
        if math.isinf(x) and x < 0 and math.isfinite(y):
            return complex(0.0 * math.cos(y), 0.0 * math.sin(y))
        if math.isinf(x) and x > 0 and y == 0.0:
            return complex(inf, y)
        if math.isnan(x) and y == 0.0:
            return complex(nan, y)
        if math.isinf(x) and x > 0 and math.isfinite(y):
            return complex(math.copysign(inf, math.cos(y)), math.copysign(inf, math.sin(y)))
        if math.isinf(x) and x > 0:
            return complex(inf, nan)
        if math.isinf(x):
            return complex(0.0, 0.0)
        if math.isinf(y) and math.isfinite(x):
            raise ValueError('math domain error')
        return complex(nan, nan)
    if x > _LOG_LARGE_DOUBLE:
        l = math.exp(x - 1.0)
        rx = l * math.cos(y) * e
        ry = l * math.sin(y) * e
    else:
        l = math.exp(x)
        rx = l * math.cos(y)
        ry = l * math.sin(y)
    return _overflow_check(z, rx, ry)


def _log(z):
    x = z.real
    y = z.imag
    if not _finite(z):
        if math.isinf(x) or math.isinf(y):
            return complex(inf, math.atan2(y, x))
        return complex(nan, nan)
    ax = math.fabs(x)
    ay = math.fabs(y)
    if ax > _LARGE_DOUBLE or ay > _LARGE_DOUBLE:
        rx = math.log(math.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            rx = math.log(math.hypot(math.ldexp(ax, 53), math.ldexp(ay, 53))) - 53 * _LN2
        else:
            raise ValueError('math domain error')
    else:
        h = math.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            rx = math.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            rx = math.log(h)
    return complex(rx, math.atan2(y, x))


def log(x, base=None):
    x = _log(_complex(x))
    if base is not None:
        y = _log(_complex(base))
        try:
            x = x / y
        except ZeroDivisionError:
            raise ValueError('math domain error') from None
    return x


def log10(z):
    r = _log(_complex(z))
    return complex(r.real / _LN10, r.imag / _LN10)


def _sinh(z):
    x = z.real
    y = z.imag
    if math.fabs(x) > _LOG_LARGE_DOUBLE and _finite(z):
        x1 = x - math.copysign(1.0, x)
        rx = math.cos(y) * math.sinh(x1) * e
        ry = math.sin(y) * math.cosh(x1) * e
    elif math.isinf(x) and math.isfinite(y):
        if y == 0.0:
            return complex(x, y)
        rx = math.copysign(inf, math.cos(y)) * math.copysign(1.0, x)
        ry = math.copysign(inf, math.sin(y))
        return complex(rx, ry)
    elif not _finite(z):
        if math.isinf(y) and x == 0.0:
            return complex(x, nan)
        return complex(nan, nan)
    else:
        rx = math.cos(y) * math.sinh(x)
        ry = math.sin(y) * math.cosh(x)
    return _overflow_check(z, rx, ry)


def _cosh(z):
    x = z.real
    y = z.imag
    if math.fabs(x) > _LOG_LARGE_DOUBLE and _finite(z):
        x1 = x - math.copysign(1.0, x)
        rx = math.cos(y) * math.cosh(x1) * e
        ry = math.sin(y) * math.sinh(x1) * e
    elif math.isinf(x) and math.isfinite(y):
        if y == 0.0:
            return complex(inf, y * math.copysign(1.0, x))
        rx = math.copysign(inf, math.cos(y))
        ry = math.copysign(inf, math.sin(y)) * math.copysign(1.0, x)
        return complex(rx, ry)
    elif not _finite(z):
        if math.isinf(y) and x == 0.0:
            return complex(nan, 0.0)
        return complex(nan, nan)
    else:
        rx = math.cos(y) * math.cosh(x)
        ry = math.sin(y) * math.sinh(x)
    return _overflow_check(z, rx, ry)


def _tanh(z):
    x = z.real
    y = z.imag
    if not _finite(z):
        if math.isinf(x) and math.isfinite(y):
            return complex(math.copysign(1.0, x), math.copysign(0.0, 2.0 * math.sin(y) *
                                                               math.cos(y)))
        if x == 0.0 and not math.isfinite(y):
            return complex(x, nan)
        return complex(nan, nan)
    if math.fabs(x) > _LOG_LARGE_DOUBLE:
        return complex(math.copysign(1.0, x),
                       4.0 * math.sin(y) * math.cos(y) * math.exp(-2.0 * math.fabs(x)))
    tx = math.tanh(x)
    ty = math.tan(y)
    cx = 1.0 / math.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def sinh(z):
    return _sinh(_complex(z))


def cosh(z):
    return _cosh(_complex(z))


def tanh(z):
    return _tanh(_complex(z))


def sin(z):
    z = _complex(z)
    s = _sinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def cos(z):
    z = _complex(z)
    return _cosh(complex(-z.imag, z.real))


def tan(z):
    z = _complex(z)
    s = _tanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def isfinite(z):
    z = _complex(z)
    return math.isfinite(z.real) and math.isfinite(z.imag)


def isinf(z):
    z = _complex(z)
    return math.isinf(z.real) or math.isinf(z.imag)


def isnan(z):
    z = _complex(z)
    return math.isnan(z.real) or math.isnan(z.imag)


def isclose(a, b, *args, rel_tol=1e-09, abs_tol=0.0):
    if args:
        raise TypeError('isclose() takes exactly 2 positional arguments (%d given)'
                        % (2 + len(args)))
    a = _complex(a)
    b = _complex(b)
    rel_tol = float(rel_tol)
    abs_tol = float(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a.real == b.real and a.imag == b.imag:
        return True
    if math.isinf(a.real) or math.isinf(a.imag) or math.isinf(b.real) or \
            math.isinf(b.imag):
        return False
    diff = abs(a - b)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol
