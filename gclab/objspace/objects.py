"""The W_ objects: every guest-visible value is an instance of a W_Root subclass.

Each class implements its conversions (truth, repr, str, hash), length, membership,
iteration and equality as methods taking the space (eq returning None means "not
implemented", CPython's NotImplemented); arithmetic, indexing and attribute access are
dispatched by the space on the operands' types.  The dispatch loop never calls these
methods directly: it calls the space (gclab.objspace.space)."""

from rpython.rlib.objectmodel import compute_hash, r_dict
import math

from rpython.rlib.rarithmetic import ovfcheck, intmask, r_uint
from rpython.rlib.rbigint import rbigint
from rpython.rlib import rfloat

from gclab.interp.util import repr_escape


class W_Root(object):
    _attrs_ = []

    def getclass(self, space):
        raise NotImplementedError

    def typename(self, space):
        return space.type(self).name

    # conversions -------------------------------------------------------------------
    def is_true(self, space):
        return True

    def repr(self, space):
        return '<%s object>' % self.typename(space)

    def str(self, space):
        return self.repr(space)

    def hash(self, space):
        return compute_identity_hash_of(self)

    # comparison: None means NotImplemented ------------------------------------------
    def eq(self, space, w_other):
        return None

    # containers ----------------------------------------------------------------------
    def length(self, space):
        return -1               # no len()

    def contains(self, space, w_item):
        return -1               # -1: not supported, fall back to iteration

    def iter(self, space):
        return None

    def next(self, space):
        """Next item of an iterator, or None when exhausted."""
        return None


def compute_identity_hash_of(w_obj):
    from rpython.rlib.objectmodel import compute_identity_hash
    return compute_identity_hash(w_obj)


class W_NoneObject(W_Root):
    _attrs_ = []

    def getclass(self, space):
        return space.w_NoneType

    def is_true(self, space):
        return False

    def repr(self, space):
        return 'None'

    def hash(self, space):
        return 0x5f3759df


class W_NotImplemented(W_Root):
    _attrs_ = []

    def getclass(self, space):
        return space.w_NotImplementedType

    def repr(self, space):
        return 'NotImplemented'


class W_Ellipsis(W_Root):
    _attrs_ = []

    def getclass(self, space):
        return space.w_ellipsis

    def repr(self, space):
        return 'Ellipsis'


# --- numbers ---------------------------------------------------------------------------

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
        return self.num.str()

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


# --- strings ---------------------------------------------------------------------------

class W_Str(W_Root):
    """An immutable string, held as UTF-8 bytes."""
    _attrs_ = _immutable_fields_ = ['strval']

    def __init__(self, strval):
        self.strval = strval

    def getclass(self, space):
        return space.w_str

    def is_true(self, space):
        return len(self.strval) > 0

    def repr(self, space):
        return str_repr(self.strval)

    def str(self, space):
        return self.strval

    def hash(self, space):
        return compute_hash(self.strval)

    def length(self, space):
        return len(self.strval)


def str_repr(s):
    """repr() of a str, with CPython's quoting and escapes."""
    return repr_escape(s)


# --- containers ------------------------------------------------------------------------

class W_Tuple(W_Root):
    _attrs_ = ['items_w']
    _immutable_fields_ = ['items_w']

    def __init__(self, items_w):
        self.items_w = items_w

    def getclass(self, space):
        return space.w_tuple

    def is_true(self, space):
        return len(self.items_w) > 0

    def length(self, space):
        return len(self.items_w)

    def repr(self, space):
        items = [space.repr_str(w) for w in self.items_w]
        if len(items) == 1:
            return '(' + items[0] + ',)'
        return '(' + ', '.join(items) + ')'

    def hash(self, space):
        x = 0x345678
        mult = 1000003
        n = len(self.items_w)
        for w_item in self.items_w:
            y = space.hash_w(w_item)
            x = intmask((x ^ y) * mult)
            n -= 1
            mult = intmask(mult + 82520 + n + n)
        x = intmask(x + 97531)
        if x == -1:
            x = -2
        return x


class W_List(W_Root):
    _attrs_ = ['items_w']

    def __init__(self, items_w):
        self.items_w = items_w

    def getclass(self, space):
        return space.w_list

    def hash(self, space):
        raise space.error(space.w_TypeError, "unhashable type: 'list'")

    def is_true(self, space):
        return len(self.items_w) > 0

    def length(self, space):
        return len(self.items_w)

    def repr(self, space):
        if space.enter_repr(self):
            return '[...]'
        try:
            items = [space.repr_str(w) for w in self.items_w]
        finally:
            space.leave_repr(self)
        return '[' + ', '.join(items) + ']'


class W_Dict(W_Root):
    """An insertion-ordered dict with arbitrary hashable keys."""
    _attrs_ = ['data']

    def __init__(self, space):
        self.data = r_dict(space.eq_w, space.hash_w)

    def getclass(self, space):
        return space.w_dict

    def hash(self, space):
        raise space.error(space.w_TypeError, "unhashable type: 'dict'")

    def is_true(self, space):
        return len(self.data) > 0

    def length(self, space):
        return len(self.data)

    def repr(self, space):
        if space.enter_repr(self):
            return '{...}'
        try:
            items = []
            for w_key, w_value in self.data.items():
                items.append(space.repr_str(w_key) + ': ' + space.repr_str(w_value))
        finally:
            space.leave_repr(self)
        return '{' + ', '.join(items) + '}'


class W_Range(W_Root):
    _attrs_ = _immutable_fields_ = ['start', 'stop', 'step', 'len']

    def __init__(self, start, stop, step):
        self.start = start
        self.stop = stop
        self.step = step
        if step > 0:
            n = (stop - start + step - 1) // step
        else:
            n = (start - stop - step - 1) // (-step)
        if n < 0:
            n = 0
        self.len = n

    def getclass(self, space):
        return space.w_range

    def length(self, space):
        return self.len

    def is_true(self, space):
        return self.len > 0

    def repr(self, space):
        if self.step == 1:
            return 'range(%d, %d)' % (self.start, self.stop)
        return 'range(%d, %d, %d)' % (self.start, self.stop, self.step)


class W_Slice(W_Root):
    _attrs_ = _immutable_fields_ = ['w_start', 'w_stop', 'w_step']

    def __init__(self, w_start, w_stop, w_step):
        self.w_start = w_start
        self.w_stop = w_stop
        self.w_step = w_step

    def getclass(self, space):
        return space.w_slice

    def eq(self, space, w_other):
        """Slices compare as the tuples (start, stop, step)."""
        if not isinstance(w_other, W_Slice):
            return None
        return space.newbool(space.eq_w(self.as_tuple(space), w_other.as_tuple(space)))

    def as_tuple(self, space):
        return space.newtuple([self.w_start, self.w_stop, self.w_step])

    def hash(self, space):
        raise space.error(space.w_TypeError, "unhashable type: 'slice'")

    def repr(self, space):
        return 'slice(%s, %s, %s)' % (space.repr_str(self.w_start),
                                      space.repr_str(self.w_stop),
                                      space.repr_str(self.w_step))


class W_Cell(W_Root):
    """A variable shared between a function and the functions nested in it."""
    _attrs_ = ['w_value']

    def __init__(self, w_value):
        self.w_value = w_value

    def getclass(self, space):
        return space.w_cell

    def repr(self, space):
        return '<cell>'


# --- iterators -------------------------------------------------------------------------

class W_SeqIterator(W_Root):
    """Iterator over a list, a tuple or a str (by index; sees list growth as CPython)."""
    _attrs_ = ['w_seq', 'index']

    def __init__(self, w_seq):
        self.w_seq = w_seq
        self.index = 0

    def getclass(self, space):
        w_seq = self.w_seq
        if isinstance(w_seq, W_List):
            return space.w_list_iterator
        if isinstance(w_seq, W_Tuple):
            return space.w_tuple_iterator
        if isinstance(w_seq, W_Str):
            for c in w_seq.strval:
                if ord(c) >= 0x80:
                    return space.w_str_iterator
            return space.w_str_ascii_iterator
        return space.w_iterator

    def iter(self, space):
        return self

    def next(self, space):
        w_seq = self.w_seq
        i = self.index
        if isinstance(w_seq, W_List):
            if i >= len(w_seq.items_w):
                return None
            self.index = i + 1
            return w_seq.items_w[i]
        if isinstance(w_seq, W_Tuple):
            if i >= len(w_seq.items_w):
                return None
            self.index = i + 1
            return w_seq.items_w[i]
        if isinstance(w_seq, W_Str):
            s = w_seq.strval
            if i >= len(s):
                return None
            end = utf8_next(s, i)
            assert i >= 0 and end >= 0
            self.index = end
            return space.newstr(s[i:end])
        return None


def utf8_next(s, i):
    """Index after the UTF-8 encoded code point starting at i."""
    c = ord(s[i])
    n = 1
    if c >= 0xF0:
        n = 4
    elif c >= 0xE0:
        n = 3
    elif c >= 0xC0:
        n = 2
    end = i + n
    if end > len(s):
        end = len(s)
    return end


class W_RangeIterator(W_Root):
    _attrs_ = ['current', 'remaining', 'step']

    def __init__(self, start, length, step):
        self.current = start
        self.remaining = length
        self.step = step

    def getclass(self, space):
        return space.w_range_iterator

    def iter(self, space):
        return self

    def next(self, space):
        if self.remaining <= 0:
            return None
        value = self.current
        self.current = value + self.step
        self.remaining -= 1
        return space.newint(value)


class W_ListIterator(W_Root):
    """Iterator over a list of W_ objects fixed at creation (dict views, reversed...)."""
    _attrs_ = ['items_w', 'index']

    def __init__(self, items_w):
        self.items_w = items_w
        self.index = 0

    def getclass(self, space):
        return space.w_iterator

    def iter(self, space):
        return self

    def next(self, space):
        i = self.index
        if i >= len(self.items_w):
            return None
        self.index = i + 1
        return self.items_w[i]
