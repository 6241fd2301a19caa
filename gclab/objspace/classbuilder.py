"""class statements: __build_class__ runs the class body and creates the class; and
type.__new__/__init__/__call__, which creating a class through a metaclass reaches
(gclab/objspace/metaclass.py)."""

from gclab.interp.error import OperationError
from gclab.interp.frame import Frame
from gclab.interp import util
from gclab.objspace.objects import W_Cell
from gclab.objspace.function import (W_Function, W_ClassMethod, W_StaticMethod, Arguments,
                                     W_BuiltinFunction, W_MemberDescr)
from gclab.objspace.dictobject import W_Dict
from gclab.objspace.tupleobject import W_Tuple
from gclab.objspace.strobject import W_Str
from gclab.objspace import subclassing, metaclass
from gclab.objspace.typealias import W_GenericAlias
from gclab.objspace.typeobject import (W_Type, compute_mro, LAYOUT_OBJECT,
                                       LAYOUT_EXCEPTION, LAYOUT_NONE, CLASSES)


def build_class(space, w_body, name, bases_w, args):
    """__build_class__: find the metaclass, run the class body, create the class.  With
    the metaclass `type` (the usual case) the class is made here directly; with any
    other, the metaclass is called with (name, bases, namespace) as CPython does, and
    its __new__/__init__ run (gclab/objspace/metaclass.py)."""
    assert isinstance(w_body, W_Function)
    w_explicit = None
    kw_names = []
    kw_values_w = []
    if args.kw_names is not None:
        for i in range(len(args.kw_names)):
            if args.kw_names[i] == 'metaclass':
                w_explicit = args.kw_values_w[i]
            else:
                kw_names.append(args.kw_names[i])
                kw_values_w.append(args.kw_values_w[i])
    w_orig_bases = None
    resolved_w = resolve_mro_entries(space, bases_w)
    if resolved_w is not None:              # PEP 560: kept as __orig_bases__
        w_orig_bases = space.newtuple(bases_w[:])
        bases_w = resolved_w
    w_meta = metaclass.find_metaclass(space, w_explicit, bases_w)
    w_prepared = None
    if w_meta is not space.w_type:
        w_prepared = metaclass.prepare(space, w_meta, name, bases_w, kw_names, kw_values_w)
    frame = Frame(space, w_body.code, w_body.w_globals, w_body.closure_w)
    frame.class_ns = {}
    if isinstance(w_prepared, W_Dict):
        metaclass.seed_namespace(space, w_prepared, frame.class_ns)
    elif w_prepared is not None:
        frame.w_namespace = w_prepared      # the body reads and writes it as it runs
    w_cell = space.run_frame(frame, True)
    if w_orig_bases is not None:            # (the metaclass gets it with the namespace)
        frame.class_ns['__orig_bases__'] = w_orig_bases
    if w_meta is space.w_type:
        return create_class(space, space.w_type, name, bases_w, frame.class_ns, w_cell,
                            kw_names, kw_values_w)
    return metaclass.call_metaclass(space, w_meta, name, bases_w, frame.class_ns,
                                    w_prepared, w_cell, kw_names, kw_values_w)


def resolve_mro_entries(space, bases_w):
    """PEP 560, as CPython's __build_class__: each base that is not a class but has an
    __mro_entries__ method is replaced by the items of the tuple that method returns,
    given the original bases (a GenericAlias such as list[int] gives its origin).  None
    when no base was replaced."""
    result_w = []
    changed = False
    w_orig = None
    for w_base in bases_w:
        if isinstance(w_base, W_Type):
            result_w.append(w_base)
            continue
        if isinstance(w_base, W_GenericAlias):
            result_w.append(w_base.w_origin)
            changed = True
            continue
        w_entries = space.getattr_or_none(w_base, '__mro_entries__')
        if w_entries is None:
            result_w.append(w_base)
            continue
        if w_orig is None:
            w_orig = space.newtuple(bases_w[:])
        w_res = space.call_function(w_entries, [w_orig])
        if not isinstance(w_res, W_Tuple):
            raise space.error(space.w_TypeError, '__mro_entries__ must return a tuple')
        for w_item in w_res.items_w:
            result_w.append(w_item)
        changed = True
    if not changed:
        return None
    return result_w


def check_bases(space, bases_w):
    """The instance layout of a class with these bases (TypeError for bases that are
    not classes or cannot be derived from)."""
    layout = LAYOUT_OBJECT
    for i in range(len(bases_w)):
        w_base = bases_w[i]
        if not isinstance(w_base, W_Type):
            raise space.error(space.w_TypeError, 'bases must be types')
        for j in range(i):
            if bases_w[j] is w_base:
                raise space.error(space.w_TypeError, 'duplicate base class %s'
                                  % w_base.name)
        if w_base.layout == LAYOUT_EXCEPTION:
            layout = LAYOUT_EXCEPTION
        elif w_base.is_subtype(space.w_type):
            layout = LAYOUT_NONE                  # a metaclass: its instances are classes
        elif w_base.layout == LAYOUT_NONE and not subclassing.is_subclassable(space, w_base):
            if w_base.name in subclassing.FINAL_IN_CPYTHON:
                raise space.error(space.w_TypeError, "type '%s' is not an acceptable base "
                                  "type" % w_base.name)
            raise space.error(space.w_TypeError, "gclab: subclassing the builtin type "
                              "'%s' is not supported" % w_base.name)
    return layout


def create_class(space, w_meta, name, bases_w, class_ns, w_cell, kw_names, kw_values_w):
    """What CPython's type.__new__ does: a new class of metaclass w_meta from its
    namespace, then __set_name__ on its attributes and the parent's __init_subclass__
    with the class statement's keywords.  w_cell, if a W_Cell, is the class body's
    __class__ cell."""
    layout = check_bases(space, bases_w)
    if not bases_w:
        bases_w = [space.w_object]
    w_builtin_base = subclassing.builtin_base(space, bases_w)
    if '__eq__' in class_ns and '__hash__' not in class_ns:
        class_ns['__hash__'] = space.w_None     # as CPython: unhashable
    w_new = class_ns.get('__new__', None)
    if isinstance(w_new, W_Function):                 # implicitly a staticmethod
        class_ns['__new__'] = W_StaticMethod(w_new)
    for special in ['__init_subclass__', '__class_getitem__']:
        w_func = class_ns.get(special, None)
        if isinstance(w_func, W_Function):            # implicitly a classmethod
            class_ns[special] = W_ClassMethod(w_func)
    if '__doc__' not in class_ns:           # as CPython: not inherited from a base
        class_ns['__doc__'] = space.w_None
    slots = slot_names(space, class_ns, name)
    w_qualname = class_ns.get('__qualname__', None)
    if w_qualname is not None:               # (a slot of the class, not in its dict)
        if not isinstance(w_qualname, W_Str):
            raise space.error(space.w_TypeError, "type __qualname__ must be a str, not %s"
                              % space.type(w_qualname).name)
        del class_ns['__qualname__']
    w_type = W_Type(name, bases_w, class_ns, layout, False)
    if isinstance(w_qualname, W_Str):
        w_type.qualname = w_qualname.utf8()
    w_type.w_builtin_base = w_builtin_base
    if w_meta is not space.w_type:
        w_type.w_metatype = w_meta
    conflict_w = []
    mro_w = compute_mro(w_type, conflict_w)
    if mro_w is None:
        names = []
        for w_head in conflict_w:
            assert isinstance(w_head, W_Type)
            names.append(w_head.name)
        raise space.error(space.w_TypeError, 'Cannot create a consistent method resolution'
                          '\norder (MRO) for bases %s' % ', '.join(names))
    w_type.mro_w = mro_w
    for w_base in w_type.bases_w:
        assert isinstance(w_base, W_Type)
        w_base.add_subclass(w_type)
    w_type.own_slots = slots
    w_type.slots = instance_slots(space, w_type, slots)
    if slots is not None:
        for slot in slots:      # S.a: a member descriptor (the values: the storage)
            if slot != '__dict__' and slot != '__weakref__':
                w_type.dict_w[slot] = W_MemberDescr(slot, w_type)
    if isinstance(w_cell, W_Cell):
        w_cell.w_value = w_type
    if space.track_classes:
        CLASSES.add(w_type)
    set_names(space, w_type)
    init_subclass(space, w_type, kw_names, kw_values_w)
    return w_type


def slot_names(space, class_ns, class_name):
    """The names the class body's __slots__ gives (a str or an iterable of str; a
    private `__x` mangled to `_Class__x`, as CPython), or None without __slots__;
    CPython's ValueError for a name that is also a class attribute."""
    w_slots = class_ns.get('__slots__', None)
    if w_slots is None:
        return None
    if isinstance(w_slots, W_Str):
        slots_w = [w_slots]
    else:
        slots_w = space.listview(w_slots)
    names = []
    for w_name in slots_w:
        if not isinstance(w_name, W_Str):
            raise space.error(space.w_TypeError, "__slots__ items must be strings, not "
                              "'%s'" % space.type(w_name).name)
        name = util.mangle(class_name, w_name.utf8())
        if name in class_ns:
            raise space.error(space.w_ValueError, "'%s' in __slots__ conflicts with class "
                              "variable" % name)
        names.append(name)
    return names


def instance_slots(space, w_type, own):
    """The attribute names instances of w_type may have when every class of its MRO
    but object defines __slots__ without '__dict__' (CPython: no instance __dict__);
    None otherwise.  Exceptions and instances of builtin types' subclasses keep their
    dicts."""
    if own is None or '__dict__' in own or w_type.layout != LAYOUT_OBJECT or \
            w_type.w_builtin_base is not None:
        return None
    names = {}
    for name in own:
        names[name] = None
    for w_base in w_type.bases_w:
        assert isinstance(w_base, W_Type)
        if w_base is space.w_object:
            continue
        if w_base.slots is None:
            return None
        for name in w_base.slots:
            names[name] = None
    return names


def set_names(space, w_type):
    """__set_name__ of each attribute; an exception it raises becomes the __cause__ of
    CPython 3.11's RuntimeError naming the attribute."""
    for name, w_value in w_type.dict_w.items():
        w_set_name = space.lookup_special_or_none(w_value, '__set_name__')
        if w_set_name is not None:
            try:
                space.call_function(w_set_name, [w_type, space.newstr(name)])
            except OperationError as e:
                operr = space.error(space.w_RuntimeError, "Error calling __set_name__ on "
                                    "'%s' instance '%s' in '%s'"
                                    % (space.type(w_value).name, name, w_type.name))
                space.set_cause(operr.w_value, e.w_value)
                space.set_context(operr.w_value, e.w_value)
                raise operr


def init_subclass(space, w_type, kw_names, kw_values_w):
    """The first __init_subclass__ after the new class in its MRO, called with the
    class and the class statement's keywords but metaclass."""
    mro_w = w_type.mro_w
    w_found = None
    for i in range(1, len(mro_w)):
        w_t = mro_w[i]
        assert isinstance(w_t, W_Type)
        w_found = w_t.dict_w.get('__init_subclass__', None)
        if w_found is not None:
            break
    if w_found is None:
        w_found = space.object_methods_w['__init_subclass__']
    if isinstance(w_found, W_ClassMethod):
        w_found = w_found.w_func
    space.call(w_found, Arguments([w_type], kw_names, kw_values_w))


# --- type.__new__, type.__init__, type.__call__, and calling a metaclass ----------------

def call_metatype(space, w_meta, args):
    """Calling a metaclass the program wrote (w_meta derives from type): its __new__
    (type.__new__ unless it has its own) and then, if the result is an instance of
    it, its __init__."""
    w_new = w_meta.lookup('__new__')
    if isinstance(w_new, W_StaticMethod):
        w_new = w_new.w_func
    if w_new is None or isinstance(w_new, W_BuiltinFunction):
        w_obj = type_new(space, args.prepend(w_meta))
    else:
        w_obj = space.call(w_new, args.prepend(w_meta))
    if space.type(w_obj).is_subtype(w_meta):
        w_init = w_meta.lookup('__init__')
        if w_init is not None and not isinstance(w_init, W_BuiltinFunction):
            w_res = space.call(w_init, args.prepend(w_obj))
            if w_res is not space.w_None:
                raise space.error(space.w_TypeError, "__init__() should return None, not "
                                  "'%s'" % space.type(w_res).name)
    return w_obj


def type_new(space, args):
    """type.__new__(metatype, name, bases, dict, **kwds), and type(name, bases, dict)."""
    args_w = args.args_w
    if len(args_w) != 4:
        raise space.error(space.w_TypeError, 'type.__new__() takes exactly 3 arguments '
                          '(%d given)' % (len(args_w) - 1))
    w_meta, w_name, w_bases, w_dict = args_w[0], args_w[1], args_w[2], args_w[3]
    if not isinstance(w_meta, W_Type) or not w_meta.is_subtype(space.w_type):
        raise space.error(space.w_TypeError, 'type.__new__(X): X is not a type object (%s)'
                          % space.type(w_meta).name)
    name = space.str_w(w_name)
    if not isinstance(w_bases, W_Tuple):
        raise space.error(space.w_TypeError, 'type.__new__() argument 2 must be tuple, not '
                          '%s' % space.type(w_bases).name)
    if not space.isinstance_w(w_dict, space.w_dict):
        raise space.error(space.w_TypeError, 'type.__new__() argument 3 must be dict, not '
                          '%s' % space.type(w_dict).name)
    w_dict = w_dict.builtin_value()         # (a subclass of dict: its items, as CPython)
    assert isinstance(w_dict, W_Dict)
    bases_w = w_bases.items_w[:]
    for w_base in bases_w:
        if not isinstance(w_base, W_Type) and \
                space.getattr_or_none(w_base, '__mro_entries__') is not None:
            raise space.error(space.w_TypeError, "type() doesn't support MRO entry "
                              "resolution; use types.new_class()")
    # a class of a derived metaclass when a base has one (type(name, (C,), {}))
    w_meta = metaclass.find_metaclass(space, w_meta, bases_w)
    assert isinstance(w_meta, W_Type)
    class_ns = {}
    w_cell = None
    for w_key, w_value in w_dict.pairs():
        key = space.str_w(w_key)
        if key == '__classcell__':
            w_cell = w_value
        else:
            class_ns[key] = w_value
    if '__module__' not in class_ns:          # the calling code's module, as CPython
        frame = space.current_ec().frame
        if frame is not None:
            w_modname = frame.w_module.dict_w.get('__name__', None)
            if w_modname is not None:
                class_ns['__module__'] = w_modname
    kw_names = []
    kw_values_w = []
    if args.kw_names is not None:
        kw_names = args.kw_names[:]
        kw_values_w = args.kw_values_w[:]
    return create_class(space, w_meta, name, bases_w, class_ns, w_cell, kw_names,
                        kw_values_w)


def type_init(space, args):
    """type.__init__: nothing to do once __new__ made the class."""
    return space.w_None


def type_call(space, args):
    """type.__call__(cls, *args, **kwargs): make an instance of cls as calling it does
    without a metaclass __call__ (what a metaclass's __call__ reaches through super())."""
    args_w = args.args_w
    if not args_w or not isinstance(args_w[0], W_Type):
        raise space.error(space.w_TypeError, "descriptor '__call__' requires a 'type' "
                          "object")
    w_cls = args_w[0]
    assert isinstance(w_cls, W_Type)
    return space.construct(w_cls, Arguments(args_w[1:], args.kw_names, args.kw_values_w))


def type_subclasses(space, args):
    """type.__subclasses__(cls): the classes made with cls as a direct base, oldest
    first (user classes: gclab's builtin types do not list each other)."""
    args_w = args.args_w
    if len(args_w) != 1 or args.has_keywords():
        w_first = args_w[0] if args_w else None
        if isinstance(w_first, W_Type):
            raise space.error(space.w_TypeError, '%s.__subclasses__() takes no arguments '
                              '(%d given)' % (w_first.name, len(args_w) - 1))
    if not args_w or not isinstance(args_w[0], W_Type):
        raise space.error(space.w_TypeError, "descriptor '__subclasses__' requires a "
                          "'type' object")
    w_cls = args_w[0]
    assert isinstance(w_cls, W_Type)
    return space.newlist(w_cls.subclasses())


def type_mro(space, args):
    """type.mro(cls): the MRO as a list."""
    args_w = args.args_w
    if not args_w or not isinstance(args_w[0], W_Type):
        raise space.error(space.w_TypeError, "descriptor 'mro' requires a 'type' object")
    w_cls = args_w[0]
    assert isinstance(w_cls, W_Type)
    return space.newlist(w_cls.mro_w[:])


def install(space):
    w_type = space.w_type
    w_type.dict_w['__subclasses__'] = space.wrap_builtin('__subclasses__', type_subclasses,
                                                         w_type)
    w_type.dict_w['mro'] = space.wrap_builtin('mro', type_mro, w_type)
    # found on every class after its MRO (space.type_getattr does not look in `type`)
    space.object_methods_w['__subclasses__'] = W_ClassMethod(w_type.dict_w['__subclasses__'])
    space.object_methods_w['mro'] = W_ClassMethod(w_type.dict_w['mro'])
    w_type.dict_w['__new__'] = space.wrap_builtin('__new__', type_new, w_type)
    w_type.dict_w['__init__'] = space.wrap_builtin('__init__', type_init, w_type)
    w_type.dict_w['__call__'] = space.wrap_builtin('__call__', type_call, w_type)
