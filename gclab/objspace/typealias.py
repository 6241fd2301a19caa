"""types.GenericAlias (`list[int]`) and types.UnionType (`int | None`), as CPython 3.11
makes them for annotations: the aliases print as CPython prints them, compare and hash
by their parts, forward other attributes (GenericAlias) to their origin, and can be called
(GenericAlias: makes an instance of the origin).  `isinstance` takes a union (each of its
members in turn) and refuses a GenericAlias, with CPython's messages (gclab.objspace.
builtins.isinstance_check)."""

from gclab.objspace.objects import W_Root, W_NoneObject, W_Ellipsis
from gclab.objspace.typeobject import W_Type
from gclab.objspace.tupleobject import W_Tuple
from gclab.objspace.function import W_Function, W_ClassMethod, W_Method


class W_GenericAlias(W_Root):
    _attrs_ = _immutable_fields_ = ['w_origin', 'args_w']

    def __init__(self, w_origin, args_w):
        self.w_origin = w_origin
        self.args_w = args_w

    def getclass(self, space):
        return space.w_GenericAlias

    def repr(self, space):
        parts = [item_repr(space, w_arg) for w_arg in self.args_w]
        if not parts:
            parts = ['()']          # tuple[()]
        return '%s[%s]' % (item_repr(space, self.w_origin), ', '.join(parts))

    def eq(self, space, w_other):
        if not isinstance(w_other, W_GenericAlias):
            return None
        return space.newbool(space.eq_w(self.w_origin, w_other.w_origin) and
                             space.eq_w(space.newtuple(self.args_w[:]),
                                        space.newtuple(w_other.args_w[:])))

    def hash(self, space):
        return (space.hash_w(self.w_origin) ^
                space.hash_w(space.newtuple(self.args_w[:])))


class W_UnionType(W_Root):
    _attrs_ = _immutable_fields_ = ['args_w']

    def __init__(self, args_w):
        self.args_w = args_w

    def getclass(self, space):
        return space.w_UnionType

    def repr(self, space):
        parts = []
        for w_arg in self.args_w:
            if w_arg is space.w_NoneType:
                parts.append('None')
            else:
                parts.append(item_repr(space, w_arg))
        return ' | '.join(parts)

    def eq(self, space, w_other):
        """Unions are equal when their members are, in any order (as frozensets)."""
        if not isinstance(w_other, W_UnionType):
            return None
        if len(self.args_w) != len(w_other.args_w):
            return space.w_False
        for w_arg in self.args_w:
            if not contains(space, w_other.args_w, w_arg):
                return space.w_False
        return space.w_True

    def hash(self, space):
        h = 0x345678
        for w_arg in self.args_w:
            h ^= space.hash_w(w_arg)
        return h


def item_repr(space, w_obj):
    """One part of an alias's repr: a class by its (module-qualified) name, ... for
    Ellipsis, anything else by its repr."""
    if isinstance(w_obj, W_Ellipsis):
        return '...'
    if isinstance(w_obj, W_Type):
        return w_obj.module_prefix() + w_obj.name
    return space.repr_str(w_obj)


def contains(space, args_w, w_arg):
    for w_a in args_w:
        if w_a is w_arg:
            return True
        if isinstance(w_a, W_GenericAlias) and isinstance(w_arg, W_GenericAlias) and \
                space.eq_w(w_a, w_arg):
            return True
    return False


def is_unionable(w_obj):
    return (isinstance(w_obj, W_Type) or isinstance(w_obj, W_NoneObject) or
            isinstance(w_obj, W_GenericAlias) or isinstance(w_obj, W_UnionType))


def union_or_none(space, w_a, w_b):
    """w_a | w_b by type.__or__/__ror__ (and the aliases'): None when one operand cannot
    be part of a union, or neither is a class or an alias (None | None)."""
    if not (is_unionable(w_a) and is_unionable(w_b)):
        return None
    if isinstance(w_a, W_NoneObject) and isinstance(w_b, W_NoneObject):
        return None
    args_w = []
    add_union_args(space, args_w, w_a)
    add_union_args(space, args_w, w_b)
    if len(args_w) == 1:
        return args_w[0]
    return W_UnionType(args_w)


def add_union_args(space, args_w, w_obj):
    if isinstance(w_obj, W_UnionType):
        for w_arg in w_obj.args_w:
            add_union_args(space, args_w, w_arg)
        return
    if isinstance(w_obj, W_NoneObject):
        w_obj = space.w_NoneType
    if not contains(space, args_w, w_obj):
        args_w.append(w_obj)


# the builtin classes CPython subscripts into a GenericAlias
GENERIC_BUILTINS = ['list', 'dict', 'tuple', 'set', 'frozenset', 'type',
                    'BaseExceptionGroup']


def class_getitem(space, w_type, w_index):
    """C[index] on a class: a GenericAlias for the builtin generic classes (and their
    subclasses), the result of a user class's __class_getitem__ (an implicit
    classmethod, as in CPython), else CPython's TypeError."""
    assert isinstance(w_type, W_Type)
    if not w_type.builtin:
        w_cg = w_type.lookup('__class_getitem__')
        if isinstance(w_cg, W_ClassMethod):
            return space.call_function(W_Method(w_type, w_cg.w_func), [w_index])
        if isinstance(w_cg, W_Function):
            return space.call_function(w_cg, [w_type, w_index])
        if w_cg is not None:
            return space.call_function(w_cg, [w_index])
    for w_t in w_type.mro_w:
        assert isinstance(w_t, W_Type)
        if w_t.builtin and w_t.name in GENERIC_BUILTINS:
            return new_alias(space, w_type, w_index)
    raise space.error(space.w_TypeError, "type '%s' is not subscriptable" % w_type.name)


def new_alias(space, w_origin, w_index):
    if isinstance(w_index, W_Tuple):
        return W_GenericAlias(w_origin, w_index.items_w[:])
    return W_GenericAlias(w_origin, [w_index])


def alias_getitem(space, w_alias):
    raise space.error(space.w_TypeError, '%s is not a generic class'
                      % space.repr_str(w_alias))


def getattr_or_none(space, w_obj, name):
    """The attributes of an alias; a GenericAlias forwards the others to its origin."""
    if name == '__class__':
        return space.type(w_obj)
    if isinstance(w_obj, W_GenericAlias):
        if name == '__origin__':
            return w_obj.w_origin
        if name == '__args__':
            return space.newtuple(w_obj.args_w[:])
        if name == '__parameters__':
            return space.newtuple([])
        w_value = space.getattr_or_none(w_obj.w_origin, name)
        if w_value is None:
            raise space.attribute_error(w_obj.w_origin, name)
        return w_value
    if isinstance(w_obj, W_UnionType):
        if name == '__args__':
            return space.newtuple(w_obj.args_w[:])
        if name == '__parameters__':
            return space.newtuple([])
    return None


def call(space, w_alias, args):
    """list[int](...): an instance of the origin."""
    return space.call(w_alias.w_origin, args)


def make_type_or(name, reflected):
    def type_or(space, args):
        """type.__or__ and type.__ror__: the union, or NotImplemented."""
        if len(args.args_w) != 2 or args.kw_names is not None:
            raise space.error(space.w_TypeError, 'expected 1 argument, got %d'
                              % (len(args.args_w) - 1))
        w_a = args.args_w[0]
        w_b = args.args_w[1]
        if reflected:
            w_a, w_b = w_b, w_a
        w_res = union_or_none(space, w_a, w_b)
        if w_res is None:
            return space.w_NotImplemented
        return w_res
    type_or.func_name = 'type_' + name.strip('_')
    return type_or


def install(space):
    for name, reflected in [('__or__', False), ('__ror__', True)]:
        space.w_type.dict_w[name] = space.wrap_builtin(name, make_type_or(name, reflected),
                                                       space.w_type)
