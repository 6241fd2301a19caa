"""set and frozenset: the objects, their iterator, operators and methods (RPython).

A set holds its items as the keys of an r_dict keyed by the guest's __eq__/__hash__
(as W_Dict does), so gclab iterates a set in insertion order: an item keeps its place
until it is removed, and an item added again goes to the end.  CPython iterates in the
order of its hash table (for small ints, by value; for strs, by their randomized hashes),
so the two agree only where a program's output does not depend on the order (sorted(s),
len, membership...) or where the items were inserted in the order CPython's table holds
them (small non-negative ints inserted ascending).  set.pop() removes the first item in
iteration order, as CPython's pop takes the first occupied slot of its table.

Which operand's item is kept when two are equal but distinct (1 and 1.0), and which
type a result has (the left operand's: set | frozenset is a set), follow CPython 3.11.
hash(frozenset) is CPython's algorithm, so it equals python3's wherever the items'
hashes do (ints, floats, nested frozensets of them)."""

from rpython.rlib.objectmodel import r_dict
from rpython.rlib.rarithmetic import r_uint, intmask

from gclab.interp import opcodes as op
from gclab.objspace.objects import W_Root
from gclab.objspace.dictobject import W_Dict
from gclab.objspace.itertypes import TYPES, W_Iterator
from gclab.objspace.dictviews import W_DictView, VALUES
from gclab.objspace.argspec import Spec, receiver

from gclab.objspace.dictobject import key_error
from gclab.objspace.specialmethods import (special_self, special_len, special_contains,
                                           special_iter, special_repr, special_str,
                                           special_hash)
from gclab.objspace.specialnames import CMP_SPECIAL, BINOP_SPECIAL


class W_BaseSet(W_Root):
    """set and frozenset: the items are the keys of data (the values are unused)."""
    _attrs_ = ['data']

    def __init__(self, space):
        self.data = r_dict(space.eq_w, space.hash_w)

    def is_true(self, space):
        return len(self.data) > 0

    def length(self, space):
        return len(self.data)

    def contains(self, space, w_item):
        return int(lookup_key(space, w_item) in self.data)

    def iter(self, space):
        return W_SetIterator(self)

    def repr(self, space):
        name = self.typename(space)
        if space.enter_repr(self):
            return name + '(...)'
        try:
            items = [space.repr_str(w_item) for w_item in self.data.keys()]
        finally:
            space.leave_repr(self)
        if not items:
            return name + '()'
        text = '{' + ', '.join(items) + '}'
        if isinstance(self, W_FrozenSet):
            return name + '(' + text + ')'
        return text

    def add(self, w_item):
        self.data[w_item] = True

    def keys(self):
        """The items, as a new list: safe to walk while user code runs."""
        return self.data.keys()


class W_Set(W_BaseSet):
    _attrs_ = []

    def getclass(self, space):
        return space.w_set

    def hash(self, space):
        raise space.error(space.w_TypeError, "unhashable type: 'set'")


class W_FrozenSet(W_BaseSet):
    _attrs_ = []

    def getclass(self, space):
        return space.w_frozenset

    def hash(self, space):
        return frozenset_hash(space, self)


def shuffle_bits(h):
    return ((h ^ r_uint(89869747)) ^ (h << 16)) * r_uint(3644798167)


def frozenset_hash(space, w_set):
    """CPython 3.11's frozenset_hash: the xor of the items' shuffled hashes, mixed."""
    h = r_uint(0)
    for w_item in w_set.keys():
        h ^= shuffle_bits(r_uint(space.hash_w(w_item)))
    h ^= (r_uint(len(w_set.data)) + 1) * r_uint(1927868237)
    h ^= (h >> 11) ^ (h >> 25)
    h = h * r_uint(69069) + r_uint(907133923)
    result = intmask(h)
    if result == -1:
        result = 590923713
    return result


class W_SetIterator(W_Iterator):
    """Walks a snapshot of the items taken at creation; like CPython, raises RuntimeError
    when the set changes size while it runs, and on every later call."""
    _attrs_ = ['w_set', 'items_w', 'index', 'size']

    def __init__(self, w_set):
        self.w_set = w_set          # None once exhausted
        self.items_w = w_set.keys()
        self.index = 0
        self.size = len(self.items_w)

    def getclass(self, space):
        return TYPES.w_set_iterator

    def next(self, space):
        w_set = self.w_set
        if w_set is None:
            return None
        if len(w_set.data) != self.size:
            self.size = -1          # sticky, as CPython's: every later next() raises
            raise space.error(space.w_RuntimeError, 'Set changed size during iteration')
        i = self.index
        if i >= len(self.items_w):
            self.w_set = None
            self.items_w = []
            return None
        self.index = i + 1
        return self.items_w[i]


# --- creating sets ------------------------------------------------------------------------

def newset(space, frozen):
    if frozen:
        return W_FrozenSet(space)
    return W_Set(space)


def is_frozen(w_set):
    return isinstance(w_set, W_FrozenSet)


def lookup_key(space, w_item):
    """The key a set looks w_item up by: a set stands for the frozenset of its items, as
    in CPython (`{1} in {frozenset({1})}`)."""
    if isinstance(w_item, W_Set):
        w_key = W_FrozenSet(space)
        update(space, w_key, w_item)
        return w_key
    return w_item


def update(space, w_set, w_iterable):
    """Add every item of w_iterable to w_set."""
    assert isinstance(w_set, W_BaseSet)
    if isinstance(w_iterable, W_BaseSet):
        for w_item in w_iterable.keys():
            w_set.add(w_item)
        return
    if isinstance(w_iterable, W_Dict):
        for w_item in w_iterable.data.keys():
            w_set.add(w_item)
        return
    w_iter = space.iter(w_iterable)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        w_set.add(w_item)


def set_of(space, frozen, w_iterable):
    w_set = newset(space, frozen)
    update(space, w_set, w_iterable)
    return w_set


def copy(space, w_set):
    """A new set of w_set's type holding its items."""
    return set_of(space, is_frozen(w_set), w_set)


def as_set(space, w_obj, frozen):
    """w_obj if it is a set or frozenset, else a new one of its items."""
    if isinstance(w_obj, W_BaseSet):
        return w_obj
    return set_of(space, frozen, w_obj)


SET_NEW = Spec('set(iterable=(), /)')
FROZENSET_NEW = Spec('frozenset(iterable=(), /)')


def new_set(space, frozen, args):
    """set(iterable) and frozenset(iterable)."""
    if frozen:
        args_w = FROZENSET_NEW.unpack(space, args)
        if args_w and isinstance(args_w[0], W_FrozenSet):
            return args_w[0]
    else:
        args_w = SET_NEW.unpack(space, args)
    w_set = newset(space, frozen)
    if args_w:
        update(space, w_set, args_w[0])
    return w_set


# --- the operations, on sets already checked ------------------------------------------------

def smaller_first(w_a, w_b):
    """(smaller, larger) of two sets, w_b first when they are the same size: the one
    CPython walks and the one it looks items up in."""
    if len(w_b.data) > len(w_a.data):
        return w_a, w_b
    return w_b, w_a


def intersection2(space, w_set, w_other):
    """w_set & w_other as CPython's set_intersection: the items come from the smaller."""
    w_res = newset(space, is_frozen(w_set))
    if isinstance(w_other, W_BaseSet):
        w_small, w_big = smaller_first(w_set, w_other)
        for w_item in w_small.keys():
            if w_item in w_big.data:
                w_res.add(w_item)
        return w_res
    w_iter = space.iter(w_other)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        if w_item in w_set.data:
            w_res.add(w_item)
    return w_res


def intersection(space, w_set, others_w):
    w_res = copy(space, w_set)
    for w_other in others_w:
        w_res = intersection2(space, w_res, w_other)
    return w_res


def discard_all(space, w_set, w_other):
    """Remove from w_set every item of the iterable w_other."""
    assert isinstance(w_set, W_BaseSet)
    if w_other is w_set:
        w_set.data.clear()
        return
    if isinstance(w_other, W_BaseSet):
        items_w = w_other.keys()
    else:
        items_w = space.listview(w_other)
    for w_item in items_w:
        if w_item in w_set.data:
            del w_set.data[w_item]


def symmetric_update(space, w_set, w_other):
    """w_set ^= the items of w_other (a set, or any iterable as a set)."""
    w_other = as_set(space, w_other, False)
    assert isinstance(w_other, W_BaseSet)
    for w_item in w_other.keys():
        if w_item in w_set.data:
            del w_set.data[w_item]
        else:
            w_set.add(w_item)


def symmetric_difference(space, w_set, w_other):
    """As CPython's: a new set of w_other's items (of w_set's type), then w_set's."""
    w_res = set_of(space, is_frozen(w_set), w_other)
    symmetric_update(space, w_res, w_set)
    return w_res


def issubset(space, w_set, w_other):
    assert isinstance(w_set, W_BaseSet)
    w_other = as_set(space, w_other, False)
    assert isinstance(w_other, W_BaseSet)
    if len(w_set.data) > len(w_other.data):
        return False
    for w_item in w_set.keys():
        if w_item not in w_other.data:
            return False
    return True


def issuperset(space, w_set, w_other):
    if isinstance(w_other, W_BaseSet):
        return issubset(space, w_other, w_set)
    w_iter = space.iter(w_other)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            return True
        if w_item not in w_set.data:
            return False


def isdisjoint(space, w_set, w_other):
    if isinstance(w_other, W_BaseSet):
        w_small, w_big = smaller_first(w_set, w_other)
        for w_item in w_small.keys():
            if w_item in w_big.data:
                return False
        return True
    w_iter = space.iter(w_other)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            return True
        if w_item in w_set.data:
            return False


def replace_items(w_set, w_new):
    """w_set takes w_new's items (CPython's set_swap_bodies for intersection_update)."""
    w_set.data = w_new.data


# --- operators: the space's hooks -------------------------------------------------------------

def is_set_view(w_obj):
    """dict.keys() and dict.items() views: set-like, as in CPython."""
    return isinstance(w_obj, W_DictView) and w_obj.kind != VALUES


def binop(space, opnum, w_a, w_b):
    """| & - ^ of two sets (the result has the left operand's type), or of a keys or
    items view and any iterable (a set); None otherwise."""
    if not (isinstance(w_a, W_BaseSet) and isinstance(w_b, W_BaseSet)):
        if is_set_view(w_a) or is_set_view(w_b):
            return view_binop(space, opnum, w_a, w_b)
        return None
    if opnum == op.OP_OR:
        return set_union(space, w_a, [w_b])
    if opnum == op.OP_AND:
        return intersection2(space, w_a, w_b)
    if opnum == op.OP_SUB:
        return set_difference(space, w_a, [w_b])
    if opnum == op.OP_XOR:
        return symmetric_difference(space, w_a, w_b)
    return None


def view_binop(space, opnum, w_a, w_b):
    """CPython's dictviews_or and co: a new set of the view's items (of the left
    operand's for -), combined with the other operand's."""
    if opnum != op.OP_OR and opnum != op.OP_AND and opnum != op.OP_SUB and \
            opnum != op.OP_XOR:
        return None
    if opnum != op.OP_SUB and not is_set_view(w_a):
        w_a, w_b = w_b, w_a
    w_res = set_of(space, False, w_a)
    if opnum == op.OP_OR:
        update(space, w_res, w_b)
    elif opnum == op.OP_AND:
        return intersection2(space, w_res, w_b)
    elif opnum == op.OP_SUB:
        discard_all(space, w_res, w_b)
    else:
        symmetric_update(space, w_res, w_b)
    return w_res


def inplace_binop(space, opnum, w_a, w_b):
    """|= &= -= ^= of a set and a set or frozenset, in place; None otherwise (a frozenset
    falls back on the binary operator, as in CPython)."""
    if not (isinstance(w_a, W_Set) and isinstance(w_b, W_BaseSet)):
        return None
    if opnum == op.OP_OR:
        update(space, w_a, w_b)
    elif opnum == op.OP_AND:
        replace_items(w_a, intersection2(space, w_a, w_b))
    elif opnum == op.OP_SUB:
        discard_all(space, w_a, w_b)
    elif opnum == op.OP_XOR:
        if w_a is w_b:
            w_a.data.clear()
        else:
            symmetric_update(space, w_a, w_b)
    else:
        return None
    return w_a


def compare(space, opnum, w_a, w_b):
    """1 true, 0 false, -1 not applicable: subset/superset comparisons of two sets, or
    of a set or a keys or items view and a view."""
    if not (isinstance(w_a, W_BaseSet) and isinstance(w_b, W_BaseSet)):
        if (is_set_view(w_a) or is_set_view(w_b)) and \
                (is_set_view(w_a) or isinstance(w_a, W_BaseSet)) and \
                (is_set_view(w_b) or isinstance(w_b, W_BaseSet)):
            w_a = set_of(space, True, w_a)
            w_b = set_of(space, True, w_b)
        else:
            return -1
    assert isinstance(w_a, W_BaseSet) and isinstance(w_b, W_BaseSet)
    la = len(w_a.data)
    lb = len(w_b.data)
    if opnum == op.CMP_EQ:
        return int(la == lb and issubset(space, w_a, w_b))
    if opnum == op.CMP_NE:
        return int(not (la == lb and issubset(space, w_a, w_b)))
    if opnum == op.CMP_LE:
        return int(issubset(space, w_a, w_b))
    if opnum == op.CMP_GE:
        return int(issubset(space, w_b, w_a))
    if opnum == op.CMP_LT:
        return int(la < lb and issubset(space, w_a, w_b))
    if opnum == op.CMP_GT:
        return int(la > lb and issubset(space, w_b, w_a))
    return -1


# --- methods ------------------------------------------------------------------------------
# Each is impl(space, w_set, args_w): args_w the arguments after the instance, checked
# against the method's Spec by the wrapper make_method() builds for set and frozenset.

def set_add(space, w_set, args_w):
    w_set.add(args_w[0])
    return space.w_None


def set_remove(space, w_set, args_w):
    w_key = lookup_key(space, args_w[0])
    if w_key not in w_set.data:
        raise key_error(space, args_w[0])
    del w_set.data[w_key]
    return space.w_None


def set_discard(space, w_set, args_w):
    w_key = lookup_key(space, args_w[0])
    if w_key in w_set.data:
        del w_set.data[w_key]
    return space.w_None


def set_pop(space, w_set, args_w):
    for w_item in w_set.data:
        del w_set.data[w_item]
        return w_item
    raise key_error(space, space.newstr('pop from an empty set'))


def set_clear(space, w_set, args_w):
    w_set.data.clear()
    return space.w_None


def set_copy(space, w_set, args_w):
    if isinstance(w_set, W_FrozenSet):
        return w_set
    return copy(space, w_set)


def set_update(space, w_set, args_w):
    for w_other in args_w:
        update(space, w_set, w_other)
    return space.w_None


def set_intersection_update(space, w_set, args_w):
    replace_items(w_set, intersection(space, w_set, args_w))
    return space.w_None


def set_difference_update(space, w_set, args_w):
    for w_other in args_w:
        discard_all(space, w_set, w_other)
    return space.w_None


def set_symmetric_difference_update(space, w_set, args_w):
    if args_w[0] is w_set:
        w_set.data.clear()
    else:
        symmetric_update(space, w_set, args_w[0])
    return space.w_None


def set_union(space, w_set, args_w):
    w_res = copy(space, w_set)
    set_update(space, w_res, args_w)
    return w_res


def set_intersection(space, w_set, args_w):
    return intersection(space, w_set, args_w)


def set_difference(space, w_set, args_w):
    w_res = copy(space, w_set)
    set_difference_update(space, w_res, args_w)
    return w_res


def set_symmetric_difference(space, w_set, args_w):
    return symmetric_difference(space, w_set, args_w[0])


def set_issubset(space, w_set, args_w):
    return space.newbool(issubset(space, w_set, args_w[0]))


def set_issuperset(space, w_set, args_w):
    return space.newbool(issuperset(space, w_set, args_w[0]))


def set_isdisjoint(space, w_set, args_w):
    return space.newbool(isdisjoint(space, w_set, args_w[0]))


# (name, parameters after $self, impl, also a method of frozenset)
METHODS = [
    ('add', 'object, /', set_add, False),
    ('remove', 'object, /', set_remove, False),
    ('discard', 'object, /', set_discard, False),
    ('pop', '/', set_pop, False),
    ('clear', '/', set_clear, False),
    ('update', '*others', set_update, False),
    ('intersection_update', '*others', set_intersection_update, False),
    ('difference_update', '*others', set_difference_update, False),
    ('symmetric_difference_update', 'other, /', set_symmetric_difference_update, False),
    ('copy', '/', set_copy, True),
    ('union', '*others', set_union, True),
    ('intersection', '*others', set_intersection, True),
    ('difference', '*others', set_difference, True),
    ('symmetric_difference', 'other, /', set_symmetric_difference, True),
    ('issubset', 'other, /', set_issubset, True),
    ('issuperset', 'other, /', set_issuperset, True),
    ('isdisjoint', 'other, /', set_isdisjoint, True),
]


def make_method(typename, name, params, impl):
    """The builtin method typename.name: checks the receiver and the arguments."""
    spec = Spec('%s.%s($self, %s)' % (typename, name, params))
    frozen = typename == 'frozenset'

    def method(space, args):
        w_self = receiver(space, args, set_type(space, frozen), name)
        assert isinstance(w_self, W_BaseSet)
        return impl(space, w_self, spec.unpack(space, args))
    method.func_name = '%s_%s' % (typename, name)
    return method


def make_special_compare(opnum):
    def special(space, args):
        w_self = special_self(space, args, CMP_SPECIAL[opnum], 1)
        res = compare(space, opnum, w_self, args.args_w[1])
        if res < 0:
            return space.w_NotImplemented
        return space.newbool(res == 1)
    special.func_name = 'set_compare_%d' % opnum
    return special


def make_special_binop(opnum):
    def special(space, args):
        w_self = special_self(space, args, BINOP_SPECIAL[opnum], 1)
        w_res = binop(space, opnum, w_self, args.args_w[1])
        if w_res is None:
            return space.w_NotImplemented
        return w_res
    special.func_name = 'set_binop_%d' % opnum
    return special


def set_type(space, frozen):
    if frozen:
        return space.w_frozenset
    return space.w_set


def method_table(typename):
    """(name, builtin impl) of the methods of set or of frozenset."""
    table = []
    for name, params, impl, shared in METHODS:
        if shared or typename == 'set':
            table.append((name, make_method(typename, name, params, impl)))
    return table


def special_table():
    """(name, builtin impl) of the special methods set and frozenset share."""
    table = [('__len__', special_len), ('__contains__', special_contains),
             ('__iter__', special_iter), ('__repr__', special_repr),
             ('__str__', special_str)]
    for opnum in [op.CMP_LT, op.CMP_LE, op.CMP_EQ, op.CMP_NE, op.CMP_GT, op.CMP_GE]:
        table.append((CMP_SPECIAL[opnum], make_special_compare(opnum)))
    for opnum in [op.OP_OR, op.OP_AND, op.OP_SUB, op.OP_XOR]:
        table.append((BINOP_SPECIAL[opnum], make_special_binop(opnum)))
    return table


SET_METHODS = method_table('set')
FROZENSET_METHODS = method_table('frozenset')
SPECIAL_METHODS = special_table()


def install(space):
    """The methods of set and frozenset, and the type of their iterator."""
    TYPES.w_set_iterator = space.make_type('set_iterator', space.w_object)
    for w_type, table in [(space.w_set, SET_METHODS), (space.w_frozenset, FROZENSET_METHODS)]:
        for name, impl in table + SPECIAL_METHODS:
            w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    space.w_set.dict_w['__hash__'] = space.w_None
    space.w_frozenset.dict_w['__hash__'] = space.wrap_builtin('__hash__', special_hash,
                                                              space.w_frozenset)


# --- the frame's instructions ----------------------------------------------------------------

def build_set(space, items_w):
    """BUILD_SET: a set of the items (hashed once all are evaluated, as in CPython)."""
    w_set = W_Set(space)
    for w_item in items_w:
        w_set.add(w_item)
    return w_set


def set_add_item(space, w_set, w_item):
    """SET_ADD."""
    assert isinstance(w_set, W_Set)
    w_set.add(w_item)


def set_update_from(space, w_set, w_iterable):
    """SET_UPDATE: `{*a}`."""
    update(space, w_set, w_iterable)
