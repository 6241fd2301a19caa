"""Builtin methods of the builtin types, installed into the types' dicts (RPython).

Each method is impl(space, args) -> W_Root; the instance is args.args_w[0]."""

import math

from rpython.rlib import listsort, rfloat
from rpython.rlib.rarithmetic import r_uint, intmask

from gclab.interp import opcodes as op
from gclab.interp.error import OperationError
from gclab.objspace.objects import (W_List, W_Dict, W_Str, W_Tuple, W_Int, W_Long, W_Float,
                                    W_Slice, W_Range)
from gclab.objspace.function import (W_ClassMethod, W_StaticMethod, W_Property, W_Method,
                                     W_BuiltinFunction)
from gclab.objspace.typeobject import W_Instance
from gclab.objspace import iterators, dictviews, numbers, strmethods
from gclab.objspace.strmethods import STR_METHODS
from gclab.objspace.argspec import Spec, plural


def install(space):
    iterators.install(space)
    for w_type, table in [(space.w_list, LIST_METHODS), (space.w_tuple, TUPLE_METHODS),
                          (space.w_dict, DICT_METHODS), (space.w_str, STR_METHODS)]:
        for name, impl in table:
            w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    w_fromkeys = space.wrap_builtin('fromkeys', dict_fromkeys, space.w_dict)
    space.w_dict.dict_w['fromkeys'] = W_ClassMethod(w_fromkeys)
    for w_type, table in [(space.w_int, INT_METHODS), (space.w_float, FLOAT_METHODS),
                          (space.w_property, PROPERTY_METHODS),
                          (space.w_range, RANGE_METHODS), (space.w_slice, SLICE_METHODS)]:
        for name, impl in table:
            w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    for w_type, table in [(space.w_int, INT_ATTRIBUTES), (space.w_float, FLOAT_ATTRIBUTES),
                          (space.w_property, PROPERTY_ATTRIBUTES),
                          (space.w_slice, SLICE_ATTRIBUTES),
                          (space.w_range, RANGE_ATTRIBUTES),
                          (space.w_method, METHOD_ATTRIBUTES)]:
        for name, impl in table:
            w_type.dict_w[name] = W_Property(space.wrap_builtin(name, impl, w_type), None)
    install_special_methods(space)
    for name, impl in OBJECT_METHODS:
        space.object_methods_w[name] = space.wrap_builtin(name, impl, space.w_object)
    w_maketrans = space.wrap_builtin('maketrans', strmethods.str_maketrans, space.w_str)
    space.w_str.dict_w['maketrans'] = W_StaticMethod(w_maketrans)


# --- argument checking ----------------------------------------------------------------
# The declared arguments of the methods (see gclab.objspace.argspec).

LIST_APPEND = Spec('list.append($self, object, /)')
LIST_POP = Spec('list.pop($self, index=-1, /)')
LIST_INSERT = Spec('list.insert($self, index, object, /)')
LIST_EXTEND = Spec('list.extend($self, iterable, /)')
LIST_REMOVE = Spec('list.remove($self, value, /)')
LIST_INDEX = Spec('list.index($self, value, start=0, stop=None, /)')
LIST_COUNT = Spec('list.count($self, value, /)')
LIST_REVERSE = Spec('list.reverse($self, /)')
LIST_COPY = Spec('list.copy($self, /)')
LIST_CLEAR = Spec('list.clear($self, /)')
TUPLE_INDEX = Spec('tuple.index($self, value, start=0, stop=None, /)')
TUPLE_COUNT = Spec('tuple.count($self, value, /)')
DICT_GET = Spec('dict.get($self, key, default=None, /)')
DICT_POP = Spec('dict.pop($self, key, default=None, /)')
DICT_POPITEM = Spec('dict.popitem($self, /)')
DICT_SETDEFAULT = Spec('dict.setdefault($self, key, default=None, /)')
DICT_COPY = Spec('dict.copy($self, /)')
DICT_CLEAR = Spec('dict.clear($self, /)')
DICT_KEYS = Spec('dict.keys($self, /)')
DICT_VALUES = Spec('dict.values($self, /)')
DICT_ITEMS = Spec('dict.items($self, /)')
DICT_FROMKEYS = Spec('dict.fromkeys($self, iterable, value=None, /)')
INT_BIT_LENGTH = Spec('int.bit_length($self, /)')
INT_BIT_COUNT = Spec('int.bit_count($self, /)')
INT_CONJUGATE = Spec('int.conjugate($self, /)')
FLOAT_IS_INTEGER = Spec('float.is_integer($self, /)')
FLOAT_AS_INTEGER_RATIO = Spec('float.as_integer_ratio($self, /)')
INT_AS_INTEGER_RATIO = Spec('int.as_integer_ratio($self, /)')
FLOAT_CONJUGATE = Spec('float.conjugate($self, /)')
RANGE_INDEX = Spec('range.index($self, value, /)')
RANGE_COUNT = Spec('range.count($self, value, /)')
PROPERTY_GETTER = Spec('property.getter($self, fget, /)')
PROPERTY_SETTER = Spec('property.setter($self, fset, /)')
PROPERTY_DELETER = Spec('property.deleter($self, fdel, /)')
SLICE_INDICES = Spec('slice.indices($self, length, /)')
TEXTIOWRAPPER_WRITE = Spec('TextIOWrapper.write($self, text, /)')
TEXTIOWRAPPER_FLUSH = Spec('TextIOWrapper.flush($self, /)')
EXCEPTION_STR = Spec('BaseException.__str__($self, /)', slot=True)
EXCEPTION_REPR = Spec('BaseException.__repr__($self, /)', slot=True)


def receiver(space, args, w_type, name):
    """The instance a method of w_type was called on, checked."""
    if not args.args_w:
        raise space.error(space.w_TypeError, 'unbound method %s.%s() needs an argument'
                          % (w_type.name, name))
    w_self = args.args_w[0]
    if not space.isinstance_w(w_self, w_type):
        raise space.error(space.w_TypeError, "descriptor '%s' for '%s' objects doesn't "
                          "apply to a '%s' object" % (name, w_type.name,
                                                      space.type(w_self).name))
    return w_self


def self_list(space, args, name):
    w_self = receiver(space, args, space.w_list, name)
    assert isinstance(w_self, W_List)
    return w_self


def self_tuple(space, args, name):
    w_self = receiver(space, args, space.w_tuple, name)
    assert isinstance(w_self, W_Tuple)
    return w_self


def self_dict(space, args, name):
    w_self = receiver(space, args, space.w_dict, name)
    assert isinstance(w_self, W_Dict)
    return w_self


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


# --- list -------------------------------------------------------------------------------

def list_append(space, args):
    w_list = self_list(space, args, 'append')
    LIST_APPEND.check(space, args)
    w_list.items_w.append(args.args_w[1])
    return space.w_None


def list_pop(space, args):
    w_list = self_list(space, args, 'pop')
    LIST_POP.check(space, args)
    items_w = w_list.items_w
    index = -1
    if len(args.args_w) > 1:
        index = space.int_w(args.args_w[1])
    if not items_w:
        raise space.error(space.w_IndexError, 'pop from empty list')
    if index < 0:
        index += len(items_w)
    if index < 0 or index >= len(items_w):
        raise space.error(space.w_IndexError, 'pop index out of range')
    return items_w.pop(index)


def list_insert(space, args):
    w_list = self_list(space, args, 'insert')
    LIST_INSERT.check(space, args)
    items_w = w_list.items_w
    index = space.int_w(args.args_w[1])
    if index < 0:
        index += len(items_w)
        if index < 0:
            index = 0
    elif index > len(items_w):
        index = len(items_w)
    items_w.insert(index, args.args_w[2])
    return space.w_None


def list_extend(space, args):
    w_list = self_list(space, args, 'extend')
    LIST_EXTEND.check(space, args)
    space.list_extend(w_list, args.args_w[1])
    return space.w_None


def list_remove(space, args):
    w_list = self_list(space, args, 'remove')
    LIST_REMOVE.check(space, args)
    items_w = w_list.items_w
    i = find_item(space, items_w, args.args_w[1], 0, len(items_w))
    if i < 0:
        raise space.error(space.w_ValueError, 'list.remove(x): x not in list')
    del items_w[i]
    return space.w_None


def list_index(space, args):
    w_list = self_list(space, args, 'index')
    LIST_INDEX.check(space, args)
    w_item = args.args_w[1]
    start, stop = search_bounds(space, args, len(w_list.items_w))
    i = find_item(space, w_list.items_w, w_item, start, stop)
    if i < 0:
        raise space.error(space.w_ValueError, '%s is not in list' % space.repr_str(w_item))
    return space.newint(i)


def list_count(space, args):
    w_list = self_list(space, args, 'count')
    LIST_COUNT.check(space, args)
    return space.newint(count_items(space, w_list.items_w, args.args_w[1]))


def list_reverse(space, args):
    w_list = self_list(space, args, 'reverse')
    LIST_REVERSE.check(space, args)
    w_list.items_w.reverse()
    return space.w_None


def list_copy(space, args):
    w_list = self_list(space, args, 'copy')
    LIST_COPY.check(space, args)
    return space.newlist(w_list.items_w[:])


def list_clear(space, args):
    w_list = self_list(space, args, 'clear')
    LIST_CLEAR.check(space, args)
    w_list.items_w = []
    return space.w_None


def list_sort(space, args):
    w_list = self_list(space, args, 'sort')
    if len(args.args_w) > 1:
        raise space.error(space.w_TypeError, 'sort() takes no positional arguments')
    w_key, reverse = sort_options(space, args)
    sort_list(space, w_list, w_key, reverse)
    return space.w_None


def sort_options(space, args):
    """The key= and reverse= keyword arguments of list.sort() and sorted()."""
    w_key = None
    reverse = False
    if args.kw_names is not None:
        n = len(args.kw_names)
        if n > 2:
            raise space.error(space.w_TypeError, 'sort() takes at most 2 keyword '
                              'arguments (%d given)' % n)
        for i in range(n):
            kw = args.kw_names[i]
            w_value = args.kw_values_w[i]
            if kw == 'key':
                if w_value is not space.w_None:
                    w_key = w_value
            elif kw == 'reverse':
                reverse = space.int_w(w_value) != 0
            else:
                raise space.error(space.w_TypeError, "'%s' is an invalid keyword argument "
                                  "for sort()" % kw)
    return w_key, reverse


def sort_lt(space, w_a, w_b):
    if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
        return w_a.intval < w_b.intval
    if isinstance(w_a, W_Str) and isinstance(w_b, W_Str):
        return w_a.strval < w_b.strval      # UTF-8 byte order is code point order
    return space.is_true(space.richcompare(op.CMP_LT, w_a, w_b))


class KeyedItem(object):
    _attrs_ = _immutable_fields_ = ['w_key', 'w_item']

    def __init__(self, w_key, w_item):
        self.w_key = w_key
        self.w_item = w_item


ItemTimSort = listsort.make_timsort_class()
KeyedTimSort = listsort.make_timsort_class()


class ItemSort(ItemTimSort):
    def __init__(self, space, items_w):
        ItemTimSort.__init__(self, items_w, len(items_w))
        self.space = space

    def lt(self, a, b):
        return sort_lt(self.space, a, b)


class KeyedSort(KeyedTimSort):
    def __init__(self, space, items):
        KeyedTimSort.__init__(self, items, len(items))
        self.space = space

    def lt(self, a, b):
        return sort_lt(self.space, a.w_key, b.w_key)


def sort_list(space, w_list, w_key, reverse):
    """Stable in-place sort, as CPython's list.sort (the list looks empty meanwhile)."""
    items_w = w_list.items_w
    w_list.items_w = []
    modified = False
    try:
        if w_key is None:
            if reverse:
                items_w.reverse()
            ItemSort(space, items_w).sort()
            if reverse:
                items_w.reverse()
        else:
            keyed = [KeyedItem(space.call_function(w_key, [w_item]), w_item)
                     for w_item in items_w]
            if reverse:
                keyed.reverse()
            KeyedSort(space, keyed).sort()
            if reverse:
                keyed.reverse()
            for i in range(len(keyed)):
                items_w[i] = keyed[i].w_item
    finally:
        modified = len(w_list.items_w) > 0
        w_list.items_w = items_w
    if modified:
        raise space.error(space.w_ValueError, 'list modified during sort')


LIST_METHODS = [
    ('append', list_append),
    ('pop', list_pop),
    ('insert', list_insert),
    ('extend', list_extend),
    ('remove', list_remove),
    ('index', list_index),
    ('count', list_count),
    ('sort', list_sort),
    ('reverse', list_reverse),
    ('copy', list_copy),
    ('clear', list_clear),
]


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


# --- dict -------------------------------------------------------------------------------

def key_error(space, w_key):
    return OperationError(space.new_exception(space.w_KeyError, [w_key]))


def dict_get(space, args):
    w_dict = self_dict(space, args, 'get')
    DICT_GET.check(space, args)
    w_default = space.w_None
    if len(args.args_w) > 2:
        w_default = args.args_w[2]
    return w_dict.data.get(args.args_w[1], w_default)


def dict_pop(space, args):
    w_dict = self_dict(space, args, 'pop')
    DICT_POP.check(space, args)
    w_key = args.args_w[1]
    w_value = w_dict.data.get(w_key, None)
    if w_value is None:
        if len(args.args_w) > 2:
            return args.args_w[2]
        raise key_error(space, w_key)
    del w_dict.data[w_key]
    return w_value


def dict_popitem(space, args):
    w_dict = self_dict(space, args, 'popitem')
    DICT_POPITEM.check(space, args)
    if not w_dict.data:
        raise key_error(space, space.newstr('popitem(): dictionary is empty'))
    w_key, w_value = w_dict.data.popitem()
    return space.newtuple([w_key, w_value])


def dict_setdefault(space, args):
    w_dict = self_dict(space, args, 'setdefault')
    DICT_SETDEFAULT.check(space, args)
    w_key = args.args_w[1]
    w_value = w_dict.data.get(w_key, None)
    if w_value is None:
        w_value = space.w_None
        if len(args.args_w) > 2:
            w_value = args.args_w[2]
        w_dict.data[w_key] = w_value
    return w_value


def dict_update(space, args):
    w_dict = self_dict(space, args, 'update')
    n = len(args.args_w) - 1
    if n > 1:
        raise space.error(space.w_TypeError, 'update expected at most 1 argument, got %d'
                          % n)
    if n == 1:
        update_from(space, w_dict, args.args_w[1])
    update_from_keywords(space, w_dict, args)
    return space.w_None


def update_from(space, w_dict, w_other):
    """d.update(w_other) for a dict, a mapping (has keys()) or an iterable of pairs."""
    assert isinstance(w_dict, W_Dict)
    if isinstance(w_other, W_Dict):
        for w_key, w_value in w_other.data.items():
            w_dict.data[w_key] = w_value
        return
    w_keys = space.lookup_special_or_none(w_other, 'keys')
    if w_keys is not None:
        for w_key in space.listview(space.call_function(w_keys, [])):
            w_dict.data[w_key] = space.getitem(w_other, w_key)
        return
    w_iter = space.iter(w_other)
    index = 0
    while True:
        w_pair = space.next(w_iter)
        if w_pair is None:
            break
        if isinstance(w_pair, W_Tuple):
            pair_w = w_pair.items_w
        elif isinstance(w_pair, W_List):
            pair_w = w_pair.items_w
        else:
            try:
                w_pair_iter = space.iter(w_pair)
            except OperationError as e:
                if space.exception_is(e.w_value, space.w_TypeError):
                    raise space.error(space.w_TypeError, 'cannot convert dictionary update '
                                      'sequence element #%d to a sequence' % index)
                raise
            pair_w = space.listview(w_pair_iter)
        if len(pair_w) != 2:
            raise space.error(space.w_ValueError, 'dictionary update sequence element #%d '
                              'has length %d; 2 is required' % (index, len(pair_w)))
        w_dict.data[pair_w[0]] = pair_w[1]
        index += 1


def update_from_keywords(space, w_dict, args):
    assert isinstance(w_dict, W_Dict)
    if args.kw_names is not None:
        for i in range(len(args.kw_names)):
            w_dict.data[space.newstr(args.kw_names[i])] = args.kw_values_w[i]


def dict_copy(space, args):
    w_dict = self_dict(space, args, 'copy')
    DICT_COPY.check(space, args)
    w_copy = space.newdict()
    for w_key, w_value in w_dict.data.items():
        w_copy.data[w_key] = w_value
    return w_copy


def dict_clear(space, args):
    w_dict = self_dict(space, args, 'clear')
    DICT_CLEAR.check(space, args)
    w_dict.data.clear()
    return space.w_None


def dict_keys(space, args):
    w_dict = self_dict(space, args, 'keys')
    DICT_KEYS.check(space, args)
    return dictviews.W_DictView(w_dict, dictviews.KEYS)


def dict_values(space, args):
    w_dict = self_dict(space, args, 'values')
    DICT_VALUES.check(space, args)
    return dictviews.W_DictView(w_dict, dictviews.VALUES)


def dict_items(space, args):
    w_dict = self_dict(space, args, 'items')
    DICT_ITEMS.check(space, args)
    return dictviews.W_DictView(w_dict, dictviews.ITEMS)


def dict_fromkeys(space, args):
    """dict.fromkeys(iterable, value=None): a classmethod, args_w[0] is the class."""
    DICT_FROMKEYS.check(space, args)
    w_value = space.w_None
    if len(args.args_w) > 2:
        w_value = args.args_w[2]
    w_dict = space.newdict()
    w_iter = space.iter(args.args_w[1])
    while True:
        w_key = space.next(w_iter)
        if w_key is None:
            break
        w_dict.data[w_key] = w_value
    return w_dict


DICT_METHODS = [
    ('get', dict_get),
    ('pop', dict_pop),
    ('popitem', dict_popitem),
    ('setdefault', dict_setdefault),
    ('update', dict_update),
    ('copy', dict_copy),
    ('clear', dict_clear),
    ('keys', dict_keys),
    ('values', dict_values),
    ('items', dict_items),
]


# --- int and float ------------------------------------------------------------------------

def self_int(space, args, name):
    w_self = receiver(space, args, space.w_int, name)
    assert numbers.is_int(w_self)
    return w_self


def self_float(space, args, name):
    w_self = receiver(space, args, space.w_float, name)
    assert isinstance(w_self, W_Float)
    return w_self


def plain_int(space, w_int):
    """The value of an int or a bool, as an int."""
    if isinstance(w_int, W_Int):
        return space.newint(w_int.intval)
    return w_int


def int_bit_length(space, args):
    w_self = self_int(space, args, 'bit_length')
    INT_BIT_LENGTH.check(space, args)
    if isinstance(w_self, W_Int):
        u = r_uint(w_self.intval)
        if w_self.intval < 0:
            u = r_uint(0) - u
        n = 0
        while u:
            u >>= 1
            n += 1
        return space.newint(n)
    return space.newint(numbers.bigint_of(w_self).abs().bit_length())


def int_bit_count(space, args):
    w_self = self_int(space, args, 'bit_count')
    INT_BIT_COUNT.check(space, args)
    if isinstance(w_self, W_Int):
        u = r_uint(w_self.intval)
        if w_self.intval < 0:
            u = r_uint(0) - u
        n = 0
        while u:
            n += intmask(u & r_uint(1))
            u >>= 1
        return space.newint(n)
    num = numbers.bigint_of(w_self).abs()
    n = 0
    while num.sign != 0:
        if num.int_and_(1).tobool():
            n += 1
        num = num.rshift(1)
    return space.newint(n)


def int_conjugate(space, args):
    w_self = self_int(space, args, 'conjugate')
    INT_CONJUGATE.check(space, args)
    return plain_int(space, w_self)


def int_real(space, args):
    return plain_int(space, self_int(space, args, 'real'))


def int_imag(space, args):
    self_int(space, args, 'imag')
    return space.newint(0)


def int_denominator(space, args):
    self_int(space, args, 'denominator')
    return space.newint(1)


def float_is_integer(space, args):
    w_self = self_float(space, args, 'is_integer')
    FLOAT_IS_INTEGER.check(space, args)
    x = w_self.floatval
    return space.newbool(rfloat.isfinite(x) and math.floor(x) == x)


def float_as_integer_ratio(space, args):
    from rpython.rlib.rbigint import rbigint
    w_self = self_float(space, args, 'as_integer_ratio')
    FLOAT_AS_INTEGER_RATIO.check(space, args)
    x = w_self.floatval
    if rfloat.isinf(x):
        raise space.error(space.w_OverflowError, 'cannot convert Infinity to integer ratio')
    if rfloat.isnan(x):
        raise space.error(space.w_ValueError, 'cannot convert NaN to integer ratio')
    m, e = math.frexp(x)
    for i in range(300):        # 53 doublings make any mantissa integral
        if m == math.floor(m):
            break
        m *= 2.0
        e -= 1
    num = rbigint.fromfloat(m)
    den = rbigint.fromint(1)
    if e > 0:
        num = num.lshift(e)
    else:
        den = den.lshift(-e)
    return space.newtuple([space.newlong(num), space.newlong(den)])


def int_as_integer_ratio(space, args):
    w_self = self_int(space, args, 'as_integer_ratio')
    INT_AS_INTEGER_RATIO.check(space, args)
    return space.newtuple([plain_int(space, w_self), space.newint(1)])


def float_conjugate(space, args):
    w_self = self_float(space, args, 'conjugate')
    FLOAT_CONJUGATE.check(space, args)
    return w_self


def float_real(space, args):
    return self_float(space, args, 'real')


def float_imag(space, args):
    self_float(space, args, 'imag')
    return space.newfloat(0.0)


INT_METHODS = [('bit_length', int_bit_length), ('bit_count', int_bit_count),
               ('conjugate', int_conjugate), ('as_integer_ratio', int_as_integer_ratio)]
INT_ATTRIBUTES = [('real', int_real), ('imag', int_imag), ('numerator', int_real),
                  ('denominator', int_denominator)]
FLOAT_METHODS = [('is_integer', float_is_integer), ('conjugate', float_conjugate),
                 ('as_integer_ratio', float_as_integer_ratio)]
FLOAT_ATTRIBUTES = [('real', float_real), ('imag', float_imag)]


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


# --- property, slice, bound methods ----------------------------------------------------------

def self_property(space, args, name):
    w_self = receiver(space, args, space.w_property, name)
    assert isinstance(w_self, W_Property)
    return w_self


def none_or(space, w_obj):
    if w_obj is None:
        return space.w_None
    return w_obj


def function_arg(space, w_func):
    if w_func is space.w_None:
        return None
    return w_func


def property_getter(space, args):
    w_prop = self_property(space, args, 'getter')
    PROPERTY_GETTER.check(space, args)
    return W_Property(function_arg(space, args.args_w[1]), w_prop.w_fset, w_prop.w_fdel,
                      w_prop.w_doc)


def property_setter(space, args):
    w_prop = self_property(space, args, 'setter')
    PROPERTY_SETTER.check(space, args)
    return W_Property(w_prop.w_fget, function_arg(space, args.args_w[1]), w_prop.w_fdel,
                      w_prop.w_doc)


def property_deleter(space, args):
    w_prop = self_property(space, args, 'deleter')
    PROPERTY_DELETER.check(space, args)
    return W_Property(w_prop.w_fget, w_prop.w_fset, function_arg(space, args.args_w[1]),
                      w_prop.w_doc)


def property_fget(space, args):
    return none_or(space, self_property(space, args, 'fget').w_fget)


def property_fset(space, args):
    return none_or(space, self_property(space, args, 'fset').w_fset)


def property_fdel(space, args):
    return none_or(space, self_property(space, args, 'fdel').w_fdel)


def property_doc(space, args):
    return none_or(space, self_property(space, args, '__doc__').w_doc)


PROPERTY_METHODS = [('getter', property_getter), ('setter', property_setter),
                    ('deleter', property_deleter)]
PROPERTY_ATTRIBUTES = [('fget', property_fget), ('fset', property_fset),
                       ('fdel', property_fdel), ('__doc__', property_doc)]


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
    from gclab.objspace import seqops
    w_slice = self_slice(space, args, 'indices')
    SLICE_INDICES.check(space, args)
    length = space.int_w(args.args_w[1])
    if length < 0:
        raise space.error(space.w_ValueError, 'length should not be negative')
    start, stop, step, count = seqops.slice_indices(space, w_slice, length)
    return space.newtuple([space.newint(start), space.newint(stop), space.newint(step)])


SLICE_METHODS = [('indices', slice_indices)]
SLICE_ATTRIBUTES = [('start', slice_start), ('stop', slice_stop), ('step', slice_step)]


def self_method(space, args, name):
    w_self = receiver(space, args, space.w_method, name)
    assert isinstance(w_self, W_Method)
    return w_self


def method_self(space, args):
    return self_method(space, args, '__self__').w_self


def method_func(space, args):
    return self_method(space, args, '__func__').w_func


def method_name(space, args):
    return space.getattr(self_method(space, args, '__name__').w_func, '__name__')


METHOD_ATTRIBUTES = [('__self__', method_self), ('__func__', method_func),
                     ('__name__', method_name)]


# --- special methods of the builtin types ------------------------------------------------
# x.__len__(), int.__add__(1, 2), Exception.__str__(self)...: explicit calls of the special
# methods; the operators themselves never look these up (they dispatch on the W_ class).

SEQ_TYPES = 0       # str, list, tuple
NUM_TYPES = 1       # int, float


def install_special_methods(space):
    from gclab.objspace.iterators import TYPES
    containers = [space.w_str, space.w_list, space.w_tuple, space.w_dict, space.w_range]
    for w_type in containers:
        for name, impl in [('__len__', special_len), ('__getitem__', special_getitem),
                           ('__contains__', special_contains), ('__iter__', special_iter)]:
            w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    for w_type in [space.w_list, space.w_dict]:
        for name, impl in [('__setitem__', special_setitem), ('__delitem__', special_delitem)]:
            w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
        w_type.dict_w['__hash__'] = space.w_None
    for w_type in containers + [space.w_int, space.w_float]:
        for i in range(len(COMPARE_NAMES)):
            name = COMPARE_NAMES[i]
            w_type.dict_w[name] = space.wrap_builtin(name, COMPARE_IMPLS[i], w_type)
        for name, impl in [('__repr__', special_repr), ('__str__', special_str)]:
            w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    for w_type in [space.w_str, space.w_int, space.w_float, space.w_tuple]:
        w_type.dict_w['__hash__'] = space.wrap_builtin('__hash__', special_hash, w_type)
    for w_type in [space.w_str, space.w_list, space.w_tuple]:
        for name, impl in [('__add__', special_add), ('__mul__', special_mul)]:
            w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    for w_type in [space.w_int, space.w_float]:
        for i in range(len(ARITH_NAMES)):
            name = ARITH_NAMES[i]
            w_type.dict_w[name] = space.wrap_builtin(name, ARITH_IMPLS[i], w_type)
    for w_type in [space.w_int, space.w_float]:
        for name, impl in NUMBER_UNARY:
            w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    for name, impl in [('__invert__', special_invert), ('__index__', special_int)]:
        space.w_int.dict_w[name] = space.wrap_builtin(name, impl, space.w_int)
    for name, impl in [('__str__', exception_str), ('__repr__', exception_repr)]:
        space.w_BaseException.dict_w[name] = space.wrap_builtin(name, impl,
                                                               space.w_BaseException)
    space.w_KeyError.dict_w['__str__'] = space.wrap_builtin('__str__', key_error_str,
                                                           space.w_KeyError)


def special_self(space, args, name, nargs):
    """The receiver of a special method of a builtin type (checked by its owner)."""
    if not args.args_w:
        raise space.error(space.w_TypeError, "descriptor '%s' needs an argument" % name)
    n = len(args.args_w) - 1
    if args.has_keywords():
        raise space.error(space.w_TypeError, '%s() takes no keyword arguments' % name)
    if n != nargs:
        if nargs == 0:
            raise space.error(space.w_TypeError, 'expected 0 arguments, got %d' % n)
        if nargs == 1:
            raise space.error(space.w_TypeError, 'expected 1 argument, got %d' % n)
        raise space.error(space.w_TypeError, 'expected %d arguments, got %d' % (nargs, n))
    return args.args_w[0]


def special_len(space, args):
    return space.newint(space.len_w(special_self(space, args, '__len__', 0)))


def special_getitem(space, args):
    w_self = special_self(space, args, '__getitem__', 1)
    return space.getitem(w_self, args.args_w[1])


def special_setitem(space, args):
    w_self = special_self(space, args, '__setitem__', 2)
    space.setitem(w_self, args.args_w[1], args.args_w[2])
    return space.w_None


def special_delitem(space, args):
    w_self = special_self(space, args, '__delitem__', 1)
    space.delitem(w_self, args.args_w[1])
    return space.w_None


def special_contains(space, args):
    w_self = special_self(space, args, '__contains__', 1)
    return space.newbool(space.contains(w_self, args.args_w[1]))


def special_iter(space, args):
    return space.iter(special_self(space, args, '__iter__', 0))


def special_repr(space, args):
    return space.repr(special_self(space, args, '__repr__', 0))


def special_str(space, args):
    return space.str(special_self(space, args, '__str__', 0))


def special_hash(space, args):
    return space.newint(space.hash_w(special_self(space, args, '__hash__', 0)))


def same_kind(space, w_self, w_other):
    """Whether the builtin method of w_self's type handles w_other (else
    NotImplemented): an int handles ints, a float numbers, a str/list/tuple/dict/range
    its own type."""
    if numbers.is_int(w_self):
        return numbers.is_int(w_other)
    if isinstance(w_self, W_Float):
        return numbers.is_number(w_other)
    return space.type(w_self) is space.type(w_other)


def special_compare(space, args, opnum):
    from gclab.objspace.space import CMP_SPECIAL
    w_self = special_self(space, args, CMP_SPECIAL[opnum], 1)
    w_other = args.args_w[1]
    if not same_kind(space, w_self, w_other):
        return space.w_NotImplemented
    if isinstance(w_self, W_Dict) and opnum != op.CMP_EQ and opnum != op.CMP_NE:
        return space.w_NotImplemented
    if isinstance(w_self, W_Range) and opnum != op.CMP_EQ and opnum != op.CMP_NE:
        return space.w_NotImplemented
    return space.richcompare(opnum, w_self, w_other)


def special_lt(space, args):
    return special_compare(space, args, op.CMP_LT)


def special_le(space, args):
    return special_compare(space, args, op.CMP_LE)


def special_eq(space, args):
    return special_compare(space, args, op.CMP_EQ)


def special_ne(space, args):
    return special_compare(space, args, op.CMP_NE)


def special_gt(space, args):
    return special_compare(space, args, op.CMP_GT)


def special_ge(space, args):
    return special_compare(space, args, op.CMP_GE)


COMPARE_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__']
COMPARE_IMPLS = [special_lt, special_le, special_eq, special_ne, special_gt, special_ge]


def special_add(space, args):
    w_self = special_self(space, args, '__add__', 1)
    w_other = args.args_w[1]
    if isinstance(w_other, W_Instance):
        return space.w_NotImplemented
    from gclab.objspace import seqops
    return seqops.seq_binop(space, op.OP_ADD, w_self, w_other)


def special_mul(space, args):
    w_self = special_self(space, args, '__mul__', 1)
    w_other = args.args_w[1]
    if isinstance(w_other, W_Int):
        return space.binop(op.OP_MUL, w_self, w_other)
    if isinstance(w_other, W_Long):
        raise space.error(space.w_OverflowError,
                          "cannot fit 'int' into an index-sized integer")
    if isinstance(w_other, W_Instance):
        # the operators look this up for `seq * instance`: let __rmul__ have its turn
        return space.w_NotImplemented
    raise space.error(space.w_TypeError, "'%s' object cannot be interpreted as an integer"
                      % space.type(w_other).name)


def special_arith(space, args, opnum):
    from gclab.objspace.space import BINOP_SPECIAL
    w_self = special_self(space, args, BINOP_SPECIAL[opnum], 1)
    w_other = args.args_w[1]
    if not same_kind(space, w_self, w_other):
        return space.w_NotImplemented
    w_res = numbers.number_binop(space, opnum, w_self, w_other)
    if w_res is None:
        return space.w_NotImplemented
    return w_res


def special_arith_add(space, args):
    return special_arith(space, args, op.OP_ADD)


def special_arith_sub(space, args):
    return special_arith(space, args, op.OP_SUB)


def special_arith_mul(space, args):
    return special_arith(space, args, op.OP_MUL)


def special_arith_truediv(space, args):
    return special_arith(space, args, op.OP_TRUEDIV)


def special_arith_floordiv(space, args):
    return special_arith(space, args, op.OP_FLOORDIV)


def special_arith_mod(space, args):
    return special_arith(space, args, op.OP_MOD)


ARITH_NAMES = ['__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__']
ARITH_IMPLS = [special_arith_add, special_arith_sub, special_arith_mul,
               special_arith_truediv, special_arith_floordiv, special_arith_mod]


def special_number(space, args, name):
    w_self = special_self(space, args, name, 0)
    if not numbers.is_number(w_self):
        raise space.error(space.w_TypeError, "descriptor '%s' requires a number, not '%s'"
                          % (name, space.type(w_self).name))
    return w_self


def special_neg(space, args):
    return space.unaryop(op.UN_NEG, special_number(space, args, '__neg__'))


def special_pos(space, args):
    w_self = special_number(space, args, '__pos__')
    if isinstance(w_self, W_Float):
        return w_self
    return plain_int(space, w_self)


def special_invert(space, args):
    return space.unaryop(op.UN_INVERT, special_number(space, args, '__invert__'))


def special_abs(space, args):
    w_self = special_number(space, args, '__abs__')
    if isinstance(w_self, W_Float):
        return space.newfloat(abs(w_self.floatval))
    if space.is_true(space.compare(op.CMP_LT, w_self, space.newint(0))):
        return space.unaryop(op.UN_NEG, w_self)
    return plain_int(space, w_self)


def special_int(space, args):
    w_self = special_number(space, args, '__int__')
    if isinstance(w_self, W_Float):
        return numbers.float_to_int(space, w_self.floatval)
    return plain_int(space, w_self)


def special_float(space, args):
    w_self = special_number(space, args, '__float__')
    return space.newfloat(numbers.float_of(space, w_self))


def special_bool(space, args):
    return space.newbool(space.is_true(special_number(space, args, '__bool__')))


NUMBER_UNARY = [('__neg__', special_neg), ('__pos__', special_pos), ('__abs__', special_abs),
                ('__int__', special_int), ('__float__', special_float),
                ('__bool__', special_bool)]


def self_exception(space, args, name, spec):
    from gclab.objspace.typeobject import W_ExceptionObject
    w_self = receiver(space, args, space.w_BaseException, name)
    assert isinstance(w_self, W_ExceptionObject)
    spec.check(space, args)
    return w_self


def exception_str(space, args):
    """BaseException.__str__: the argument, '' or the repr of the arguments."""
    args_w = self_exception(space, args, '__str__', EXCEPTION_STR).args_w
    if len(args_w) == 0:
        return space.newstr('')
    if len(args_w) == 1:
        return space.str(args_w[0])
    return space.repr(space.newtuple(args_w))


def key_error_str(space, args):
    w_exc = self_exception(space, args, '__str__', EXCEPTION_STR)
    if not space.exception_is(w_exc, space.w_KeyError):
        raise space.error(space.w_TypeError, "descriptor '__str__' for 'KeyError' objects "
                          "doesn't apply to a '%s' object" % space.type(w_exc).name)
    return space.newstr(w_exc.default_str(space))


def exception_repr(space, args):
    return space.newstr(self_exception(space, args, '__repr__', EXCEPTION_REPR).default_repr(space))


# --- object's methods ------------------------------------------------------------------------
# object.__setattr__(self, k, v), super().__setattr__(k, v), object.__repr__(self)...: found
# after the MRO (space.object_methods_w), so that the operators keep their own defaults.

def object_self(space, args, name, nargs):
    if len(args.args_w) == 0:
        raise space.error(space.w_TypeError, "descriptor '%s' of 'object' object needs an "
                          "argument" % name)
    if args.has_keywords():
        raise space.error(space.w_TypeError, '%s() takes no keyword arguments' % name)
    n = len(args.args_w) - 1
    if n != nargs:
        raise space.error(space.w_TypeError, 'expected %d argument%s, got %d'
                          % (nargs, plural(nargs), n))
    return args.args_w[0]


def attribute_name(space, w_name):
    if not isinstance(w_name, W_Str):
        raise space.error(space.w_TypeError, "attribute name must be string, not '%s'"
                          % space.type(w_name).name)
    return w_name.strval


def object_setattr(space, args):
    w_self = object_self(space, args, '__setattr__', 2)
    name = attribute_name(space, args.args_w[1])
    if isinstance(w_self, W_Instance):
        space.generic_setattr(w_self, name, args.args_w[2])
    else:
        space.setattr(w_self, name, args.args_w[2])
    return space.w_None


def object_delattr(space, args):
    w_self = object_self(space, args, '__delattr__', 1)
    space.generic_delattr(w_self, attribute_name(space, args.args_w[1]))
    return space.w_None


def object_getattribute(space, args):
    w_self = object_self(space, args, '__getattribute__', 1)
    return space.getattr(w_self, attribute_name(space, args.args_w[1]))


def object_init(space, args):
    if len(args.args_w) != 1 or args.has_keywords():
        raise space.error(space.w_TypeError, 'object.__init__() takes exactly one argument '
                          '(the instance to initialize)')
    return space.w_None


def object_repr(space, args):
    w_self = object_self(space, args, '__repr__', 0)
    if isinstance(w_self, W_Instance):
        w_type = space.type(w_self)
        prefix = '' if w_type.builtin else '__main__.'
        return space.newstr('<%s%s object at 0x%x>' % (prefix, w_type.name,
                                                        space.id_of(w_self)))
    return space.repr(w_self)


def object_str(space, args):
    return space.repr(object_self(space, args, '__str__', 0))


def object_eq(space, args):
    w_self = object_self(space, args, '__eq__', 1)
    if w_self is args.args_w[1]:
        return space.w_True
    return space.w_NotImplemented


def object_ne(space, args):
    """The inverse of type(self).__eq__(self, other), unless that is NotImplemented."""
    w_self = object_self(space, args, '__ne__', 1)
    w_other = args.args_w[1]
    w_eq = space.type(w_self).lookup('__eq__')
    if w_eq is None or isinstance(w_eq, W_BuiltinFunction):
        if w_self is w_other:
            return space.w_False
        return space.w_NotImplemented
    w_res = space.call_function(space.bind(w_eq, w_self), [w_other])
    if w_res is space.w_NotImplemented:
        return w_res
    return space.newbool(not space.is_true(w_res))


def object_hash(space, args):
    w_self = object_self(space, args, '__hash__', 0)
    if isinstance(w_self, W_Instance):
        return space.newint(space.id_of(w_self))
    return space.newint(space.hash_w(w_self))


OBJECT_METHODS = [('__setattr__', object_setattr), ('__delattr__', object_delattr),
                  ('__getattribute__', object_getattribute), ('__init__', object_init),
                  ('__repr__', object_repr), ('__str__', object_str), ('__eq__', object_eq),
                  ('__ne__', object_ne), ('__hash__', object_hash)]


# --- sys.stdout and sys.stderr -------------------------------------------------------------

def self_stream(space, args, name):
    from gclab.objspace.modules import W_TextStream
    w_self = receiver(space, args, iterators.TYPES.w_TextIOWrapper, name)
    assert isinstance(w_self, W_TextStream)
    return w_self


def stream_write(space, args):
    w_stream = self_stream(space, args, 'write')
    TEXTIOWRAPPER_WRITE.check(space, args)
    w_text = args.args_w[1]
    if not isinstance(w_text, W_Str):
        raise space.error(space.w_TypeError, 'write() argument must be str, not %s'
                          % space.type(w_text).name)
    w_stream.write(space, w_text.strval)
    from gclab.objspace.builtins import codepoint_count
    return space.newint(codepoint_count(w_text.strval))


def stream_flush(space, args):
    w_stream = self_stream(space, args, 'flush')
    TEXTIOWRAPPER_FLUSH.check(space, args)
    w_stream.flush(space)
    return space.w_None


STREAM_METHODS = [('write', stream_write), ('flush', stream_flush)]

