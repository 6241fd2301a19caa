"""The methods and attributes of range and slice (RPython)."""


from gclab.objspace.objects import W_Int, W_Slice, W_Range
from gclab.objspace.argspec import Spec
from gclab.objspace import seqops
from gclab.objspace.methodhelpers import receiver


# The declared arguments of the methods (see gclab.objspace.argspec).
RANGE_INDEX = Spec('range.index($self, value, /)')
RANGE_COUNT = Spec('range.count($self, value, /)')
SLICE_INDICES = Spec('slice.indices($self, length, /)')


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
            inside = w_range.start <= x < w_range.stop
        else:
            inside = w_range.stop < x <= w_range.start
        if inside and (x - w_range.start) % step == 0:
            return (x - w_range.start) // step
        return -1
    for i in range(w_range.len):
        if space.eq_w(space.newint(w_range.start + i * w_range.step), w_item):
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
        if space.eq_w(space.newint(w_range.start + i * w_range.step), w_item):
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


def slice_indices(space, args):
    w_slice = self_slice(space, args, 'indices')
    SLICE_INDICES.check(space, args)
    length = space.int_w(args.args_w[1])
    if length < 0:
        raise space.error(space.w_ValueError, 'length should not be negative')
    start, stop, step, count = seqops.slice_indices(space, w_slice, length)
    return space.newtuple([space.newint(start), space.newint(stop), space.newint(step)])


SLICE_METHODS = [('indices', slice_indices)]
SLICE_ATTRIBUTES = [('start', slice_start), ('stop', slice_stop), ('step', slice_step)]
