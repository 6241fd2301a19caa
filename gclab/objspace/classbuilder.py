"""class statements: __build_class__ runs the class body and creates the class."""

from gclab.interp.frame import Frame
from gclab.objspace.objects import W_Cell
from gclab.objspace.function import W_Function, W_ClassMethod, W_StaticMethod, Arguments
from gclab.objspace import freethreading, subclassing
from gclab.objspace.typeobject import (W_Type, compute_mro, LAYOUT_OBJECT,
                                       LAYOUT_EXCEPTION, LAYOUT_NONE)


def build_class(space, w_body, name, bases_w, args):
    """__build_class__: run the class body and create the class; then, as CPython's
    type.__new__ does, call __set_name__ on the attributes that define it and the
    parent's __init_subclass__ with the class statement's keywords (`metaclass=` is
    accepted and ignored: gclab has no metaclasses)."""
    assert isinstance(w_body, W_Function)
    layout = LAYOUT_OBJECT
    if not bases_w:
        bases_w = [space.w_object]
    for w_base in bases_w:
        if not isinstance(w_base, W_Type):
            raise space.error(space.w_TypeError, 'bases must be types')
        if w_base.layout == LAYOUT_EXCEPTION:
            layout = LAYOUT_EXCEPTION
        elif w_base.layout == LAYOUT_NONE and not subclassing.is_subclassable(space, w_base):
            if w_base.name in subclassing.FINAL_IN_CPYTHON:
                raise space.error(space.w_TypeError, "type '%s' is not an acceptable base "
                                  "type" % w_base.name)
            raise space.error(space.w_TypeError, "gclab: subclassing the builtin type "
                              "'%s' is not supported" % w_base.name)
    w_builtin_base = subclassing.builtin_base(space, bases_w)
    frame = Frame(space, w_body.code, w_body.w_globals, w_body.closure_w)
    frame.class_ns = {}
    w_cell = space.run_frame(frame)
    if '__eq__' in frame.class_ns and '__hash__' not in frame.class_ns:
        frame.class_ns['__hash__'] = space.w_None     # as CPython: unhashable
    w_new = frame.class_ns.get('__new__', None)
    if isinstance(w_new, W_Function):                 # implicitly a staticmethod
        frame.class_ns['__new__'] = W_StaticMethod(w_new)
    w_init_subclass = frame.class_ns.get('__init_subclass__', None)
    if isinstance(w_init_subclass, W_Function):       # implicitly a classmethod
        frame.class_ns['__init_subclass__'] = W_ClassMethod(w_init_subclass)
    w_type = W_Type(name, bases_w, frame.class_ns, layout, False)
    w_type.w_builtin_base = w_builtin_base
    mro_w = compute_mro(w_type)
    if mro_w is None:
        raise space.error(space.w_TypeError, 'Cannot create a consistent method resolution '
                          'order (MRO) for bases')
    w_type.mro_w = mro_w
    if isinstance(w_cell, W_Cell):
        w_cell.w_value = w_type
    if space.track_classes:
        held = freethreading.lock_state(freethreading.REGISTRIES)
        space.classes_w.append(w_type)
        freethreading.unlock_state(freethreading.REGISTRIES, held)
    set_names(space, w_type)
    init_subclass(space, w_type, args)
    return w_type


def set_names(space, w_type):
    for name, w_value in w_type.dict_w.items():
        w_set_name = space.lookup_special_or_none(w_value, '__set_name__')
        if w_set_name is not None:
            space.call_function(w_set_name, [w_type, space.newstr(name)])


def init_subclass(space, w_type, args):
    """The first __init_subclass__ after the new class in its MRO, called with the
    class and the class statement's keywords but metaclass."""
    kw_names = []
    kw_values_w = []
    if args.kw_names is not None:
        for i in range(len(args.kw_names)):
            if args.kw_names[i] != 'metaclass':
                kw_names.append(args.kw_names[i])
                kw_values_w.append(args.kw_values_w[i])
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
