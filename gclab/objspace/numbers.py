"""Arithmetic and comparisons of int (W_Int, W_Long), bool and float (RPython)."""

import math
import sys

from rpython.rlib.rarithmetic import ovfcheck, r_uint, intmask
from rpython.rlib.rbigint import rbigint, InvalidEndiannessError
from rpython.rlib import rfloat

from gclab.interp import opcodes as op
from gclab.interp.error import OperationError
from gclab.interp import util
from gclab.interp.util import replace
from gclab.objspace.numberobject import W_Int, W_Long, W_Float, W_Bool, is_int, bigint_of
from gclab.objspace.numberobject import (long_decimal, str_digits_error, INT_MAX_STR_DIGITS,
                                       INT_MAX_STR_DIGITS_THRESHOLD)
from gclab.objspace.strobject import str_repr


MIN_INT = -sys.maxint - 1

def is_number(w_obj):
    return is_int(w_obj) or isinstance(w_obj, W_Float)


def float_of(space, w_obj):
    if isinstance(w_obj, W_Float):
        return w_obj.floatval
    if isinstance(w_obj, W_Int):
        return float(w_obj.intval)
    assert isinstance(w_obj, W_Long)
    try:
        return w_obj.num.tofloat()
    except OverflowError:
        raise space.error(space.w_OverflowError, 'int too large to convert to float')


def float_to_int(space, v):
    """int(v) for a float: an int of any size, or CPython's errors for inf and nan."""
    try:
        return space.newlong(rbigint.fromfloat(v))
    except OverflowError:
        raise space.error(space.w_OverflowError, 'cannot convert float infinity to integer')
    except ValueError:
        raise space.error(space.w_ValueError, 'cannot convert float NaN to integer')


def zero_division(space, msg):
    return space.error(space.w_ZeroDivisionError, msg)


# --- int ---------------------------------------------------------------------------------

def int_binop(space, opnum, x, y):
    """Both operands are machine ints; overflow promotes to rbigint."""
    try:
        if opnum == op.OP_ADD:
            return space.newint(ovfcheck(x + y))
        if opnum == op.OP_SUB:
            return space.newint(ovfcheck(x - y))
        if opnum == op.OP_MUL:
            return space.newint(ovfcheck(x * y))
        if opnum == op.OP_FLOORDIV:
            if y == 0:
                raise zero_division(space, 'integer division or modulo by zero')
            if y == -1 and x == MIN_INT:     # (-x overflows; in C, x == -x folds)
                raise OverflowError
            return space.newint(x // y)
        if opnum == op.OP_MOD:
            if y == 0:
                raise zero_division(space, 'integer modulo by zero')
            if y == -1:
                return space.newint(0)
            return space.newint(x % y)
        if opnum == op.OP_TRUEDIV:
            if y == 0:
                raise zero_division(space, 'division by zero')
            if -EXACT_FLOAT_INT <= x <= EXACT_FLOAT_INT and \
                    -EXACT_FLOAT_INT <= y <= EXACT_FLOAT_INT:
                return space.newfloat(float(x) / float(y))   # exact operands: one rounding
            # as CPython: the correctly rounded quotient, not the quotient of the two
            # rounded floats (found by the fuzzer: (12 << 51) / (2 ** 53 + 1))
            return space.newfloat(rbigint.fromint(x).truediv(rbigint.fromint(y)))
        if opnum == op.OP_POW:
            if y < 0:
                if x == 0:
                    raise zero_division(space,
                                        '0.0 cannot be raised to a negative power')
                return space.newfloat(math.pow(float(x), float(y)))
            return space.newint(int_pow(x, y))
        if opnum == op.OP_LSHIFT:
            if y < 0:
                raise space.error(space.w_ValueError, 'negative shift count')
            if y >= 63:
                raise OverflowError
            res = intmask(x << y)       # wraps as in C (untranslated too)
            if (res >> y) != x:
                raise OverflowError
            return space.newint(res)
        if opnum == op.OP_RSHIFT:
            if y < 0:
                raise space.error(space.w_ValueError, 'negative shift count')
            if y >= 63:
                if x < 0:
                    return space.newint(-1)
                return space.newint(0)
            return space.newint(x >> y)
        if opnum == op.OP_AND:
            return space.newint(x & y)
        if opnum == op.OP_OR:
            return space.newint(x | y)
        if opnum == op.OP_XOR:
            return space.newint(x ^ y)
    except OverflowError:
        return long_binop(space, opnum, rbigint.fromint(x), rbigint.fromint(y))
    return None


def int_pow(x, y):
    result = 1
    while y > 0:
        if y & 1:
            result = ovfcheck(result * x)
        y >>= 1
        if y:
            x = ovfcheck(x * x)
    return result


def long_binop(space, opnum, a, b):
    if opnum == op.OP_ADD:
        return space.newlong(a.add(b))
    if opnum == op.OP_SUB:
        return space.newlong(a.sub(b))
    if opnum == op.OP_MUL:
        return space.newlong(a.mul(b))
    if opnum == op.OP_FLOORDIV:
        if not b.tobool():
            raise zero_division(space, 'integer division or modulo by zero')
        return space.newlong(a.floordiv(b))
    if opnum == op.OP_MOD:
        if not b.tobool():
            raise zero_division(space, 'integer modulo by zero')
        return space.newlong(a.mod(b))
    if opnum == op.OP_TRUEDIV:
        if not b.tobool():
            raise zero_division(space, 'division by zero')
        try:
            return space.newfloat(a.truediv(b))
        except OverflowError:
            raise space.error(space.w_OverflowError,
                              'integer division result too large for a float')
    if opnum == op.OP_POW:
        if b.sign < 0:
            return float_binop(space, opnum, a.tofloat(), b.tofloat())
        return space.newlong(a.pow(b, None))
    if opnum == op.OP_LSHIFT:
        if b.sign < 0:
            raise space.error(space.w_ValueError, 'negative shift count')
        try:
            shift = b.toint()
        except OverflowError:
            raise space.error(space.w_OverflowError, 'too many digits in integer')
        return space.newlong(a.lshift(shift))
    if opnum == op.OP_RSHIFT:
        if b.sign < 0:
            raise space.error(space.w_ValueError, 'negative shift count')
        try:
            shift = b.toint()
        except OverflowError:
            if a.sign < 0:
                return space.newint(-1)
            return space.newint(0)
        return space.newlong(a.rshift(shift))
    if opnum == op.OP_AND:
        return space.newlong(a.and_(b))
    if opnum == op.OP_OR:
        return space.newlong(a.or_(b))
    if opnum == op.OP_XOR:
        return space.newlong(a.xor(b))
    return None


def float_binop(space, opnum, x, y):
    if opnum == op.OP_ADD:
        return space.newfloat(x + y)
    if opnum == op.OP_SUB:
        return space.newfloat(x - y)
    if opnum == op.OP_MUL:
        return space.newfloat(x * y)
    if opnum == op.OP_TRUEDIV:
        if y == 0.0:
            raise zero_division(space, 'float division by zero')
        return space.newfloat(x / y)
    if opnum == op.OP_FLOORDIV:
        if y == 0.0:
            raise zero_division(space, 'float floor division by zero')
        return space.newfloat(float_floordiv(x, y))
    if opnum == op.OP_MOD:
        if y == 0.0:
            raise zero_division(space, 'float modulo')
        return space.newfloat(float_mod(x, y))
    if opnum == op.OP_POW:
        if x == 0.0 and y < 0.0:
            raise zero_division(space, '0.0 cannot be raised to a negative power')
        if x < 0.0 and y != math.floor(y):
            # as CPython: a negative number to a fractional power is a complex
            return space.complex_pow(x, 0.0, y, 0.0)
        try:
            return space.newfloat(math.pow(x, y))
        except OverflowError:
            # as CPython: an errno-style exception, args (ERANGE, strerror)
            raise OperationError(space.new_exception(space.w_OverflowError, [
                space.newint(34), space.newstr('Numerical result out of range')]))
    return None


def float_floordiv(x, y):
    """x // y for floats as CPython computes it: from fmod's exact remainder, not by
    flooring the rounded quotient (1.0 // 0.1 is 9.0, since 0.1 is a little more
    than 1/10).  y is not 0."""
    if math.isinf(x) or math.isnan(x) or math.isnan(y):
        return rfloat.NAN          # (fmod raises there; CPython's answer is nan)
    mod = math.fmod(x, y)
    div = (x - mod) / y
    if mod and (y < 0.0) != (mod < 0.0):
        div -= 1.0
    if div:
        floordiv = math.floor(div)
        if div - floordiv > 0.5:
            floordiv += 1.0
        return floordiv
    return math.copysign(0.0, x / y)


def float_mod(x, y):
    if math.isinf(x) or math.isnan(x) or math.isnan(y):
        return rfloat.NAN          # (fmod raises there; CPython's answer is nan)
    mod = math.fmod(x, y)
    if mod:
        if (y < 0.0) != (mod < 0.0):
            mod += y
    else:
        mod = math.copysign(0.0, y)
    return mod


def number_binop(space, opnum, w_a, w_b):
    """Arithmetic on any two numbers; None if the operator does not apply."""
    if isinstance(w_a, W_Bool) and isinstance(w_b, W_Bool) and opnum >= op.OP_AND:
        w_res = bool_bitop(space, opnum, w_a, w_b)
        if w_res is not None:
            return w_res
    if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
        return int_binop(space, opnum, w_a.intval, w_b.intval)
    if isinstance(w_a, W_Float) or isinstance(w_b, W_Float):
        if opnum >= op.OP_LSHIFT:
            return None
        return float_binop(space, opnum, float_of(space, w_a), float_of(space, w_b))
    return long_binop(space, opnum, bigint_of(w_a), bigint_of(w_b))


def number_divmod(space, w_a, w_b):
    """divmod() of two numbers: the pair (a // b, a % b)."""
    if isinstance(w_a, W_Float) or isinstance(w_b, W_Float):
        if float_of(space, w_b) == 0.0:
            raise zero_division(space, 'float divmod()')
    return space.newtuple([space.binop(op.OP_FLOORDIV, w_a, w_b),
                           space.binop(op.OP_MOD, w_a, w_b)])


def bool_bitop(space, opnum, w_a, w_b):
    """&, | and ^ of two bools give a bool; None for the other operators."""
    assert isinstance(w_a, W_Bool) and isinstance(w_b, W_Bool)
    x = w_a.intval
    y = w_b.intval
    if opnum == op.OP_AND:
        return space.newbool(x & y != 0)
    if opnum == op.OP_OR:
        return space.newbool(x | y != 0)
    if opnum == op.OP_XOR:
        return space.newbool(x ^ y != 0)
    return None


def number_compare(space, opnum, w_a, w_b):
    """<, <=, ==, !=, >, >= of two numbers as an RPython bool (int and float compare
    exactly, as CPython)."""
    if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
        return int_compare(opnum, w_a.intval, w_b.intval)
    if isinstance(w_a, W_Float):
        if isinstance(w_b, W_Float):
            return float_compare(opnum, w_a.floatval, w_b.floatval)
        return int_float_compare(opnum, w_b, w_a.floatval, True)
    if isinstance(w_b, W_Float):
        return int_float_compare(opnum, w_a, w_b.floatval, False)
    return big_compare(opnum, bigint_of(w_a), bigint_of(w_b))


EXACT_FLOAT_INT = 2 ** 53


def int_float_compare(opnum, w_int, f, swapped):
    """w_int <op> f (f <op> w_int if swapped), exactly: no rounding of the int."""
    if isinstance(w_int, W_Int):
        x = w_int.intval
        if -EXACT_FLOAT_INT <= x <= EXACT_FLOAT_INT:
            if swapped:
                return float_compare(opnum, f, float(x))
            return float_compare(opnum, float(x), f)
    if rfloat.isnan(f):
        return opnum == op.CMP_NE
    # c: the sign of (int - f)
    if rfloat.isinf(f):
        if f > 0.0:
            c = -1
        else:
            c = 1
    else:
        a = bigint_of(w_int)
        fl = math.floor(f)
        b = rbigint.fromfloat(fl)
        if a.lt(b):
            c = -1
        elif a.eq(b):
            if fl == f:
                c = 0
            else:
                c = -1
        else:
            c = 1
    if swapped:
        c = -c
    return int_compare(opnum, c, 0)


def int_compare(opnum, x, y):
    if opnum == op.CMP_LT:
        return x < y
    if opnum == op.CMP_LE:
        return x <= y
    if opnum == op.CMP_EQ:
        return x == y
    if opnum == op.CMP_NE:
        return x != y
    if opnum == op.CMP_GT:
        return x > y
    return x >= y


def float_compare(opnum, x, y):
    if opnum == op.CMP_LT:
        return x < y
    if opnum == op.CMP_LE:
        return x <= y
    if opnum == op.CMP_EQ:
        return x == y
    if opnum == op.CMP_NE:
        return x != y
    if opnum == op.CMP_GT:
        return x > y
    return x >= y


def big_compare(opnum, a, b):
    if opnum == op.CMP_LT:
        return a.lt(b)
    if opnum == op.CMP_LE:
        return a.le(b)
    if opnum == op.CMP_EQ:
        return a.eq(b)
    if opnum == op.CMP_NE:
        return a.ne(b)
    if opnum == op.CMP_GT:
        return a.gt(b)
    return a.ge(b)


def number_unaryop(space, opnum, w_a):
    if isinstance(w_a, W_Float):
        if opnum == op.UN_NEG:
            return space.newfloat(-w_a.floatval)
        if opnum == op.UN_POS:
            return w_a
        return None
    if isinstance(w_a, W_Int):
        x = w_a.intval
        if opnum == op.UN_NEG:
            try:
                return space.newint(ovfcheck(-x))
            except OverflowError:
                return space.newlong(rbigint.fromint(x).neg())
        if opnum == op.UN_POS:
            return space.newint(x)
        if opnum == op.UN_INVERT:
            return space.newint(~x)
        return None
    assert isinstance(w_a, W_Long)
    if opnum == op.UN_NEG:
        return space.newlong(w_a.num.neg())
    if opnum == op.UN_POS:
        return w_a
    if opnum == op.UN_INVERT:
        return space.newlong(w_a.num.invert())
    return None


def parse_int(space, s, base, shown=None):
    """int(s, base) with CPython's rules; raises ValueError with CPython's message
    (naming the argument as shown, when given: the repr of a bytes)."""
    orig = s
    if shown is None:
        s = util.ascii_numeral(s)
    text = s.strip()
    neg = False
    if text.startswith('-'):
        neg = True
        text = text[1:]
    elif text.startswith('+'):
        text = text[1:]
    b = base
    lower = text.lower()
    prefixed = False
    if b == 0 or b == 16 or b == 8 or b == 2:
        if lower.startswith('0x') and (b == 0 or b == 16):
            b = 16
            prefixed = True
        elif lower.startswith('0o') and (b == 0 or b == 8):
            b = 8
            prefixed = True
        elif lower.startswith('0b') and (b == 0 or b == 2):
            b = 2
            prefixed = True
        if prefixed:
            text = text[2:]
            if text.startswith('_'):        # one '_' may follow the prefix: 0x_1f
                text = text[1:]
        elif b == 0:
            b = 10
            if len(text) > 1 and text[0] == '0' and text.strip('0_') != '':
                raise invalid_literal(space, orig, base, shown)
    if text.startswith('_'):
        raise invalid_literal(space, orig, base, shown)
    if not text or text.endswith('_') or '__' in text:
        raise invalid_literal(space, orig, base, shown)
    digits = replace(text, '_', '')
    for c in digits:
        d = digit_value(c)
        if d < 0 or d >= b:
            raise invalid_literal(space, orig, base, shown)
    limit = space.int_max_str_digits
    if limit > 0 and len(digits) > limit and b & (b - 1) != 0:
        raise str_digits_error(space, len(digits))
    try:
        value = rbigint.fromstr(digits, b)
    except Exception:
        raise invalid_literal(space, orig, base, shown)
    if neg:
        value = value.neg()
    return space.newlong(value)


def invalid_literal(space, s, base, shown):
    if shown is None:
        shown = str_repr(s)
    return space.error(space.w_ValueError,
                       'invalid literal for int() with base %d: %s' % (base, shown))


def digit_value(c):
    if '0' <= c <= '9':
        return ord(c) - ord('0')
    if 'a' <= c <= 'z':
        return ord(c) - ord('a') + 10
    if 'A' <= c <= 'Z':
        return ord(c) - ord('A') + 10
    return -1


def parse_float(space, s, shown=None):
    text = s
    if shown is None:
        text = util.ascii_numeral(s)
    text = text.strip()
    if '_' in text:
        # as CPython: each '_' between two digits
        for i in range(len(text)):
            if text[i] == '_' and not (0 < i < len(text) - 1 and text[i - 1].isdigit()
                                       and text[i + 1].isdigit()):
                if shown is None:
                    shown = str_repr(s)
                raise space.error(space.w_ValueError,
                                  'could not convert string to float: %s' % shown)
        text = replace(text, '_', '')
    lower = text.lower()
    if lower in ('inf', '+inf', 'infinity', '+infinity'):
        return rfloat.INFINITY
    if lower in ('-inf', '-infinity'):
        return -rfloat.INFINITY
    if lower in ('nan', '+nan', '-nan'):
        return rfloat.NAN
    try:
        return rfloat.string_to_float(text)
    except Exception:
        if shown is None:
            shown = str_repr(s)
        raise space.error(space.w_ValueError,
                          'could not convert string to float: %s' % shown)


# --- round() ------------------------------------------------------------------------------

def round_number(space, w_x, w_ndigits):
    """round(x[, ndigits]) for an int or a float (w_ndigits None: no ndigits), as
    CPython's int.__round__/float.__round__; None for other objects."""
    if isinstance(w_x, W_Float):
        x = w_x.floatval
        if w_ndigits is None:
            return float_to_int(space, rfloat.round_half_even(x))
        return space.newfloat(round_float(space, x, space.int_w(w_ndigits)))
    if is_int(w_x):
        if w_ndigits is None:
            return int_of(space, w_x)
        ndigits = space.int_w(w_ndigits)
        if ndigits >= 0:
            return int_of(space, w_x)
        return space.newlong(round_int(bigint_of(w_x), -ndigits))
    return None


def int_of(space, w_x):
    """An int (bool becomes a plain int)."""
    if isinstance(w_x, W_Bool):
        return space.newint(w_x.intval)
    return w_x


def round_float(space, x, ndigits):
    """round(x, ndigits) for a float, half to even as CPython."""
    if not rfloat.isfinite(x) or x == 0.0:
        return x
    if ndigits > 323:       # more digits than a double has: x is exact
        return x
    if ndigits < -308:      # rounds to zero
        return 0.0 * x
    result = rfloat.round_double(x, ndigits, half_even=True)
    if rfloat.isinf(result):
        raise space.error(space.w_OverflowError, 'rounded value too large to represent')
    return result


def round_int(x, ndigits):
    """x rounded to a multiple of 10**ndigits (ndigits > 0), half to even."""
    unit = rbigint.fromint(10).pow(rbigint.fromint(ndigits))
    q, r = x.divmod(unit)
    twice = r.lshift(1)
    if twice.gt(unit) or (twice.eq(unit) and q.int_and_(1).tobool()):
        q = q.int_add(1)
    return q.mul(unit)


# --- pow() with a modulus -------------------------------------------------------------

def pow_mod(space, base, exp, mod):
    if mod.sign == 0:
        raise space.error(space.w_ValueError, 'pow() 3rd argument cannot be 0')
    if exp.sign < 0:
        base = mod_inverse(space, base, mod.abs())
        exp = exp.neg()
    return base.pow(exp, mod)


def mod_inverse(space, a, n):
    """The inverse of a modulo n > 0 (extended Euclid)."""
    a = a.mod(n)
    b = n
    x0 = rbigint.fromint(1)
    x1 = rbigint.fromint(0)
    while b.sign != 0:
        q, r = a.divmod(b)
        a = b
        b = r
        x0, x1 = x1, x0.sub(q.mul(x1))
    if not a.int_eq(1):
        raise space.error(space.w_ValueError, 'base is not invertible for the given modulus')
    return x0.mod(n)
