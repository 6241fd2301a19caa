"""range: its W_ class, W_Range, its iterator W_RangeIterator, and its methods and
attributes; the methods and attributes of slice (W_Slice is in gclab.objspace.objects),
and the indices a slice selects from a sequence (RPython)."""


import sys

from rpython.rlib.rarithmetic import r_uint, intmask, ovfcheck

from gclab.objspace.objects import W_Root, W_Slice
from gclab.objspace.numberobject import W_Int, W_Long
from gclab.objspace.typeobject import W_Instance
from gclab.objspace.argspec import Spec, receiver


class W_Range(W_Root):
    _attrs_ = _immutable_fields_ = ['start', 'stop', 'step', 'len']

    def __init__(self, start, stop, step, length=-2):
        self.start = start
        self.stop = stop
        self.step = step
        if length == -2:
            length = range_length(start, stop, step)
        self.len = length

    def getclass(self, space):
        return space.w_range

    def length(self, space):
        return self.len

    def is_true(self, space):
        return self.len > 0

    def hash(self, space):
        """As CPython: the hash of (len, start, step), with start and step None where
        they do not matter, so that equal ranges hash equal."""
        w_start = space.w_None
        w_step = space.w_None
        if self.len > 0:
            w_start = space.newint(self.start)
            if self.len > 1:
                w_step = space.newint(self.step)
        return space.hash_w(space.newtuple([space.newint(self.len), w_start, w_step]))

    def repr(self, space):
        if self.step == 1:
            return 'range(%d, %d)' % (self.start, self.stop)
        return 'range(%d, %d, %d)' % (self.start, self.stop, self.step)


def range_length(start, stop, step):
    """The number of items of range(start, stop, step), or -1 when it does not fit in a
    machine int (range(-2**62, 2**62 + 5): CPython's len() raises OverflowError there,
    its iteration works; gclab refuses such a range where it is made).  The distance
    between the bounds is counted unsigned: it fits in 64 bits where it overflows an int."""
    if step > 0:
        if stop <= start:
            return 0
        n = (r_uint(stop) - r_uint(start) - 1) // r_uint(step) + 1
    else:
        if start <= stop:
            return 0
        n = (r_uint(start) - r_uint(stop) - 1) // (r_uint(0) - r_uint(step)) + 1
    if n > r_uint(sys.maxint):
        return -1
    return intmask(n)


def range_item(start, step, i):
    """start + i * step, for an i at which the range has an item (or one step beyond
    its ends): computed modulo 2**64, so that the product may overflow on the way."""
    return intmask(r_uint(start) + r_uint(i) * r_uint(step))


def range_slice(space, w_range, start, stop, step, count):
    """w_range[start:stop:step] for the bounds and count of slice.indices(): as CPython,
    a range whose bounds are those indices mapped into w_range -- except where the stop
    mapped so falls outside a machine int (range(-2**63, 0)[::-1]): there, the int
    nearest to it, with the count of items given (the items are CPython's, the stop
    shown is not)."""
    try:
        new_step = ovfcheck(w_range.step * step)
        if count > 0:
            first = range_item(w_range.start, w_range.step, start)
        else:
            first = ovfcheck(w_range.start + ovfcheck(start * w_range.step))
        try:
            new_stop = ovfcheck(w_range.start + ovfcheck(stop * w_range.step))
        except OverflowError:
            if count == 0:
                raise
            new_stop = sys.maxint if new_step > 0 else -sys.maxint - 1
    except OverflowError:
        raise too_long(space)
    return W_Range(first, new_stop, new_step, count)


def too_long(space):
    return space.error(space.w_OverflowError, 'gclab: a range whose bounds or length do '
                       'not fit in a machine int is not supported')


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
        self.current = intmask(r_uint(value) + r_uint(self.step))    # (past the end: wraps)
        self.remaining -= 1
        return space.newint(value)


# The declared arguments of the methods (see gclab.objspace.argspec).
RANGE_INDEX = Spec('range.index($self, value, /)')
RANGE_COUNT = Spec('range.count($self, value, /)')
SLICE_INDICES = Spec('slice.indices($self, length, /)')


# --- the indices a slice selects -----------------------------------------------------------

def slice_indices(space, w_slice, length):
    """(start, stop, step, count) of a slice applied to a sequence of length items."""
    assert isinstance(w_slice, W_Slice)
    if w_slice.w_step is space.w_None:
        step = 1
    else:
        step = slice_int(space, w_slice.w_step)
        if step == 0:
            raise space.error(space.w_ValueError, 'slice step cannot be zero')
    if step < 0:
        lower = -1
        upper = length - 1
    else:
        lower = 0
        upper = length
    if w_slice.w_start is space.w_None:
        start = upper if step < 0 else lower
    else:
        start = slice_int(space, w_slice.w_start)
        if start < 0:
            start += length
            if start < lower:
                start = lower
        elif start > upper:
            start = upper
    if w_slice.w_stop is space.w_None:
        stop = lower if step < 0 else upper
    else:
        stop = slice_int(space, w_slice.w_stop)
        if stop < 0:
            stop += length
            if stop < lower:
                stop = lower
        elif stop > upper:
            stop = upper
    if step < 0:
        if stop < start:
            count = (start - stop - 1) // (-step) + 1
        else:
            count = 0
    else:
        if start < stop:
            count = (stop - start - 1) // step + 1
        else:
            count = 0
    return start, stop, step, count


def slice_int(space, w_obj):
    if isinstance(w_obj, W_Int):
        return w_obj.intval
    if isinstance(w_obj, W_Long):
        if w_obj.num.sign < 0:
            return -(1 << 62)
        return 1 << 62
    if isinstance(w_obj, W_Instance):
        return space.int_w(w_obj)
    raise space.error(space.w_TypeError, 'slice indices must be integers or None or have '
                      'an __index__ method')


# --- range ---------------------------------------------------------------------------------

def self_range(space, args, name):
    w_self = receiver(space, args, space.w_range, name)
    assert isinstance(w_self, W_Range)
    return w_self


def range_find(space, w_range, w_item):
    """The index of w_item in the range, or -1."""
    if isinstance(w_item, W_Int):      # ints and bools: arithmetic
        x = w_item.intval
        step = w_range.step
        if step > 0:
            if x < w_range.start:
                return -1
            distance = r_uint(x) - r_uint(w_range.start)
            stride = r_uint(step)
        else:
            if x > w_range.start:
                return -1
            distance = r_uint(w_range.start) - r_uint(x)
            stride = r_uint(0) - r_uint(step)
        if distance % stride != 0 or distance // stride >= r_uint(w_range.len):
            return -1
        return intmask(distance // stride)
    for i in range(w_range.len):
        if space.eq_w(space.newint(range_item(w_range.start, w_range.step, i)), w_item):
            return i
    return -1


def range_index(space, args):
    w_range = self_range(space, args, 'index')
    RANGE_INDEX.check(space, args)
    w_item = args.args_w[1]
    i = range_find(space, w_range, w_item)
    if i < 0:
        if isinstance(w_item, W_Int):
            raise space.error(space.w_ValueError, '%s is not in range'
                              % space.repr_str(w_item))
        raise space.error(space.w_ValueError, 'sequence.index(x): x not in sequence')
    return space.newint(i)


def range_count(space, args):
    w_range = self_range(space, args, 'count')
    RANGE_COUNT.check(space, args)
    w_item = args.args_w[1]
    if isinstance(w_item, W_Int):
        return space.newint(1 if range_find(space, w_range, w_item) >= 0 else 0)
    count = 0
    for i in range(w_range.len):
        if space.eq_w(space.newint(range_item(w_range.start, w_range.step, i)), w_item):
            count += 1
    return space.newint(count)


def range_start(space, args):
    return space.newint(self_range(space, args, 'start').start)


def range_stop(space, args):
    return space.newint(self_range(space, args, 'stop').stop)


def range_step(space, args):
    return space.newint(self_range(space, args, 'step').step)


RANGE_METHODS = [('index', range_index), ('count', range_count)]
RANGE_ATTRIBUTES = [('start', range_start), ('stop', range_stop), ('step', range_step)]


# --- slice ---------------------------------------------------------------------------------

def self_slice(space, args, name):
    w_self = receiver(space, args, space.w_slice, name)
    assert isinstance(w_self, W_Slice)
    return w_self


def slice_start(space, args):
    return self_slice(space, args, 'start').w_start


def slice_stop(space, args):
    return self_slice(space, args, 'stop').w_stop


def slice_step(space, args):
    return self_slice(space, args, 'step').w_step


def slice_indices_method(space, args):
    w_slice = self_slice(space, args, 'indices')
    SLICE_INDICES.check(space, args)
    length = space.int_w(args.args_w[1])
    if length < 0:
        raise space.error(space.w_ValueError, 'length should not be negative')
    start, stop, step, count = slice_indices(space, w_slice, length)
    return space.newtuple([space.newint(start), space.newint(stop), space.newint(step)])


SLICE_METHODS = [('indices', slice_indices_method)]
SLICE_ATTRIBUTES = [('start', slice_start), ('stop', slice_stop), ('step', slice_step)]
