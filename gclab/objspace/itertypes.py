"""The types of the iterators and views defined outside space.py (TYPES, filled by
gclab.objspace.iterators.install), and W_Iterator, the base of those iterators: below
both gclab.objspace.iterators and gclab.objspace.dictviews."""

from gclab.objspace.objects import W_Root


class ExtraTypes(object):
    """The builtin types added outside space.py; filled by install()."""

    def __init__(self):
        self.w_map = None
        self.w_filter = None
        self.w_zip = None
        self.w_enumerate = None
        self.w_reversed = None
        self.w_list_reverseiterator = None
        self.w_callable_iterator = None
        self.w_dict_keys = None
        self.w_dict_values = None
        self.w_dict_items = None
        self.w_dict_keyiterator = None
        self.w_dict_valueiterator = None
        self.w_dict_itemiterator = None
        self.w_dict_reversekeyiterator = None
        self.w_dict_reversevalueiterator = None
        self.w_dict_reverseitemiterator = None
        self.w_TextIOWrapper = None
        self.w_set_iterator = None


TYPES = ExtraTypes()


class W_Iterator(W_Root):
    """Base of the iterators defined here: iter(it) is it."""
    _attrs_ = []

    def iter(self, space):
        return self

    def repr(self, space):
        return '<%s object at 0x%x>' % (self.typename(space), space.id_of(self))
