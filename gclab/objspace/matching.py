"""The match statement's tests (PEP 634), behind the opcodes MATCH_SEQUENCE,
MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS and COPY_DICT_WITHOUT_KEYS (RPython), as
CPython 3.11's ceval.c does them.

What is a sequence: CPython asks the type's Py_TPFLAGS_SEQUENCE (list, tuple, range,
memoryview, array, deque and classes deriving from or registered with
collections.abc.Sequence); gclab takes list, tuple, range and their subclasses, and the
classes whose MRO has collections.abc's Sequence or MutableSequence or collections'
deque -- not the classes only registered with Sequence.  A mapping is a dict, an
instance of a dict subclass, or of a class deriving from collections.abc's Mapping."""

from gclab.interp import opcodes as op
from gclab.interp.error import OperationError
from gclab.objspace.builtins import isinstance_check
from gclab.objspace.listobject import W_List
from gclab.objspace.tupleobject import W_Tuple
from gclab.objspace.dictobject import W_Dict
from gclab.objspace.rangeobject import W_Range
from gclab.objspace.strobject import W_Str
from gclab.objspace.typeobject import W_Type


def module_of(space, w_type):
    w_module = w_type.dict_w.get('__module__', None)
    if isinstance(w_module, W_Str):
        return space.str_w(w_module)
    return ''


def mro_has(space, w_type, names, module):
    for w_t in w_type.mro_w:
        assert isinstance(w_t, W_Type)
        if w_t.name in names and module_of(space, w_t) == module:
            return True
    return False


def is_sequence(space, w_obj):
    if isinstance(w_obj, W_List) or isinstance(w_obj, W_Tuple) or \
            isinstance(w_obj, W_Range):
        return True
    w_type = space.type(w_obj)
    if w_type.is_subtype(space.w_str) or w_type.is_subtype(space.w_bytes) or \
            w_type.is_subtype(space.w_bytearray):
        return False
    if w_type.is_subtype(space.w_list) or w_type.is_subtype(space.w_tuple):
        return True
    return mro_has(space, w_type, ['Sequence', 'MutableSequence'], 'collections.abc') \
        or mro_has(space, w_type, ['deque'], 'collections')


def is_mapping(space, w_obj):
    if isinstance(w_obj, W_Dict):
        return True
    w_type = space.type(w_obj)
    if w_type.is_subtype(space.w_dict):
        return True
    return mro_has(space, w_type, ['Mapping', 'MutableMapping'], 'collections.abc')


def match_keys(space, w_subject, w_keys):
    """The tuple of the subject's values for the keys (subject.get(key), as CPython),
    or None if one is missing; ValueError for a key given twice."""
    assert isinstance(w_keys, W_Tuple)
    keys_w = w_keys.items_w
    if not keys_w:
        return space.newtuple([])
    w_get = space.getattr(w_subject, 'get')
    w_dummy = space.newlist([])         # a default no mapping holds
    values_w = []
    for i in range(len(keys_w)):
        w_key = keys_w[i]
        for j in range(i):
            if space.is_true(space.compare(op.CMP_EQ, keys_w[j], w_key)):
                raise space.error(space.w_ValueError, 'mapping pattern checks duplicate '
                                  'key (%s)' % space.repr_str(w_key))
        w_value = space.call_function(w_get, [w_key, w_dummy])
        if w_value is w_dummy:
            return space.w_None
        values_w.append(w_value)
    return space.newtuple(values_w)


def dict_without_keys(space, w_subject, w_keys):
    """`**rest`: a new dict of the subject's items but the keys."""
    assert isinstance(w_keys, W_Tuple)
    w_rest = space.newdict()
    space.dict_update(w_rest, w_subject)
    for w_key in w_keys.items_w:
        space.delitem(w_rest, w_key)
    return w_rest


def matches_self(space, w_cls):
    """The builtins whose one positional sub-pattern matches the subject itself
    (CPython's _Py_TPFLAGS_MATCH_SELF, which subclasses inherit)."""
    for w_t in [space.w_bool, space.w_bytearray, space.w_bytes, space.w_dict,
                space.w_float, space.w_frozenset, space.w_int, space.w_list, space.w_set,
                space.w_str, space.w_tuple]:
        if w_cls.is_subtype(w_t):
            return True
    return False


def attribute(space, w_subject, name):
    """The attribute, or None where getting it raises AttributeError."""
    try:
        return space.getattr(w_subject, name)
    except OperationError as e:
        if space.exception_is(e.w_value, space.w_AttributeError):
            return None
        raise


def match_class(space, w_subject, w_cls, w_names, nargs):
    """`Cls(p1, p2, k=p3)`: the tuple of the subject's attributes the sub-patterns
    match (positional ones by __match_args__), or None if the subject is not an
    instance of the class or lacks one of them."""
    if not isinstance(w_cls, W_Type):
        raise space.error(space.w_TypeError, 'called match pattern must be a type')
    assert isinstance(w_names, W_Tuple)
    if not isinstance_check(space, w_subject, w_cls, 'isinstance'):
        return space.w_None
    seen = []
    attrs_w = []
    if nargs > 0:
        w_match_args = attribute(space, w_cls, '__match_args__')
        match_self = False
        names_w = []
        if w_match_args is None:
            match_self = matches_self(space, w_cls)
        elif isinstance(w_match_args, W_Tuple):
            names_w = w_match_args.items_w
        else:
            raise space.error(space.w_TypeError, '%s.__match_args__ must be a tuple (got '
                              '%s)' % (w_cls.name, space.type(w_match_args).name))
        allowed = len(names_w)
        if match_self:
            allowed = 1
        if nargs > allowed:
            plural = 's'
            if allowed == 1:
                plural = ''
            raise space.error(space.w_TypeError, '%s() accepts %d positional sub-pattern%s'
                              ' (%d given)' % (w_cls.name, allowed, plural, nargs))
        if match_self:
            attrs_w.append(w_subject)
        else:
            for i in range(nargs):
                w_name = names_w[i]
                if not isinstance(w_name, W_Str):
                    raise space.error(space.w_TypeError, '__match_args__ elements must be '
                                      'strings (got %s)' % space.type(w_name).name)
                w_attr = class_attribute(space, w_subject, w_cls, space.str_w(w_name), seen)
                if w_attr is None:
                    return space.w_None
                attrs_w.append(w_attr)
    for w_name in w_names.items_w:
        w_attr = class_attribute(space, w_subject, w_cls, space.str_w(w_name), seen)
        if w_attr is None:
            return space.w_None
        attrs_w.append(w_attr)
    return space.newtuple(attrs_w)


def class_attribute(space, w_subject, w_cls, name, seen):
    if name in seen:
        raise space.error(space.w_TypeError, "%s() got multiple sub-patterns for "
                          "attribute '%s'" % (w_cls.name, name))
    seen.append(name)
    return attribute(space, w_subject, name)
