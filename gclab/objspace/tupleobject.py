"""The methods of tuple (RPython)."""


from gclab.objspace.argspec import Spec
from gclab.objspace.methodhelpers import self_tuple, search_bounds, find_item, count_items


# The declared arguments of the methods (see gclab.objspace.argspec).
TUPLE_INDEX = Spec('tuple.index($self, value, start=0, stop=None, /)')
TUPLE_COUNT = Spec('tuple.count($self, value, /)')


# --- tuple ------------------------------------------------------------------------------

def tuple_index(space, args):
    w_tuple = self_tuple(space, args, 'index')
    TUPLE_INDEX.check(space, args)
    start, stop = search_bounds(space, args, len(w_tuple.items_w))
    i = find_item(space, w_tuple.items_w, args.args_w[1], start, stop)
    if i < 0:
        raise space.error(space.w_ValueError, 'tuple.index(x): x not in tuple')
    return space.newint(i)


def tuple_count(space, args):
    w_tuple = self_tuple(space, args, 'count')
    TUPLE_COUNT.check(space, args)
    return space.newint(count_items(space, w_tuple.items_w, args.args_w[1]))


TUPLE_METHODS = [('index', tuple_index), ('count', tuple_count)]
