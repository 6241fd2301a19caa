"""What a guest object refers to: gc.get_referents() and the finalization at exit
(gclab.objspace.finalizers.at_exit) walk the guest's object graph with it.

referents_w(w_obj) lists, in a fixed order, the objects w_obj holds directly that a
guest program could reach: a container's items, a dict's keys and values, an instance's
class and attributes, a user class's bases and dict, a function's defaults, closure
cells and attributes, a cell's value, a bound method's self and function.  Objects gclab keeps outside
the guest's view (code objects, maps, caches, frames) are not listed, nor a function's
globals (its module's dict, which CPython would list as a dict)."""

from rpython.rlib.objectmodel import compute_unique_id

from gclab.objspace.objects import W_Cell
from gclab.objspace.listobject import W_List
from gclab.objspace.tupleobject import W_Tuple
from gclab.objspace.dictobject import W_Dict
from gclab.objspace.setobject import W_BaseSet
from gclab.objspace.typeobject import W_Type, W_Instance, W_ExceptionObject
from gclab.objspace.weakrefobject import W_WeakRef
from gclab.objspace.function import (W_Function, W_Method, W_StaticMethod, W_ClassMethod,
                                     W_Property, W_MemberDescr)
from gclab.objspace.tracebackobject import W_Traceback, W_Frame
from gclab.objspace.memoryviewobject import W_MemoryView


def referents_w(w_obj):
    result_w = []
    if isinstance(w_obj, W_List):
        result_w.extend(w_obj.items_w)
    elif isinstance(w_obj, W_Tuple):
        result_w.extend(w_obj.items_w)
    elif isinstance(w_obj, W_Dict):
        for w_key, w_value in w_obj.data.items():
            result_w.append(w_key)
            result_w.append(w_value)
    elif isinstance(w_obj, W_BaseSet):
        for w_key in w_obj.keys_w:
            if w_key is not None:
                result_w.append(w_key)
    elif isinstance(w_obj, W_Instance):
        result_w.append(w_obj.w_class)
        if isinstance(w_obj, W_ExceptionObject):
            result_w.extend(w_obj.args_w)
            if w_obj.w_tb is not None:          # __traceback__, once asked for
                result_w.append(w_obj.w_tb)
        for w_value in w_obj.storage_w:
            if w_value is not None:
                result_w.append(w_value)
    elif isinstance(w_obj, W_Type):
        if not w_obj.builtin:
            result_w.extend(w_obj.bases_w)
            for w_value in w_obj.dict_w.values():
                result_w.append(w_value)
    elif isinstance(w_obj, W_Function):
        result_w.extend(w_obj.defaults_w)
        if w_obj.kwdefaults_w is not None:
            for w_value in w_obj.kwdefaults_w.values():
                result_w.append(w_value)
        if w_obj.closure_w is not None:
            result_w.extend(w_obj.closure_w)
        if w_obj.dict_w is not None:            # its attributes (f.x = ...)
            for w_value in w_obj.dict_w.values():
                result_w.append(w_value)
    elif isinstance(w_obj, W_Cell):
        if w_obj.w_value is not None:
            result_w.append(w_obj.w_value)
    elif isinstance(w_obj, W_Method):
        result_w.append(w_obj.w_self)
        result_w.append(w_obj.w_func)
    elif isinstance(w_obj, W_StaticMethod):
        result_w.append(w_obj.w_func)
    elif isinstance(w_obj, W_ClassMethod):
        result_w.append(w_obj.w_func)
    elif isinstance(w_obj, W_Property):
        for w_value in [w_obj.w_fget, w_obj.w_fset, w_obj.w_fdel]:
            if w_value is not None:
                result_w.append(w_value)
    elif isinstance(w_obj, W_WeakRef):
        if w_obj.w_callback is not None:
            result_w.append(w_obj.w_callback)
    elif isinstance(w_obj, W_MemberDescr):
        result_w.append(w_obj.w_objclass)
    elif isinstance(w_obj, W_Traceback):     # (what it made so far: tb_next, tb_frame)
        if w_obj.w_next is not None:
            result_w.append(w_obj.w_next)
        if w_obj.w_frame is not None:
            result_w.append(w_obj.w_frame)
    elif isinstance(w_obj, W_MemoryView):
        if w_obj.w_obj is not None:
            result_w.append(w_obj.w_obj)
    elif isinstance(w_obj, W_Frame):
        if w_obj.w_back is not None:
            result_w.append(w_obj.w_back)
        if w_obj.w_locals is not None:
            result_w.append(w_obj.w_locals)
    return result_w


def reachable_w(roots_w):
    """Every object reachable from roots_w through referents_w, each once, in the
    order of a depth-first walk that visits the roots in their order."""
    seen = {}
    order_w = []
    stack_w = []
    for i in range(len(roots_w) - 1, -1, -1):
        stack_w.append(roots_w[i])
    while stack_w:
        w_obj = stack_w.pop()
        key = compute_unique_id(w_obj)
        if key in seen:
            continue
        seen[key] = None
        order_w.append(w_obj)
        children_w = referents_w(w_obj)
        for i in range(len(children_w) - 1, -1, -1):
            stack_w.append(children_w[i])
    return order_w
