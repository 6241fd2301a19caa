"""What str's and bytes' searching methods share (RPython): their optional start and
end arguments (find, count, index, startswith...: clamped like a slice's bounds), a
match at one end of a range, and a count of non-overlapping occurrences.  Indexes are
of the underlying RPython string (a str method translates code points to bytes first:
strmethods.text_range)."""

from gclab.objspace.objects import W_NoneObject
from gclab.objspace.numberobject import W_Int, W_Long


def slice_index(space, w_arg, default):
    """A start or end argument: None (default), or an int clamped to the machine
    range."""
    if w_arg is None or isinstance(w_arg, W_NoneObject):
        return default
    if isinstance(w_arg, W_Int):
        return w_arg.intval
    if isinstance(w_arg, W_Long):
        if w_arg.num.sign < 0:
            return -(2 ** 62)
        return 2 ** 62
    if space.lookup_special_or_none(w_arg, '__index__') is None:
        raise space.error(space.w_TypeError, 'slice indices must be integers or None or '
                          'have an __index__ method')
    return space.int_w(w_arg)


def find_range(space, args_w, length):
    """(start, end) from the optional arguments 1 and 2, adjusted like a slice."""
    start = 0
    end = length
    if len(args_w) > 1:
        start = slice_index(space, args_w[1], 0)
    if len(args_w) > 2:
        end = slice_index(space, args_w[2], length)
    if end > length:
        end = length
    elif end < 0:
        end += length
        if end < 0:
            end = 0
    if start < 0:
        start += length
        if start < 0:
            start = 0
    return start, end


def tailmatch(s, sub, start, end, at_end):
    """sub is at the start (at_end: the end) of s[start:end]."""
    end -= len(sub)
    if end < start:
        return False
    if at_end:
        pos = end
    else:
        pos = start
    for k in range(len(sub)):
        if s[pos + k] != sub[k]:
            return False
    return True


def count_occurrences(s, sub, start, end):
    """Non-overlapping occurrences of the non-empty sub in s[start:end]."""
    count = 0
    i = start
    while True:
        i = s.find(sub, i, end)
        if i < 0:
            return count
        count += 1
        i += len(sub)
