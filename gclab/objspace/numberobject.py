"""The methods and attributes of int and float (RPython)."""

import math

from rpython.rlib import rfloat
from rpython.rlib.rarithmetic import r_uint, intmask

from gclab.objspace.objects import W_Int, W_Float
from gclab.objspace import numbers
from gclab.objspace.argspec import Spec
from gclab.objspace.methodhelpers import receiver


# The declared arguments of the methods (see gclab.objspace.argspec).
INT_BIT_LENGTH = Spec('int.bit_length($self, /)')
INT_BIT_COUNT = Spec('int.bit_count($self, /)')
INT_CONJUGATE = Spec('int.conjugate($self, /)')
FLOAT_IS_INTEGER = Spec('float.is_integer($self, /)')
FLOAT_AS_INTEGER_RATIO = Spec('float.as_integer_ratio($self, /)')
INT_AS_INTEGER_RATIO = Spec('int.as_integer_ratio($self, /)')
FLOAT_CONJUGATE = Spec('float.conjugate($self, /)')


# --- int and float ------------------------------------------------------------------------

def self_int(space, args, name):
    w_self = receiver(space, args, space.w_int, name)
    assert numbers.is_int(w_self)
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
    return space.newint(numbers.bigint_of(w_self).abs().bit_length())


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
    num = numbers.bigint_of(w_self).abs()
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
    from rpython.rlib.rbigint import rbigint
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


INT_METHODS = [('bit_length', int_bit_length), ('bit_count', int_bit_count),
               ('conjugate', int_conjugate), ('as_integer_ratio', int_as_integer_ratio)]
INT_ATTRIBUTES = [('real', int_real), ('imag', int_imag), ('numerator', int_real),
                  ('denominator', int_denominator)]
FLOAT_METHODS = [('is_integer', float_is_integer), ('conjugate', float_conjugate),
                 ('as_integer_ratio', float_as_integer_ratio)]
FLOAT_ATTRIBUTES = [('real', float_real), ('imag', float_imag)]
