"""dict.keys(), dict.values() and dict.items() views and the dict iterators (RPython).

A view is live: it reads the dict each time it is used.  An iterator walks a snapshot
of the items taken when it is created; like CPython, it raises RuntimeError when the dict
changes size while it runs (a value changed meanwhile is not seen)."""

from gclab.objspace.objects import W_Root
from gclab.objspace.tupleobject import W_Tuple
from gclab.objspace.itertypes import TYPES, W_Iterator
from gclab.objspace import gcslots

KEYS = 0
VALUES = 1
ITEMS = 2


class W_DictView(W_Root):
    _attrs_ = ['w_dict', 'kind', 'gc_slot']
    _immutable_fields_ = ['w_dict', 'kind']

    def __init__(self, w_dict, kind):
        self.w_dict = w_dict
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track(self)
        self.kind = kind

    def getclass(self, space):
        if self.kind == KEYS:
            return TYPES.w_dict_keys
        if self.kind == VALUES:
            return TYPES.w_dict_values
        return TYPES.w_dict_items

    def length(self, space):
        return len(self.w_dict.data)

    def is_true(self, space):
        return len(self.w_dict.data) > 0

    def hash(self, space):
        raise space.error(space.w_TypeError, "unhashable type: '%s'" % self.typename(space))

    def iter(self, space):
        return W_DictIterator(self.w_dict, self.kind, False)

    def items_now(self, space):
        """The keys, values or (key, value) tuples, taken at once."""
        if self.kind == KEYS:
            return self.w_dict.keys()
        result_w = []
        for w_key, w_value in self.w_dict.pairs():
            if self.kind == VALUES:
                result_w.append(w_value)
            else:
                result_w.append(space.newtuple([w_key, w_value]))
        return result_w

    def snapshot(self, space):
        """The view's items as a new list."""
        return space.listview(self)

    def repr(self, space):
        if space.enter_repr(self):
            return '...'
        try:
            items = [space.repr_str(w_item) for w_item in self.snapshot(space)]
        finally:
            space.leave_repr(self)
        return '%s([%s])' % (self.typename(space), ', '.join(items))

    def eq(self, space, w_other):
        """keys() and items() views compare as sets; None: not implemented."""
        if not isinstance(w_other, W_DictView) or self.kind == VALUES or \
                w_other.kind == VALUES:
            return None
        if len(self.w_dict.data) != len(w_other.w_dict.data):
            return space.w_False
        for w_item in self.snapshot(space):
            if not w_other.contains(space, w_item):
                return space.w_False
        return space.w_True

    def contains(self, space, w_item):
        w_dict = self.w_dict
        if self.kind == KEYS:
            return int(w_dict.has_key(w_item))
        if self.kind == ITEMS:
            if not isinstance(w_item, W_Tuple) or len(w_item.items_w) != 2:
                return 0
            w_value = w_dict.get(w_item.items_w[0], None)
            if w_value is None:
                return 0
            return int(space.eq_w(w_value, w_item.items_w[1]))
        for w_value in self.snapshot(space):
            if space.eq_w(w_value, w_item):
                return 1
        return 0


class W_DictIterator(W_Iterator):
    """Walks a snapshot of the dict's items taken at creation; no user code (__hash__,
    __eq__) runs while it iterates."""
    _attrs_ = ['w_dict', 'kind', 'reverse', 'keys_w', 'values_w', 'index', 'size',
               'gc_slot']

    def __init__(self, w_dict, kind, reverse):
        self.w_dict = w_dict        # None once exhausted
        self.kind = kind
        self.reverse = reverse
        keys_w = []
        values_w = []
        if kind == KEYS:
            keys_w = w_dict.keys()
        else:
            for w_key, w_value in w_dict.pairs():
                keys_w.append(w_key)
                values_w.append(w_value)
        if reverse:
            keys_w.reverse()
            values_w.reverse()
        self.keys_w = keys_w
        self.values_w = values_w
        self.index = 0
        self.size = len(keys_w)
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track_holder(self, w_dict)

    def getclass(self, space):
        if self.reverse:
            if self.kind == KEYS:
                return TYPES.w_dict_reversekeyiterator
            if self.kind == VALUES:
                return TYPES.w_dict_reversevalueiterator
            return TYPES.w_dict_reverseitemiterator
        if self.kind == KEYS:
            return TYPES.w_dict_keyiterator
        if self.kind == VALUES:
            return TYPES.w_dict_valueiterator
        return TYPES.w_dict_itemiterator

    def next(self, space):
        w_dict = self.w_dict
        if w_dict is None:
            return None
        if len(w_dict.data) != self.size:
            self.w_dict = None
            raise space.error(space.w_RuntimeError,
                              'dictionary changed size during iteration')
        i = self.index
        if i >= len(self.keys_w):
            self.w_dict = None
            self.keys_w = []
            self.values_w = []
            return None
        self.index = i + 1
        if self.kind == KEYS:
            return self.keys_w[i]
        if self.kind == VALUES:
            return self.values_w[i]
        return space.newtuple([self.keys_w[i], self.values_w[i]])
