# gclab's statistics module, written for gclab after CPython 3.11's interface: mean,
# fmean (with weights), geometric_mean, harmonic_mean (with weights), median,
# median_low, median_high, median_grouped, mode, multimode, quantiles ('exclusive' and
# 'inclusive'), pvariance, variance, pstdev, stdev, covariance, correlation,
# linear_regression (with proportional=), NormalDist and StatisticsError.
# As in CPython, mean/variance/pvariance/harmonic_mean add the data exactly (as
# fractions, grouped by denominator) and convert the exact result to the data's type at
# the end (int data whose result is not whole gives a float, a mixture of int and
# float gives a float, Fraction with float gives a float); stdev/pstdev are the
# correctly rounded square root of the exact variance, so the printed digits are
# CPython's.  The type coercion rules and the error messages are CPython's.
# What differs from CPython:
# - no decimal.Decimal data (gclab has no decimal module);
# - harmonic_mean of a single value accepts int, float and Fraction (and subclasses)
#   where CPython tests numbers.Real (gclab has no numbers module);
# - math functions are given float(x) for objects other than int/float (gclab's math
#   functions do not call __float__ themselves), with CPython's TypeError message
#   "must be real number, not T" for other objects;
# - NormalDist.cdf, overlap and quantile helpers use an erf written here in Python
#   after fdlibm's s_erf.c (gclab's math has no erf; CPython 3.11 calls the C
#   library's erf, which on glibc is the same algorithm); NormalDist.samples uses
#   gclab's random.Random (CPython's numbers for the same seed);
# - LinearRegression is gclab's namedtuple (see collections).

import math
from fractions import Fraction
from collections import namedtuple

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
    'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
    'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


# --- exact sums ------------------------------------------------------------------------

def _ratio(x):
    """(numerator, denominator) of x; (x, None) for an infinity or a NaN."""
    try:
        getter = x.as_integer_ratio
    except AttributeError:
        getter = None
    if getter is not None:
        try:
            return getter()
        except (OverflowError, ValueError):
            return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__)


def _common_type(T, S):
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _result_type(types):
    T = int
    for S in types:
        T = _common_type(T, S)
    return T


def _add_types(types, typ):
    if typ not in types:
        types.append(typ)


def _exact_sum(data):
    """(type, exact sum, count): the sum is a Fraction, or an inf/nan float."""
    count = 0
    types = []
    by_den = {}
    last = None
    for x in data:
        typ = type(x)
        if typ is not last:
            _add_types(types, typ)
            last = typ
        num, den = _ratio(x)
        count += 1
        by_den[den] = by_den.get(den, 0) + num
    if None in by_den:
        total = by_den[None]
    else:
        total = 0
        for den in by_den:
            total = total + Fraction(by_den[den], den)
    return (_result_type(types), total, count)


def _exact_ss(data, c=None):
    """(type, exact sum of squared deviations, mean, count)."""
    if c is not None:
        devs = []
        for x in data:
            d = x - c
            devs.append(d * d)
        T, ss, count = _exact_sum(devs)
        return (T, ss, c, count)
    count = 0
    types = []
    last = None
    sx = {}
    sxx = {}
    for x in data:
        typ = type(x)
        if typ is not last:
            _add_types(types, typ)
            last = typ
        num, den = _ratio(x)
        count += 1
        sx[den] = sx.get(den, 0) + num
        sxx[den] = sxx.get(den, 0) + num * num
    if not count:
        ss = c = Fraction(0)
    elif None in sx:
        ss = c = sx[None]
    else:
        total = 0
        for den in sx:
            total = total + Fraction(sx[den], den)
        total2 = 0
        for den in sxx:
            total2 = total2 + Fraction(sxx[den], den * den)
        ss = (count * total2 - total * total) / count
        c = total / count
    return (_result_type(types), ss, c, count)


def _to_type(value, T):
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    return T(value)


def _isqrt_odd(n, m):
    """isqrt(n // m), with the last bit set when that is not the exact root."""
    a = math.isqrt(n // m)
    if a * a * m != n:
        a = a | 1
    return a


def _sqrt_frac(n, m):
    """The correctly rounded float square root of n/m (n >= 0, m > 0): an integer
    root with 2*53+3 significant bits, its last bit sticky, divided by a power of two
    (one rounding, in int / int)."""
    shift = (n.bit_length() - m.bit_length() - 109) // 2
    if shift >= 0:
        return (_isqrt_odd(n, m << (2 * shift)) << shift) / 1
    return _isqrt_odd(n << (-2 * shift), m) / (1 << -shift)


def _real(x):
    """x as an argument of gclab's math functions (int and float as they are)."""
    typ = type(x)
    if typ is float or typ is int or typ is bool:
        return x
    if isinstance(x, (int, float)):
        return x
    try:
        conv = type(x).__float__
    except AttributeError:
        raise TypeError('must be real number, not %s' % type(x).__name__)
    return conv(x)


def _fsum(values):
    reals = []
    for x in values:
        reals.append(_real(x))
    return math.fsum(reals)


# --- averages --------------------------------------------------------------------------

def mean(data):
    T, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _to_type(total / n, T)


def fmean(data, weights=None):
    items = list(data)
    n = len(items)
    if weights is None:
        total = _fsum(items)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    weights = list(weights)
    products = []
    for i in range(min(n, len(weights))):
        products.append(items[i] * weights[i])
    num = _fsum(products)
    if n != len(weights):
        raise StatisticsError('data and weights must be the same length')
    den = _fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    try:
        logs = []
        for x in data:
            logs.append(math.log(_real(x)))
        return math.exp(fmean(logs))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        for w in weights:
            if w < 0:
                raise StatisticsError(errmsg)
        sum_weights = _exact_sum(weights)[1]
    terms = []
    data_iter = iter(data)
    try:
        for w in weights:
            try:
                x = next(data_iter)
            except StopIteration:
                break
            if x < 0:
                raise StatisticsError(errmsg)
            if w:
                terms.append(w / x)
            else:
                terms.append(0)
    except ZeroDivisionError:
        return 0
    T, total, count = _exact_sum(terms)
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _to_type(sum_weights / total, T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    # first index holding x, and the index past its last copy
    lo = 0
    hi = n
    while lo < hi:
        mid = (lo + hi) // 2
        if data[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    i = lo
    hi = n
    while lo < hi:
        mid = (lo + hi) // 2
        if x < data[mid]:
            hi = mid
        else:
            lo = mid + 1
    j = lo
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    L = x - interval / 2.0
    return L + interval * (n / 2 - i) / (j - i)


def _counts(data):
    counts = {}
    for x in iter(data):
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    best = None
    bestcount = 0
    for value in counts:
        c = counts[value]
        if c > bestcount:
            best = value
            bestcount = c
    if not bestcount:
        raise StatisticsError('no mode for empty data')
    return best


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value in counts if counts[value] == top]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            if j < 1:
                j = 1
            elif j > ld - 1:
                j = ld - 1
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError('Unknown method: %r' % (method,))


# --- spread ----------------------------------------------------------------------------

def variance(data, xbar=None):
    T, ss, c, n = _exact_ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _to_type(ss / (n - 1), T)


def pvariance(data, mu=None):
    T, ss, c, n = _exact_ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _to_type(ss / n, T)


def stdev(data, xbar=None):
    T, ss, c, n = _exact_ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    v = ss / (n - 1)
    return _sqrt_frac(v.numerator, v.denominator)


def pstdev(data, mu=None):
    T, ss, c, n = _exact_ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    v = ss / n
    return _sqrt_frac(v.numerator, v.denominator)


def _mean_stdev(data):
    T, ss, xbar, n = _exact_ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    v = ss / (n - 1)
    try:
        return (float(xbar), _sqrt_frac(v.numerator, v.denominator))
    except AttributeError:
        return (float(xbar), float(xbar) / float(ss))


# --- two inputs ------------------------------------------------------------------------

def _centred(x, y, n):
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    terms = []
    for i in range(n):
        terms.append((x[i] - xbar) * (y[i] - ybar))
    return xbar, ybar, _fsum(terms)


def _sum_sq_dev(x, xbar):
    terms = []
    for xi in x:
        d = xi - xbar
        terms.append(d * d)
    return _fsum(terms)


def covariance(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number '
                              'of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar, ybar, sxy = _centred(x, y, n)
    return sxy / (n - 1)


def correlation(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number '
                              'of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar, ybar, sxy = _centred(x, y, n)
    sxx = _sum_sq_dev(x, xbar)
    syy = _sum_sq_dev(y, ybar)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same '
                              'number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        terms = []
        for i in range(n):
            terms.append(x[i] * y[i])
        sxy = _fsum(terms)
        terms = []
        for xi in x:
            terms.append(xi * xi)
        sxx = _fsum(terms)
    else:
        xbar, ybar, sxy = _centred(x, y, n)
        sxx = _sum_sq_dev(x, xbar)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    if proportional:
        intercept = 0.0
    else:
        intercept = ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
