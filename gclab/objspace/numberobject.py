"""int (and bool) and float: the W_ classes W_Int, W_Bool, W_Long and W_Float, CPython's
numeric hash, the repr of floats, and the methods and attributes of int and float
(RPython).  Their arithmetic is in gclab.objspace.numbers."""

import math

from rpython.rlib import rfloat
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rbigint import rbigint

from gclab.objspace.objects import W_Root, compute_identity_hash_of
from gclab.objspace.argspec import Spec, receiver


class W_Int(W_Root):
    """A machine-word int; results that overflow become W_Long."""
    _attrs_ = _immutable_fields_ = ['intval']

    def __init__(self, intval):
        self.intval = intval

    def getclass(self, space):
        return space.w_int

    def is_true(self, space):
        return self.intval != 0

    def repr(self, space):
        return str(self.intval)

    def hash(self, space):
        x = self.intval
        if -HASH_MODULUS < x < HASH_MODULUS:
            if x == -1:
                return -2
            return x
        return int_hash(x)

    def as_bigint(self):
        return rbigint.fromint(self.intval)


class W_Bool(W_Int):
    _attrs_ = []

    def getclass(self, space):
        return space.w_bool

    def repr(self, space):
        if self.intval:
            return 'True'
        return 'False'


# CPython 3.11's limit on decimal conversions of ints (CVE-2020-10735): the default of
# sys.get_int_max_str_digits(), and the smallest nonzero value it accepts
INT_MAX_STR_DIGITS = 4300
INT_MAX_STR_DIGITS_THRESHOLD = 640
LOG10_2 = 0.30102999566398120


def str_digits_error(space, ndigits):
    """The ValueError of a conversion over the limit; ndigits < 0 when int -> str."""
    limit = space.int_max_str_digits
    if ndigits < 0:
        return space.error(space.w_ValueError, 'Exceeds the limit (%d digits) for integer '
                           'string conversion; use sys.set_int_max_str_digits() to '
                           'increase the limit' % limit)
    return space.error(space.w_ValueError, 'Exceeds the limit (%d digits) for integer '
                       'string conversion: value has %d digits; use '
                       'sys.set_int_max_str_digits() to increase the limit'
                       % (limit, ndigits))


def long_decimal(space, num):
    """The decimal digits of rbigint num (its sign included), within the limit."""
    limit = space.int_max_str_digits
    if limit > 0 and (num.bit_length() - 1) * LOG10_2 > limit + 1:
        raise str_digits_error(space, -1)    # certainly too long: not converted at all
    digits = num.str()
    if limit > 0 and len(digits) - (1 if num.sign < 0 else 0) > limit:
        raise str_digits_error(space, -1)
    return digits


class W_Long(W_Root):
    """An int that does not fit a machine word."""
    _attrs_ = _immutable_fields_ = ['num']

    def __init__(self, num):
        self.num = num

    def getclass(self, space):
        return space.w_int

    def is_true(self, space):
        return self.num.tobool()

    def repr(self, space):
        return long_decimal(space, self.num)

    def hash(self, space):
        return long_hash(self.num)

    def as_bigint(self):
        return self.num


class W_Float(W_Root):
    _attrs_ = _immutable_fields_ = ['floatval']

    def __init__(self, floatval):
        self.floatval = floatval

    def getclass(self, space):
        return space.w_float

    def is_true(self, space):
        return self.floatval != 0.0

    def repr(self, space):
        return float_repr(self.floatval)

    def hash(self, space):
        v = self.floatval
        if rfloat.isfinite(v) and abs(v) < 1e18 and v == float(int(v)):
            x = int(v)
            if x == -1:
                return -2
            return x
        if rfloat.isnan(v):
            return compute_identity_hash_of(self)
        return float_hash(v)


# CPython's numeric hash: ints and floats that are equal hash equal (modulo 2**61 - 1)
HASH_MODULUS = (1 << 61) - 1
HASH_BITS = 61
HASH_MODULUS_BIG = rbigint.fromint(HASH_MODULUS)


def int_hash(x):
    """hash() of a machine int, as CPython."""
    u = r_uint(x)
    if x < 0:
        u = r_uint(0) - u
    h = intmask(u % r_uint(HASH_MODULUS))
    if x < 0:
        h = -h
    if h == -1:
        h = -2
    return h


def long_hash(num):
    """hash() of an rbigint, as CPython."""
    h = num.abs().mod(HASH_MODULUS_BIG).toint()
    if num.sign < 0:
        h = -h
    if h == -1:
        h = -2
    return h


def float_hash(v):
    """hash() of a float that is not nan, as CPython's _Py_HashDouble."""
    if rfloat.isinf(v):
        if v > 0.0:
            return 314159
        return -314159
    m, e = math.frexp(v)
    negative = m < 0.0
    if negative:
        m = -m
    modulus = r_uint(HASH_MODULUS)
    x = r_uint(0)
    while m != 0.0:
        x = ((x << 28) & modulus) | (x >> (HASH_BITS - 28))
        m *= 268435456.0        # 2.0 ** 28
        e -= 28
        y = int(m)              # the next 28 bits of the mantissa
        m -= float(y)
        x += r_uint(y)
        if x >= modulus:
            x -= modulus
    if e >= 0:
        e = e % HASH_BITS
    else:
        e = HASH_BITS - 1 - ((-1 - e) % HASH_BITS)
    x = ((x << e) & modulus) | (x >> (HASH_BITS - e))
    h = intmask(x)
    if negative:
        h = -h
    if h == -1:
        h = -2
    return h


def float_repr(x):
    if rfloat.isinf(x):
        if x > 0:
            return 'inf'
        return '-inf'
    if rfloat.isnan(x):
        return 'nan'
    return rfloat.formatd(x, 'r', 0, rfloat.DTSF_ADD_DOT_0)


def is_int(w_obj):
    return isinstance(w_obj, W_Int) or isinstance(w_obj, W_Long)


def bigint_of(w_obj):
    if isinstance(w_obj, W_Int):
        return rbigint.fromint(w_obj.intval)
    assert isinstance(w_obj, W_Long)
    return w_obj.num


# The declared arguments of the methods (see gclab.objspace.argspec).
INT_BIT_LENGTH = Spec('int.bit_length($self, /)')
INT_BIT_COUNT = Spec('int.bit_count($self, /)')
INT_CONJUGATE = Spec('int.conjugate($self, /)')
FLOAT_IS_INTEGER = Spec('float.is_integer($self, /)')
FLOAT_AS_INTEGER_RATIO = Spec('float.as_integer_ratio($self, /)')
INT_AS_INTEGER_RATIO = Spec('int.as_integer_ratio($self, /)')
FLOAT_CONJUGATE = Spec('float.conjugate($self, /)')
FLOAT_HEX = Spec('float.hex($self, /)')
FLOAT_FROMHEX = Spec('float.fromhex(string, /)')


# --- int and float ------------------------------------------------------------------------

def self_int(space, args, name):
    w_self = receiver(space, args, space.w_int, name)
    assert is_int(w_self)
    return w_self


def self_float(space, args, name):
    w_self = receiver(space, args, space.w_float, name)
    assert isinstance(w_self, W_Float)
    return w_self


def plain_int(space, w_int):
    """The value of an int or a bool, as an int."""
    if isinstance(w_int, W_Int):
        return space.newint(w_int.intval)
    return w_int


def int_bit_length(space, args):
    w_self = self_int(space, args, 'bit_length')
    INT_BIT_LENGTH.check(space, args)
    if isinstance(w_self, W_Int):
        u = r_uint(w_self.intval)
        if w_self.intval < 0:
            u = r_uint(0) - u
        n = 0
        while u:
            u >>= 1
            n += 1
        return space.newint(n)
    return space.newint(bigint_of(w_self).abs().bit_length())


def int_bit_count(space, args):
    w_self = self_int(space, args, 'bit_count')
    INT_BIT_COUNT.check(space, args)
    if isinstance(w_self, W_Int):
        u = r_uint(w_self.intval)
        if w_self.intval < 0:
            u = r_uint(0) - u
        n = 0
        while u:
            n += intmask(u & r_uint(1))
            u >>= 1
        return space.newint(n)
    num = bigint_of(w_self).abs()
    n = 0
    while num.sign != 0:
        if num.int_and_(1).tobool():
            n += 1
        num = num.rshift(1)
    return space.newint(n)


def int_conjugate(space, args):
    w_self = self_int(space, args, 'conjugate')
    INT_CONJUGATE.check(space, args)
    return plain_int(space, w_self)


def int_real(space, args):
    return plain_int(space, self_int(space, args, 'real'))


def int_imag(space, args):
    self_int(space, args, 'imag')
    return space.newint(0)


def int_denominator(space, args):
    self_int(space, args, 'denominator')
    return space.newint(1)


def float_is_integer(space, args):
    w_self = self_float(space, args, 'is_integer')
    FLOAT_IS_INTEGER.check(space, args)
    x = w_self.floatval
    return space.newbool(rfloat.isfinite(x) and math.floor(x) == x)


def float_as_integer_ratio(space, args):
    w_self = self_float(space, args, 'as_integer_ratio')
    FLOAT_AS_INTEGER_RATIO.check(space, args)
    x = w_self.floatval
    if rfloat.isinf(x):
        raise space.error(space.w_OverflowError, 'cannot convert Infinity to integer ratio')
    if rfloat.isnan(x):
        raise space.error(space.w_ValueError, 'cannot convert NaN to integer ratio')
    m, e = math.frexp(x)
    for i in range(300):        # 53 doublings make any mantissa integral
        if m == math.floor(m):
            break
        m *= 2.0
        e -= 1
    num = rbigint.fromfloat(m)
    den = rbigint.fromint(1)
    if e > 0:
        num = num.lshift(e)
    else:
        den = den.lshift(-e)
    return space.newtuple([space.newlong(num), space.newlong(den)])


def int_as_integer_ratio(space, args):
    w_self = self_int(space, args, 'as_integer_ratio')
    INT_AS_INTEGER_RATIO.check(space, args)
    return space.newtuple([plain_int(space, w_self), space.newint(1)])


def float_conjugate(space, args):
    w_self = self_float(space, args, 'conjugate')
    FLOAT_CONJUGATE.check(space, args)
    return w_self


def float_real(space, args):
    return self_float(space, args, 'real')


def float_imag(space, args):
    self_float(space, args, 'imag')
    return space.newfloat(0.0)


HEX_DIGITS = '0123456789abcdef'
DBL_MIN_EXP = -1021
DBL_MAX_EXP = 1024
DBL_MANT_DIG = 53


def float_hex_str(x):
    """CPython's float.hex(): '0x1.999999999999ap-4'."""
    if rfloat.isnan(x):
        return 'nan'
    if rfloat.isinf(x):
        if x > 0.0:
            return 'inf'
        return '-inf'
    sign = ''
    if rfloat.copysign(1.0, x) < 0.0:
        sign = '-'
    if x == 0.0:
        return sign + '0x0.0p+0'
    m, e = math.frexp(abs(x))
    shift = 1 - max(DBL_MIN_EXP - e, 0)
    m = math.ldexp(m, shift)
    e -= shift
    digits = []
    d = int(m)
    digits.append(HEX_DIGITS[d])
    m -= float(d)
    digits.append('.')
    for i in range((DBL_MANT_DIG + 3 - (DBL_MANT_DIG + 2) % 4 - 1) // 4):
        m *= 16.0
        d = int(m)
        digits.append(HEX_DIGITS[d])
        m -= float(d)
    if e < 0:
        esign = '-'
        e = -e
    else:
        esign = '+'
    return '%s0x%sp%s%d' % (sign, ''.join(digits), esign, e)


def float_hex(space, args):
    w_self = self_float(space, args, 'hex')
    FLOAT_HEX.check(space, args)
    return space.newstr(float_hex_str(w_self.floatval))


def is_c_space(c):
    return c == ' ' or c == '\t' or c == '\n' or c == '\r' or c == '\x0b' or c == '\x0c'


def hex_value(c):
    if '0' <= c <= '9':
        return ord(c) - ord('0')
    if 'a' <= c <= 'f':
        return ord(c) - ord('a') + 10
    if 'A' <= c <= 'F':
        return ord(c) - ord('A') + 10
    return -1


class HexFloatError(Exception):
    pass


EXP_CLAMP = 1 << 40     # beyond any exponent a float (of a string's digits) can reach


def parse_hex_float(s):
    """The float of CPython's float.fromhex string, correctly rounded (half to even);
    raises HexFloatError (invalid string) or OverflowError (too large)."""
    start = 0
    end = len(s)
    while start < end and is_c_space(s[start]):
        start += 1
    while end > start and is_c_space(s[end - 1]):
        end -= 1
    assert end >= 0
    s = s[start:end]
    i = 0
    negative = False
    if i < len(s) and (s[i] == '-' or s[i] == '+'):
        negative = s[i] == '-'
        i += 1
    rest = s[i:].lower()
    if rest == 'inf' or rest == 'infinity':
        if negative:
            return -rfloat.INFINITY
        return rfloat.INFINITY
    if rest == 'nan':
        if negative:
            return -rfloat.NAN
        return rfloat.NAN
    if s[i:i + 2] == '0x' or s[i:i + 2] == '0X':
        i += 2
    mant = rbigint.fromint(0)
    ndigits = 0
    frac_digits = 0
    while i < len(s) and hex_value(s[i]) >= 0:
        mant = mant.lshift(4).int_or_(hex_value(s[i]))
        ndigits += 1
        i += 1
    if i < len(s) and s[i] == '.':
        i += 1
        while i < len(s) and hex_value(s[i]) >= 0:
            mant = mant.lshift(4).int_or_(hex_value(s[i]))
            ndigits += 1
            frac_digits += 1
            i += 1
    if ndigits == 0:
        raise HexFloatError
    exp = 0
    if i < len(s) and (s[i] == 'p' or s[i] == 'P'):
        i += 1
        exp_negative = False
        if i < len(s) and (s[i] == '-' or s[i] == '+'):
            exp_negative = s[i] == '-'
            i += 1
        if i >= len(s) or not ('0' <= s[i] <= '9'):
            raise HexFloatError
        while i < len(s) and '0' <= s[i] <= '9':
            if exp < EXP_CLAMP:
                exp = exp * 10 + (ord(s[i]) - ord('0'))
            i += 1
        if exp_negative:
            exp = -exp
    if i != len(s):
        raise HexFloatError
    exp -= 4 * frac_digits
    if mant.sign == 0:
        result = 0.0
    else:
        bits = mant.bit_length()
        top = bits + exp               # the value is in [2**(top-1), 2**top)
        if top > DBL_MAX_EXP:
            raise OverflowError
        prec = min(DBL_MANT_DIG, top - (DBL_MIN_EXP - DBL_MANT_DIG))
        shift = bits - prec
        if shift > 0:
            q = mant.rshift(shift)
            half = mant.rshift(shift - 1).int_and_(1).tobool()
            if half:
                rest_bits = mant.and_(rbigint.fromint(1).lshift(shift - 1).int_sub(1))
                if rest_bits.sign != 0 or q.int_and_(1).tobool():
                    q = q.int_add(1)
            mant = q
            exp += shift
        result = math.ldexp(mant.tofloat(), exp)
        if rfloat.isinf(result):
            raise OverflowError
    if negative:
        return -result
    return result


def float_fromhex(space, args):
    """float.fromhex (a classmethod: args_w[0] is the class)."""
    args_w = args.args_w
    if len(args_w) != 2 or args.has_keywords():
        FLOAT_FROMHEX.check(space, args)
    w_cls = args_w[0]
    w_string = args_w[1]
    s = space.str_w(w_string)
    try:
        x = parse_hex_float(s)
    except HexFloatError:
        raise space.error(space.w_ValueError,
                          'invalid hexadecimal floating-point string')
    except OverflowError:
        raise space.error(space.w_OverflowError,
                          'hexadecimal value too large to represent as a float')
    w_result = space.newfloat(x)
    if w_cls is not space.w_float:
        return space.call_function(w_cls, [w_result])
    return w_result


INT_METHODS = [('bit_length', int_bit_length), ('bit_count', int_bit_count),
               ('conjugate', int_conjugate), ('as_integer_ratio', int_as_integer_ratio)]
INT_ATTRIBUTES = [('real', int_real), ('imag', int_imag), ('numerator', int_real),
                  ('denominator', int_denominator)]
FLOAT_METHODS = [('is_integer', float_is_integer), ('conjugate', float_conjugate),
                 ('as_integer_ratio', float_as_integer_ratio), ('hex', float_hex)]
FLOAT_ATTRIBUTES = [('real', float_real), ('imag', float_imag)]
