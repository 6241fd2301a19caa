"""complex: the W_Complex class, its repr and hash, its arithmetic and comparisons (as
CPython 3.11's Objects/complexobject.c, step for step), complex() and its methods
(RPython)."""

import math

from rpython.rlib import rfloat
from rpython.rlib.rarithmetic import r_uint, intmask

from gclab.interp import opcodes as op
from gclab.objspace.objects import W_Root, compute_identity_hash_of
from gclab.objspace.numberobject import (W_Int, W_Long, W_Float, is_int, bigint_of,
                                       float_hash, HASH_MODULUS)
from gclab.objspace.argspec import Spec, receiver
from gclab.objspace.numbers import float_of, int_float_compare


class W_Complex(W_Root):
    _attrs_ = _immutable_fields_ = ['realval', 'imagval']

    def __init__(self, realval, imagval):
        self.realval = realval
        self.imagval = imagval

    def getclass(self, space):
        return space.w_complex

    def is_true(self, space):
        return self.realval != 0.0 or self.imagval != 0.0

    def repr(self, space):
        return complex_repr(self.realval, self.imagval)

    def hash(self, space):
        hreal = r_uint(part_hash(self, self.realval))
        himag = r_uint(part_hash(self, self.imagval))
        h = intmask(hreal + r_uint(1000003) * himag)
        if h == -1:
            h = -2
        return h


def part_hash(w_obj, v):
    """CPython's _Py_HashDouble(w_obj, v): a nan hashes as the object's identity."""
    if rfloat.isnan(v):
        return compute_identity_hash_of(w_obj)
    if rfloat.isfinite(v) and abs(v) < 1e18 and v == float(int(v)):
        x = int(v)
        if x == -1:
            return -2
        return x
    return float_hash(v)


# --- repr ----------------------------------------------------------------------------

def format_part(x, sign):
    """PyOS_double_to_string(x, 'r', 0, sign ? Py_DTSF_SIGN : 0): '1', '1.5', '-inf';
    a nan never shows its sign."""
    if rfloat.isnan(x):
        if sign:
            return '+nan'
        return 'nan'
    if rfloat.isinf(x):
        if x > 0.0:
            s = 'inf'
        else:
            return '-inf'
    else:
        s = rfloat.formatd(x, 'r', 0, 0)
    if sign and not s.startswith('-'):
        return '+' + s
    return s


def complex_repr(re, im):
    if re == 0.0 and rfloat.copysign(1.0, re) == 1.0:
        return format_part(im, False) + 'j'
    return '(' + format_part(re, False) + format_part(im, True) + 'j)'


# --- arithmetic ----------------------------------------------------------------------

class ComplexError(Exception):
    """errno of CPython's complex routines: EDOM (domain) or ERANGE (range)."""
    def __init__(self, edom):
        self.edom = edom


def c_prod(ar, ai, br, bi):
    return ar * br - ai * bi, ar * bi + ai * br


def c_quot(ar, ai, br, bi):
    """_Py_c_quot; raises ComplexError(True) for a zero divisor."""
    abs_br = -br if br < 0.0 else br
    abs_bi = -bi if bi < 0.0 else bi
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            raise ComplexError(True)
        ratio = bi / br
        denom = br + bi * ratio
        return (ar + ai * ratio) / denom, (ai - ar * ratio) / denom
    elif abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return (ar * ratio + ai) / denom, (ai * ratio - ar) / denom
    return rfloat.NAN, rfloat.NAN


def safe_pow(x, y):
    try:
        return math.pow(x, y)
    except OverflowError:
        return rfloat.INFINITY
    except ValueError:
        return rfloat.NAN


def safe_exp(x):
    try:
        return math.exp(x)
    except OverflowError:
        return rfloat.INFINITY


def safe_log(x):
    try:
        return math.log(x)
    except (OverflowError, ValueError):
        if x == 0.0:
            return -rfloat.INFINITY
        return rfloat.NAN


def c_pow(ar, ai, br, bi):
    """_Py_c_pow; raises ComplexError(True) for 0 to a negative or complex power."""
    if br == 0.0 and bi == 0.0:
        return 1.0, 0.0
    if ar == 0.0 and ai == 0.0:
        if bi != 0.0 or br < 0.0:
            raise ComplexError(True)
        return 0.0, 0.0
    vabs = c_hypot(ar, ai)
    length = safe_pow(vabs, br)
    at = math.atan2(ai, ar)
    phase = at * br
    if bi != 0.0:
        length /= safe_exp(at * bi)
        phase += bi * safe_log(vabs)
    return length * math.cos(phase), length * math.sin(phase)


def c_hypot(x, y):
    try:
        return math.hypot(x, y)
    except OverflowError:
        return rfloat.INFINITY


def c_powu(xr, xi, n):
    rr = 1.0
    ri = 0.0
    pr = xr
    pi = xi
    mask = 1
    while mask > 0 and n >= mask:
        if n & mask:
            rr, ri = c_prod(rr, ri, pr, pi)
        mask <<= 1
        pr, pi = c_prod(pr, pi, pr, pi)
    return rr, ri


def c_powi(xr, xi, n):
    if n > 100 or n < -100:
        return c_pow(xr, xi, float(n), 0.0)
    if n > 0:
        return c_powu(xr, xi, n)
    pr, pi = c_powu(xr, xi, -n)
    return c_quot(1.0, 0.0, pr, pi)


def complex_pow(space, ar, ai, br, bi):
    try:
        if bi == 0.0 and -1e18 < br < 1e18 and br == float(int(br)):
            rr, ri = c_powi(ar, ai, int(br))
        else:
            rr, ri = c_pow(ar, ai, br, bi)
    except ComplexError:
        raise space.error(space.w_ZeroDivisionError, '0.0 to a negative or complex power')
    if rfloat.isinf(rr) or rfloat.isinf(ri):
        raise space.error(space.w_OverflowError, 'complex exponentiation')
    return W_Complex(rr, ri)


def is_complex_operand(w_obj):
    return isinstance(w_obj, W_Complex) or isinstance(w_obj, W_Float) or is_int(w_obj)


def parts_of(space, w_obj):
    """(real, imag) of a complex, float or int operand."""
    if isinstance(w_obj, W_Complex):
        return w_obj.realval, w_obj.imagval
    if isinstance(w_obj, W_Float):
        return w_obj.floatval, 0.0
    if isinstance(w_obj, W_Int):
        return float(w_obj.intval), 0.0
    try:
        return bigint_of(w_obj).tofloat(), 0.0
    except OverflowError:
        raise space.error(space.w_OverflowError, 'int too large to convert to float')


def binop(space, opnum, w_a, w_b):
    """w_a <op> w_b where one operand is a complex and the other a number; None when
    the operator does not apply (CPython's NotImplemented)."""
    if not (isinstance(w_a, W_Complex) or isinstance(w_b, W_Complex)):
        return None
    if not (is_complex_operand(w_a) and is_complex_operand(w_b)):
        return None
    if opnum != op.OP_ADD and opnum != op.OP_SUB and opnum != op.OP_MUL and \
            opnum != op.OP_TRUEDIV and opnum != op.OP_POW:
        return None
    ar, ai = parts_of(space, w_a)
    br, bi = parts_of(space, w_b)
    return complex_binop(space, opnum, ar, ai, br, bi)


def complex_binop(space, opnum, ar, ai, br, bi):
    if opnum == op.OP_ADD:
        return W_Complex(ar + br, ai + bi)
    if opnum == op.OP_SUB:
        return W_Complex(ar - br, ai - bi)
    if opnum == op.OP_MUL:
        rr, ri = c_prod(ar, ai, br, bi)
        return W_Complex(rr, ri)
    if opnum == op.OP_TRUEDIV:
        try:
            rr, ri = c_quot(ar, ai, br, bi)
        except ComplexError:
            raise space.error(space.w_ZeroDivisionError, 'complex division by zero')
        return W_Complex(rr, ri)
    if opnum == op.OP_POW:
        return complex_pow(space, ar, ai, br, bi)
    return None


def unaryop(space, opnum, w_a):
    assert isinstance(w_a, W_Complex)
    if opnum == op.UN_NEG:
        return W_Complex(-w_a.realval, -w_a.imagval)
    if opnum == op.UN_POS:
        return w_a
    return None


def compare(space, opnum, w_a, w_b):
    """== and != of a complex with a number: -1 where it does not apply (ordering, or
    an operand that is not a number), else 0 or 1."""
    if opnum != op.CMP_EQ and opnum != op.CMP_NE:
        return -1
    if not isinstance(w_a, W_Complex):
        w_a, w_b = w_b, w_a
    assert isinstance(w_a, W_Complex)
    if isinstance(w_b, W_Complex):
        equal = w_a.realval == w_b.realval and w_a.imagval == w_b.imagval
    elif isinstance(w_b, W_Float):
        equal = w_a.realval == w_b.floatval and w_a.imagval == 0.0
    elif is_int(w_b):
        equal = w_a.imagval == 0.0 and int_float_compare(op.CMP_EQ, w_b, w_a.realval,
                                                         False)
    else:
        return -1
    if opnum == op.CMP_NE:
        equal = not equal
    if equal:
        return 1
    return 0


def complex_abs(space, w_z):
    assert isinstance(w_z, W_Complex)
    re = w_z.realval
    im = w_z.imagval
    if not rfloat.isfinite(re) or not rfloat.isfinite(im):
        if rfloat.isinf(re):
            return abs(re)
        if rfloat.isinf(im):
            return abs(im)
        return rfloat.NAN
    result = c_hypot(re, im)
    if not rfloat.isfinite(result):
        raise space.error(space.w_OverflowError, 'absolute value too large')
    return result


# --- complex() -----------------------------------------------------------------------

B_COMPLEX = Spec('complex(real=0, imag=0)')
COMPLEX_CONJUGATE = Spec('complex.conjugate($self, /)')


class MalformedError(Exception):
    pass


class UnderscoreError(Exception):
    pass


def is_c_space(c):
    return c == ' ' or c == '\t' or c == '\n' or c == '\r' or c == '\x0b' or c == '\x0c'


def strip_underscores(s):
    """_Py_string_to_number_with_underscores' check: an underscore only between
    digits."""
    if '_' not in s:
        return s
    out = []
    prev = '\0'
    for c in s:
        if c == '_':
            if not ('0' <= prev <= '9'):
                raise UnderscoreError
        else:
            if prev == '_' and not ('0' <= c <= '9'):
                raise UnderscoreError
            out.append(c)
        prev = c
    if prev == '_':
        raise UnderscoreError
    return ''.join(out)


def match_word(s, i, word):
    n = len(word)
    if i + n > len(s):
        return False
    return s[i:i + n].lower() == word


def scan_float(s, i):
    """The end of the longest float (as strtod reads one) at s[i:], i if none."""
    n = len(s)
    j = i
    if j < n and (s[j] == '+' or s[j] == '-'):
        j += 1
    if match_word(s, j, 'infinity'):
        return j + 8
    if match_word(s, j, 'inf') or match_word(s, j, 'nan'):
        return j + 3
    digits = 0
    while j < n and '0' <= s[j] <= '9':
        j += 1
        digits += 1
    if j < n and s[j] == '.':
        j += 1
        while j < n and '0' <= s[j] <= '9':
            j += 1
            digits += 1
    if digits == 0:
        return i
    if j < n and (s[j] == 'e' or s[j] == 'E'):
        k = j + 1
        if k < n and (s[k] == '+' or s[k] == '-'):
            k += 1
        if k < n and '0' <= s[k] <= '9':
            while k < n and '0' <= s[k] <= '9':
                k += 1
            j = k
    return j


def to_float(text):
    lower = text.lower()
    neg = lower.startswith('-')
    if lower.startswith('-') or lower.startswith('+'):
        lower = lower[1:]
    if lower == 'inf' or lower == 'infinity':
        if neg:
            return -rfloat.INFINITY
        return rfloat.INFINITY
    if lower == 'nan':
        if neg:
            return -rfloat.NAN
        return rfloat.NAN
    try:
        return rfloat.string_to_float(text)
    except ValueError:
        raise MalformedError


def parse_complex(s):
    """complex(s): (real, imag); raises MalformedError."""
    s = strip_underscores(s)
    n = len(s)
    i = 0
    while i < n and is_c_space(s[i]):
        i += 1
    got_bracket = False
    if i < n and s[i] == '(':
        got_bracket = True
        i += 1
        while i < n and is_c_space(s[i]):
            i += 1
    x = 0.0
    y = 0.0
    end = scan_float(s, i)
    if end != i:
        z = to_float(s[i:end])
        i = end
        if i < n and (s[i] == '+' or s[i] == '-'):
            x = z
            end = scan_float(s, i)
            if end != i:
                y = to_float(s[i:end])
                i = end
            else:
                y = 1.0 if s[i] == '+' else -1.0
                i += 1
            if not (i < n and (s[i] == 'j' or s[i] == 'J')):
                raise MalformedError
            i += 1
        elif i < n and (s[i] == 'j' or s[i] == 'J'):
            i += 1
            y = z
        else:
            x = z
    else:
        if i < n and (s[i] == '+' or s[i] == '-'):
            y = 1.0 if s[i] == '+' else -1.0
            i += 1
        else:
            y = 1.0
        if not (i < n and (s[i] == 'j' or s[i] == 'J')):
            raise MalformedError
        i += 1
    while i < n and is_c_space(s[i]):
        i += 1
    if got_bracket:
        if not (i < n and s[i] == ')'):
            raise MalformedError
        i += 1
        while i < n and is_c_space(s[i]):
            i += 1
    if i != n:
        raise MalformedError
    return x, y


def complex_from_literal(text):
    """An imaginary literal's value: '1.5j', '1e3J' (underscores removed)."""
    assert len(text) > 1
    end = len(text) - 1
    assert end > 0
    body = text[:end]
    if body.endswith('.'):
        body = body + '0'
    return W_Complex(0.0, rfloat.string_to_float(body))


def real_part(space, w_x, first):
    """The float of complex()'s argument that is not a complex nor a string."""
    if isinstance(w_x, W_Float) or is_int(w_x):
        return float_of(space, w_x)
    w_meth = space.lookup_special_or_none(w_x, '__float__')
    if w_meth is not None:
        w_res = space.call_function(w_meth, [])
        if not isinstance(w_res, W_Float):
            raise space.error(space.w_TypeError, '%s.__float__ returned non-float (type %s)'
                              % (space.type(w_x).name, space.type(w_res).name))
        return w_res.floatval
    w_meth = space.lookup_special_or_none(w_x, '__index__')
    if w_meth is not None:
        w_res = space.call_function(w_meth, [])
        if not is_int(w_res):
            raise space.error(space.w_TypeError, '__index__ returned non-int (type %s)'
                              % space.type(w_res).name)
        return float_of(space, w_res)
    if first:
        raise space.error(space.w_TypeError, "complex() first argument must be a string "
                          "or a number, not '%s'" % space.type(w_x).name)
    raise space.error(space.w_TypeError, "complex() second argument must be a number, "
                      "not '%s'" % space.type(w_x).name)


def complex_of_special(space, w_x):
    """w_x.__complex__() if it has one, else None."""
    if isinstance(w_x, W_Complex) or isinstance(w_x, W_Float) or is_int(w_x):
        return None
    w_meth = space.lookup_special_or_none(w_x, '__complex__')
    if w_meth is None:
        return None
    w_res = space.call_function(w_meth, [])
    if not isinstance(w_res, W_Complex):
        raise space.error(space.w_TypeError, '__complex__ returned non-complex (type %s)'
                          % space.type(w_res).name)
    return w_res


def new_complex(space, args):
    w_r, w_i = B_COMPLEX.values(space, args)
    if w_r is None:
        if w_i is None:
            return W_Complex(0.0, 0.0)
        w_r = space.newint(0)
    if space.isinstance_w(w_r, space.w_str):
        if w_i is not None:
            raise space.error(space.w_TypeError,
                              "complex() can't take second arg if first is a string")
        try:
            x, y = parse_complex(space.str_w(w_r.builtin_value()))
        except MalformedError:
            raise space.error(space.w_ValueError, 'complex() arg is a malformed string')
        except UnderscoreError:
            raise space.error(space.w_ValueError, 'could not convert string to complex: %s'
                              % space.repr_str(w_r))
        return W_Complex(x, y)
    if w_i is not None and space.isinstance_w(w_i, space.w_str):
        raise space.error(space.w_TypeError, "complex() second arg can't be a string")
    w_special = complex_of_special(space, w_r)
    if w_special is not None:
        w_r = w_special
    if isinstance(w_r, W_Complex) and w_i is None:
        return w_r
    cr_is_complex = False
    if isinstance(w_r, W_Complex):
        cr_real = w_r.realval
        cr_imag = w_r.imagval
        cr_is_complex = True
    else:
        cr_real = real_part(space, w_r, True)
        cr_imag = 0.0
    ci_imag = 0.0
    ci_is_complex = False
    if w_i is None:
        ci_real = cr_imag
    elif isinstance(w_i, W_Complex):
        ci_real = w_i.realval
        ci_imag = w_i.imagval
        ci_is_complex = True
    else:
        ci_real = real_part(space, w_i, False)
    if ci_is_complex:
        cr_real -= ci_imag
    if cr_is_complex and w_i is not None:
        ci_real += cr_imag
    return W_Complex(cr_real, ci_real)


# --- methods and attributes ----------------------------------------------------------

def self_complex(space, args, name):
    w_self = receiver(space, args, space.w_complex, name)
    assert isinstance(w_self, W_Complex)
    return w_self


def complex_conjugate(space, args):
    w_self = self_complex(space, args, 'conjugate')
    COMPLEX_CONJUGATE.check(space, args)
    return W_Complex(w_self.realval, -w_self.imagval)


def complex_real(space, args):
    return space.newfloat(self_complex(space, args, 'real').realval)


def complex_imag(space, args):
    return space.newfloat(self_complex(space, args, 'imag').imagval)


COMPLEX_ATTRIBUTES = [('real', complex_real), ('imag', complex_imag)]
