"""The builtin iterator types map, filter, zip, enumerate and reversed,
iter(callable, sentinel), and W_SeqIterator, iter() of a list, a tuple or a str (RPython).

The types these objects report (and the dict view types of gclab.objspace.dictviews and
the stream type of sys.stdout) are created by install() and kept in TYPES."""

from rpython.rlib.rarithmetic import r_uint, intmask

from gclab.interp import opcodes as op
from gclab.interp import util
from gclab.objspace import freethreading, gcslots
from gclab.interp.error import OperationError
from gclab.objspace.objects import W_Root
from gclab.objspace.strobject import W_Str, code_points
from gclab.objspace.tupleobject import W_Tuple
from gclab.objspace.listobject import W_List, self_list
from gclab.objspace.rangeobject import W_Range, W_RangeIterator, range_item
from gclab.objspace.dictobject import reversed_iter
from gclab.objspace.typeobject import W_Instance, W_Type
from gclab.objspace.bytesobject import W_AbstractBytes
from gclab.objspace.memoryviewobject import W_MemoryView
from gclab.objspace.itertypes import TYPES, W_Iterator
from gclab.objspace.argspec import Spec


class W_SeqIterator(W_Root):
    """Iterator over a list, a tuple or a str (by index; sees list growth as CPython)."""
    _attrs_ = ['w_seq', 'index', 'gc_slot']

    def __init__(self, w_seq):
        self.w_seq = w_seq          # None once cleared by the cycle collector
        self.index = 0
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track_holder(self, w_seq)

    def getclass(self, space):
        w_seq = self.w_seq
        if isinstance(w_seq, W_List):
            return space.w_list_iterator
        if isinstance(w_seq, W_Tuple):
            return space.w_tuple_iterator
        if isinstance(w_seq, W_Str):
            for c in w_seq.utf8():
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
            held = freethreading.lock(w_seq)
            try:
                if i >= len(w_seq.items_w):
                    return None
                self.index = i + 1
                return w_seq.items_w[i]
            finally:
                freethreading.unlock(w_seq, held)
        if isinstance(w_seq, W_Tuple):
            if i >= len(w_seq.items_w):
                return None
            self.index = i + 1
            return w_seq.items_w[i]
        if isinstance(w_seq, W_Str):
            s = w_seq.utf8()
            if i >= len(s):
                return None
            end = util.cp_next(s, i)
            assert i >= 0
            self.index = end
            return space.newstr(s[i:end])
        return None


def install(space):
    """Create the types (one set per space: the last space created is the live one)."""
    def new(name):
        return space.make_type(name, space.w_object)
    t = TYPES
    t.w_map = new('map')
    t.w_filter = new('filter')
    t.w_zip = new('zip')
    t.w_enumerate = new('enumerate')
    t.w_reversed = new('reversed')
    t.w_list_reverseiterator = new('list_reverseiterator')
    t.w_callable_iterator = new('callable_iterator')
    t.w_dict_keys = new('dict_keys')
    t.w_dict_values = new('dict_values')
    t.w_dict_items = new('dict_items')
    t.w_dict_keyiterator = new('dict_keyiterator')
    t.w_dict_valueiterator = new('dict_valueiterator')
    t.w_dict_itemiterator = new('dict_itemiterator')
    t.w_dict_reversekeyiterator = new('dict_reversekeyiterator')
    t.w_dict_reversevalueiterator = new('dict_reversevalueiterator')
    t.w_dict_reverseitemiterator = new('dict_reverseitemiterator')
    t.w_TextIOWrapper = new('TextIOWrapper')
    # __iter__ and __next__, so that it.__next__() and iter(it) work on every iterator
    for w_type in [space.w_iterator, space.w_list_iterator, space.w_tuple_iterator,
                   space.w_str_iterator, space.w_str_ascii_iterator, space.w_range_iterator,
                   t.w_map, t.w_filter, t.w_zip, t.w_enumerate,
                   t.w_reversed, t.w_list_reverseiterator, t.w_callable_iterator,
                   t.w_dict_keyiterator, t.w_dict_valueiterator, t.w_dict_itemiterator,
                   t.w_dict_reversekeyiterator, t.w_dict_reversevalueiterator,
                   t.w_dict_reverseitemiterator]:
        w_type.dict_w['__iter__'] = space.wrap_builtin('__iter__', iter_self, w_type)
        w_type.dict_w['__next__'] = space.wrap_builtin('__next__', iter_next, w_type)
    # __length_hint__ where CPython's iterator has one (operator.length_hint reads it)
    for w_type in [space.w_list_iterator, space.w_tuple_iterator, space.w_str_iterator,
                   space.w_str_ascii_iterator, space.w_range_iterator,
                   t.w_reversed, t.w_list_reverseiterator,
                   t.w_dict_keyiterator, t.w_dict_valueiterator, t.w_dict_itemiterator,
                   t.w_dict_reversekeyiterator, t.w_dict_reversevalueiterator,
                   t.w_dict_reverseitemiterator]:
        w_type.dict_w['__length_hint__'] = space.wrap_builtin('__length_hint__',
                                                              iter_length_hint, w_type)


LIST_REVERSED = Spec('list.__reversed__($self, /)', slot=True)


def list_reversed(space, args):
    """list.__reversed__ (installed by methods.py with list's other methods; here, as
    the reverse iterator is this layer's): what reversed() gives for the list."""
    w_list = self_list(space, args, '__reversed__')
    LIST_REVERSED.check(space, args)
    return W_Reversed(w_list, w_list.length(space) - 1, True)


ITER_SELF = Spec('iterator.__iter__($self, /)', slot=True)
ITER_NEXT = Spec('iterator.__next__($self, /)', slot=True)


def iter_self(space, args):
    ITER_SELF.check(space, args)
    return args.args_w[0]


def iter_next(space, args):
    ITER_NEXT.check(space, args)
    w_item = space.next(args.args_w[0])
    if w_item is None:
        raise OperationError(space.new_exception(space.w_StopIteration, []))
    return w_item


ITER_LENGTH_HINT = Spec('iterator.__length_hint__($self, /)')


def remaining(space, w_it):
    """How many items the iterator w_it has left (0 once exhausted)."""
    from gclab.objspace.dictviews import W_DictIterator
    if isinstance(w_it, W_SeqIterator):
        w_seq = w_it.w_seq
        if isinstance(w_seq, W_List):
            return max(0, w_seq.length(space) - w_it.index)
        if isinstance(w_seq, W_Tuple):
            return max(0, len(w_seq.items_w) - w_it.index)
        if isinstance(w_seq, W_Str):
            i = w_it.index
            assert i >= 0
            return util.cp_count(w_seq.utf8()[i:])
        return 0
    if isinstance(w_it, W_RangeIterator):
        return max(0, w_it.remaining)
    if isinstance(w_it, W_Reversed):
        if w_it.index < 0:
            return 0
        w_seq = w_it.w_seq
        if isinstance(w_seq, W_List) and w_it.index >= w_seq.length(space):
            return 0
        return w_it.index + 1
    if isinstance(w_it, W_DictIterator):
        if w_it.w_dict is None:
            return 0
        return max(0, len(w_it.keys_w) - w_it.index)
    raise space.error(space.w_TypeError, 'iterator has no length hint')


def iter_length_hint(space, args):
    ITER_LENGTH_HINT.check(space, args)
    return space.newint(remaining(space, args.args_w[0]))


def no_keywords(space, args, name):
    if args.has_keywords():
        raise space.error(space.w_TypeError, '%s() takes no keyword arguments' % name)


# --- map, filter, zip, enumerate --------------------------------------------------------

class W_Map(W_Iterator):
    _attrs_ = ['w_func', 'iters_w', 'gc_slot']

    def __init__(self, w_func, iters_w):
        self.w_func = w_func
        self.iters_w = iters_w      # [] once cleared by the cycle collector
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track_holder_of(self, w_func, iters_w)

    def getclass(self, space):
        return TYPES.w_map

    def next(self, space):
        if not self.iters_w:
            return None
        args_w = []
        for w_iter in self.iters_w:
            w_item = space.next(w_iter)
            if w_item is None:
                return None
            args_w.append(w_item)
        return space.call_function(self.w_func, args_w)


def new_map(space, args):
    no_keywords(space, args, 'map')
    args_w = args.args_w
    if len(args_w) < 2:
        raise space.error(space.w_TypeError, 'map() must have at least two arguments.')
    iters_w = [space.iter(args_w[i]) for i in range(1, len(args_w))]
    return W_Map(args_w[0], iters_w)


class W_Filter(W_Iterator):
    _attrs_ = ['w_func', 'w_iter', 'gc_slot']

    def __init__(self, w_func, w_iter):
        self.w_func = w_func        # None: keep the true items
        self.w_iter = w_iter        # None once cleared by the cycle collector
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track_holder(self, w_func, w_iter)

    def getclass(self, space):
        return TYPES.w_filter

    def next(self, space):
        while True:
            if self.w_iter is None:
                return None
            w_item = space.next(self.w_iter)
            if w_item is None:
                return None
            if self.w_func is None:
                keep = space.is_true(w_item)
            else:
                keep = space.is_true(space.call_function(self.w_func, [w_item]))
            if keep:
                return w_item


def new_filter(space, args):
    no_keywords(space, args, 'filter')
    args_w = args.args_w
    if len(args_w) != 2:
        raise space.error(space.w_TypeError, 'filter expected 2 arguments, got %d'
                          % len(args_w))
    w_func = args_w[0]
    if w_func is space.w_None:
        w_func = None
    return W_Filter(w_func, space.iter(args_w[1]))


class W_Zip(W_Iterator):
    _attrs_ = ['iters_w', 'strict', 'gc_slot']

    def __init__(self, iters_w, strict):
        self.iters_w = iters_w
        self.strict = strict
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track_holder_of(self, None, iters_w)

    def getclass(self, space):
        return TYPES.w_zip

    def next(self, space):
        n = len(self.iters_w)
        if n == 0:
            return None
        items_w = [None] * n
        for i in range(n):
            w_item = space.next(self.iters_w[i])
            if w_item is None:
                if self.strict:
                    self.check_lengths(space, i)
                return None
            items_w[i] = w_item
        return space.newtuple(items_w)

    def check_lengths(self, space, i):
        """Iterator i is exhausted: strict=True requires all the others to be too."""
        if i > 0:
            raise space.error(space.w_ValueError, 'zip() argument %d is shorter than %s'
                              % (i + 1, arguments_upto(i)))
        for j in range(1, len(self.iters_w)):
            if space.next(self.iters_w[j]) is not None:
                raise space.error(space.w_ValueError, 'zip() argument %d is longer than %s'
                                  % (j + 1, arguments_upto(j)))


def arguments_upto(n):
    if n == 1:
        return 'argument 1'
    return 'arguments 1-%d' % n


def new_zip(space, args):
    strict = False
    if args.kw_names is not None:
        for i in range(len(args.kw_names)):
            if args.kw_names[i] != 'strict':
                raise space.error(space.w_TypeError, "'%s' is an invalid keyword argument "
                                  "for zip()" % args.kw_names[i])
            strict = space.is_true(args.kw_values_w[i])
    iters_w = [space.iter(w_arg) for w_arg in args.args_w]
    return W_Zip(iters_w, strict)


class W_Enumerate(W_Iterator):
    _attrs_ = ['w_iter', 'w_index', 'gc_slot']

    def __init__(self, w_iter, w_index):
        self.w_iter = w_iter        # None once cleared by the cycle collector
        self.w_index = w_index
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track_holder(self, w_iter)

    def getclass(self, space):
        return TYPES.w_enumerate

    def next(self, space):
        if self.w_iter is None:
            return None
        w_item = space.next(self.w_iter)
        if w_item is None:
            return None
        w_index = self.w_index
        self.w_index = space.binop(op.OP_ADD, w_index, space.newint(1))
        return space.newtuple([w_index, w_item])


def new_enumerate(space, args):
    args_w = args.args_w
    w_iterable = None
    w_start = None
    if len(args_w) > 2:
        raise space.error(space.w_TypeError, 'enumerate() takes at most 2 arguments '
                          '(%d given)' % len(args_w))
    if len(args_w) > 0:
        w_iterable = args_w[0]
    if len(args_w) > 1:
        w_start = args_w[1]
    if args.kw_names is not None:
        for i in range(len(args.kw_names)):
            kw = args.kw_names[i]
            if kw == 'iterable' and w_iterable is None:
                w_iterable = args.kw_values_w[i]
            elif kw == 'start' and w_start is None and w_iterable is not None:
                w_start = args.kw_values_w[i]
            else:
                raise space.error(space.w_TypeError, "'%s' is an invalid keyword argument "
                                  "for enumerate()" % kw)
    if w_iterable is None:
        raise space.error(space.w_TypeError, "enumerate() missing required argument "
                          "'iterable'")
    w_iter = space.iter(w_iterable)
    if w_start is None:
        w_start = space.newint(0)
    elif not space.isinstance_w(w_start, space.w_int):
        w_start = space.newint(space.int_w(w_start))
    elif space.type(w_start) is space.w_bool:
        w_start = space.newint(space.int_w(w_start))
    return W_Enumerate(w_iter, w_start)


# --- reversed --------------------------------------------------------------------------

class W_Reversed(W_Iterator):
    """Iterates a sequence backwards by index; sees a list shrink, like CPython."""
    _attrs_ = ['w_seq', 'index', 'is_list', 'gc_slot']

    def __init__(self, w_seq, index, is_list):
        self.w_seq = w_seq
        self.index = index          # next index to return; -1 once exhausted
        self.is_list = is_list
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track_holder(self, w_seq)

    def getclass(self, space):
        if self.is_list:
            return TYPES.w_list_reverseiterator
        return TYPES.w_reversed

    def next(self, space):
        i = self.index
        if i < 0:
            return None
        w_seq = self.w_seq
        if isinstance(w_seq, W_List):
            w_item = w_seq.item_at(i)       # under the list's lock
            if w_item is None:
                self.index = -1
                return None
            self.index = i - 1
            return w_item
        if isinstance(w_seq, W_Tuple):
            self.index = i - 1
            return w_seq.items_w[i]
        try:
            w_item = space.getitem(w_seq, space.newint(i))
        except OperationError as e:
            if space.exception_is(e.w_value, space.w_IndexError) or \
                    space.exception_is(e.w_value, space.w_StopIteration):
                self.index = -1
                return None
            raise
        self.index = i - 1
        return w_item


def new_reversed(space, args):
    no_keywords(space, args, 'reversed')
    if len(args.args_w) != 1:
        raise space.error(space.w_TypeError, 'reversed expected 1 argument, got %d'
                          % len(args.args_w))
    w_seq = args.args_w[0]
    if isinstance(w_seq, W_List):
        return W_Reversed(w_seq, w_seq.length(space) - 1, True)
    if isinstance(w_seq, W_Tuple):
        return W_Reversed(w_seq, len(w_seq.items_w) - 1, False)
    if isinstance(w_seq, W_Str):
        chars_w = [space.newstr(c) for c in code_points(w_seq.utf8())]
        return W_Reversed(W_List(chars_w), len(chars_w) - 1, False)
    if isinstance(w_seq, W_AbstractBytes):
        return W_Reversed(w_seq, w_seq.blen() - 1, False)
    if isinstance(w_seq, W_MemoryView):
        return W_Reversed(w_seq, space.len_w(w_seq) - 1, False)
    if isinstance(w_seq, W_Range):
        last = w_seq.start
        if w_seq.len > 0:
            last = range_item(w_seq.start, w_seq.step, w_seq.len - 1)
        return W_RangeIterator(last, w_seq.len, intmask(r_uint(0) - r_uint(w_seq.step)))
    w_iter = reversed_iter(space, w_seq)
    if w_iter is not None:
        return w_iter
    if isinstance(w_seq, W_Instance) or isinstance(w_seq, W_Type):
        w_meth = space.user_special(w_seq, '__reversed__')
        if w_meth is space.w_None:          # __reversed__ = None: not reversible
            raise space.error(space.w_TypeError, "'%s' object is not reversible"
                              % space.type(w_seq).name)
        if w_meth is not None:
            return space.call_function(w_meth, [])
        if space.user_special(w_seq, '__getitem__') is not None and \
                space.user_special(w_seq, '__len__') is not None:
            return W_Reversed(w_seq, space.len_w(w_seq) - 1, False)
    raise space.error(space.w_TypeError, "'%s' object is not reversible"
                      % space.type(w_seq).name)


# --- iter(callable, sentinel) -------------------------------------------------------------

class W_CallableIterator(W_Iterator):
    _attrs_ = ['w_func', 'w_sentinel', 'gc_slot']

    def __init__(self, w_func, w_sentinel):
        self.w_func = w_func            # None once exhausted
        self.w_sentinel = w_sentinel
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track_holder(self, w_func, w_sentinel)

    def getclass(self, space):
        return TYPES.w_callable_iterator

    def next(self, space):
        w_func = self.w_func
        if w_func is None:
            return None
        try:
            w_value = space.call_function(w_func, [])
        except OperationError as e:
            if space.exception_is(e.w_value, space.w_StopIteration):
                self.w_func = None
                return None
            raise
        if space.eq_w(w_value, self.w_sentinel):
            self.w_func = None
            return None
        return w_value


class W_GetitemIterator(W_Root):
    """Iteration over an object that has only __getitem__ (old sequence protocol)."""
    _attrs_ = ['w_obj', 'index', 'gc_slot']

    def __init__(self, w_obj):
        self.w_obj = w_obj          # None once cleared by the cycle collector
        self.index = 0
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track_holder(self, w_obj)

    def getclass(self, space):
        return space.w_iterator

    def iter(self, space):
        return self

    def next_item(self, space):
        if self.w_obj is None:
            return None
        try:
            w_item = space.getitem(self.w_obj, space.newint(self.index))
        except OperationError as e:
            if space.exception_is(e.w_value, space.w_IndexError) or \
                    space.exception_is(e.w_value, space.w_StopIteration):
                return None
            raise
        self.index += 1
        return w_item


def is_iterator(space, w_obj):
    """Whether next() accepts w_obj."""
    if isinstance(w_obj, W_Instance):
        return space.lookup_special_or_none(w_obj, '__next__') is not None
    if isinstance(w_obj, W_GetitemIterator):
        return True
    return w_obj.iter(space) is w_obj
