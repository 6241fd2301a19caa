"""memoryview (RPython): a one-dimensional view of the bytes of a bytes or a bytearray.

A view reads and writes its object's storage itself, never a copy: W_MemoryView holds
the W_Bytes or W_ByteArray (w_base) and the view's place in it -- the byte offset of
item 0 (start), the distance in bytes between items (stride: a step slice multiplies
it, a negative step makes it negative), the number of items (nitems) and the item
format and size (fmt, itemsize: 'B' and 1 unless cast()).  A bytearray's bytes are a
list that some operations replace (bytesobject.W_ByteArray.data): the view goes through
the W_ByteArray each time, so it always sees the current list.

Exports: a view of a bytearray registers itself with it (bytesobject.add_export); while
a registered view is alive and not released, an operation that would resize the
bytearray raises CPython's BufferError (bytesobject.check_resizable).  A view that the
program drops stops counting when it is freed -- at once on the refcount plans, as in
CPython (the bytearray counts its unreleased views; the view's destructor, installed by
cyclegc.configure, gives its export back); on the tracing plans, where the bytearray
holds its views weakly, when a collection finds it (a resize that finds an unreleased
view collects first).  release() and the with statement end an export at once on every plan.

What is missing (docs/language.md): multi-dimensional views and cast() with a shape,
formats other than the native single-character ones below, the buffer protocol of other
objects (array.array, io.BytesIO.getbuffer...), and a view's own export count (CPython's
release() refuses while buffers taken from the view itself are alive)."""

from rpython.rlib.objectmodel import compute_hash
from rpython.rlib.rstring import StringBuilder
from rpython.rlib.rarithmetic import r_ulonglong, intmask
from rpython.rlib.rbigint import rbigint, InvalidSignednessError
from rpython.rlib.rstruct.ieee import float_unpack, float_pack

from gclab.objspace.objects import W_Root, W_Slice
from gclab.objspace.numberobject import W_Int, W_Long, W_Float, bigint_of
from gclab.objspace.bytesobject import (W_BufferView, W_AbstractBytes, W_Bytes, W_ByteArray,
                                        bytes_like, has_index, index_value, add_export,
                                        remove_export,
                                        b_hex, HEX)
from gclab.objspace.rangeobject import slice_indices
from gclab.objspace.argspec import Spec, receiver
from gclab.objspace.typeobject import W_Instance
from gclab.objspace.strobject import W_Str
from gclab.objspace import gcslots

# the formats a view can have: CPython's native single-character struct formats whose
# items are ints, floats, bools or bytes of one character (sizes of this machine)
FORMATS = 'BbcHhIiLlQqNn?fd'


def format_size(fmt):
    if fmt_in(fmt, 'Bbc?'):
        return 1
    if fmt_in(fmt, 'Hh'):
        return 2
    if fmt_in(fmt, 'Iif'):
        return 4
    return 8


def fmt_in(fmt, chars):
    """fmt is one of the characters of chars."""
    return len(fmt) == 1 and fmt[0] in chars


def is_byte_format(fmt):
    return fmt == 'B' or fmt == 'b' or fmt == 'c'


class W_MemoryView(W_BufferView):
    _attrs_ = ['w_obj', 'w_base', 'start', 'stride', 'nitems', 'fmt', 'fmt_name',
               'itemsize', 'readonly', 'gc_slot']
    _immutable_fields_ = ['w_base', 'start', 'stride', 'nitems', 'fmt', 'fmt_name',
                          'itemsize', 'readonly']

    def __init__(self, w_obj, w_base, start, stride, nitems, fmt_name, readonly):
        self.w_obj = w_obj              # what .obj gives (the bytearray subclass's
                                        # instance, not only its builtin value)
        self.w_base = w_base
        self.start = start
        self.stride = stride
        self.nitems = nitems
        self.fmt_name = fmt_name        # .format: as cast() was given it ('@B')
        fmt = fmt_name
        if len(fmt_name) == 2:
            fmt = fmt_name[1:]
        self.fmt = fmt                  # one character of FORMATS
        self.itemsize = format_size(fmt)
        self.readonly = readonly
        self.released = False
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track(self)
        if isinstance(w_base, W_ByteArray):
            add_export(w_base, self)

    def getclass(self, space):
        return space.w_memoryview

    def check(self, space):
        if self.released:
            raise space.error(space.w_ValueError,
                              'operation forbidden on released memoryview object')

    def release(self):
        """release(), the end of a with block, the cycle collector's clear, or (on the
        refcount plans) the view's death: the bytearray may be resized again."""
        if self.released:
            return
        self.released = True
        base = self.w_base
        if isinstance(base, W_ByteArray):
            remove_export(base)

    def clear_obj(self):
        """The cycle collector breaks a cycle through the view: it is released."""
        self.release()
        self.w_obj = None

    def contiguous(self):
        return self.stride == self.itemsize or self.nitems <= 1

    def view_bytes(self):
        """The bytes the view shows, in order (a copy)."""
        base = self.w_base
        if not self.in_bounds():
            return ''               # (cannot happen: check_bounds)
        if self.contiguous() and isinstance(base, W_Bytes):
            start = self.start
            end = start + self.nitems * self.itemsize
            assert start >= 0 and end >= start
            return base.strval[start:end]
        out = StringBuilder(self.nitems * self.itemsize)
        for k in range(self.nitems):
            off = self.start + k * self.stride
            for j in range(self.itemsize):
                out.append(chr(base.byte_at(off + j)))
        return out.build()

    def item_bytes(self, k):
        off = self.start + k * self.stride
        if self.itemsize == 1:
            return chr(self.w_base.byte_at(off))
        out = StringBuilder(self.itemsize)
        for j in range(self.itemsize):
            out.append(chr(self.w_base.byte_at(off + j)))
        return out.build()

    def is_true(self, space):
        self.check(space)
        return self.nitems > 0

    def length(self, space):
        self.check(space)
        return self.nitems

    def iter(self, space):
        self.check(space)
        return W_MemoryViewIterator(self)

    def repr(self, space):
        if self.released:
            return '<released memory at 0x%x>' % space.id_of(self)
        return '<memory at 0x%x>' % space.id_of(self)

    def hash(self, space):
        self.check(space)
        if not self.readonly:
            raise space.error(space.w_ValueError, 'cannot hash writable memoryview object')
        if not is_byte_format(self.fmt):
            raise space.error(space.w_ValueError, "memoryview: hashing is restricted to "
                              "formats 'B', 'b' or 'c'")
        return compute_hash(self.view_bytes())      # as the bytes' hash, as CPython

    def eq(self, space, w_other):
        return view_eq(space, self, w_other)

    def in_bounds(self):
        """The storage still holds the whole view (an export keeps a bytearray's size,
        but code that changed its list directly could have shrunk it)."""
        if self.nitems == 0:
            return True
        first = self.start
        last = self.start + (self.nitems - 1) * self.stride
        if last < first:
            first = last
            last = self.start
        return first >= 0 and last + self.itemsize <= self.w_base.blen()

    def check_bounds(self, space):
        if not self.in_bounds():
            raise space.error(space.w_BufferError,
                              "gclab: the memoryview's object was resized")


class W_MemoryViewIterator(W_Root):
    _attrs_ = ['w_view', 'index']

    def __init__(self, w_view):
        self.w_view = w_view
        self.index = 0

    def getclass(self, space):
        return space.w_memory_iterator

    def iter(self, space):
        return self

    def next(self, space):
        w_view = self.w_view
        if w_view is None:
            return None
        w_view.check(space)
        i = self.index
        if i >= w_view.nitems:
            self.w_view = None
            return None
        self.index = i + 1
        return unpack_item(space, w_view, i)


# --- items ------------------------------------------------------------------------------

def unpack_item(space, w_view, k):
    w_view.check_bounds(space)
    fmt = w_view.fmt
    off = w_view.start + k * w_view.stride
    if w_view.itemsize == 1:
        v = w_view.w_base.byte_at(off)
        if fmt == 'B':
            return space.newint(v)
        if fmt == 'b':
            if v >= 128:
                v -= 256
            return space.newint(v)
        if fmt == 'c':
            return W_Bytes(chr(v))
        return space.newbool(v != 0)
    data = w_view.item_bytes(k)
    if fmt == 'f' or fmt == 'd':
        raw = r_ulonglong(0)
        for j in range(len(data) - 1, -1, -1):
            raw = (raw << 8) | r_ulonglong(ord(data[j]))
        return space.newfloat(float_unpack(raw, len(data)))
    signed = fmt_in(fmt, 'hilqn')
    return space.newlong(rbigint.frombytes(data, 'little', signed))


def invalid_value(space, fmt):
    return space.error(space.w_ValueError, "memoryview: invalid value for format '%s'"
                       % fmt)


def invalid_type(space, fmt):
    return space.error(space.w_TypeError, "memoryview: invalid type for format '%s'" % fmt)


def pack_item(space, fmt, w_value):
    """The bytes of w_value as one item of format fmt (CPython's errors)."""
    size = format_size(fmt)
    if fmt == '?':
        return chr(int(space.is_true(w_value)))
    if fmt == 'c':
        s = None
        w_v = w_value.builtin_value()
        if isinstance(w_v, W_Bytes):
            s = w_v.strval
        if s is None:
            raise invalid_type(space, fmt)
        if len(s) != 1:
            raise invalid_value(space, fmt)
        return s
    if fmt == 'f' or fmt == 'd':
        w_v = w_value.builtin_value()
        if isinstance(w_v, W_Float):
            x = w_v.floatval
        elif isinstance(w_v, W_Int) or isinstance(w_v, W_Long):
            x = space.float_w(w_v)
        else:
            raise invalid_type(space, fmt)
        raw = float_pack(x, size)
        out = StringBuilder(size)
        for j in range(size):
            out.append(chr(intmask((raw >> (8 * j)) & r_ulonglong(0xFF))))
        return out.build()
    w_v = w_value.builtin_value()
    if isinstance(w_v, W_Int) or isinstance(w_v, W_Long):
        num = bigint_of(w_v)
    elif isinstance(w_value, W_Instance) and has_index(space, w_value):
        num = rbigint.fromint(index_value(space, w_value))
    else:
        raise invalid_type(space, fmt)
    signed = fmt_in(fmt, 'bhilqn')
    try:
        return num.tobytes(size, 'little', signed)
    except InvalidSignednessError:
        raise invalid_value(space, fmt)
    except OverflowError:
        raise invalid_value(space, fmt)


def store_bytes(w_view, off, data):
    base = w_view.w_base
    assert isinstance(base, W_ByteArray)
    for j in range(len(data)):
        base.data[off + j] = data[j]


# --- construction, indexing -------------------------------------------------------------

MEMORYVIEW_NEW = Spec('memoryview(object)')


def new_memoryview(space, args):
    w_obj = MEMORYVIEW_NEW.values(space, args)[0]
    return view_of(space, w_obj)


def view_of(space, w_obj):
    w_value = w_obj.builtin_value()
    if isinstance(w_value, W_MemoryView):
        w_value.check(space)
        return W_MemoryView(w_value.w_obj, w_value.w_base, w_value.start, w_value.stride,
                            w_value.nitems, w_value.fmt_name, w_value.readonly)
    if isinstance(w_value, W_Bytes):
        return W_MemoryView(w_obj, w_value, 0, 1, w_value.blen(), 'B', True)
    if isinstance(w_value, W_ByteArray):
        return W_MemoryView(w_obj, w_value, 0, 1, w_value.blen(), 'B', False)
    raise space.error(space.w_TypeError, "memoryview: a bytes-like object is required, "
                      "not '%s'" % space.type(w_obj).name)


def item_index(space, w_view, w_index):
    if not has_index(space, w_index):
        raise space.error(space.w_TypeError, 'memoryview: invalid slice key')
    if isinstance(w_index, W_Long):
        raise space.error(space.w_IndexError,
                          "cannot fit 'int' into an index-sized integer")
    i = index_value(space, w_index)
    if i < 0:
        i += w_view.nitems
    if i < 0 or i >= w_view.nitems:
        raise space.error(space.w_IndexError, 'index out of bounds on dimension 1')
    return i


def getitem(space, w_view, w_index):
    w_view.check(space)
    if isinstance(w_index, W_Slice):
        start, stop, step, count = slice_indices(space, w_index, w_view.nitems)
        return W_MemoryView(w_view.w_obj, w_view.w_base,
                            w_view.start + start * w_view.stride, w_view.stride * step,
                            count, w_view.fmt_name, w_view.readonly)
    return unpack_item(space, w_view, item_index(space, w_view, w_index))


def setitem(space, w_view, w_index, w_value):
    w_view.check(space)
    if w_view.readonly:
        raise space.error(space.w_TypeError, 'cannot modify read-only memory')
    w_view.check_bounds(space)
    if isinstance(w_index, W_Slice):
        start, stop, step, count = slice_indices(space, w_index, w_view.nitems)
        w_src = w_value.builtin_value()
        if isinstance(w_src, W_MemoryView):
            w_src.check(space)
            same = w_src.fmt == w_view.fmt or (fmt_in(w_src.fmt, 'Bc') and
                                               fmt_in(w_view.fmt, 'Bc'))
            if not same or w_src.nitems != count:
                raise space.error(space.w_ValueError, 'memoryview assignment: lvalue and '
                                  'rvalue have different structures')
            data = w_src.view_bytes()
        else:
            data = bytes_like(w_value)
            if data is None:
                raise space.error(space.w_TypeError, "a bytes-like object is required, "
                                  "not '%s'" % space.type(w_value).name)
            if not fmt_in(w_view.fmt, 'Bc') or len(data) != count:
                raise space.error(space.w_ValueError, 'memoryview assignment: lvalue and '
                                  'rvalue have different structures')
        size = w_view.itemsize
        for k in range(count):
            off = w_view.start + (start + k * step) * w_view.stride
            j = k * size
            assert j >= 0
            store_bytes(w_view, off, data[j:j + size])
        return
    i = item_index(space, w_view, w_index)
    store_bytes(w_view, w_view.start + i * w_view.stride, pack_item(space, w_view.fmt,
                                                                     w_value))


def items_of(space, w_view):
    return [unpack_item(space, w_view, k) for k in range(w_view.nitems)]


def view_eq(space, w_view, w_other):
    """w_view == w_other: None (NotImplemented) unless w_other is a buffer."""
    w_o = w_other.builtin_value()
    if w_o is w_view:
        return space.w_True
    if isinstance(w_o, W_MemoryView):
        if w_view.released or w_o.released:
            return space.w_False
        if w_view.nitems != w_o.nitems:
            return space.w_False
        if w_view.fmt == w_o.fmt:
            return space.newbool(w_view.view_bytes() == w_o.view_bytes())
        return space.newbool(space.eq_w(space.newlist(items_of(space, w_view)),
                                        space.newlist(items_of(space, w_o))))
    if isinstance(w_o, W_AbstractBytes):
        if w_view.released:
            return space.w_False
        if w_view.nitems != w_o.blen():
            return space.w_False
        if w_view.fmt == 'B':
            return space.newbool(w_view.view_bytes() == w_o.as_str())
        items_w = [space.newint(w_o.byte_at(k)) for k in range(w_o.blen())]
        return space.newbool(space.eq_w(space.newlist(items_of(space, w_view)),
                                        space.newlist(items_w)))
    return None


# --- methods ----------------------------------------------------------------------------

def self_view(space, args, name):
    w_self = receiver(space, args, space.w_memoryview, name)
    assert isinstance(w_self, W_MemoryView)
    return w_self


TOBYTES = Spec("memoryview.tobytes($self, /, order='C')")
HEX_SPEC = Spec('memoryview.hex($self, /, sep=None, bytes_per_sep=1)')
CAST = Spec('memoryview.cast($self, /, format, shape=None)')
NO_ARGS = {}
for _name in ['tolist', 'release', 'toreadonly', '__enter__']:
    NO_ARGS[_name] = Spec('memoryview.%s($self, /)' % _name)


def mv_tobytes(space, args):
    w_self = self_view(space, args, 'tobytes')
    values_w = TOBYTES.values(space, args)
    w_self.check(space)
    w_self.check_bounds(space)
    if values_w[0] is not None and not space.is_w(values_w[0], space.w_None):
        order = space.str_w(values_w[0])
        if order not in ('C', 'F', 'A'):
            raise space.error(space.w_ValueError, "order must be 'C', 'F' or 'A'")
    return W_Bytes(w_self.view_bytes())


def mv_tolist(space, args):
    w_self = self_view(space, args, 'tolist')
    NO_ARGS['tolist'].check(space, args)
    w_self.check(space)
    return space.newlist(items_of(space, w_self))


def mv_hex(space, args):
    w_self = self_view(space, args, 'hex')
    values_w = HEX_SPEC.values(space, args)
    w_self.check(space)
    w_self.check_bounds(space)
    return b_hex(space, W_Bytes(w_self.view_bytes()), values_w)


def mv_release(space, args):
    w_self = self_view(space, args, 'release')
    NO_ARGS['release'].check(space, args)
    w_self.release()
    return space.w_None


def mv_enter(space, args):
    w_self = self_view(space, args, '__enter__')
    NO_ARGS['__enter__'].check(space, args)
    w_self.check(space)
    return args.args_w[0]


def mv_exit(space, args):
    w_self = self_view(space, args, '__exit__')
    w_self.release()
    return space.w_None


def mv_toreadonly(space, args):
    w_self = self_view(space, args, 'toreadonly')
    NO_ARGS['toreadonly'].check(space, args)
    w_self.check(space)
    return W_MemoryView(w_self.w_obj, w_self.w_base, w_self.start, w_self.stride,
                        w_self.nitems, w_self.fmt_name, True)


def mv_cast(space, args):
    w_self = self_view(space, args, 'cast')
    values_w = CAST.values(space, args)
    w_self.check(space)
    w_fmt = values_w[0].builtin_value()
    if not isinstance(w_fmt, W_Str):
        raise space.error(space.w_TypeError, "memoryview: format argument must be a string")
    if values_w[1] is not None and not space.is_w(values_w[1], space.w_None):
        raise space.error(space.w_NotImplementedError,
                          'gclab: memoryview.cast() has no shape (one dimension only)')
    fmt_name = w_fmt.utf8()
    fmt = fmt_name
    if len(fmt) == 2 and fmt[0] == '@':
        fmt = fmt[1:]
    if not fmt_in(fmt, FORMATS):
        raise space.error(space.w_ValueError, 'memoryview: destination format must be a '
                          "native single character format prefixed with an optional '@'")
    if not w_self.contiguous():
        raise space.error(space.w_TypeError,
                          'memoryview: casts are restricted to C-contiguous views')
    if not is_byte_format(fmt) and not is_byte_format(w_self.fmt):
        raise space.error(space.w_TypeError,
                          'memoryview: cannot cast between two non-byte formats')
    nbytes = w_self.nitems * w_self.itemsize
    size = format_size(fmt)
    if nbytes % size != 0:
        raise space.error(space.w_TypeError,
                          'memoryview: length is not a multiple of itemsize')
    return W_MemoryView(w_self.w_obj, w_self.w_base, w_self.start, size, nbytes // size,
                        fmt_name, w_self.readonly)


def make_compare(eq):
    def special(space, args):
        w_self = self_view(space, args, '__eq__' if eq else '__ne__')
        if len(args.args_w) != 2:
            raise space.error(space.w_TypeError, 'expected 1 argument, got %d'
                              % (len(args.args_w) - 1))
        w_res = view_eq(space, w_self, args.args_w[1])
        if w_res is None:
            return space.w_NotImplemented
        if eq:
            return w_res
        return space.newbool(not space.is_true(w_res))
    special.func_name = 'memoryview_eq_%d' % int(eq)
    return special


def mv_delitem(space, args):
    w_self = self_view(space, args, '__delitem__')
    delitem(space, w_self)
    return space.w_None


def delitem(space, w_view):
    w_view.check(space)
    raise space.error(space.w_TypeError, 'cannot delete memory')


def mv_getitem(space, args):
    w_self = self_view(space, args, '__getitem__')
    return getitem(space, w_self, args.args_w[1])


def mv_setitem(space, args):
    w_self = self_view(space, args, '__setitem__')
    setitem(space, w_self, args.args_w[1], args.args_w[2])
    return space.w_None


def mv_len(space, args):
    return space.newint(self_view(space, args, '__len__').length(space))


def mv_iter(space, args):
    return self_view(space, args, '__iter__').iter(space)


def mv_repr(space, args):
    return space.newstr(self_view(space, args, '__repr__').repr(space))


def mv_hash(space, args):
    return space.newint(self_view(space, args, '__hash__').hash(space))


METHODS = [('tobytes', mv_tobytes), ('tolist', mv_tolist), ('hex', mv_hex),
           ('release', mv_release), ('toreadonly', mv_toreadonly), ('cast', mv_cast),
           ('__enter__', mv_enter), ('__exit__', mv_exit),
           ('__eq__', make_compare(True)), ('__ne__', make_compare(False)),
           ('__getitem__', mv_getitem), ('__setitem__', mv_setitem),
           ('__delitem__', mv_delitem), ('__len__', mv_len), ('__iter__', mv_iter),
           ('__repr__', mv_repr), ('__hash__', mv_hash)]


# --- attributes -------------------------------------------------------------------------

def attr_view(space, args, name):
    w_self = self_view(space, args, name)
    w_self.check(space)
    return w_self


def mv_obj(space, args):
    w_obj = attr_view(space, args, 'obj').w_obj
    assert w_obj is not None
    return w_obj


def mv_nbytes(space, args):
    w_self = attr_view(space, args, 'nbytes')
    return space.newint(w_self.nitems * w_self.itemsize)


def mv_readonly(space, args):
    return space.newbool(attr_view(space, args, 'readonly').readonly)


def mv_itemsize(space, args):
    return space.newint(attr_view(space, args, 'itemsize').itemsize)


def mv_format(space, args):
    return space.newstr(attr_view(space, args, 'format').fmt_name)


def mv_ndim(space, args):
    attr_view(space, args, 'ndim')
    return space.newint(1)


def mv_shape(space, args):
    return space.newtuple([space.newint(attr_view(space, args, 'shape').nitems)])


def mv_strides(space, args):
    return space.newtuple([space.newint(attr_view(space, args, 'strides').stride)])


def mv_suboffsets(space, args):
    attr_view(space, args, 'suboffsets')
    return space.newtuple([])


def mv_contiguous(space, args):
    return space.newbool(attr_view(space, args, 'contiguous').contiguous())


ATTRIBUTES = [('obj', mv_obj), ('nbytes', mv_nbytes), ('readonly', mv_readonly),
              ('itemsize', mv_itemsize), ('format', mv_format), ('ndim', mv_ndim),
              ('shape', mv_shape), ('strides', mv_strides), ('suboffsets', mv_suboffsets),
              ('c_contiguous', mv_contiguous), ('f_contiguous', mv_contiguous),
              ('contiguous', mv_contiguous)]


def install(space):
    """memoryview's methods and attributes (space.w_memoryview, made in space.py)."""
    from gclab.objspace.function import W_Property
    w_type = space.w_memoryview
    for name, impl in METHODS:
        w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    for name, impl in ATTRIBUTES:
        w_type.dict_w[name] = W_Property(space.wrap_builtin(name, impl, w_type), None)
