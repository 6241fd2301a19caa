"""str indexing and the methods of str (RPython).  Strings are UTF-8 bytes; indexing
and len() count bytes, which equals CPython's result for ASCII text."""

from gclab.objspace.objects import W_Str, W_Slice, W_Int
from gclab.objspace import seqops


def str_getitem(space, w_str, w_index):
    s = w_str.strval
    if isinstance(w_index, W_Slice):
        start, stop, step, count = seqops.slice_indices(space, w_index, len(s))
        if step == 1:
            assert start >= 0
            end = start + count
            assert end >= 0
            return space.newstr(s[start:end])
        chars = [s[start + k * step] for k in range(count)]
        return space.newstr(''.join(chars))
    i = seqops.index_of(space, w_index, len(s), 'string')
    if i < 0:
        raise space.error(space.w_IndexError, 'string index out of range')
    return space.newstr(s[i])
