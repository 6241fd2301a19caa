"""class statements: __build_class__ runs the class body and creates the class."""

from gclab.interp.frame import Frame
from gclab.objspace.objects import W_Cell
from gclab.objspace.function import W_Function
from gclab.objspace.typeobject import (W_Type, compute_mro, LAYOUT_OBJECT,
                                       LAYOUT_EXCEPTION, LAYOUT_NONE)


def build_class(space, w_body, name, bases_w, kw_names):
    """__build_class__: run the class body and create the class."""
    assert isinstance(w_body, W_Function)
    layout = LAYOUT_OBJECT
    if not bases_w:
        bases_w = [space.w_object]
    for w_base in bases_w:
        if not isinstance(w_base, W_Type):
            raise space.error(space.w_TypeError, 'bases must be types')
        if w_base.layout == LAYOUT_EXCEPTION:
            layout = LAYOUT_EXCEPTION
        elif w_base.layout == LAYOUT_NONE:
            raise space.error(space.w_TypeError, "gclab: subclassing the builtin type "
                              "'%s' is not supported" % w_base.name)
    frame = Frame(space, w_body.code, w_body.w_globals, w_body.closure_w)
    frame.class_ns = {}
    w_cell = space.run_frame(frame)
    if '__eq__' in frame.class_ns and '__hash__' not in frame.class_ns:
        frame.class_ns['__hash__'] = space.w_None     # as CPython: unhashable
    w_type = W_Type(name, bases_w, frame.class_ns, layout, False)
    mro_w = compute_mro(w_type)
    if mro_w is None:
        raise space.error(space.w_TypeError, 'Cannot create a consistent method resolution '
                          'order (MRO) for bases')
    w_type.mro_w = mro_w
    if isinstance(w_cell, W_Cell):
        w_cell.w_value = w_type
    if space.track_classes:
        space.classes_w.append(w_type)
    return w_type
