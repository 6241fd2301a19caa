# gclab's decimal module: a subset of CPython 3.11's decimal, written for gclab.
# A Decimal is a sign, an integer coefficient and a power-of-ten exponent (or one of the
# specials Infinity / NaN).  What works: construction from str/int/float/tuple/Decimal
# (exact, not rounded), str/repr in CPython's scientific-string form, + - * / // % and
# ** (also non-integral powers), exp, ln, log10, rounded to the context's precision with its rounding
# mode (ROUND_HALF_EVEN, 28 digits by default), sqrt, quantize, normalize,
# to_integral_value, comparisons and hash consistent with int/float, int()/float()/
# round(), format() with the 'f', 'e', 'g', '%' and '' types, getcontext/setcontext/
# localcontext.
# What differs: only the Inexact and Rounded flags are recorded in context.flags, and
# InvalidOperation, DivisionByZero and Overflow are always raised (CPython's default
# traps: changing context.traps has no effect); no Emin/Emax clamping or subnormals;
# ln/exp/log10 and non-integral powers are computed in integer fixed point with 20 or
# more guard digits, then rounded (CPython's are correctly rounded: the two differ only
# for a value within a hair of a rounding boundary); NaN payloads and
# signalling NaNs are not kept apart from NaN.

import math

__all__ = ['Decimal', 'Context', 'getcontext', 'setcontext', 'localcontext',
           'DecimalException', 'InvalidOperation', 'DivisionByZero', 'Overflow',
           'Inexact', 'Rounded', 'Subnormal', 'Underflow', 'Clamped',
           'FloatOperation', 'ConversionSyntax', 'DivisionUndefined',
           'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
           'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
           'DefaultContext', 'BasicContext', 'ExtendedContext', 'MAX_PREC']

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


def _signal(cls):
    # CPython's decimal raises the trapped signal with the list of conditions as args;
    # the conditions that are kinds of InvalidOperation raise InvalidOperation itself
    if issubclass(cls, InvalidOperation):
        return InvalidOperation([cls])
    return cls([cls])


_BUILTIN_OPERANDS = (float, str, complex, list, tuple, dict, set, bytes, type(None))


def _operand(self, other, op, reflected):
    """other as a Decimal, or NotImplemented.  For the builtin types that never accept
    a Decimal, raise CPython's TypeError here, with the type named 'decimal.Decimal'."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if isinstance(other, _BUILTIN_OPERANDS):
        names = ("'decimal.Decimal'", "'%s'" % type(other).__name__)
        if reflected:
            names = names[::-1]
        raise TypeError('unsupported operand type(s) for %s: %s and %s'
                        % ((op,) + names))
    return NotImplemented


class Context(object):
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        self.prec = 28 if prec is None else prec
        self.rounding = ROUND_HALF_EVEN if rounding is None else rounding
        self.Emin = -999999 if Emin is None else Emin
        self.Emax = 999999 if Emax is None else Emax
        self.capitals = 1 if capitals is None else capitals
        self.clamp = 0 if clamp is None else clamp
        self.flags = dict.fromkeys(_SIGNALS, False)
        self.traps = dict.fromkeys(_SIGNALS, False)
        for t in (InvalidOperation, DivisionByZero, Overflow):
            self.traps[t] = True

    def copy(self):
        c = Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                    self.clamp)
        c.traps = dict(self.traps)
        return c

    __copy__ = copy

    def clear_flags(self):
        self.flags = dict.fromkeys(_SIGNALS, False)

    def _raised(self, *signals):
        for sig in signals:
            self.flags[sig] = True

    def create_decimal(self, num='0'):
        return Decimal(num)._rounded(self)

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                   self.clamp, _names(self.flags, _SIGNALS), _names(self.traps, _TRAP_ORDER)))

    def _binary(name):
        def op(self, a, b):
            return getattr(_convert(a, True), name)(_convert(b, True), self)
        op.__name__ = name
        return op

    add = _binary('_add')
    subtract = _binary('_sub')
    multiply = _binary('_mul')
    divide = _binary('_div')
    del _binary

    def sqrt(self, a):
        return _convert(a, True).sqrt(self)


_SIGNALS = [Clamped, DivisionByZero, InvalidOperation, FloatOperation, Inexact,
            Rounded, Subnormal, Underflow, Overflow]


# CPython lists the set flags and the enabled traps in these two orders
_TRAP_ORDER = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
               Subnormal, Inexact, Rounded, Clamped]


def _names(signals, order):
    return ', '.join(sig.__name__ for sig in order if signals.get(sig))


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP)
ExtendedContext = Context(prec=9)

_current = [Context()]


def getcontext():
    return _current[0]


def setcontext(context):
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
    _current[0] = context


class _LocalContext(object):
    def __init__(self, ctx):
        self.new = ctx

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *args):
        setcontext(self.saved)


def localcontext(ctx=None, **kwargs):
    new = (ctx if ctx is not None else getcontext()).copy()
    for k, v in kwargs.items():
        setattr(new, k, v)
    return _LocalContext(new)


def _convert(value, strict):
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if strict:
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(value).__name__)
    return NotImplemented


def _ndigits(n):
    return len(str(n))


def _round_coef(sign, coef, drop, rounding):
    """Drop `drop` (> 0) low digits of coef, rounding; returns the new coefficient."""
    q, r = divmod(coef, 10 ** drop)
    if r == 0:
        return q
    half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_05UP:
        up = q % 10 in (0, 5)
    else:
        raise ValueError('invalid rounding mode')
    return q + 1 if up else q


def _div_nearest(a, b):
    q, r = divmod(a, b)
    return q + (2 * r > b)


def _atanh_fixed(z, w):
    # atanh(z / 10**w) in fixed point (10**w), |z| small
    scale = 10 ** w
    neg = z < 0
    z = abs(z)
    z2 = z * z // scale
    term = z
    total = z
    k = 3
    while term:
        term = term * z2 // scale
        total += term // k
        k += 2
    return -total if neg else total


_LN_CACHE = {}


def _ln2_fixed(w):
    key = ('2', w)
    if key not in _LN_CACHE:
        g = w + 5
        _LN_CACHE[key] = _div_nearest(2 * _atanh_fixed(10 ** g // 3, g), 10 ** 5)
    return _LN_CACHE[key]


def _ln10_fixed(w):
    # ln 10 = 3 ln 2 + ln 1.25, ln 1.25 = 2 atanh(1/9)
    key = ('10', w)
    if key not in _LN_CACHE:
        g = w + 5
        v = 3 * _ln2_fixed(g) + 2 * _atanh_fixed(10 ** g // 9, g)
        _LN_CACHE[key] = _div_nearest(v, 10 ** 5)
    return _LN_CACHE[key]


def _ln_fixed(coef, exp, w):
    # ln(coef * 10**exp) in fixed point (10**w), coef > 0: the value is m * 10**e with
    # 1 <= m < 10, and m is halved to below 1.5 (ln m = k ln 2 + 2 atanh((m-1)/(m+1)))
    g = w + 10
    scale = 10 ** g
    d = _ndigits(coef)
    e = exp + d - 1
    m = coef * scale // 10 ** (d - 1) if d - 1 <= g else _div_nearest(coef * scale, 10 ** (d - 1))
    k = 0
    while m >= scale * 3 // 2:
        m = _div_nearest(m, 2)
        k += 1
    z = _div_nearest((m - scale) * scale, m + scale)
    ed = _ndigits(abs(e))
    v = 2 * _atanh_fixed(z, g) + k * _ln2_fixed(g) + e * _ln10_fixed(g + ed) // 10 ** ed
    return _div_nearest(v, 10 ** 10)


def _exp_fixed_decimal(x, w):
    # exp(x / 10**w) as (coef, exp) with about w significant digits: x = n ln 10 + r
    # with 0 <= r < ln 10, exp(r) by halving r, the Taylor series and squaring back
    g = w + 15
    scale = 10 ** g
    x = x * 10 ** 15
    ln10 = _ln10_fixed(g)
    n = x // ln10
    r = x - n * ln10
    halvings = 12
    r = r >> halvings
    term = scale
    total = scale
    i = 1
    while term:
        term = term * r // (i * scale)
        total += term
        i += 1
    for _ in range(halvings):
        total = total * total // scale
    return total, n - g


def _fix(sign, coef, exp, ctx):
    """Round a finite result to the context's precision."""
    n = _ndigits(coef)
    if n > ctx.prec:
        drop = n - ctx.prec
        ctx._raised(Rounded)
        if coef % 10 ** drop:
            ctx._raised(Inexact)
        coef = _round_coef(sign, coef, drop, ctx.rounding)
        exp += drop
        if _ndigits(coef) > ctx.prec:
            coef //= 10
            exp += 1
    if coef and exp + _ndigits(coef) - 1 > ctx.Emax:
        raise _signal(Overflow)
    return Decimal._make(sign, coef, exp)


_NUMBER = None


def _parse(text):
    s = text.strip().replace('_', '')
    low = s.lower()
    sign = 0
    if low[:1] in ('+', '-'):
        sign = 1 if low[0] == '-' else 0
        low = low[1:]
    if low in ('inf', 'infinity'):
        return sign, 0, 'F'
    if low in ('nan', 'snan') or (low.startswith('nan') and low[3:].isdigit()):
        return sign, 0, 'n'
    mant, e, ex = low.partition('e')
    if e:
        if ex[:1] in ('+', '-'):
            body = ex[1:]
        else:
            body = ex
        if not body.isdigit() or not body.isascii():
            return None
        exp = int(ex)
    else:
        exp = 0
    ip, dot, fp = mant.partition('.')
    if not (ip or fp):
        return None
    for part in (ip, fp):
        if part and not (part.isdigit() and part.isascii()):
            return None
    return sign, int(ip + fp), exp - len(fp)


class Decimal(object):
    __slots__ = ('_sign', '_coef', '_exp')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, Decimal):
            self._sign, self._coef, self._exp = value._sign, value._coef, value._exp
        elif isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._coef = abs(value)
            self._exp = 0
        elif isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                raise _signal(ConversionSyntax)
            self._sign, self._coef, self._exp = parsed
        elif isinstance(value, float):
            if value != value:
                self._sign, self._coef, self._exp = 0, 0, 'n'
            elif value in (float('inf'), float('-inf')):
                self._sign, self._coef, self._exp = (1 if value < 0 else 0), 0, 'F'
            else:
                self._sign = 1 if math.copysign(1.0, value) < 0 else 0
                num, den = abs(value).as_integer_ratio()
                k = den.bit_length() - 1
                self._coef = num * 5 ** k
                self._exp = -k
        elif isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            self._sign = sign
            if exp in ('F', 'n', 'N'):
                self._coef, self._exp = 0, 'F' if exp == 'F' else 'n'
            else:
                self._coef = int(''.join(str(d) for d in digits) or '0')
                self._exp = exp
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        return self

    @classmethod
    def _make(cls, sign, coef, exp):
        self = object.__new__(Decimal)
        self._sign, self._coef, self._exp = sign, coef, exp
        return self

    @classmethod
    def from_float(cls, f):
        return cls(f)

    # --- classification ---------------------------------------------------
    def _special(self):
        return isinstance(self._exp, str)

    def is_nan(self):
        return self._exp == 'n'

    def is_snan(self):
        return False

    def is_qnan(self):
        return self._exp == 'n'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._special()

    def is_zero(self):
        return not self._special() and self._coef == 0

    def is_signed(self):
        return self._sign == 1

    def adjusted(self):
        if self._special():
            return 0
        return self._exp + _ndigits(self._coef) - 1

    def as_tuple(self):
        if self._exp == 'F':
            digits = (0,)           # (an infinity's, as CPython's)
        elif self._special():
            digits = ()
        else:
            digits = tuple(int(c) for c in str(self._coef))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special():
            raise (ValueError if self._exp == 'n' else OverflowError)(
                'cannot convert %s to integer ratio' % ('NaN' if self._exp == 'n' else 'Infinity'))
        n, d = self._coef, 1
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            d = 10 ** -self._exp
        g = math.gcd(n, d)
        n, d = n // g, d // g
        return (-n if self._sign else n), d

    # --- strings -----------------------------------------------------------
    def __str__(self):
        return self._to_string(True)

    def to_eng_string(self, context=None):
        return self._to_string(False)

    def _to_string(self, sci):
        sign = '-' if self._sign else ''
        if self._exp == 'F':
            return sign + 'Infinity'
        if self._exp == 'n':
            return sign + 'NaN'
        digits = str(self._coef)
        exp = self._exp
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif sci:
            dotplace = 1
        elif self._coef == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            e = ''
        else:
            e = 'E%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + e

    def __repr__(self):
        return "Decimal('%s')" % self

    def _plain(self):
        """The value in positional notation (no exponent)."""
        digits = str(self._coef)
        sign = '-' if self._sign else ''
        if self._exp >= 0:
            return sign + digits + '0' * self._exp
        n = -self._exp
        digits = digits.rjust(n + 1, '0')
        return sign + digits[:-n] + '.' + digits[-n:]

    def __format__(self, spec):
        import re
        m = re.fullmatch(r'(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?', spec)
        if m is None:
            raise ValueError('invalid format string')
        fill, align, sign, _z, _alt, zero, width, group, prec, typ = m.groups()
        if self._special():
            body = 'Infinity' if self._exp == 'F' else 'NaN'
            neg = self._sign == 1
        else:
            ctx = getcontext()
            d = self
            p = int(prec) if prec is not None else None
            if typ == '%':
                d = Decimal._make(d._sign, d._coef, d._exp + 2)
            if typ in ('f', 'F', '%'):
                if p is not None:
                    d = d._rescale(-p, ctx.rounding)
                elif d._coef == 0 and d._exp > 0:
                    d = Decimal._make(d._sign, 0, 0)     # (0E+2 shows as 0)
                body = d._plain()
            elif typ in ('e', 'E'):
                if p is not None:
                    n = _ndigits(d._coef)
                    if n > p + 1:
                        d = d._rescale(d._exp + n - (p + 1), ctx.rounding)
                        if _ndigits(d._coef) > p + 1:
                            d = Decimal._make(d._sign, d._coef // 10, d._exp + 1)
                    elif n < p + 1 and d._coef:
                        d = Decimal._make(d._sign, d._coef * 10 ** (p + 1 - n), d._exp - (p + 1 - n))
                digits = str(d._coef)
                e = d._exp + len(digits) - 1
                if d._coef == 0 and p is not None:
                    # a zero keeps its digit; the p zeros of the fraction move the exponent
                    digits = '0' * (p + 1)
                    e = d._exp + p
                body = ('-' if d._sign else '') + digits[0] + (
                    '.' + digits[1:] if len(digits) > 1 else '') + typ + '%+d' % e
            else:
                if p is not None and typ in ('g', 'G', 'n', None):
                    if p == 0:
                        p = 1
                    n = _ndigits(d._coef)
                    if n > p:
                        d = d._rescale(d._exp + n - p, ctx.rounding)
                        if _ndigits(d._coef) > p:
                            d = Decimal._make(d._sign, d._coef // 10, d._exp + 1)
                if typ in ('g', 'G', 'n') or (typ is None and p is not None):
                    leftdigits = d._exp + _ndigits(d._coef)
                    if d._exp <= 0 and leftdigits > -6:
                        body = d._plain()
                    else:
                        body = str(d)
                        if typ in ('g', 'n') or (typ is None and not ctx.capitals):
                            body = body.replace('E', 'e')
                else:
                    body = str(d)
            neg = body.startswith('-')
            if neg:
                body = body[1:]
            if typ == '%':
                body += '%'
        if group:
            ip, dot, rest = body.partition('.')
            if ip.isdigit():
                groups = []
                while len(ip) > 3:
                    groups.insert(0, ip[-3:])
                    ip = ip[:-3]
                groups.insert(0, ip)
                body = group.join(groups) + dot + rest
        signstr = '-' if neg else ('' if sign in (None, '-') else sign)
        if zero and not align:
            fill, align = '0', '='
        if fill is None:
            fill = ' '
        if align is None:
            align = '>'
        w = int(width) if width else 0
        total = len(signstr) + len(body)
        pad = max(0, w - total)
        if align == '=':
            return signstr + fill * pad + body
        s = signstr + body
        if align == '<':
            return s + fill * pad
        if align == '^':
            return fill * (pad // 2) + s + fill * (pad - pad // 2)
        return fill * pad + s

    # --- conversions --------------------------------------------------------
    def __float__(self):
        if self._exp == 'n':
            return float('-nan') if self._sign else float('nan')
        return float(str(self))

    def __int__(self):
        if self._special():
            if self._exp == 'n':
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            v = self._coef * 10 ** self._exp
        else:
            v = self._coef // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __bool__(self):
        return self._special() or self._coef != 0

    def __floor__(self):
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        return int(self._rescale(0, ROUND_CEILING))

    def __round__(self, n=None):
        if n is None:
            if self._special():
                return int(self)
            return int(self._rescale(0, ROUND_HALF_EVEN))
        return self.quantize(Decimal._make(0, 1, -n))

    # --- helpers ------------------------------------------------------------
    def _rescale(self, exp, rounding):
        if self._special():
            return self
        if exp <= self._exp:
            return Decimal._make(self._sign, self._coef * 10 ** (self._exp - exp), exp)
        coef = _round_coef(self._sign, self._coef, exp - self._exp, rounding)
        return Decimal._make(self._sign, coef, exp)

    def _rounded(self, ctx):
        if self._special():
            return self
        return _fix(self._sign, self._coef, self._exp, ctx)

    def _nan_check(self, other):
        if self._exp == 'n' or (other is not None and other._exp == 'n'):
            return Decimal._make(0, 0, 'n')
        return None

    # --- arithmetic -----------------------------------------------------------
    def _add(self, other, ctx=None, negate=False):
        ctx = ctx or getcontext()
        osign = other._sign ^ (1 if negate else 0)
        r = self._nan_check(other)
        if r is not None:
            return r
        if self._exp == 'F' or other._exp == 'F':
            if self._exp == 'F' and other._exp == 'F' and self._sign != osign:
                raise _signal(InvalidOperation)
            if self._exp == 'F':
                return self
            return Decimal._make(osign, 0, 'F')
        exp = min(self._exp, other._exp)
        a = self._coef * 10 ** (self._exp - exp)
        b = other._coef * 10 ** (other._exp - exp)
        if self._sign:
            a = -a
        if osign:
            b = -b
        s = a + b
        if s == 0:
            sign = 1 if (self._sign and osign) or (ctx.rounding == ROUND_FLOOR and self._sign != osign) else 0
        else:
            sign = 1 if s < 0 else 0
        return _fix(sign, abs(s), exp, ctx)

    def _sub(self, other, ctx=None):
        return self._add(other, ctx, True)

    def _mul(self, other, ctx=None):
        ctx = ctx or getcontext()
        r = self._nan_check(other)
        if r is not None:
            return r
        sign = self._sign ^ other._sign
        if self._exp == 'F' or other._exp == 'F':
            if self.is_zero() or other.is_zero():
                raise _signal(InvalidOperation)
            return Decimal._make(sign, 0, 'F')
        return _fix(sign, self._coef * other._coef, self._exp + other._exp, ctx)

    def _div(self, other, ctx=None):
        ctx = ctx or getcontext()
        r = self._nan_check(other)
        if r is not None:
            return r
        sign = self._sign ^ other._sign
        if self._exp == 'F':
            if other._exp == 'F':
                raise _signal(InvalidOperation)
            return Decimal._make(sign, 0, 'F')
        if other._exp == 'F':
            return Decimal._make(sign, 0, 0)
        if other._coef == 0:
            if self._coef == 0:
                raise _signal(DivisionUndefined)
            raise _signal(DivisionByZero)
        ideal = self._exp - other._exp
        if self._coef == 0:
            return Decimal._make(sign, 0, ideal)
        shift = _ndigits(other._coef) - _ndigits(self._coef) + ctx.prec + 1
        if shift >= 0:
            q, rem = divmod(self._coef * 10 ** shift, other._coef)
        else:
            q, rem = divmod(self._coef, other._coef * 10 ** -shift)
        exp = ideal - shift
        if rem:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _fix(sign, q, exp, ctx)

    def _divmod(self, other, ctx=None):
        ctx = ctx or getcontext()
        if self._special() or other._special():
            raise _signal(InvalidOperation)
        if other._coef == 0:
            if self._coef == 0:
                raise _signal(DivisionUndefined)
            raise _signal(DivisionByZero)
        exp = min(self._exp, other._exp)
        a = self._coef * 10 ** (self._exp - exp)
        b = other._coef * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _ndigits(q) > ctx.prec:
            raise _signal(DivisionImpossible)
        qd = Decimal._make(self._sign ^ other._sign, q, 0)
        rd = _fix(self._sign, r, exp, ctx)
        return qd, rd

    def __add__(self, other):
        other = _operand(self, other, '+', False)
        if other is NotImplemented:
            return other
        return self._add(other)

    def __radd__(self, other):
        other = _operand(self, other, '+', True)
        if other is NotImplemented:
            return other
        return other._add(self)

    def __sub__(self, other):
        other = _operand(self, other, '-', False)
        if other is NotImplemented:
            return other
        return self._add(other, None, True)

    def __rsub__(self, other):
        other = _operand(self, other, '-', True)
        if other is NotImplemented:
            return other
        return other._add(self, None, True)

    def __mul__(self, other):
        other = _operand(self, other, '*', False)
        if other is NotImplemented:
            return other
        return self._mul(other)

    def __rmul__(self, other):
        other = _operand(self, other, '*', True)
        if other is NotImplemented:
            return other
        return other._mul(self)

    def __truediv__(self, other):
        other = _operand(self, other, '/', False)
        if other is NotImplemented:
            return other
        return self._div(other)

    def __rtruediv__(self, other):
        other = _operand(self, other, '/', True)
        if other is NotImplemented:
            return other
        return other._div(self)

    def __divmod__(self, other):
        other = _operand(self, other, 'divmod()', False)
        if other is NotImplemented:
            return other
        return self._divmod(other)

    def __rdivmod__(self, other):
        other = _operand(self, other, 'divmod()', True)
        if other is NotImplemented:
            return other
        return other._divmod(self)

    def __floordiv__(self, other):
        other = _operand(self, other, '//', False)
        if other is NotImplemented:
            return other
        return self._divmod(other)[0]

    def __rfloordiv__(self, other):
        other = _operand(self, other, '//', True)
        if other is NotImplemented:
            return other
        return other._divmod(self)[0]

    def __mod__(self, other):
        other = _operand(self, other, '%', False)
        if other is NotImplemented:
            return other
        if other.is_zero() and not self._special():
            raise _signal(DivisionUndefined if self.is_zero() else InvalidOperation)
        return self._divmod(other)[1]

    def __rmod__(self, other):
        other = _operand(self, other, '%', True)
        if other is NotImplemented:
            return other
        if self.is_zero() and not other._special():
            raise _signal(DivisionUndefined if other.is_zero() else InvalidOperation)
        return other._divmod(self)[1]

    def __pow__(self, other, modulo=None):
        other = _operand(self, other, '** or pow()', False)
        if other is NotImplemented:
            return other
        if modulo is not None:
            modulo = _convert(modulo, True)
            return Decimal(pow(int(self), int(other), int(modulo)))
        return self._pow(other)

    def __rpow__(self, other):
        other = _operand(self, other, '** or pow()', True)
        if other is NotImplemented:
            return other
        return other._pow(self)

    def _pow(self, other, ctx=None):
        ctx = ctx or getcontext()
        r = self._nan_check(other)
        if r is not None:
            return r
        if other._special() or self._special():
            raise NotImplementedError('gclab decimal: only powers of finite numbers')
        if other._exp < 0 and other._coef % 10 ** -other._exp:
            return self._pow_fractional(other, ctx)
        n = int(other)
        if n == 0:
            if self.is_zero():
                raise _signal(InvalidOperation)
            return Decimal._make(0, 1, 0)
        sign = self._sign if n % 2 else 0
        if n > 0 and self._coef == 0:
            return Decimal._make(sign, 0, 0)
        if n > 0:
            work = ctx.copy()
            work.prec = ctx.prec + len(str(n)) + 2
            exact_digits = _ndigits(self._coef) * n
            if exact_digits <= ctx.prec + 50:
                return _fix(sign, self._coef ** n, self._exp * n, ctx)
            result = Decimal._make(0, 1, 0)
            base = Decimal._make(0, self._coef, self._exp)
            while n:
                if n & 1:
                    result = result._mul(base, work)
                n >>= 1
                if n:
                    base = base._mul(base, work)
            return _fix(sign, result._coef, result._exp, ctx)
        if self.is_zero():
            return Decimal._make(sign, 0, 'F')
        work = ctx.copy()
        work.prec = ctx.prec + 3
        pos = Decimal._make(0, self._coef, self._exp)._pow(Decimal(-n), work)
        inv = Decimal._make(0, 1, 0)._div(pos, work)
        return _fix(sign, inv._coef, inv._exp, ctx)

    def _pow_fractional(self, other, ctx):
        # self ** other for a non-integral other: exp(other * ln(self)), computed in
        # fixed point with guard digits and rounded to the context (always prec digits)
        if self._coef == 0:
            if other._sign:
                return Decimal._make(0, 0, 'F')
            return Decimal._make(0, 0, 0)
        if self._sign:
            raise _signal(InvalidOperation)
        p = ctx.prec
        ydigits = max(0, other.adjusted() + 1)
        w = p + 20 + ydigits + _ndigits(abs(self.adjusted()) + 1)
        scale = 10 ** w
        t = _ln_fixed(self._coef, self._exp, w)
        # t * other, in the same fixed point
        prod = t * other._coef
        if other._exp >= 0:
            prod *= 10 ** other._exp
        else:
            prod = _div_nearest(prod, 10 ** -other._exp)
        if other._sign:
            prod = -prod
        if abs(prod) > 10 ** 7 * scale:
            raise _signal(Overflow if prod > 0 else Underflow)
        coef, exp = _exp_fixed_decimal(prod, w)
        return _fix(0, coef, exp, ctx)

    def exp(self, context=None):
        ctx = context or getcontext()
        if self._exp == 'n':
            return self
        if self._exp == 'F':
            return Decimal._make(0, 0, 0) if self._sign else self
        if self._coef == 0:
            return Decimal._make(0, 1, 0)
        w = ctx.prec + 20 + max(0, self.adjusted() + 1)
        x = self._coef * 10 ** (w + self._exp) if w + self._exp >= 0 else \
            _div_nearest(self._coef, 10 ** -(w + self._exp))
        if self._sign:
            x = -x
        if abs(x) > 10 ** (w + 7):
            raise _signal(Overflow if x > 0 else Underflow)
        if x == 0:
            # |self| below the working precision: 1 + self rounds to it
            return _fix(0, 10 ** (ctx.prec + 2) + (-1 if self._sign else 1),
                        -(ctx.prec + 2), ctx)
        coef, exp = _exp_fixed_decimal(x, w)
        return _fix(0, coef, exp, ctx)

    def _log_special(self):
        """ln() and log10() of a NaN, a zero, a negative number or an infinity: the
        result, or None for a finite positive number."""
        if self._exp == 'n':
            return self
        if self._coef == 0 and self._exp != 'F':
            return Decimal._make(1, 0, 'F')
        if self._sign:
            raise _signal(InvalidOperation)
        if self._exp == 'F':
            return self
        return None

    def ln(self, context=None):
        ctx = context or getcontext()
        special = self._log_special()
        if special is not None:
            return special
        if self._exp <= 0 and self._coef == 10 ** -self._exp:
            return Decimal._make(0, 0, 0)      # ln(1) is exactly 0
        return self._log_common(ctx, False)

    def log10(self, context=None):
        ctx = context or getcontext()
        special = self._log_special()
        if special is not None:
            return special
        c = self._coef
        tz = 0
        while c % 10 == 0:
            c //= 10
            tz += 1
        if c == 1:
            return Decimal(self._exp + tz)
        return self._log_common(ctx, True)

    def _log_common(self, ctx, base10):
        w = ctx.prec + 20
        while True:
            t = _ln_fixed(self._coef, self._exp, w)
            if base10:
                t = _div_nearest(t * 10 ** w, _ln10_fixed(w))
            # enough significant digits (a value near 1 has a tiny logarithm)
            if abs(t) >= 10 ** (ctx.prec + 10):
                sign = 1 if t < 0 else 0
                return _fix(sign, abs(t), -w, ctx)
            w *= 2

    def __neg__(self):
        if self._special():
            return Decimal._make(1 - self._sign, self._coef, self._exp)
        ctx = getcontext()
        if self._coef == 0 and ctx.rounding != ROUND_FLOOR:
            sign = 0
        else:
            sign = 1 - self._sign
        return _fix(sign, self._coef, self._exp, ctx)

    def __pos__(self):
        if self._special():
            return self
        ctx = getcontext()
        sign = 0 if self._coef == 0 and ctx.rounding != ROUND_FLOOR else self._sign
        return _fix(sign, self._coef, self._exp, ctx)

    def __abs__(self):
        if self._special():
            return Decimal._make(0, self._coef, self._exp)
        return _fix(0, self._coef, self._exp, getcontext())

    def copy_abs(self):
        return Decimal._make(0, self._coef, self._exp)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._coef, self._exp)

    def copy_sign(self, other):
        return Decimal._make(_convert(other, True)._sign, self._coef, self._exp)

    def sqrt(self, context=None):
        ctx = context or getcontext()
        if self._exp == 'n':
            return self
        if self._sign and self._coef:
            raise _signal(InvalidOperation)
        if self._exp == 'F':
            return self
        ideal = self._exp // 2
        if self._coef == 0:
            return Decimal._make(self._sign, 0, ideal)
        c, e = self._coef, self._exp
        if e % 2:
            c *= 10
            e -= 1
        k = max(0, ctx.prec + 1 - (_ndigits(c) + 1) // 2)
        c *= 100 ** k
        e -= 2 * k
        r = math.isqrt(c)
        exp = e // 2
        if r * r != c:
            if r % 5 == 0:
                r += 1
        else:
            while exp < ideal and r % 10 == 0:
                r //= 10
                exp += 1
        even = ctx.copy()
        even.rounding = ROUND_HALF_EVEN     # sqrt rounds half-even whatever the context
        even.flags = ctx.flags
        return _fix(0, r, exp, even)

    def quantize(self, exp, rounding=None, context=None):
        ctx = context or getcontext()
        exp = _convert(exp, True)
        if self._special() or exp._special():
            if self._exp == 'n' or exp._exp == 'n':
                return Decimal._make(0, 0, 'n')
            if self._exp == 'F' and exp._exp == 'F':
                return self
            raise _signal(InvalidOperation)
        d = self._rescale(exp._exp, rounding or ctx.rounding)
        if _ndigits(d._coef) > ctx.prec:
            raise _signal(InvalidOperation)
        if exp._exp > self._exp and self._coef:
            ctx._raised(Rounded)
            if self._coef % 10 ** (exp._exp - self._exp):
                ctx._raised(Inexact)
        return d

    def to_integral_value(self, rounding=None, context=None):
        ctx = context or getcontext()
        if self._special() or self._exp >= 0:
            return self
        return self._rescale(0, rounding or ctx.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def normalize(self, context=None):
        ctx = context or getcontext()
        if self._special():
            return self
        d = _fix(self._sign, self._coef, self._exp, ctx)
        if d._coef == 0:
            return Decimal._make(d._sign, 0, 0)
        coef, exp = d._coef, d._exp
        while coef % 10 == 0:
            coef //= 10
            exp += 1
        return Decimal._make(d._sign, coef, exp)

    def fma(self, other, third, context=None):
        other = _convert(other, True)
        prod = Decimal._make(self._sign ^ other._sign,
                             self._coef * other._coef, self._exp + other._exp)
        return prod._add(_convert(third, True), context)

    def max(self, other, context=None):
        other = _convert(other, True)
        return (other if self._cmp(other) < 0 else self)._rounded(context or getcontext())

    def min(self, other, context=None):
        other = _convert(other, True)
        return (other if self._cmp(other) > 0 else self)._rounded(context or getcontext())

    def compare(self, other, context=None):
        other = _convert(other, True)
        if self.is_nan() or other.is_nan():
            return Decimal._make(0, 0, 'n')
        return Decimal(self._cmp(other))

    # --- comparisons --------------------------------------------------------
    def _cmp(self, other):
        """-1/0/1; neither is a NaN."""
        if self._exp == 'F' or other._exp == 'F':
            a = 0 if self._exp != 'F' else (-1 if self._sign else 1)
            b = 0 if other._exp != 'F' else (-1 if other._sign else 1)
            return (a > b) - (a < b)
        a_zero = self._coef == 0
        b_zero = other._coef == 0
        if a_zero and b_zero:
            return 0
        if a_zero:
            return 1 if other._sign else -1
        if b_zero:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        exp = min(self._exp, other._exp)
        a = self._coef * 10 ** (self._exp - exp)
        b = other._coef * 10 ** (other._exp - exp)
        r = (a > b) - (a < b)
        return -r if self._sign else r

    def _compare_other(self, other):
        """(self, other) as two Decimals to compare exactly, or (self, NotImplemented):
        a Rational (Fraction) n/d compares as self * d against n, as CPython's."""
        if isinstance(other, Decimal):
            return self, other
        if isinstance(other, int):
            return self, Decimal(other)
        if isinstance(other, float):
            return self, Decimal(other)
        if type(other).__name__ == 'Fraction' or (
                hasattr(other, 'numerator') and hasattr(other, 'denominator') and
                not isinstance(other, complex)):
            if not isinstance(self._exp, int):          # a NaN or an infinity
                return self, Decimal(other.numerator)
            return (Decimal._make(self._sign, self._coef * other.denominator, self._exp),
                    Decimal(other.numerator))
        return self, NotImplemented

    def __eq__(self, other):
        a, other = self._compare_other(other)
        if other is NotImplemented:
            return other
        if a.is_nan() or other.is_nan():
            return False
        return a._cmp(other) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other):
        a, other = self._compare_other(other)
        if other is NotImplemented:
            return None
        if a.is_nan() or other.is_nan():
            raise _signal(InvalidOperation)
        return a._cmp(other)

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._exp == 'n':
            return object.__hash__(self)
        if self._exp == 'F':
            return -314159 if self._sign else 314159
        if self._exp >= 0:
            return hash(int(self))
        n, d = self.as_integer_ratio()
        if d == 1:
            return hash(n)
        modulus = (1 << 61) - 1
        inv = pow(d, modulus - 2, modulus)
        h = (abs(n) % modulus) * inv % modulus
        if n < 0:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (Decimal, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self


from collections import namedtuple as _namedtuple
DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent')
