"""list: its W_ class, W_List, its methods and list.sort, and W_ListIterator, the
iterator over a list fixed when it is made (RPython)."""


from rpython.rlib import listsort

from gclab.interp import opcodes as op
from gclab.gc.refcounting.elide import fresh_init
from gclab.objspace.objects import W_Root
from gclab.objspace.numberobject import W_Int
from gclab.objspace.strobject import W_Str
from gclab.objspace.argspec import Spec, receiver
from gclab.objspace.methodhelpers import search_bounds, find_item, count_items
from gclab.objspace import freethreading, gcslots
from gclab.gc import nogil


class W_List(W_Root):
    """Free-threaded builds: every operation that reads or changes items_w's storage
    takes the list's lock (gclab/objspace/freethreading.py); comparisons that may run
    guest code (remove, index, count) search a copy taken under the lock."""
    _attrs_ = ['items_w', 'gc_slot']

    @fresh_init     # only on a new object (elide.fresh_init)
    def __init__(self, items_w):
        self.items_w = items_w
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track(self)

    def getclass(self, space):
        return space.w_list

    def hash(self, space):
        raise space.error(space.w_TypeError, "unhashable type: 'list'")

    def is_true(self, space):
        return self.length(space) > 0

    def length(self, space):
        """len(): read under the lock in free-threaded builds (another thread's append
        may be resizing the list; CPython 3.13t reads its size atomically)."""
        held = freethreading.lock(self)
        n = len(self.items_w)
        freethreading.unlock(self, held)
        return n

    def repr(self, space):
        if space.enter_repr(self):
            return '[...]'
        try:
            items = [space.repr_str(w) for w in self.snapshot()]
        finally:
            space.leave_repr(self)
        return '[' + ', '.join(items) + ']'

    def item_at(self, i):
        """Item i, or None past the end: read under the lock (a comparison with it may
        run guest code, which must not run with the lock held)."""
        held = freethreading.lock(self)
        try:
            if 0 <= i < len(self.items_w):
                return self.items_w[i]
            return None
        finally:
            freethreading.unlock(self, held)

    def items_to_read(self):
        """The items, for a read that runs no guest code and keeps nothing: the list's
        own storage under a GIL, a copy taken under the lock in free-threaded builds
        (another thread may resize or shrink the storage meanwhile)."""
        if freethreading.ACTIVE_AND_TRANSLATED():
            return self.snapshot()
        return self.items_w

    def snapshot(self):
        """A copy of the items, taken under the lock."""
        held = freethreading.lock(self)
        try:
            return self.items_w[:]
        finally:
            freethreading.unlock(self, held)


class W_ListIterator(W_Root):
    """Iterator over a list of W_ objects fixed at creation (dict views, reversed...)."""
    _attrs_ = ['items_w', 'index']

    def __init__(self, items_w):
        self.items_w = items_w
        self.index = 0

    def getclass(self, space):
        return space.w_iterator

    def iter(self, space):
        return self

    def next(self, space):
        i = self.index
        if i >= len(self.items_w):
            return None
        self.index = i + 1
        return self.items_w[i]


# The declared arguments of the methods (see gclab.objspace.argspec).
LIST_APPEND = Spec('list.append($self, object, /)')
LIST_POP = Spec('list.pop($self, index=-1, /)')
LIST_INSERT = Spec('list.insert($self, index, object, /)')
LIST_EXTEND = Spec('list.extend($self, iterable, /)')
LIST_IADD = Spec('list.__iadd__($self, value, /)', slot=True)
LIST_IMUL = Spec('list.__imul__($self, value, /)', slot=True)
LIST_REMOVE = Spec('list.remove($self, value, /)')
LIST_INDEX = Spec('list.index($self, value, start=0, stop=None, /)')
LIST_COUNT = Spec('list.count($self, value, /)')
LIST_REVERSE = Spec('list.reverse($self, /)')
LIST_COPY = Spec('list.copy($self, /)')
LIST_CLEAR = Spec('list.clear($self, /)')


# --- list -------------------------------------------------------------------------------

def self_list(space, args, name):
    w_self = receiver(space, args, space.w_list, name)
    assert isinstance(w_self, W_List)
    return w_self


def list_append(space, args):
    w_list = self_list(space, args, 'append')
    LIST_APPEND.check(space, args)
    held = freethreading.lock(w_list)
    try:
        w_list.items_w.append(args.args_w[1])
    finally:
        freethreading.unlock(w_list, held)
    return space.w_None


def list_pop(space, args):
    w_list = self_list(space, args, 'pop')
    LIST_POP.check(space, args)
    index = -1
    if len(args.args_w) > 1:
        index = space.int_w(args.args_w[1])
    held = freethreading.lock(w_list)
    try:
        return pop_at(space, w_list.items_w, index)
    finally:
        freethreading.unlock(w_list, held)


def pop_at(space, items_w, index):
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
    index = space.int_w(args.args_w[1])
    held = freethreading.lock(w_list)
    try:
        insert_at(w_list.items_w, index, args.args_w[2])
    finally:
        freethreading.unlock(w_list, held)
    return space.w_None


def insert_at(items_w, index, w_item):
    if index < 0:
        index += len(items_w)
        if index < 0:
            index = 0
    elif index > len(items_w):
        index = len(items_w)
    items_w.insert(index, w_item)


def list_extend(space, args):
    w_list = self_list(space, args, 'extend')
    LIST_EXTEND.check(space, args)
    space.list_extend(w_list, args.args_w[1])
    return space.w_None


def list_iadd(space, args):
    """list.__iadd__: extended in place; the list itself (an instance of a subclass
    stays that instance)."""
    w_list = self_list(space, args, '__iadd__')
    LIST_IADD.check(space, args)
    space.list_extend(w_list, args.args_w[1])
    return args.args_w[0]


def list_imul(space, args):
    """list.__imul__: repeated in place; the list itself."""
    w_list = self_list(space, args, '__imul__')
    LIST_IMUL.check(space, args)
    space.inplace_binop(op.OP_MUL, w_list, args.args_w[1])
    return args.args_w[0]


def list_remove(space, args):
    w_list = self_list(space, args, 'remove')
    LIST_REMOVE.check(space, args)
    if not freethreading.ACTIVE_AND_TRANSLATED():
        items_w = w_list.items_w
        i = find_item(space, items_w, args.args_w[1], 0, len(items_w))
        if i < 0:
            raise space.error(space.w_ValueError, 'list.remove(x): x not in list')
        del items_w[i]
        return space.w_None
    # free-threaded: compare against a copy, then delete that very item if it is still
    # where it was (else the first one that is it, by identity)
    items_w = w_list.snapshot()
    i = find_item(space, items_w, args.args_w[1], 0, len(items_w))
    if i < 0:
        raise space.error(space.w_ValueError, 'list.remove(x): x not in list')
    w_found = items_w[i]
    held = freethreading.lock(w_list)
    try:
        current_w = w_list.items_w
        if i >= len(current_w) or current_w[i] is not w_found:
            i = 0
            while i < len(current_w) and current_w[i] is not w_found:
                i += 1
        if i < len(current_w):
            del current_w[i]
    finally:
        freethreading.unlock(w_list, held)
    return space.w_None


def list_index(space, args):
    w_list = self_list(space, args, 'index')
    LIST_INDEX.check(space, args)
    w_item = args.args_w[1]
    items_w = w_list.items_to_read()
    start, stop = search_bounds(space, args, len(items_w))
    i = find_item(space, items_w, w_item, start, stop)
    if i < 0:
        raise space.error(space.w_ValueError, '%s is not in list' % space.repr_str(w_item))
    return space.newint(i)


def list_count(space, args):
    w_list = self_list(space, args, 'count')
    LIST_COUNT.check(space, args)
    items_w = w_list.items_to_read()
    return space.newint(count_items(space, items_w, args.args_w[1]))


def list_reverse(space, args):
    w_list = self_list(space, args, 'reverse')
    LIST_REVERSE.check(space, args)
    held = freethreading.lock(w_list)
    try:
        w_list.items_w.reverse()
    finally:
        freethreading.unlock(w_list, held)
    return space.w_None


def list_copy(space, args):
    w_list = self_list(space, args, 'copy')
    LIST_COPY.check(space, args)
    return space.newlist(w_list.snapshot())


def list_clear(space, args):
    w_list = self_list(space, args, 'clear')
    LIST_CLEAR.check(space, args)
    items_w = w_list.items_w
    w_list.items_w = []
    drop_backwards(items_w, None)
    return space.w_None


def drop_backwards(items_w, doomed):
    """The items of items_w (a list's storage that the list no longer holds) whose
    index is in doomed (None: all of them) dropped from the last to the first, as
    CPython's list_clear and slice deletion drop them: on the refcount plans their
    __del__s run in that order.  Not in free-threaded builds, where a reader that took
    the storage before it was replaced may still be reading it."""
    if nogil.ACTIVE:
        return
    release_backwards(items_w, doomed)


def release_backwards(items_w, doomed=None):
    """Sets the items of items_w whose index is in doomed (None: all) to None, from
    the last to the first; the caller knows that nothing else reads items_w."""
    for i in range(len(items_w) - 1, -1, -1):
        if doomed is None or i in doomed:
            items_w[i] = None


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
        return w_a.utf8() < w_b.utf8()      # UTF-8 byte order is code point order
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
    """Stable in-place sort, as CPython's list.sort (the list looks empty meanwhile).
    Free-threaded builds: the storage is taken and put back under the list's lock; the
    sort itself (guest comparisons and keys) runs without it."""
    held = freethreading.lock(w_list)
    items_w = w_list.items_w
    w_list.items_w = []
    freethreading.unlock(w_list, held)
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
        held = freethreading.lock(w_list)
        modified = len(w_list.items_w) > 0
        w_list.items_w = items_w
        freethreading.unlock(w_list, held)
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
    ('__iadd__', list_iadd),
    ('__imul__', list_imul),
]
