"""sys.getsizeof(obj[, default]) and object.__sizeof__(): the bytes an object takes on
the plan the binary was translated for (gclab.gc.sizes): its own C struct, with the
plan's GC header, plus the blocks it owns alone -- a list's, tuple's, set's or an
instance's item storage at its allocated length, a str's or bytes' characters, a dict's
entries, a big int's digits.  What the object refers to is not counted, as in CPython;
neither is what the memory manager adds outside the object (malloc's chunk header,
boehm's size classes).  A class's own __sizeof__ is called as CPython calls it (its
result must be an int >= 0); CPython then adds its GC header for tracked objects, which
gclab does not (its header is already in its own sizes)."""

from gclab.gc.sizes import struct_size, storage_size
from gclab.interp.error import OperationError
from gclab.objspace import freethreading
from gclab.objspace.objects import W_Root
from gclab.objspace.argspec import Spec
from gclab.objspace.numberobject import W_Long
from gclab.objspace.strobject import W_Str
from gclab.objspace.bytesobject import W_Bytes, W_ByteArray
from gclab.objspace.listobject import W_List
from gclab.objspace.tupleobject import W_Tuple
from gclab.objspace.dictobject import W_Dict
from gclab.objspace.setobject import W_BaseSet
from gclab.objspace.typeobject import W_Instance, W_BuiltinSubInstance

SYS_GETSIZEOF = Spec('sys.getsizeof(object, default=None)')
OBJECT_SIZEOF = Spec('object.__sizeof__($self, /)')


def install_struct_sizes():
    """Give every W_ class (all imported by now: the space calls this) a method that
    returns the size of its own C struct: a constant of the translated C per class."""
    todo = [W_Root]
    while todo:
        cls = todo.pop()
        if 'struct_bytes' not in cls.__dict__:
            cls.struct_bytes = _struct_bytes_of(cls)
        todo.extend(cls.__subclasses__())


def _struct_bytes_of(cls):
    def struct_bytes(self):
        return struct_size(cls)
    return struct_bytes


def owned_bytes(w_obj):
    """The blocks w_obj owns alone (see the module), read under its lock."""
    held = freethreading.lock(w_obj)
    try:
        if isinstance(w_obj, W_List):
            return storage_size(w_obj.items_w)
        if isinstance(w_obj, W_Tuple):
            return storage_size(w_obj.items_w)
        if isinstance(w_obj, W_Str):
            return storage_size(w_obj.utf8())
        if isinstance(w_obj, W_Bytes):
            return storage_size(w_obj.strval)
        if isinstance(w_obj, W_ByteArray):
            return storage_size(w_obj.data)
        if isinstance(w_obj, W_Dict):
            return storage_size(w_obj.data)
        if isinstance(w_obj, W_BaseSet):
            return storage_size(w_obj.keys_w) + storage_size(w_obj.hashes)
        if isinstance(w_obj, W_Long):
            return storage_size(w_obj.num._digits)
        if isinstance(w_obj, W_Instance):
            return storage_size(w_obj.storage_w)
        return 0
    finally:
        freethreading.unlock(w_obj, held)


def default_size(w_obj):
    size = w_obj.struct_bytes() + owned_bytes(w_obj)
    if isinstance(w_obj, W_BuiltinSubInstance) and w_obj.w_value is not None:
        size += default_size(w_obj.w_value)
    return size


def object_sizeof(space, args):
    OBJECT_SIZEOF.check(space, args)
    return space.newint(default_size(args.args_w[0]))


def sizeof_w(space, w_obj):
    """type(obj).__sizeof__(obj) as an int >= 0."""
    w_meth = space.user_special(w_obj, '__sizeof__')
    if w_meth is None:
        return default_size(w_obj)
    w_size = space.call_function(w_meth, [])
    if not space.isinstance_w(w_size, space.w_int):
        raise space.error(space.w_TypeError, 'an integer is required')
    size = space.int_w(w_size)
    if size < 0:
        raise space.error(space.w_ValueError, '__sizeof__() should return >= 0')
    return size


def sys_getsizeof(space, args):
    values_w = SYS_GETSIZEOF.values(space, args)
    w_default = values_w[1]
    try:
        return space.newint(sizeof_w(space, values_w[0]))
    except OperationError as e:
        if w_default is not None and space.exception_is(e.w_value, space.w_TypeError):
            return w_default
        raise
