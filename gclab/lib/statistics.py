# gclab's statistics module, written for gclab after CPython 3.11's interface: mean,
# fmean (with weights), geometric_mean, harmonic_mean (with weights), median,
# median_low, median_high, median_grouped, mode, multimode, quantiles ('exclusive' and
# 'inclusive'), pvariance, variance, pstdev, stdev, covariance, correlation,
# linear_regression (with proportional=) and StatisticsError.
# As in CPython, mean/variance/pvariance/harmonic_mean add the data exactly (as
# fractions, grouped by denominator) and convert the exact result to the data's type at
# the end (int data whose result is not whole gives a float, a mixture of int and
# float gives a float, Fraction with float gives a float); stdev/pstdev are the
# correctly rounded square root of the exact variance, so the printed digits are
# CPython's.  The type coercion rules and the error messages are CPython's.
# What differs from CPython:
# - Decimal data: stdev/pstdev take the root of the exact variance formed as a
#   Decimal quotient with twice the context's digits plus ten (CPython corrects the
#   last digit of its root by exact comparisons; the results agree but for roots
#   within a hair of a rounding boundary);
# - harmonic_mean of a single value accepts int, float and Fraction (and subclasses)
#   where CPython tests numbers.Real (gclab has no numbers module);
# - math functions are given float(x) for objects other than int/float (gclab's math
#   functions do not call __float__ themselves), with CPython's TypeError message
#   "must be real number, not T" for other objects;
# - LinearRegression is a collections.namedtuple;
# - fmean and geometric_mean gather the data in a list before summing (CPython
#   iterates once without a list; the results are the same).

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


def _add_ratio(N, D, num, den):
    """N/D + num/den as a pair (not reduced; D, den > 0)."""
    if den == D:
        return N + num, D
    if den > D and den % D == 0:
        return N * (den // D) + num, den
    if D > den and D % den == 0:
        return N + num * (D // den), D
    g = math.gcd(D, den)
    L = D // g * den
    return N * (L // D) + num * (L // den), L


def _positive_den(num, den):
    if den < 0:
        return -num, -den
    return num, den


def _sum_by_den(by_den, square_den=False):
    N = 0
    D = 1
    for den in by_den:
        if square_den:
            N, D = _add_ratio(N, D, by_den[den], den * den)
        else:
            N, D = _add_ratio(N, D, by_den[den], den)
    return N, D


def _exact_sum(data):
    """(type, numerator, denominator, count) of the exact sum, with ints; the
    denominator is None when the sum is an infinity or a NaN (the numerator)."""
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
        num, den = by_den[None], None
    else:
        num, den = _sum_by_den(by_den)
    return (_result_type(types), num, den, count)


def _exact_ss(data, c=None):
    """(type, numerator, denominator, mean, count) of the exact sum of squared
    deviations (the denominator None for an infinity or a NaN)."""
    if c is not None:
        devs = []
        for x in data:
            d = x - c
            devs.append(d * d)
        T, num, den, count = _exact_sum(devs)
        return (T, num, den, c, count)
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
    T = _result_type(types)
    if not count:
        return (T, 0, 1, Fraction(0), 0)
    if None in sx:
        return (T, sx[None], None, sx[None], count)
    a, b = _sum_by_den(sx)
    e, f = _sum_by_den(sxx, True)
    # (count * e/f - (a/b)**2) / count
    # not reduced: the conversions below do not need it (the mean is not used)
    return (T, count * e * b * b - a * a * f, f * b * b * count, None, count)


def _to_type(value, T):
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        # Decimal does not take a Fraction: the quotient, rounded by the context
        if _is_decimal(T):
            return T(value.numerator) / T(value.denominator)
        raise


def _ratio_to_type(num, den, T):
    """The exact num/den converted as CPython converts a Fraction (int / int is
    correctly rounded whether or not the ratio is reduced)."""
    num, den = _positive_den(num, den)
    if T is float:
        return num / den
    if T is int:
        if num % den == 0:
            return num // den
        return num / den
    return _to_type(Fraction(num, den), T)


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
    T, num, den, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if den is None:
        return _to_type(num / n, T)
    return _ratio_to_type(num, den * n, T)


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
        T, num, den, count = _exact_sum(weights)
        sum_weights = num if den is None else Fraction(num, den)
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
    T, num, den, count = _exact_sum(terms)
    if den is None:
        if num <= 0:
            raise StatisticsError('Weighted sum must be positive')
        return _to_type(sum_weights / num, T)
    if num <= 0:
        raise StatisticsError('Weighted sum must be positive')
    if type(sum_weights) is int:
        return _ratio_to_type(sum_weights * den, num, T)
    return _to_type(sum_weights / Fraction(num, den), T)


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

def _is_decimal(T):
    return T.__name__ == 'Decimal' and T.__module__ == 'decimal'


def _decimal_sqrt_frac(n, m, T):
    """sqrt(n / m) as a Decimal of the current context: the quotient is formed with
    more than twice the context's digits, then Decimal.sqrt rounds its root."""
    if n == 0:
        return T('0.0')
    if m < 0:
        n, m = -n, -m
    import decimal
    with decimal.localcontext() as ctx:
        ctx.prec = 2 * ctx.prec + 10
        q = T(n) / T(m)
    return q.sqrt()


def _spread(data, m, need, name, divisor_less, root):
    T, num, den, c, n = _exact_ss(data, m)
    if n < need:
        raise StatisticsError(name)
    k = n - divisor_less
    if den is None:
        v = num / k
        if root:
            if _is_decimal(T):
                return _decimal_sqrt_frac(v.numerator, v.denominator, T)
            return _sqrt_frac(v.numerator, v.denominator)
        return _to_type(v, T)
    if root:
        # the root is correctly rounded whether or not the ratio is reduced
        num, den = _positive_den(num, den * k)
        if _is_decimal(T):
            return _decimal_sqrt_frac(num, den, T)
        return _sqrt_frac(num, den)
    return _ratio_to_type(num, den * k, T)


def variance(data, xbar=None):
    return _spread(data, xbar, 2, 'variance requires at least two data points', 1, False)


def pvariance(data, mu=None):
    return _spread(data, mu, 1, 'pvariance requires at least one data point', 0, False)


def stdev(data, xbar=None):
    return _spread(data, xbar, 2, 'stdev requires at least two data points', 1, True)


def pstdev(data, mu=None):
    return _spread(data, mu, 1, 'pstdev requires at least one data point', 0, True)


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


# --- NormalDist ---------------------------------------------------------------------

class NormalDist:
    """Normal distribution of a random variable."""

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        if not isinstance(data, (list, tuple)):
            data = list(data)
        xbar = fmean(data)
        return cls(xbar, stdev(data, xbar))

    def samples(self, n, *, seed=None):
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        return [gauss(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(2.0 * math.pi * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return self._mu + self._sigma * _standard_normal_quantile(p)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = abs(Y._mu - X._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * X._sigma * math.sqrt(2.0)))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * math.sqrt(dm * dm + dv * math.log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (abs(Y.cdf(x1) - X.cdf(x1)) + abs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * abs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / abs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state


# Wichura's algorithm AS 241 (PPND16, Applied Statistics 37(3), 1988): the normal
# quantile as a ratio of two polynomials of degree 7, one pair near the centre and two
# pairs for the tails; the coefficients are the paper's, highest degree first.  CPython
# evaluates the same polynomials in the same order (Horner's rule), so the results
# agree to the last bit.
_AS241_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
     4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
     2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0))
_AS241_NEAR = (
    (7.7454501427834140764e-4, 2.2723844989269184583e-2, 2.4178072517745061177e-1,
     1.2704582524523683826e+0, 3.6478483247632045950e+0, 5.7694972214606914055e+0,
     4.6303378461565452959e+0, 1.4234371107496835773e+0),
    (1.0507500716444168432e-9, 5.4759380849953449460e-4, 1.5198666563616457197e-2,
     1.4810397642748007459e-1, 6.8976733498510000455e-1, 1.6763848301838038494e+0,
     2.0531916266377588219e+0, 1.0))
_AS241_FAR = (
    (2.0103343992922881327e-7, 2.7115555687434875782e-5, 1.2426609473880784386e-3,
     2.6532189526576123093e-2, 2.9656057182850489123e-1, 1.7848265399172913358e+0,
     5.4637849111641143699e+0, 6.6579046435011037772e+0),
    (2.0442631033899397856e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
     7.8686913114561325910e-4, 1.4875361290850614852e-2, 1.3692988092273580531e-1,
     5.9983220655588793769e-1, 1.0))


def _horner(coefficients, r):
    value = coefficients[0]
    for c in coefficients[1:]:
        value = value * r + c
    return value


def _standard_normal_quantile(p):
    """The x with Phi(x) == p (AS 241)."""
    q = p - 0.5
    if abs(q) <= 0.425:
        r = 0.180625 - q * q
        num, den = _AS241_CENTRAL
        return _horner(num, r) * q / _horner(den, r)
    r = p if q <= 0.0 else 1.0 - p
    r = math.sqrt(-math.log(r))
    if r <= 5.0:
        r = r - 1.6
        num, den = _AS241_NEAR
    else:
        r = r - 5.0
        num, den = _AS241_FAR
    x = _horner(num, r) / _horner(den, r)
    return -x if q < 0.0 else x
