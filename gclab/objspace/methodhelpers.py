"""The search helpers that the methods of list and tuple share."""


from gclab.objspace.numberobject import W_Int, W_Long
from gclab.objspace.typeobject import W_Instance


def search_bounds(space, args, length):
    """The start and stop arguments of list.index and tuple.index (args_w[2:4])."""
    start = 0
    stop = length
    if len(args.args_w) > 2:
        start = slice_bound(space, args.args_w[2], length)
    if len(args.args_w) > 3:
        stop = slice_bound(space, args.args_w[3], length)
    return start, stop


def slice_bound(space, w_obj, length):
    if isinstance(w_obj, W_Int):
        i = w_obj.intval
    elif isinstance(w_obj, W_Long):
        if w_obj.num.sign < 0:
            return 0
        return length
    elif isinstance(w_obj, W_Instance) and \
            space.lookup_special_or_none(w_obj, '__index__') is not None:
        i = space.int_w(w_obj)
    else:
        raise space.error(space.w_TypeError, 'slice indices must be integers or have an '
                          '__index__ method')
    if i < 0:
        i += length
        if i < 0:
            i = 0
    return i


def find_item(space, items_w, w_item, start, stop):
    """The first index in [start, stop) of an item equal to w_item, or -1."""
    i = start
    while i < stop and i < len(items_w):      # items_w may shrink while comparing
        if space.eq_w(items_w[i], w_item):
            return i
        i += 1
    return -1


def count_items(space, items_w, w_item):
    count = 0
    i = 0
    while i < len(items_w):
        if space.eq_w(items_w[i], w_item):
            count += 1
        i += 1
    return count
