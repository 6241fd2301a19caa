# gclab's fractions module: Fraction, rational numbers with exact arithmetic.  Written for
# gclab after CPython 3.11's interface: the same constructor forms (ints, two ints,
# floats, other Fractions, strings such as '3/4', '-1.25', '1e-3'), normalised with the
# sign on the numerator, the same repr/str, arithmetic with ints (exact) and floats
# (float results), comparisons, CPython's hash (equal to the hash of an equal int or
# float), limit_denominator, floor/ceil/round/trunc.
# Decimals convert exactly (Fraction(Decimal('1.75')), from_decimal).
# What differs: no complex operands; format() with a spec formats float(self) (CPython 3.11 has no
# Fraction.__format__ either: it formats str(self) and refuses a non-empty spec).

import math

__all__ = ['Fraction']

_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _parse(text):
    s = text.strip().replace('_', '')
    if not s:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    sign = 1
    if s[0] in '+-':
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if '/' in s:
        num, _, den = s.partition('/')
        if not num.isdigit() or not den.strip().isdigit():
            raise ValueError('Invalid literal for Fraction: %r' % text)
        return sign * int(num), int(den.strip())
    exp = 0
    low = s.lower()
    if 'e' in low:
        low, _, e = low.partition('e')
        try:
            exp = int(e)
        except ValueError:
            raise ValueError('Invalid literal for Fraction: %r' % text) from None
    whole, _, frac = low.partition('.')
    if not (whole or frac) or (whole and not whole.isdigit()) or \
            (frac and not frac.isdigit()):
        raise ValueError('Invalid literal for Fraction: %r' % text)
    num = int(whole + frac) if whole + frac else 0
    den = 10 ** len(frac)
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


def _decimal_ratio(dec):
    """A Decimal's exact (numerator, denominator); CPython's errors for the others."""
    if dec.is_nan():
        raise ValueError('cannot convert NaN to integer ratio')
    if dec.is_infinite():
        raise OverflowError('cannot convert Infinity to integer ratio')
    return dec.as_integer_ratio()


class Fraction:
    """This class implements rational numbers."""

    __slots__ = ('_numerator', '_denominator')

    def __init__(self, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            if isinstance(numerator, int):
                n, d = int(numerator), 1
            elif isinstance(numerator, Fraction):
                n, d = numerator._numerator, numerator._denominator
            elif isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                n, d = _parse(numerator)
            elif type(numerator).__name__ == 'Decimal' and \
                    type(numerator).__module__ == 'decimal':
                n, d = _decimal_ratio(numerator)
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif isinstance(numerator, (int, Fraction)) and \
                isinstance(denominator, (int, Fraction)):
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                a = Fraction(numerator)
                b = Fraction(denominator)
                n = a._numerator * b._denominator
                d = a._denominator * b._numerator
            else:
                n, d = int(numerator), int(denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        if _normalize:
            g = math.gcd(n, d)
            if d < 0:
                g = -g
            n //= g
            d //= g
        self._numerator = n
        self._denominator = d

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The Fraction equal to a Decimal (or an int)."""
        if isinstance(dec, int):
            return cls(dec)
        if not (type(dec).__name__ == 'Decimal' and type(dec).__module__ == 'decimal'):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*_decimal_ratio(dec))

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1)
        return Fraction(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(float(self), spec)

    # --- arithmetic: exact with ints and Fractions, float with floats -------------------
    def _coerce(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def __add__(self, other):
        o = self._coerce(other)
        if o is not None:
            return Fraction(self._numerator * o._denominator + o._numerator * self._denominator,
                            self._denominator * o._denominator)
        if isinstance(other, float):
            return float(self) + other
        if isinstance(other, complex):
            return complex(self) + other
        return NotImplemented

    def __radd__(self, other):
        o = self._coerce(other)
        if o is not None:
            return o.__add__(self)
        if isinstance(other, float):
            return other + float(self)
        if isinstance(other, complex):
            return other + complex(self)
        return NotImplemented

    def __sub__(self, other):
        o = self._coerce(other)
        if o is not None:
            return Fraction(self._numerator * o._denominator - o._numerator * self._denominator,
                            self._denominator * o._denominator)
        if isinstance(other, float):
            return float(self) - other
        if isinstance(other, complex):
            return complex(self) - other
        return NotImplemented

    def __rsub__(self, other):
        o = self._coerce(other)
        if o is not None:
            return o.__sub__(self)
        if isinstance(other, float):
            return other - float(self)
        if isinstance(other, complex):
            return other - complex(self)
        return NotImplemented

    def __mul__(self, other):
        o = self._coerce(other)
        if o is not None:
            return Fraction(self._numerator * o._numerator, self._denominator * o._denominator)
        if isinstance(other, float):
            return float(self) * other
        if isinstance(other, complex):
            return complex(self) * other
        return NotImplemented

    def __rmul__(self, other):
        o = self._coerce(other)
        if o is not None:
            return o.__mul__(self)
        if isinstance(other, float):
            return other * float(self)
        if isinstance(other, complex):
            return other * complex(self)
        return NotImplemented

    def __truediv__(self, other):
        o = self._coerce(other)
        if o is not None:
            if o._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (self._numerator * o._denominator))
            return Fraction(self._numerator * o._denominator, self._denominator * o._numerator)
        if isinstance(other, float):
            return float(self) / other
        if isinstance(other, complex):
            return complex(self) / other
        return NotImplemented

    def __rtruediv__(self, other):
        o = self._coerce(other)
        if o is not None:
            return o.__truediv__(self)
        if isinstance(other, float):
            return other / float(self)
        if isinstance(other, complex):
            return other / complex(self)
        return NotImplemented

    def __floordiv__(self, other):
        o = self._coerce(other)
        if o is not None:
            return (self._numerator * o._denominator) // (self._denominator * o._numerator)
        if isinstance(other, float):
            return float(self) // other
        return NotImplemented

    def __rfloordiv__(self, other):
        o = self._coerce(other)
        if o is not None:
            return o.__floordiv__(self)
        if isinstance(other, float):
            return other // float(self)
        return NotImplemented

    def __mod__(self, other):
        o = self._coerce(other)
        if o is not None:
            d = self._denominator * o._denominator
            return Fraction((self._numerator * o._denominator) % (o._numerator *
                                                                  self._denominator), d)
        if isinstance(other, float):
            return float(self) % other
        return NotImplemented

    def __rmod__(self, other):
        o = self._coerce(other)
        if o is not None:
            return o.__mod__(self)
        if isinstance(other, float):
            return other % float(self)
        return NotImplemented

    def __divmod__(self, other):
        o = self._coerce(other)
        if o is not None:
            return (self.__floordiv__(o), self.__mod__(o))
        if isinstance(other, float):
            return divmod(float(self), other)
        return NotImplemented

    def __rdivmod__(self, other):
        o = self._coerce(other)
        if o is not None:
            return o.__divmod__(self)
        if isinstance(other, float):
            return divmod(other, float(self))
        return NotImplemented

    def __pow__(self, other):
        if isinstance(other, Fraction) and other._denominator == 1:
            other = other._numerator
        if isinstance(other, int):
            if other >= 0:
                return Fraction(self._numerator ** other, self._denominator ** other,
                                _normalize=False)
            if self._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (self._denominator ** -other))
            if self._numerator > 0:
                return Fraction(self._denominator ** -other, self._numerator ** -other,
                                _normalize=False)
            return Fraction((-self._denominator) ** -other, (-self._numerator) ** -other,
                            _normalize=False)
        if isinstance(other, (float, Fraction)):
            return float(self) ** float(other)
        if isinstance(other, complex):
            return float(self) ** other
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0 and isinstance(other, int):
            return other ** self._numerator
        if isinstance(other, (int, float, complex)):
            return other ** float(self)
        return NotImplemented

    def __pos__(self):
        return Fraction(self._numerator, self._denominator, _normalize=False)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator, _normalize=False)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator, _normalize=False)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __trunc__ = __int__

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            if floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        dinv = pow(self._denominator, _HASH_MODULUS - 2, _HASH_MODULUS)
        if dinv == 0:
            hash_ = _HASH_INF
        else:
            hash_ = abs(self._numerator) % _HASH_MODULUS * dinv % _HASH_MODULUS
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    # --- comparisons ---------------------------------------------------------------------
    def __eq__(self, other):
        if isinstance(other, complex) and other.imag == 0:
            other = other.real
        if isinstance(other, Fraction):
            return (self._numerator == other._numerator and
                    self._denominator == other._denominator)
        if isinstance(other, int):
            return self._denominator == 1 and self._numerator == other
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return False
            return self == Fraction(other)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            o = Fraction(other)
            return op(self._numerator * o._denominator, self._denominator * o._numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, Fraction(other))
        return NotImplemented

    def __lt__(self, other):
        return self._richcmp(other, _lt)

    def __gt__(self, other):
        return self._richcmp(other, _gt)

    def __le__(self, other):
        return self._richcmp(other, _le)

    def __ge__(self, other):
        return self._richcmp(other, _ge)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _lt(a, b):
    return a < b


def _gt(a, b):
    return a > b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b


# a Rational of the numeric tower, once the numbers module is imported too (which
# registers Fraction itself if it comes second)
import sys
if 'numbers' in sys.modules:
    sys.modules['numbers'].Rational.register(Fraction)
