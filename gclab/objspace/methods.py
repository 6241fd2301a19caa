"""Installs the builtin methods of the builtin types into the types' dicts; each type's
methods live in its own module.  Each method is impl(space, args) -> W_Root; the instance
is args.args_w[0]."""

from gclab.objspace.function import W_ClassMethod, W_StaticMethod, W_Property
from gclab.objspace import iterators, strmethods, setobject, bytesobject, seqops
from gclab.objspace import memoryviewobject
from gclab.interp import opcodes as op
from gclab.objspace.specialmethods import (special_self, special_len, special_contains,
                                           special_iter, special_repr, special_str,
                                           special_hash, special_getitem, special_setitem,
                                           special_delitem)
from gclab.objspace.specialnames import CMP_SPECIAL
from gclab.objspace.strmethods import STR_METHODS
from gclab.objspace.listobject import LIST_METHODS
from gclab.objspace.tupleobject import TUPLE_METHODS
from gclab.objspace.dictobject import DICT_METHODS, dict_fromkeys
from gclab.objspace.complexobject import COMPLEX_ATTRIBUTES
from gclab.objspace.complexmethods import COMPLEX_METHODS
from gclab.objspace.numberobject import (INT_METHODS, INT_ATTRIBUTES, FLOAT_METHODS,
                                         FLOAT_ATTRIBUTES, float_fromhex)
from gclab.objspace.rangeobject import (RANGE_METHODS, RANGE_ATTRIBUTES, SLICE_METHODS,
                                        SLICE_ATTRIBUTES)
from gclab.objspace.descrobject import (PROPERTY_METHODS, PROPERTY_ATTRIBUTES,
                                        METHOD_ATTRIBUTES, FUNCTION_ATTRIBUTES, CODE_TYPE,
                                        staticmethod_get, classmethod_get, callable_call,
                                        function_get, cell_contents, MEMBER_METHODS,
                                        MEMBER_ATTRIBUTES)
from gclab.objspace.specialmethods import install_special_methods
from gclab.objspace.objectmethods import (OBJECT_METHODS, object_init_subclass,
                                          object_subclasshook)
from gclab.objspace import sizeof
from gclab.objspace.descrobject import TRACEBACK_ATTRIBUTES, FRAME_ATTRIBUTES


def install(space):
    iterators.install(space)
    setobject.install(space)
    list_methods = LIST_METHODS + [('__reversed__', iterators.list_reversed)]
    for w_type, table in [(space.w_list, list_methods), (space.w_tuple, TUPLE_METHODS),
                          (space.w_dict, DICT_METHODS), (space.w_str, STR_METHODS)]:
        for name, impl in table:
            w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    w_fromkeys = space.wrap_builtin('fromkeys', dict_fromkeys, space.w_dict)
    space.w_dict.dict_w['fromkeys'] = W_ClassMethod(w_fromkeys)
    space.w_float.dict_w['fromhex'] = W_ClassMethod(
        space.wrap_builtin('fromhex', float_fromhex, space.w_float))
    for w_type, table in [(space.w_int, INT_METHODS), (space.w_float, FLOAT_METHODS),
                          (space.w_complex, COMPLEX_METHODS),
                          (space.w_property, PROPERTY_METHODS),
                          (space.w_member_descriptor, MEMBER_METHODS),
                          (space.w_range, RANGE_METHODS), (space.w_slice, SLICE_METHODS)]:
        for name, impl in table:
            w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    for w_type, table in [(space.w_int, INT_ATTRIBUTES), (space.w_float, FLOAT_ATTRIBUTES),
                          (space.w_complex, COMPLEX_ATTRIBUTES),
                          (space.w_property, PROPERTY_ATTRIBUTES),
                          (space.w_member_descriptor, MEMBER_ATTRIBUTES),
                          (space.w_traceback, TRACEBACK_ATTRIBUTES),
                          (space.w_frame, FRAME_ATTRIBUTES),
                          (space.w_slice, SLICE_ATTRIBUTES),
                          (space.w_range, RANGE_ATTRIBUTES),
                          (space.w_method, METHOD_ATTRIBUTES),
                          (space.w_function, FUNCTION_ATTRIBUTES)]:
        for name, impl in table:
            w_type.dict_w[name] = W_Property(space.wrap_builtin(name, impl, w_type), None)
    space.w_function.dict_w['__get__'] = space.wrap_builtin('__get__', function_get,
                                                            space.w_function)
    for w_type, impl in [(space.w_staticmethod, staticmethod_get),
                         (space.w_classmethod, classmethod_get)]:
        w_type.dict_w['__get__'] = space.wrap_builtin('__get__', impl, w_type)
    for w_type in [space.w_function, space.w_method, space.w_builtin_function]:
        w_type.dict_w['__call__'] = space.wrap_builtin('__call__', callable_call, w_type)
    space.w_cell.dict_w['cell_contents'] = W_Property(
        space.wrap_builtin('cell_contents', cell_contents, space.w_cell), None)
    CODE_TYPE.w_type = space.make_type('code', space.w_object)
    install_special_methods(space)
    install_bytes(space)
    memoryviewobject.install(space)
    for name, impl in OBJECT_METHODS:
        space.object_methods_w[name] = space.wrap_builtin(name, impl, space.w_object)
    space.object_methods_w['__sizeof__'] = space.wrap_builtin('__sizeof__',
                                                             sizeof.object_sizeof,
                                                             space.w_object)
    sizeof.install_struct_sizes()
    space.object_methods_w['__init_subclass__'] = W_ClassMethod(space.wrap_builtin(
        '__init_subclass__', object_init_subclass, space.w_object))
    space.object_methods_w['__subclasshook__'] = W_ClassMethod(space.wrap_builtin(
        '__subclasshook__', object_subclasshook, space.w_object))
    w_maketrans = space.wrap_builtin('maketrans', strmethods.str_maketrans, space.w_str)
    space.w_str.dict_w['maketrans'] = W_StaticMethod(w_maketrans)


# --- bytes and bytearray (gclab.objspace.bytesobject) ---------------------------------------

def make_bytes_compare(opnum):
    def special(space, args):
        w_self = special_self(space, args, CMP_SPECIAL[opnum], 1)
        w_other = args.args_w[1].builtin_value()
        res = bytesobject.compare(space, opnum, w_self, w_other)
        if res < 0:
            return space.w_NotImplemented
        return space.newbool(res == 1)
    special.func_name = 'bytes_compare_%d' % opnum
    return special


def make_bytes_binop(opnum, name, reflected):
    def special(space, args):
        w_self = special_self(space, args, name, 1)
        w_other = args.args_w[1].builtin_value()
        if reflected:
            w_res = seqops.seq_binop(space, opnum, w_other, w_self)
        else:
            w_res = seqops.seq_binop(space, opnum, w_self, w_other)
        if w_res is None:
            return space.w_NotImplemented
        return w_res
    special.func_name = 'bytes_binop_%d_%d' % (opnum, int(reflected))
    return special


def bytes_special_table():
    table = [('__len__', special_len), ('__contains__', special_contains),
             ('__iter__', special_iter), ('__repr__', special_repr),
             ('__str__', special_str), ('__getitem__', special_getitem)]
    for opnum in [op.CMP_LT, op.CMP_LE, op.CMP_EQ, op.CMP_NE, op.CMP_GT, op.CMP_GE]:
        table.append((CMP_SPECIAL[opnum], make_bytes_compare(opnum)))
    table.append(('__add__', make_bytes_binop(op.OP_ADD, '__add__', False)))
    table.append(('__mul__', make_bytes_binop(op.OP_MUL, '__mul__', False)))
    table.append(('__rmul__', make_bytes_binop(op.OP_MUL, '__rmul__', True)))
    table.append(('__mod__', make_bytes_binop(op.OP_MOD, '__mod__', False)))
    return table


def make_bytearray_inplace(opnum, name):
    def special(space, args):
        w_self = special_self(space, args, name, 1)
        w_res = bytesobject.inplace_binop(space, opnum, w_self, args.args_w[1].builtin_value())
        if w_res is None:
            return space.w_NotImplemented
        return args.args_w[0]           # the instance itself (of a subclass, too)
    special.func_name = 'bytearray_inplace_%d' % opnum
    return special


def bytearray_repr(space, args):
    """repr() of a bytearray names the instance's class, as CPython's does."""
    w_self = special_self(space, args, '__repr__', 0)
    assert isinstance(w_self, bytesobject.W_ByteArray)
    return space.newstr(space.type(args.args_w[0]).name + '(' +
                        bytesobject.bytes_repr(w_self.as_str(), True) + ')')


BYTES_SPECIAL_METHODS = bytes_special_table()
BYTEARRAY_SPECIAL_METHODS = [('__iadd__', make_bytearray_inplace(op.OP_ADD, '__iadd__')),
                             ('__imul__', make_bytearray_inplace(op.OP_MUL, '__imul__')),
                             ('__repr__', bytearray_repr),
                             ('__setitem__', special_setitem),
                             ('__delitem__', special_delitem)]


def install_bytes(space):
    """The methods of bytes and bytearray, and int.to_bytes/int.from_bytes."""
    for w_type, table in [(space.w_bytes, bytesobject.BYTES_METHODS),
                          (space.w_bytearray, bytesobject.BYTEARRAY_METHODS)]:
        for name, impl in table + BYTES_SPECIAL_METHODS:
            w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    for name, impl in BYTEARRAY_SPECIAL_METHODS:
        space.w_bytearray.dict_w[name] = space.wrap_builtin(name, impl, space.w_bytearray)
    space.w_bytes.dict_w['__hash__'] = space.wrap_builtin('__hash__', special_hash,
                                                          space.w_bytes)
    space.w_bytearray.dict_w['__hash__'] = space.w_None
    space.w_bytes.dict_w['fromhex'] = W_ClassMethod(
        space.wrap_builtin('fromhex', bytesobject.bytes_fromhex, space.w_bytes))
    space.w_bytearray.dict_w['fromhex'] = W_ClassMethod(
        space.wrap_builtin('fromhex', bytesobject.bytearray_fromhex, space.w_bytearray))
    for w_type in [space.w_UnicodeDecodeError, space.w_UnicodeEncodeError]:
        w_type.dict_w['__str__'] = space.wrap_builtin('__str__', bytesobject.unicode_error_str,
                                                      w_type)
    for w_type in [space.w_bytes, space.w_bytearray]:
        w_type.dict_w['maketrans'] = W_StaticMethod(
            space.wrap_builtin('maketrans', bytesobject.bytes_maketrans, w_type))
    space.w_int.dict_w['to_bytes'] = space.wrap_builtin('to_bytes', bytesobject.int_to_bytes,
                                                        space.w_int)
    space.w_int.dict_w['from_bytes'] = W_ClassMethod(
        space.wrap_builtin('from_bytes', bytesobject.int_from_bytes, space.w_int))
