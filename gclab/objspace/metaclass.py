"""Metaclasses: classes whose instances are classes (`class Meta(type)`,
`class C(metaclass=Meta)`, `class D(C)`).

A class made by a metaclass is an ordinary W_Type whose w_metatype is the metaclass
(None means `type`), so type(C) is Meta and isinstance(C, Meta) holds.  The class
statement finds the most derived metaclass of `metaclass=` and the bases' metaclasses,
calls its __prepare__ if the program wrote one, runs the body, and calls the metaclass
with (name, bases, namespace, **keywords): its own __new__ (which usually ends in
`super().__new__(mcls, name, bases, ns)`, i.e. type.__new__) and __init__ run as in
CPython.  Calling a class whose metaclass defines __call__ runs that (`type.__call__`
makes the instance as usual); the operators on such a class -- iter(), len(), `in`,
C[key], repr(), str(), bool(), and isinstance()/issubclass() through
__instancecheck__/__subclasscheck__ -- use the metaclass's methods, and attribute
lookup on the class falls back to the metaclass's attributes (its properties first,
its __getattr__ last).

Differences from CPython (docs/language.md): only methods the program wrote in a
metaclass are seen by the operators (a metaclass cannot override them with a builtin);
== and hash() of classes stay identity (a metaclass's __eq__/__hash__ are not called);
a plain dict __prepare__ returns is copied into the body's own namespace and back
(a mapping of any other type, such as a subclass of dict, is read and written through
its __getitem__/__setitem__/__delitem__ as the body runs, as in CPython)."""

from gclab.objspace.typeobject import W_Type
from gclab.objspace.function import Arguments, W_StaticMethod, W_ClassMethod, W_Method
from gclab.objspace.dictobject import W_Dict
from gclab.objspace.objects import W_Cell



def user_method(space, w_type, name):
    """The attribute `name` of w_type's metaclass -- found in a class the program wrote,
    in the metaclass's MRO -- bound to w_type; None for a class without a metaclass or
    a name the metaclass does not define."""
    w_meta = w_type.w_metatype
    if w_meta is None:
        return None
    for w_t in w_meta.mro_w:
        assert isinstance(w_t, W_Type)
        if w_t.builtin:
            continue
        w_descr = w_t.dict_w.get(name, None)
        if w_descr is not None:
            return space.bind(w_descr, w_type)
    return None


def call_user_method(space, w_obj, name, args_w):
    """w_obj.name(*args_w) through its metaclass if w_obj is a class whose metaclass
    defines name; None otherwise."""
    if not isinstance(w_obj, W_Type) or w_obj.w_metatype is None:
        return None
    w_meth = user_method(space, w_obj, name)
    if w_meth is None:
        return None
    return space.call_function(w_meth, args_w)


def find_metaclass(space, w_explicit, bases_w):
    """CPython's rule: the most derived of the explicit metaclass (if a class) and the
    bases' metaclasses; TypeError if they are unrelated.  An explicit metaclass that is
    not a class (a function) is called as it is."""
    if w_explicit is not None and not isinstance(w_explicit, W_Type):
        return w_explicit
    w_winner = space.w_type if w_explicit is None else w_explicit
    assert isinstance(w_winner, W_Type)
    for w_base in bases_w:
        w_t = space.type(w_base)
        if w_winner.is_subtype(w_t):
            continue
        if w_t.is_subtype(w_winner):
            w_winner = w_t
            continue
        raise space.error(space.w_TypeError, 'metaclass conflict: the metaclass of a '
                          'derived class must be a (non-strict) subclass of the '
                          'metaclasses of all its bases')
    return w_winner


def prepare(space, w_meta, name, bases_w, kw_names, kw_values_w):
    """The namespace object of the metaclass's own __prepare__, or None."""
    if not isinstance(w_meta, W_Type):
        return None
    w_prep = None
    for w_t in w_meta.mro_w:
        assert isinstance(w_t, W_Type)
        if not w_t.builtin:
            w_prep = w_t.dict_w.get('__prepare__', None)
            if w_prep is not None:
                break
    if w_prep is None:
        return None
    if isinstance(w_prep, W_ClassMethod):       # as getattr(metaclass, '__prepare__')
        w_prep = W_Method(w_meta, w_prep.w_func)
    elif isinstance(w_prep, W_StaticMethod):
        w_prep = w_prep.w_func
    args_w = [space.newstr(name), space.newtuple(bases_w[:])]
    return space.call(w_prep, Arguments(args_w, kw_names[:], kw_values_w[:]))


def seed_namespace(space, w_prepared, class_ns):
    """The names __prepare__ put in its namespace, seen by the class body."""
    if isinstance(w_prepared, W_Dict):
        for w_key, w_value in w_prepared.pairs():
            key = space.str_w(w_key)
            class_ns[key] = w_value


def call_metaclass(space, w_meta, name, bases_w, class_ns, w_prepared, w_cell, kw_names,
                   kw_values_w):
    """metaclass(name, bases, namespace, **keywords), the namespace holding the body's
    names (and __classcell__, which type.__new__ fills, as CPython)."""
    if isinstance(w_cell, W_Cell):
        class_ns['__classcell__'] = w_cell
    if w_prepared is None:
        w_ns = space.newdict()
    else:
        w_ns = w_prepared
    for key, w_value in class_ns.items():   # (empty if the body wrote to w_prepared)
        space.setitem(w_ns, space.newstr(key), w_value)
    args_w = [space.newstr(name), space.newtuple(bases_w[:]), w_ns]
    return space.call(w_meta, Arguments(args_w, kw_names, kw_values_w))
