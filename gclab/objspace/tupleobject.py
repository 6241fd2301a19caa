"""tuple: its W_ class, W_Tuple, and its methods (RPython)."""


from rpython.rlib.rarithmetic import r_uint, intmask

from gclab.gc.refcounting.elide import fresh_init
from gclab.objspace.objects import W_Root
from gclab.objspace.argspec import Spec, receiver
from gclab.objspace.methodhelpers import search_bounds, find_item, count_items
from gclab.objspace import gcslots


# _PyHASH_XXPRIME_1, _2 and _5 of CPython's 64-bit tuplehash.
XXPRIME_1 = r_uint(11400714785074694791)
XXPRIME_2 = r_uint(14029467366897019727)
XXPRIME_5 = r_uint(2870177450012600261)


class W_Tuple(W_Root):
    _attrs_ = ['items_w', 'gc_slot']
    _immutable_fields_ = ['items_w']

    @fresh_init     # only on a new object (elide.fresh_init)
    def __init__(self, items_w):
        self.items_w = items_w
        if gcslots.ENABLED:
            # only a tuple that holds a tracked object can ever be in a cycle
            self.gc_slot = -1
            for w_item in items_w:
                if w_item is not None and w_item.gc_slot_of() >= 0:
                    self.gc_slot = gcslots.track(self)
                    break

    def getclass(self, space):
        return space.w_tuple

    def is_true(self, space):
        return len(self.items_w) > 0

    def length(self, space):
        return len(self.items_w)

    def repr(self, space):
        ec = space.enter_nested(' while getting the repr of an object')
        try:
            items = [space.repr_str(w) for w in self.items_w]
        finally:
            ec.depth -= 1
        if len(items) == 1:
            return '(' + items[0] + ',)'
        return '(' + ', '.join(items) + ')'

    def hash(self, space):
        """CPython 3.8+'s tuplehash (xxHash's mixing, 64-bit constants)."""
        acc = XXPRIME_5
        for w_item in self.items_w:
            lane = r_uint(space.hash_w(w_item))
            acc += lane * XXPRIME_2
            acc = (acc << 31) | (acc >> 33)         # _PyHASH_XXROTATE
            acc *= XXPRIME_1
        acc += r_uint(len(self.items_w)) ^ (XXPRIME_5 ^ r_uint(3527539))
        result = intmask(acc)
        if result == -1:
            return 1546275796
        return result


# The declared arguments of the methods (see gclab.objspace.argspec).
TUPLE_INDEX = Spec('tuple.index($self, value, start=0, stop=None, /)')
TUPLE_COUNT = Spec('tuple.count($self, value, /)')


# --- tuple ------------------------------------------------------------------------------

def self_tuple(space, args, name):
    w_self = receiver(space, args, space.w_tuple, name)
    assert isinstance(w_self, W_Tuple)
    return w_self


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
