"""object's methods: object.__setattr__(self, k, v), super().__setattr__(k, v),
object.__repr__(self)... (RPython)."""


from rpython.rlib.objectmodel import compute_identity_hash

from gclab.interp import opcodes as op
from gclab.objspace.strobject import W_Str
from gclab.objspace.function import W_BuiltinFunction, W_Module
from gclab.objspace.typeobject import W_Instance, W_Type
from gclab.objspace.argspec import plural
from gclab.objspace import listobject


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
    return w_name.utf8()


def object_setattr(space, args):
    w_self = object_self(space, args, '__setattr__', 2)
    name = attribute_name(space, args.args_w[1])
    if isinstance(w_self, W_Instance):
        space.generic_setattr(w_self, name, args.args_w[2])
    elif isinstance(w_self, W_Type):        # type.__setattr__, from a metaclass's
        space.type_setattr(w_self, name, args.args_w[2])
    else:
        space.setattr(w_self, name, args.args_w[2])
    return space.w_None


def object_delattr(space, args):
    w_self = object_self(space, args, '__delattr__', 1)
    space.generic_delattr(w_self, attribute_name(space, args.args_w[1]))
    return space.w_None


def object_getattribute(space, args):
    w_self = object_self(space, args, '__getattribute__', 1)
    name = attribute_name(space, args.args_w[1])
    if isinstance(w_self, W_Instance):      # not the class's own __getattribute__ again
        w_value = space.instance_getattr(w_self, space.type(w_self), name, False)
        if w_value is None:
            raise space.attribute_error(w_self, name)
        return w_value
    return space.getattr(w_self, name)


def object_init(space, args):
    if len(args.args_w) != 1 or args.has_keywords():
        raise space.error(space.w_TypeError, 'object.__init__() takes exactly one argument '
                          '(the instance to initialize)')
    return space.w_None


def object_repr(space, args):
    w_self = object_self(space, args, '__repr__', 0)
    if isinstance(w_self, W_Instance):
        w_type = space.type(w_self)
        return space.newstr('<%s%s object at 0x%x>' % (w_type.module_prefix(),
                                                        w_type.name, space.id_of(w_self)))
    return space.repr(w_self)


def object_str(space, args):
    return space.repr(object_self(space, args, '__str__', 0))


def object_format(space, args):
    """object.__format__(self, spec): str(self) for an empty spec, else TypeError."""
    w_self = object_self(space, args, '__format__', 1)
    w_spec = args.args_w[1]
    if not isinstance(w_spec, W_Str):
        raise space.error(space.w_TypeError, '__format__() argument must be str, not %s'
                          % space.type(w_spec).name)
    if w_spec.utf8():
        raise space.error(space.w_TypeError, 'unsupported format string passed to '
                          '%s.__format__' % space.type(w_self).name)
    return space.str(w_self)


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
    if w_eq is None or w_eq is space.object_methods_w.get('__eq__', None):
        if w_self is w_other:
            return space.w_False
        return space.w_NotImplemented
    if isinstance(w_eq, W_BuiltinFunction):     # a builtin type's: object.__ne__(1, 2)
        w_res = space.richcompare(op.CMP_EQ, w_self, w_other)
    else:
        w_res = space.call_function(space.bind(w_eq, w_self), [w_other])
    if w_res is space.w_NotImplemented:
        return w_res
    return space.newbool(not space.is_true(w_res))


def object_hash(space, args):
    w_self = object_self(space, args, '__hash__', 0)
    if isinstance(w_self, W_Instance):
        # the identity hash, as hash() of an instance without __hash__ gives it (id()
        # is the same number made non-negative)
        return space.newint(compute_identity_hash(w_self))
    return space.newint(space.hash_w(w_self))


def make_order_default(name):
    def object_order_default(space, args):
        """object.__lt__, __le__, __gt__, __ge__: NotImplemented (the operators then try
        the reflected method, and fail with their TypeError)."""
        object_self(space, args, name, 1)
        return space.w_NotImplemented
    object_order_default.func_name = 'object' + name[1:-2]
    return object_order_default


def object_subclasshook(space, args):
    """object.__subclasshook__(cls, subclass): NotImplemented (abc's usual mechanism)."""
    return space.w_NotImplemented


# object's attributes that are not functions, and those a class has from its metaclass,
# `type` (space.object_methods_w holds those too: see classbuilder.install)
OBJECT_DATA_NAMES = ['__class__', '__doc__', '__new__']
TYPE_ONLY_NAMES = ['mro', '__subclasses__']


def dir_of(space, w_obj):
    """dir(w_obj), a sorted list: the object's __dir__() for an instance whose class
    has one or a module that defines one, else the names of a module's dict or
    attribute_names()."""
    if isinstance(w_obj, W_Instance):
        w_meth = space.lookup_special_or_none(w_obj, '__dir__')
        if w_meth is not None:
            w_list = space.newlist(space.listview(space.call_function(w_meth, [])))
            listobject.sort_list(space, w_list, None, False)
            return w_list
    if isinstance(w_obj, W_Module):
        w_dir = w_obj.dict_w.get('__dir__', None)
        if w_dir is not None:           # a module's own __dir__ (PEP 562)
            w_list = space.newlist(space.listview(space.call_function(w_dir, [])))
            listobject.sort_list(space, w_list, None, False)
            return w_list
        names = w_obj.dict_w.keys()
    else:
        names = attribute_names(space, w_obj)
    w_list = space.newlist([space.newstr(name) for name in names])
    listobject.sort_list(space, w_list, None, False)
    return w_list


def attribute_names(space, w_obj):
    """The names dir(w_obj) shows for an instance, a builtin object or a class (unsorted,
    without duplicates): those of its dict, its class's MRO and object's."""
    names = {}
    if isinstance(w_obj, W_Instance):
        for name, _ in w_obj.dict_items():
            names[name] = True
    w_type = w_obj
    if not isinstance(w_obj, W_Type):
        w_type = space.type(w_obj)
    assert isinstance(w_type, W_Type)
    for w_t in w_type.mro_w:
        assert isinstance(w_t, W_Type)
        for name in w_t.dict_w:
            names[name] = True
        if not w_t.builtin and w_t.own_slots is None:
            names['__dict__'] = True        # (in a CPython class's own dict)
            names['__weakref__'] = True
    for name in space.object_methods_w:
        if name not in TYPE_ONLY_NAMES:
            names[name] = True
    for name in OBJECT_DATA_NAMES:
        names[name] = True
    return [name for name in names]


def object_dir(space, args):
    """object.__dir__(self): the list dir() sorts."""
    w_self = object_self(space, args, '__dir__', 0)
    return space.newlist([space.newstr(name) for name in attribute_names(space, w_self)])


def object_init_subclass(space, args):
    """object.__init_subclass__(cls): does nothing, and takes no keywords (what a
    class statement's keywords reach when no base defines it: classbuilder)."""
    w_cls = args.args_w[0]
    if args.has_keywords() or len(args.args_w) > 1:
        name = w_cls.name if isinstance(w_cls, W_Type) else space.type(w_cls).name
        if args.has_keywords():
            raise space.error(space.w_TypeError, '%s.__init_subclass__() takes no '
                              'keyword arguments' % name)
        raise space.error(space.w_TypeError, '%s.__init_subclass__() takes no '
                          'arguments (%d given)' % (name, len(args.args_w) - 1))
    return space.w_None


OBJECT_METHODS = [('__setattr__', object_setattr), ('__delattr__', object_delattr),
                  ('__getattribute__', object_getattribute), ('__init__', object_init),
                  ('__repr__', object_repr), ('__str__', object_str), ('__eq__', object_eq),
                  ('__ne__', object_ne), ('__hash__', object_hash),
                  ('__format__', object_format), ('__dir__', object_dir)] + \
    [(name, make_order_default(name)) for name in ['__lt__', '__le__', '__gt__', '__ge__']]
