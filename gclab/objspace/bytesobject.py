"""bytes and bytearray: the objects, their iterator, the codecs (utf-8, ascii, latin-1;
for str.encode/bytes.decode also utf-16 and utf-32 in their BOM, -le and -be forms),
the operators and the methods (RPython).

A memoryview (gclab.objspace.memoryviewobject, a W_BufferView) is bytes-like too: its
bytes when contiguous.  A bytearray records its views weakly (add_export) and refuses to
change size while one is alive and not released (check_resizable: CPython's
BufferError).

A bytes is an immutable RPython str of bytes (W_Bytes.strval); a bytearray a list of
one-character strs (W_ByteArray.data), changed in place.  Both are "bytes-like": the
methods and operators of either take the other where CPython takes a bytes-like object,
and a method's result has the type of its receiver (b'x'.join(...) a bytes,
bytearray(b'x').join(...) a bytearray), as in CPython.

str is held as UTF-8 (gclab.objspace.strobject): decoding makes UTF-8 text (latin-1's
bytes 0x80-0xff become two UTF-8 bytes each), encoding reads the code points of the
UTF-8 text.  The codec errors are CPython's UnicodeDecodeError/UnicodeEncodeError: five
arguments (encoding, object, start, end, reason), the same attributes, and a __str__
that makes CPython's message of them."""

import weakref

from rpython.rlib import rgc
from rpython.rlib.objectmodel import compute_hash
from rpython.rlib.rstring import StringBuilder
from rpython.rlib.rbigint import rbigint, InvalidEndiannessError, InvalidSignednessError

from gclab.interp import opcodes as op
from gclab.interp import util
from gclab.objspace import finalizerstate
from gclab.objspace.objects import W_Root, W_NoneObject, W_Slice
from gclab.objspace.numberobject import W_Int, W_Long, is_int, bigint_of
from gclab.objspace.strobject import W_Str
from gclab.objspace.tupleobject import W_Tuple
from gclab.objspace.typeobject import W_Instance, W_ExceptionObject
from gclab.interp.error import OperationError
from gclab.objspace.rangeobject import slice_indices
from gclab.objspace.argspec import Spec, receiver, KEYWORDS
from gclab.objspace.searchargs import find_range, tailmatch, count_occurrences
from gclab.objspace.listobject import W_List
from gclab.objspace.dictobject import W_Dict
from gclab.objspace.rangeobject import W_Range

HEX = '0123456789abcdef'


class W_AbstractBytes(W_Root):
    """What bytes and bytearray share: the bytes as an RPython str."""
    _attrs_ = []

    def as_str(self):
        raise NotImplementedError

    def blen(self):
        raise NotImplementedError

    def byte_at(self, i):
        raise NotImplementedError

    def is_true(self, space):
        return self.blen() > 0

    def length(self, space):
        return self.blen()

    def iter(self, space):
        return W_BytesIterator(self)

    def contains(self, space, w_item):
        return int(bytes_contains(space, self, w_item))


class W_Bytes(W_AbstractBytes):
    """An immutable bytes object."""
    _attrs_ = _immutable_fields_ = ['strval']

    def __init__(self, strval):
        self.strval = strval

    def getclass(self, space):
        return space.w_bytes

    def as_str(self):
        return self.strval

    def blen(self):
        return len(self.strval)

    def byte_at(self, i):
        return ord(self.strval[i])

    def repr(self, space):
        return bytes_repr(self.strval)

    def hash(self, space):
        return compute_hash(self.strval)


class W_ByteArray(W_AbstractBytes):
    """A mutable bytearray: its bytes as a list of one-character strs; views, the
    memoryviews of it made so far (weakly: add_export), or None."""
    _attrs_ = ['data', 'views', 'exports']
    exports = 0         # the refcount plans: views not released (add_export)

    def __init__(self, data):
        self.data = data
        self.views = None

    def getclass(self, space):
        return space.w_bytearray

    def as_str(self):
        return ''.join(self.data)

    def blen(self):
        return len(self.data)

    def byte_at(self, i):
        return ord(self.data[i])

    def repr(self, space):
        return 'bytearray(' + bytes_repr(self.as_str(), True) + ')'

    def hash(self, space):
        raise space.error(space.w_TypeError, "unhashable type: 'bytearray'")


class W_BufferView(W_Root):
    """The base of gclab.objspace.memoryviewobject.W_MemoryView: what bytes_like()
    reads of a view (a released view is no bytes-like object, as CPython's)."""
    _attrs_ = ['released']

    def view_bytes(self):
        raise NotImplementedError

    def contiguous(self):
        raise NotImplementedError


def add_export(w_array, w_view):
    """The memoryview w_view exports w_array's storage: until it is released or freed,
    w_array cannot be resized (check_resizable).  The refcount plans count the exports
    (a view's destructor, gclab.objspace.cyclegc.configure, or its release() takes its
    own back); the other plans, where a view dies only when a collection finds it and
    a destructor may not touch another object, keep RPython weak references to the
    views."""
    if finalizerstate.WEAK_BY_ADDRESS:
        w_array.exports += 1
        return
    if w_array.views is None:
        w_array.views = []
    w_array.views.append(weakref.ref(w_view))


def remove_export(w_array):
    """A view of w_array was released (the refcount plans)."""
    if finalizerstate.WEAK_BY_ADDRESS:
        w_array.exports -= 1


def check_resizable(space, w_array, new_size):
    """CPython's BufferError when a bytearray with live exports changes size."""
    if finalizerstate.WEAK_BY_ADDRESS:
        if w_array.exports > 0 and new_size != len(w_array.data):
            raise space.error(space.w_BufferError,
                              'Existing exports of data: object cannot be re-sized')
        return
    views = w_array.views
    if views is None or new_size == len(w_array.data):
        return
    live = live_views(views)
    if live and space.plan_kind != 'refcount':
        # a view the program dropped dies at once on the refcount plans, as in
        # CPython; elsewhere only when collected: collect, so that only views still
        # reachable refuse the resize (a cost only while some view was not released)
        rgc.collect()
        live = live_views(live)
    if not live:
        w_array.views = None
        return
    w_array.views = live
    raise space.error(space.w_BufferError,
                      'Existing exports of data: object cannot be re-sized')


def live_views(views):
    live = []
    for ref in views:
        w_view = ref()
        if w_view is not None and not w_view.released:
            live.append(ref)
    return live


def chars_of(s):
    return [c for c in s]


def new_bytearray(s):
    return W_ByteArray(chars_of(s))


def make_like(w_self, s):
    """A bytes or a bytearray of s, the type of w_self."""
    if isinstance(w_self, W_ByteArray):
        return new_bytearray(s)
    return W_Bytes(s)


class W_BytesIterator(W_Root):
    """Iterator over a bytes or a bytearray (by index: sees a bytearray change)."""
    _attrs_ = ['w_seq', 'index']

    def __init__(self, w_seq):
        self.w_seq = w_seq
        self.index = 0

    def getclass(self, space):
        if isinstance(self.w_seq, W_ByteArray):
            return space.w_bytearray_iterator
        return space.w_bytes_iterator

    def iter(self, space):
        return self

    def next(self, space):
        w_seq = self.w_seq
        if w_seq is None:
            return None
        i = self.index
        if i >= w_seq.blen():
            self.w_seq = None
            return None
        self.index = i + 1
        return space.newint(w_seq.byte_at(i))


def bytes_repr(s, always_escape_quote=False):
    """repr() of a bytes: b'...' with CPython's choice of quote and escapes (a
    bytearray's repr escapes ' even inside double quotes, as CPython's does)."""
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    out = StringBuilder(len(s) + 3)
    out.append('b')
    out.append(quote)
    for c in s:
        if c == quote or c == '\\' or (c == "'" and always_escape_quote):
            out.append('\\')
            out.append(c)
        elif c == '\t':
            out.append('\\t')
        elif c == '\n':
            out.append('\\n')
        elif c == '\r':
            out.append('\\r')
        elif ord(c) < 32 or ord(c) >= 127:
            out.append('\\x')
            out.append(HEX[ord(c) >> 4])
            out.append(HEX[ord(c) & 15])
        else:
            out.append(c)
    out.append(quote)
    return out.build()


# --- arguments ----------------------------------------------------------------------------

def bytes_like(w_obj):
    """The bytes of a bytes-like object, or None."""
    w_obj = w_obj.builtin_value()
    if isinstance(w_obj, W_AbstractBytes):
        return w_obj.as_str()
    if isinstance(w_obj, W_BufferView) and not w_obj.released and w_obj.contiguous():
        return w_obj.view_bytes()
    return None


def is_noncontiguous_view(w_obj):
    w_obj = w_obj.builtin_value()
    return isinstance(w_obj, W_BufferView) and not w_obj.released and \
        not w_obj.contiguous()


def bytes_arg(space, w_obj):
    """A bytes-like argument, or CPython's TypeError."""
    s = bytes_like(w_obj)
    if s is None:
        if is_noncontiguous_view(w_obj):
            raise space.error(space.w_BufferError,
                              'memoryview: underlying buffer is not C-contiguous')
        raise space.error(space.w_TypeError, 'a bytes-like object is required, not '
                          "'%s'" % space.type(w_obj).name)
    return s


def index_value(space, w_obj):
    """An integer argument (int, or an object with __index__)."""
    if isinstance(w_obj, W_Int):
        return w_obj.intval
    if isinstance(w_obj, W_Long):
        raise space.error(space.w_OverflowError,
                          "cannot fit 'int' into an index-sized integer")
    if isinstance(w_obj, W_Instance):
        w_meth = space.lookup_special_or_none(w_obj, '__index__')
        if w_meth is not None:
            return space.int_w(space.call_index(w_meth))
    raise space.error(space.w_TypeError, "'%s' object cannot be interpreted as an integer"
                      % space.type(w_obj).name)


def has_index(space, w_obj):
    if isinstance(w_obj, W_Int) or isinstance(w_obj, W_Long):
        return True
    return isinstance(w_obj, W_Instance) and \
        space.lookup_special_or_none(w_obj, '__index__') is not None


def byte_value(space, w_obj, what='byte'):
    """One byte given as an int: ValueError outside range(0, 256)."""
    if isinstance(w_obj, W_Long):
        raise space.error(space.w_ValueError, '%s must be in range(0, 256)' % what)
    v = index_value(space, w_obj)
    if v < 0 or v > 255:
        raise space.error(space.w_ValueError, '%s must be in range(0, 256)' % what)
    return v


def bytes_of_iterable(space, w_obj, what):
    """The bytes of an iterable of ints."""
    w_iter = space.iter(w_obj)
    out = StringBuilder()
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        out.append(chr(byte_value(space, w_item, what)))
    return out.build()


def is_iterable(space, w_obj):
    if w_obj.iter(space) is not None:
        return True
    if isinstance(w_obj, W_Instance):
        return space.lookup_special_or_none(w_obj, '__iter__') is not None or \
            space.lookup_special_or_none(w_obj, '__getitem__') is not None
    return isinstance(w_obj, W_List) or isinstance(w_obj, W_Tuple) or \
        isinstance(w_obj, W_Str) or isinstance(w_obj, W_Range) or isinstance(w_obj, W_Dict)


def to_bytes(space, w_obj, typename):
    """bytes(w_obj) / int.from_bytes's argument: the bytes of a bytes-like object, of
    __bytes__'s result, or of an iterable of ints; TypeError otherwise."""
    s = bytes_like(w_obj)
    if s is not None:
        return s
    if isinstance(w_obj, W_Instance):
        w_meth = space.lookup_special_or_none(w_obj, '__bytes__')
        if w_meth is not None:
            w_res = space.call_function(w_meth, [])
            s = bytes_like(w_res)
            if s is None or not isinstance(w_res.builtin_value(), W_Bytes):
                raise space.error(space.w_TypeError, '__bytes__ returned non-bytes (type '
                                  '%s)' % space.type(w_res).name)
            return s
    if isinstance(w_obj, W_Str) or not is_iterable(space, w_obj):
        raise space.error(space.w_TypeError, "cannot convert '%s' object to %s"
                          % (space.type(w_obj).name, typename))
    return bytes_of_iterable(space, w_obj, 'bytes')


BYTES_NEW = Spec('bytes(source=None, encoding=None, errors=None)')
BYTEARRAY_NEW = Spec('bytearray(source=None, encoding=None, errors=None)')


def new_bytes_value(space, args, mutable):
    """The bytes that bytes(...) or bytearray(...) makes."""
    if mutable:
        values_w = BYTEARRAY_NEW.values(space, args)
        typename = 'bytearray'
    else:
        values_w = BYTES_NEW.values(space, args)
        typename = 'bytes'
    w_source = values_w[0]
    w_encoding = values_w[1]
    w_errors = values_w[2]
    if w_encoding is not None or w_errors is not None:
        if w_source is None or not isinstance(w_source.builtin_value(), W_Str):
            raise space.error(space.w_TypeError, 'encoding without a string argument')
        w_str = w_source.builtin_value()
        assert isinstance(w_str, W_Str)
        encoding = 'utf-8'
        if w_encoding is not None:
            encoding = text_arg(space, w_encoding, typename, 'encoding', 1)
        errors = 'strict'
        if w_errors is not None:
            errors = text_arg(space, w_errors, typename, 'errors', 2)
        return encode(space, w_str.utf8(), encoding, errors)
    if w_source is None:
        return ''
    if isinstance(w_source.builtin_value(), W_Str):
        raise space.error(space.w_TypeError, 'string argument without an encoding')
    s = bytes_like(w_source)
    if s is not None:
        return s
    if is_noncontiguous_view(w_source):         # bytes(view[::2]): a copy, as CPython
        w_view = w_source.builtin_value()
        assert isinstance(w_view, W_BufferView)
        return w_view.view_bytes()
    if not mutable and isinstance(w_source, W_Instance) and \
            space.lookup_special_or_none(w_source, '__bytes__') is not None:
        return to_bytes(space, w_source, typename)
    if has_index(space, w_source):
        n = index_value(space, w_source)
        if n < 0:
            raise space.error(space.w_ValueError, 'negative count')
        return '\x00' * n
    if not is_iterable(space, w_source):
        raise space.error(space.w_TypeError, "cannot convert '%s' object to %s"
                          % (space.type(w_source).name, typename))
    if mutable:
        return bytes_of_iterable(space, w_source, 'byte')
    return bytes_of_iterable(space, w_source, 'bytes')


def new_bytes(space, args):
    return W_Bytes(new_bytes_value(space, args, False))


def new_bytearray_obj(space, args):
    return new_bytearray(new_bytes_value(space, args, True))


def text_arg(space, w_arg, fname, argname, pos):
    w_arg = w_arg.builtin_value()
    if not isinstance(w_arg, W_Str):
        kind = space.type(w_arg).name
        if isinstance(w_arg, W_NoneObject):
            kind = 'None'
        raise space.error(space.w_TypeError, "%s() argument '%s' must be str, not %s"
                          % (fname, argname, kind))
    return w_arg.utf8()


# --- codecs -----------------------------------------------------------------------------

UTF8 = 0
ASCII = 1
LATIN1 = 2
UTF16 = 3           # with a BOM: encodes little-endian (this machine's order)
UTF16LE = 4
UTF16BE = 5
UTF32 = 6
UTF32LE = 7
UTF32BE = 8
CODEC_NAMES = ['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32',
               'utf-32-le', 'utf-32-be']


def normalize_encoding(encoding):
    norm = StringBuilder(len(encoding))
    for c in encoding:
        if c == '-' or c == ' ':
            norm.append('_')
        elif 'A' <= c <= 'Z':
            norm.append(chr(ord(c) + 32))
        else:
            norm.append(c)
    return norm.build()


def codec_of(space, encoding):
    """UTF8, ASCII or LATIN1 for an encoding's name and its aliases; LookupError.  (The
    codecs open() knows: gclab.objspace.fileobject; str.encode and bytes.decode know
    the utf-16/utf-32 ones too, own_text_codec, and the library's, library_codec.)"""
    codec = own_text_codec(encoding)
    if codec < 0 or codec >= UTF16:
        raise space.error(space.w_LookupError, 'unknown encoding: %s' % encoding)
    return codec


def own_text_codec(encoding):
    """The interpreter's codec for an encoding's name, or -1: the library's codecs
    module has the others (library_codec)."""
    name = normalize_encoding(encoding)
    if name in ('utf_8', 'utf8', 'u8', 'utf', 'cp65001'):
        return UTF8
    if name in ('ascii', 'us_ascii', '646', 'us'):
        return ASCII
    if name in ('latin_1', 'latin1', 'latin', 'l1', 'iso_8859_1', 'iso8859_1', '8859',
                'cp819', 'iso_ir_100', 'csisolatin1'):
        return LATIN1
    if name in ('utf_16', 'utf16', 'u16'):
        return UTF16
    if name in ('utf_16_le', 'utf_16le', 'unicodelittleunmarked'):
        return UTF16LE
    if name in ('utf_16_be', 'utf_16be', 'unicodebigunmarked'):
        return UTF16BE
    if name in ('utf_32', 'utf32', 'u32'):
        return UTF32
    if name in ('utf_32_le', 'utf_32le'):
        return UTF32LE
    if name in ('utf_32_be', 'utf_32be'):
        return UTF32BE
    return -1


def library_codec(space, method, w_obj, encoding, errors):
    """str.encode / bytes.decode (method 'encode' or 'decode') with an encoding the
    interpreter does not have: the library's codecs module encodes or decodes (its
    8-bit codecs, utf-8-sig, unicode_escape, ... and those codecs.register() added;
    LookupError for the others).  The codecs module is one that a program's own file
    of that name does not shadow (importing.is_frozen_in_cpython)."""
    w_codecs = space.import_module('codecs')
    w_result = space.call_function(space.getattr(w_codecs, '_text_' + method),
                                   [w_obj, space.newstr(encoding), space.newstr(errors)])
    if method == 'decode':
        if not isinstance(w_result, W_Str):
            raise space.error(space.w_TypeError, "'%s' decoder returned '%s' instead of "
                              "'str'; use codecs.decode() to decode to arbitrary types"
                              % (encoding, space.type(w_result).name))
        return w_result.utf8()
    data = bytes_like(w_result)
    if data is None or not isinstance(w_result, W_Bytes):
        raise space.error(space.w_TypeError, "'%s' encoder returned '%s' instead of "
                          "'bytes'; use codecs.encode() to encode to arbitrary types"
                          % (encoding, space.type(w_result).name))
    return data


def check_errors(space, errors):
    if errors not in ('strict', 'ignore', 'replace', 'backslashreplace',
                      'xmlcharrefreplace', 'surrogateescape', 'surrogatepass'):
        raise space.error(space.w_LookupError, "unknown error handler name '%s'" % errors)


def hex2(n):
    return HEX[(n >> 4) & 15] + HEX[n & 15]


def unicode_error(space, w_type, codec, w_object, start, end, reason):
    """CPython's UnicodeDecodeError/UnicodeEncodeError(encoding, object, start, end,
    reason), with those five as its args and attributes."""
    w_encoding = space.newstr(CODEC_NAMES[codec])
    w_start = space.newint(start)
    w_end = space.newint(end)
    w_reason = space.newstr(reason)
    w_exc = space.new_exception(w_type, [w_encoding, w_object, w_start, w_end, w_reason])
    space.setattr(w_exc, 'encoding', w_encoding)
    space.setattr(w_exc, 'object', w_object)
    space.setattr(w_exc, 'start', w_start)
    space.setattr(w_exc, 'end', w_end)
    space.setattr(w_exc, 'reason', w_reason)
    return OperationError(w_exc)


def decode_error(space, codec, s, start, end, reason):
    return unicode_error(space, space.w_UnicodeDecodeError, codec, W_Bytes(s), start, end,
                         reason)


def unicode_error_str(space, args):
    """UnicodeDecodeError.__str__ and UnicodeEncodeError.__str__: CPython's message from
    the five arguments (else BaseException's str)."""
    w_exc = args.args_w[0] if args.args_w else None
    if not isinstance(w_exc, W_ExceptionObject):
        raise space.error(space.w_TypeError, "descriptor '__str__' requires a "
                          "'UnicodeError' object")
    args_w = w_exc.args_w
    if len(args_w) != 5 or not isinstance(args_w[0], W_Str) or \
            not isinstance(args_w[2], W_Int) or not isinstance(args_w[3], W_Int) or \
            not isinstance(args_w[4], W_Str):
        return space.newstr(w_exc.default_str(space))
    encoding = space.str_w(args_w[0])
    start = space.int_w(args_w[2])
    end = space.int_w(args_w[3])
    reason = space.str_w(args_w[4])
    w_object = args_w[1]
    data = bytes_like(w_object)
    if data is not None:
        if 0 <= start < len(data) and end == start + 1:
            return space.newstr("'%s' codec can't decode byte 0x%s in position %d: %s" % (
                encoding, hex2(ord(data[start])), start, reason))
        return space.newstr("'%s' codec can't decode bytes in position %d-%d: %s" % (
            encoding, start, end - 1, reason))
    if isinstance(w_object, W_Str):
        text = w_object.utf8()
        if end == start + 1 and start >= 0:
            i = 0
            k = 0
            while i < len(text) and k < start:
                i = util.cp_next(text, i)
                k += 1
            if i < len(text):
                return space.newstr("'%s' codec can't encode character '%s' in position "
                                    "%d: %s" % (encoding,
                                                char_escape(util.cp_decode(text, i)),
                                                start, reason))
        return space.newstr("'%s' codec can't encode characters in position %d-%d: %s" % (
            encoding, start, end - 1, reason))
    return space.newstr(w_exc.default_str(space))


def decode_failed(space, codec, s, start, end, reason, errors, out):
    """A decoding error on s[start:end], handled as errors says."""
    if errors == 'strict':
        raise decode_error(space, codec, s, start, end, reason)
    check_errors(space, errors)
    if errors == 'xmlcharrefreplace':       # an encoding's handler only, as CPython's
        raise space.error(space.w_TypeError, "don't know how to handle "
                          "UnicodeDecodeError in error callback")
    if errors == 'surrogatepass':
        # (only a UTF-8 encoded surrogate passes: decode() takes those before here)
        raise decode_error(space, codec, s, start, end, reason)
    if errors == 'surrogateescape':
        # each byte as the lone surrogate U+DC80..U+DCFF; an ASCII byte cannot be
        for k in range(start, end):
            if ord(s[k]) < 0x80:
                raise decode_error(space, codec, s, start, end, reason)
        for k in range(start, end):
            out.append(util.cp_encode(0xDC00 + ord(s[k])))
    elif errors == 'replace':
        out.append('\xef\xbf\xbd')
    elif errors == 'backslashreplace':
        for k in range(start, end):
            out.append('\\x')
            out.append(hex2(ord(s[k])))


def decode(space, s, encoding, errors):
    """bytes.decode(): the UTF-8 text of s decoded with encoding."""
    codec = own_text_codec(encoding)
    if codec < 0:
        return library_codec(space, 'decode', W_Bytes(s), encoding, errors)
    n = len(s)
    out = StringBuilder(n)
    if UTF16 <= codec <= UTF16BE:
        decode_utf16(space, s, codec, errors, out)
        return out.build()
    if UTF32 <= codec <= UTF32BE:
        decode_utf32(space, s, codec, errors, out)
        return out.build()
    if codec == LATIN1:
        for c in s:
            if ord(c) < 0x80:
                out.append(c)
            else:
                out.append(util.cp_encode(ord(c)))
        return out.build()
    if codec == ASCII:
        for i in range(n):
            if ord(s[i]) < 0x80:
                out.append(s[i])
            else:
                decode_failed(space, codec, s, i, i + 1, 'ordinal not in range(128)',
                              errors, out)
        return out.build()
    i = 0
    while i < n:
        c = ord(s[i])
        if c < 0x80:
            out.append(s[i])
            i += 1
            continue
        if 0xC2 <= c <= 0xDF:
            need = 1
        elif 0xE0 <= c <= 0xEF:
            need = 2
        elif 0xF0 <= c <= 0xF4:
            need = 3
        else:
            decode_failed(space, codec, s, i, i + 1, 'invalid start byte', errors, out)
            i += 1
            continue
        lo = 0x80
        hi = 0xBF
        if c == 0xE0:
            lo = 0xA0
        elif c == 0xED:
            if errors == 'surrogatepass' and i + 2 < n and 0xA0 <= ord(s[i + 1]) <= 0xBF \
                    and 0x80 <= ord(s[i + 2]) <= 0xBF:
                assert i >= 0
                out.append(s[i:i + 3])          # a surrogate, kept as gclab stores it
                i += 3
                continue
            hi = 0x9F
        elif c == 0xF0:
            lo = 0x90
        elif c == 0xF4:
            hi = 0x8F
        j = i + 1
        reason = ''
        for k in range(need):
            if j >= n:
                reason = 'unexpected end of data'
                break
            b = ord(s[j])
            if k > 0:
                lo = 0x80
                hi = 0xBF
            if b < lo or b > hi:
                reason = 'invalid continuation byte'
                break
            j += 1
        if reason:
            decode_failed(space, codec, s, i, j, reason, errors, out)
            i = j
            continue
        assert i >= 0 and j >= i
        out.append(s[i:j])
        i = j
    return out.build()


def utf16_unit(s, i, little):
    if little:
        return ord(s[i]) | (ord(s[i + 1]) << 8)
    return (ord(s[i]) << 8) | ord(s[i + 1])


def decode_utf16(space, s, codec, errors, out):
    """utf-16 (a BOM chooses the byte order, else little-endian; the errors name the
    codec of that order, as CPython's), utf-16-le, utf-16-be: UTF-8 text into out."""
    n = len(s)
    i = 0
    if codec == UTF16:
        codec = UTF16LE
        if n >= 2 and s[0] == '\xff' and s[1] == '\xfe':
            i = 2
        elif n >= 2 and s[0] == '\xfe' and s[1] == '\xff':
            codec = UTF16BE
            i = 2
    little = codec == UTF16LE
    while i < n:
        if i + 2 > n:
            decode_failed(space, codec, s, i, n, 'truncated data', errors, out)
            break
        u = utf16_unit(s, i, little)
        if u < 0xD800 or u > 0xDFFF:
            out.append(util.cp_encode(u))
            i += 2
            continue
        if u >= 0xDC00:
            decode_failed(space, codec, s, i, i + 2, 'illegal encoding', errors, out)
            i += 2
            continue
        if i + 4 > n:
            decode_failed(space, codec, s, i, n, 'unexpected end of data', errors, out)
            break
        u2 = utf16_unit(s, i + 2, little)
        if 0xDC00 <= u2 <= 0xDFFF:
            out.append(util.cp_encode(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00)))
            i += 4
            continue
        decode_failed(space, codec, s, i, i + 2, 'illegal UTF-16 surrogate', errors, out)
        i += 2


def decode_utf32(space, s, codec, errors, out):
    """utf-32 (BOM or little-endian), utf-32-le, utf-32-be: UTF-8 text into out."""
    n = len(s)
    i = 0
    if codec == UTF32:
        codec = UTF32LE
        if n >= 4 and s[0] == '\xff' and s[1] == '\xfe' and s[2] == '\x00' and \
                s[3] == '\x00':
            i = 4
        elif n >= 4 and s[0] == '\x00' and s[1] == '\x00' and s[2] == '\xfe' and \
                s[3] == '\xff':
            codec = UTF32BE
            i = 4
    little = codec == UTF32LE
    while i < n:
        if i + 4 > n:
            decode_failed(space, codec, s, i, n, 'truncated data', errors, out)
            break
        if little:
            c = (ord(s[i]) | (ord(s[i + 1]) << 8) | (ord(s[i + 2]) << 16) |
                 (ord(s[i + 3]) << 24))
        else:
            c = ((ord(s[i]) << 24) | (ord(s[i + 1]) << 16) | (ord(s[i + 2]) << 8) |
                 ord(s[i + 3]))
        if c > 0x10FFFF:
            decode_failed(space, codec, s, i, i + 4, 'code point not in range(0x110000)',
                          errors, out)
        elif 0xD800 <= c <= 0xDFFF:
            decode_failed(space, codec, s, i, i + 4, 'code point in surrogate code point '
                          'range(0xd800, 0xe000)', errors, out)
        else:
            out.append(util.cp_encode(c))
        i += 4


def put_unit(out, u, width, little):
    """One code unit of utf-16 (width 2) or utf-32 (width 4)."""
    if little:
        for k in range(width):
            out.append(chr((u >> (8 * k)) & 0xFF))
    else:
        for k in range(width - 1, -1, -1):
            out.append(chr((u >> (8 * k)) & 0xFF))


def put_code(out, code, width, little):
    if width == 2 and code >= 0x10000:
        code -= 0x10000
        put_unit(out, 0xD800 | (code >> 10), 2, little)
        put_unit(out, 0xDC00 | (code & 0x3FF), 2, little)
    else:
        put_unit(out, code, width, little)


def encode_utf16_32(space, s, codec, errors):
    """str.encode() in utf-16/utf-32 (a little-endian BOM first for 'utf-16' and
    'utf-32') or their -le/-be forms; a surrogate is an error, as in CPython."""
    width = 2
    if codec >= UTF32:
        width = 4
    little = codec != UTF16BE and codec != UTF32BE
    out = StringBuilder(len(s) * width + 4)
    if codec == UTF16 or codec == UTF32:
        put_unit(out, 0xFEFF, width, little)
    i = 0
    pos = 0
    n = len(s)
    while i < n:
        code = util.cp_decode(s, i)
        i = util.cp_next(s, i)
        pos += 1
        if code < 0xD800 or code > 0xDFFF:
            put_code(out, code, width, little)
            continue
        if errors == 'surrogatepass':
            put_code(out, code, width, little)
            continue
        if errors == 'strict' or errors == 'surrogateescape':
            raise unicode_error(space, space.w_UnicodeEncodeError, codec, space.newstr(s),
                                pos - 1, pos, 'surrogates not allowed')
        check_errors(space, errors)
        repl = ''
        if errors == 'replace':
            repl = '?'
        elif errors == 'backslashreplace':
            repl = char_escape(code)
        elif errors == 'xmlcharrefreplace':
            repl = '&#%d;' % code
        for c in repl:
            put_unit(out, ord(c), width, little)
    return out.build()


def char_escape(code):
    if code < 0x100:
        return '\\x' + hex2(code)
    if code < 0x10000:
        return '\\u' + hex2(code >> 8) + hex2(code)
    return '\\U' + hex2(code >> 24) + hex2(code >> 16) + hex2(code >> 8) + hex2(code)


def escaped_bytes(codes):
    """Whether all of codes are U+DC80..U+DCFF, the bytes surrogateescape made."""
    for code in codes:
        if code < 0xDC80 or code > 0xDCFF:
            return False
    return True


MAX_CODE = 0x10FFFF         # the largest code point a str holds


def encode_failed_run(space, out, s, i, pos, lo, hi, codec, errors, reason):
    """The run of characters from byte index i (code point index pos) of the UTF-8
    text s whose code points are in lo..hi, which codec cannot encode: raises the
    UnicodeEncodeError (errors 'strict' or 'surrogatepass', or 'surrogateescape' when
    they are not all bytes it escaped), or appends to out what errors puts in their
    place.  Returns the byte index and the code point index after the run."""
    start = pos
    codes = []
    n = len(s)
    while i < n:
        code = util.cp_decode(s, i)
        if code < lo or code > hi:
            break
        codes.append(code)
        i = util.cp_next(s, i)
        pos += 1
    if errors == 'strict' or errors == 'surrogatepass' or (
            errors == 'surrogateescape' and not escaped_bytes(codes)):
        raise unicode_error(space, space.w_UnicodeEncodeError, codec, space.newstr(s),
                            start, pos, reason)
    check_errors(space, errors)
    for code in codes:
        if errors == 'surrogateescape':
            out.append(chr(code - 0xDC00))
        elif errors == 'replace':
            out.append('?')
        elif errors == 'backslashreplace':
            out.append(char_escape(code))
        elif errors == 'xmlcharrefreplace':
            out.append('&#%d;' % code)
    return i, pos


def encode_utf8_surrogates(space, s, errors):
    """str.encode('utf-8') of a text holding a lone surrogate (stored as its 3-byte
    UTF-8 form): an error, or handled as errors says (not 'surrogatepass', which
    encode() does itself)."""
    out = StringBuilder(len(s))
    i = 0
    pos = 0
    n = len(s)
    while i < n:
        j = util.cp_next(s, i)
        code = util.cp_decode(s, i)
        if code < 0xD800 or code > 0xDFFF:
            assert i >= 0 and j > i
            out.append(s[i:j])
            i = j
            pos += 1
            continue
        i, pos = encode_failed_run(space, out, s, i, pos, 0xD800, 0xDFFF, UTF8, errors,
                                   'surrogates not allowed')
    return out.build()


def encode(space, s, encoding, errors):
    """str.encode(): the bytes of the UTF-8 text s in encoding."""
    codec = own_text_codec(encoding)
    if codec < 0:
        return library_codec(space, 'encode', space.newstr(s), encoding, errors)
    if codec == UTF8:
        if s.find('\xed') < 0 or errors == 'surrogatepass':
            return s
        return encode_utf8_surrogates(space, s, errors)
    if codec >= UTF16:
        return encode_utf16_32(space, s, codec, errors)
    limit = 128
    if codec == LATIN1:
        limit = 256
    reason = 'ordinal not in range(%d)' % limit
    out = StringBuilder(len(s))
    i = 0
    pos = 0                 # the code point's index
    n = len(s)
    while i < n:
        code = util.cp_decode(s, i)
        if code < limit:
            out.append(chr(code))
            i = util.cp_next(s, i)
            pos += 1
            continue
        i, pos = encode_failed_run(space, out, s, i, pos, limit, MAX_CODE, codec, errors,
                                   reason)
    return out.build()


# --- operators ----------------------------------------------------------------------------

def bytes_contains(space, w_self, w_item):
    s = w_self.as_str()
    if has_index(space, w_item):
        v = byte_value(space, w_item)
        return s.find(chr(v)) >= 0
    sub = bytes_arg(space, w_item)
    return s.find(sub) >= 0


def getitem(space, w_self, w_index):
    """w_self[w_index] of a bytes or a bytearray."""
    mutable = isinstance(w_self, W_ByteArray)
    n = w_self.blen()
    if isinstance(w_index, W_Slice):
        s = w_self.as_str()
        start, stop, step, count = slice_indices(space, w_index, n)
        if step == 1:
            assert start >= 0
            end = start + count
            assert end >= 0
            return make_like(w_self, s[start:end])
        out = StringBuilder(count)
        for k in range(count):
            out.append(s[start + k * step])
        return make_like(w_self, out.build())
    i = item_index(space, w_self, w_index, n)
    if i < 0:
        if mutable:
            raise space.error(space.w_IndexError, 'bytearray index out of range')
        raise space.error(space.w_IndexError, 'index out of range')
    return space.newint(w_self.byte_at(i))


def item_index(space, w_self, w_index, n):
    if not has_index(space, w_index):
        what = 'byte'
        if isinstance(w_self, W_ByteArray):
            what = 'bytearray'
        raise space.error(space.w_TypeError, '%s indices must be integers or slices, not '
                          '%s' % (what, space.type(w_index).name))
    if isinstance(w_index, W_Long):
        raise space.error(space.w_IndexError,
                          "cannot fit 'int' into an index-sized integer")
    i = index_value(space, w_index)
    if i < 0:
        i += n
    if i < 0 or i >= n:
        return -1
    return i


def assigned_bytes(space, w_value):
    """The bytes of what is assigned to a slice of a bytearray."""
    s = bytes_like(w_value)
    if s is not None:
        return s
    if has_index(space, w_value) or isinstance(w_value, W_Str) or \
            not is_iterable(space, w_value):
        raise space.error(space.w_TypeError, 'can assign only bytes, buffers, or iterables '
                          'of ints in range(0, 256)')
    return bytes_of_iterable(space, w_value, 'byte')


def setitem(space, w_self, w_index, w_value):
    """w_self[w_index] = w_value of a bytearray."""
    assert isinstance(w_self, W_ByteArray)
    data = w_self.data
    if isinstance(w_index, W_Slice):
        new = chars_of(assigned_bytes(space, w_value))
        start, stop, step, count = slice_indices(space, w_index, len(data))
        if step == 1:
            if stop < start:
                stop = start
            check_resizable(space, w_self, len(data) - (stop - start) + len(new))
            assert start >= 0 and stop >= 0
            w_self.data = data[:start] + new + data[stop:]
            return
        if len(new) != count:
            raise space.error(space.w_ValueError, 'attempt to assign bytes of size %d to '
                              'extended slice of size %d' % (len(new), count))
        for k in range(count):
            data[start + k * step] = new[k]
        return
    i = item_index(space, w_self, w_index, len(data))
    v = byte_value(space, w_value)
    if i < 0:
        raise space.error(space.w_IndexError, 'bytearray index out of range')
    data[i] = chr(v)


def delitem(space, w_self, w_index):
    """del w_self[w_index] of a bytearray."""
    assert isinstance(w_self, W_ByteArray)
    data = w_self.data
    if isinstance(w_index, W_Slice):
        start, stop, step, count = slice_indices(space, w_index, len(data))
        if count == 0:
            return
        check_resizable(space, w_self, len(data) - count)
        if step < 0:
            start = start + (count - 1) * step
            step = -step
        keep = []
        for i in range(len(data)):
            if i >= start and (i - start) % step == 0 and (i - start) // step < count:
                continue
            keep.append(data[i])
        w_self.data = keep
        return
    i = item_index(space, w_self, w_index, len(data))
    if i < 0:
        raise space.error(space.w_IndexError, 'bytearray index out of range')
    check_resizable(space, w_self, len(data) - 1)
    del data[i]


def binop(space, opnum, w_a, w_b):
    """+ and * of bytes and bytearray; None when they do not apply."""
    if opnum == op.OP_ADD:
        if isinstance(w_a, W_AbstractBytes):
            s = bytes_like(w_b)
            if s is None:
                if isinstance(w_b, W_Instance):
                    return None
                raise space.error(space.w_TypeError, "can't concat %s to %s"
                                  % (space.type(w_b).name, space.type(w_a).name))
            return make_like(w_a, w_a.as_str() + s)
        return None
    if opnum == op.OP_MUL:
        if isinstance(w_a, W_AbstractBytes):
            return repeat(space, w_a, w_b)
        if isinstance(w_b, W_AbstractBytes):
            if isinstance(w_a, W_Str) or isinstance(w_a, W_List) or \
                    isinstance(w_a, W_Tuple):
                return None
            return repeat(space, w_b, w_a)
        return None
    return None


def repeat(space, w_seq, w_count):
    if isinstance(w_count, W_Int):
        n = w_count.intval
    elif isinstance(w_count, W_Long):
        raise space.error(space.w_OverflowError,
                          "cannot fit 'int' into an index-sized integer")
    elif isinstance(w_count, W_Instance):
        if space.lookup_special_or_none(w_count, '__index__') is None:
            return None
        n = index_value(space, w_count)
    else:
        raise space.error(space.w_TypeError, "can't multiply sequence by non-int of type "
                          "'%s'" % space.type(w_count).name)
    if n < 0:
        n = 0
    return make_like(w_seq, w_seq.as_str() * n)


def inplace_binop(space, opnum, w_a, w_b):
    """bytearray += and *=, in place; None otherwise."""
    if not isinstance(w_a, W_ByteArray):
        return None
    if opnum == op.OP_ADD:
        s = bytes_like(w_b)
        if s is None:
            if isinstance(w_b, W_Instance):
                return None
            raise space.error(space.w_TypeError, "can't concat %s to bytearray"
                              % space.type(w_b).name)
        check_resizable(space, w_a, len(w_a.data) + len(s))
        w_a.data.extend(chars_of(s))
        return w_a
    if opnum == op.OP_MUL:
        w_res = repeat(space, w_a, w_b)
        if w_res is None:
            return None
        assert isinstance(w_res, W_ByteArray)
        check_resizable(space, w_a, len(w_res.data))
        w_a.data = w_res.data
        return w_a
    return None


def compare(space, opnum, w_a, w_b):
    """1 true, 0 false, -1 not applicable."""
    if not (isinstance(w_a, W_AbstractBytes) and isinstance(w_b, W_AbstractBytes)):
        return -1
    a = w_a.as_str()
    b = w_b.as_str()
    if opnum == op.CMP_LT:
        return int(a < b)
    if opnum == op.CMP_LE:
        return int(a <= b)
    if opnum == op.CMP_EQ:
        return int(a == b)
    if opnum == op.CMP_NE:
        return int(a != b)
    if opnum == op.CMP_GT:
        return int(a > b)
    return int(a >= b)


# --- methods ------------------------------------------------------------------------------
# Each is impl(space, w_self, args_w): args_w the arguments after the instance, checked
# against the method's Spec by the wrapper make_method() builds.

def sub_arg(space, w_arg):
    """find()'s sub: bytes-like or an int."""
    if has_index(space, w_arg):
        return chr(byte_value(space, w_arg))
    s = bytes_like(w_arg)
    if s is None:
        raise space.error(space.w_TypeError, 'argument should be integer or bytes-like '
                          "object, not '%s'" % space.type(w_arg).name)
    return s


def find_impl(space, w_self, args_w, reverse):
    s = w_self.as_str()
    sub = sub_arg(space, args_w[0])
    start, end = find_range(space, args_w, len(s))
    if end - start < len(sub):
        return -1
    if reverse:
        return s.rfind(sub, start, end)
    return s.find(sub, start, end)


def b_find(space, w_self, args_w):
    return space.newint(find_impl(space, w_self, args_w, False))


def b_rfind(space, w_self, args_w):
    return space.newint(find_impl(space, w_self, args_w, True))


def b_index(space, w_self, args_w):
    i = find_impl(space, w_self, args_w, False)
    if i < 0:
        raise space.error(space.w_ValueError, 'subsection not found')
    return space.newint(i)


def b_rindex(space, w_self, args_w):
    i = find_impl(space, w_self, args_w, True)
    if i < 0:
        raise space.error(space.w_ValueError, 'subsection not found')
    return space.newint(i)


def b_count(space, w_self, args_w):
    s = w_self.as_str()
    sub = sub_arg(space, args_w[0])
    start, end = find_range(space, args_w, len(s))
    if end - start < len(sub):
        return space.newint(0)
    if sub == '':
        return space.newint(end - start + 1)
    return space.newint(count_occurrences(s, sub, start, end))


def startswith_impl(space, w_self, args_w, name, at_end):
    s = w_self.as_str()
    start, end = find_range(space, args_w, len(s))
    w_prefix = args_w[0].builtin_value()
    if isinstance(w_prefix, W_Tuple):
        for w_item in w_prefix.items_w:
            sub = bytes_like(w_item)
            if sub is None:
                raise space.error(space.w_TypeError, 'a bytes-like object is required, '
                                  "not '%s'" % space.type(w_item).name)
            if tailmatch(s, sub, start, end, at_end):
                return space.w_True
        return space.w_False
    sub = bytes_like(w_prefix)
    if sub is None:
        raise space.error(space.w_TypeError, '%s first arg must be bytes or a tuple of '
                          'bytes, not %s' % (name, space.type(w_prefix).name))
    return space.newbool(tailmatch(s, sub, start, end, at_end))


def b_startswith(space, w_self, args_w):
    return startswith_impl(space, w_self, args_w, 'startswith', False)


def b_endswith(space, w_self, args_w):
    return startswith_impl(space, w_self, args_w, 'endswith', True)


def is_space(c):
    return c == ' ' or '\t' <= c <= '\r'


def split_args(space, args_w):
    w_sep = args_w[0]
    maxsplit = -1
    if args_w[1] is not None:
        maxsplit = index_value(space, args_w[1])
    sep = None
    if w_sep is not None and not isinstance(w_sep, W_NoneObject):
        sep = bytes_arg(space, w_sep)
        if sep == '':
            raise space.error(space.w_ValueError, 'empty separator')
    return sep, maxsplit


def list_like(space, w_self, parts):
    return space.newlist([make_like(w_self, p) for p in parts])


def b_split(space, w_self, args_w):
    s = w_self.as_str()
    sep, maxsplit = split_args(space, args_w)
    parts = []
    n = len(s)
    if sep is None:
        i = 0
        while True:
            while i < n and is_space(s[i]):
                i += 1
            if i >= n:
                break
            if maxsplit == 0:
                assert i >= 0
                parts.append(s[i:])
                break
            j = i
            while j < n and not is_space(s[j]):
                j += 1
            assert i >= 0 and j >= 0
            parts.append(s[i:j])
            maxsplit -= 1
            i = j
        return list_like(space, w_self, parts)
    start = 0
    while maxsplit != 0:
        i = s.find(sep, start)
        if i < 0:
            break
        assert start >= 0
        parts.append(s[start:i])
        start = i + len(sep)
        maxsplit -= 1
    assert start >= 0
    parts.append(s[start:])
    return list_like(space, w_self, parts)


def b_rsplit(space, w_self, args_w):
    s = w_self.as_str()
    sep, maxsplit = split_args(space, args_w)
    parts = []
    if sep is None:
        j = len(s)
        while True:
            while j > 0 and is_space(s[j - 1]):
                j -= 1
            if j <= 0:
                break
            if maxsplit == 0:
                assert j >= 0
                parts.append(s[:j])
                break
            i = j
            while i > 0 and not is_space(s[i - 1]):
                i -= 1
            assert i >= 0 and j >= 0
            parts.append(s[i:j])
            maxsplit -= 1
            j = i
    else:
        end = len(s)
        while maxsplit != 0:
            i = s.rfind(sep, 0, end)
            if i < 0:
                break
            k = i + len(sep)
            assert k >= 0 and end >= 0
            parts.append(s[k:end])
            end = i
            maxsplit -= 1
        assert end >= 0
        parts.append(s[:end])
    parts.reverse()
    return list_like(space, w_self, parts)


def b_join(space, w_self, args_w):
    sep = w_self.as_str()
    items_w = space.listview(args_w[0])
    pieces = []
    for i in range(len(items_w)):
        s = bytes_like(items_w[i])
        if s is None:
            raise space.error(space.w_TypeError, 'sequence item %d: expected a bytes-like '
                              'object, %s found' % (i, space.type(items_w[i]).name))
        pieces.append(s)
    return make_like(w_self, sep.join(pieces))


def strip_impl(space, w_self, args_w, left, right):
    s = w_self.as_str()
    w_chars = args_w[0] if args_w else None
    chars = None
    if w_chars is not None and not isinstance(w_chars, W_NoneObject):
        chars = bytes_arg(space, w_chars)
    i = 0
    j = len(s)
    if left:
        while i < j and stripped(s[i], chars):
            i += 1
    if right:
        while j > i and stripped(s[j - 1], chars):
            j -= 1
    assert i >= 0 and j >= 0
    return make_like(w_self, s[i:j])


def stripped(c, chars):
    if chars is None:
        return is_space(c)
    return chars.find(c) >= 0


def b_strip(space, w_self, args_w):
    return strip_impl(space, w_self, args_w, True, True)


def b_lstrip(space, w_self, args_w):
    return strip_impl(space, w_self, args_w, True, False)


def b_rstrip(space, w_self, args_w):
    return strip_impl(space, w_self, args_w, False, True)


def b_replace(space, w_self, args_w):
    s = w_self.as_str()
    old = bytes_arg(space, args_w[0])
    new = bytes_arg(space, args_w[1])
    count = -1
    if len(args_w) > 2:
        count = index_value(space, args_w[2])
    out = StringBuilder(len(s))
    if old == '':
        n = 0
        for k in range(len(s)):
            if count < 0 or n < count:
                out.append(new)
                n += 1
            out.append(s[k])
        if count < 0 or n < count:
            out.append(new)
        return make_like(w_self, out.build())
    i = 0
    while count != 0:
        j = s.find(old, i)
        if j < 0:
            break
        assert i >= 0
        out.append(s[i:j])
        out.append(new)
        i = j + len(old)
        count -= 1
    assert i >= 0
    out.append(s[i:])
    return make_like(w_self, out.build())


def partition_impl(space, w_self, args_w, reverse):
    s = w_self.as_str()
    sep = bytes_arg(space, args_w[0])
    if sep == '':
        raise space.error(space.w_ValueError, 'empty separator')
    if reverse:
        i = s.rfind(sep)
    else:
        i = s.find(sep)
    if i < 0:
        if reverse:
            return space.newtuple([make_like(w_self, ''), make_like(w_self, ''),
                                   make_like(w_self, s)])
        return space.newtuple([make_like(w_self, s), make_like(w_self, ''),
                               make_like(w_self, '')])
    j = i + len(sep)
    assert i >= 0 and j >= 0
    return space.newtuple([make_like(w_self, s[:i]), make_like(w_self, sep),
                           make_like(w_self, s[j:])])


def b_partition(space, w_self, args_w):
    return partition_impl(space, w_self, args_w, False)


def b_rpartition(space, w_self, args_w):
    return partition_impl(space, w_self, args_w, True)


def b_removeprefix(space, w_self, args_w):
    s = w_self.as_str()
    p = bytes_arg(space, args_w[0])
    if tailmatch(s, p, 0, len(s), False):
        return make_like(w_self, s[len(p):])
    return make_like(w_self, s)


def b_removesuffix(space, w_self, args_w):
    s = w_self.as_str()
    p = bytes_arg(space, args_w[0])
    if p and tailmatch(s, p, 0, len(s), True):
        end = len(s) - len(p)
        assert end >= 0
        return make_like(w_self, s[:end])
    return make_like(w_self, s)


def change_case(s, how):
    """how: 0 lower, 1 upper, 2 swapcase, 3 capitalize, 4 title."""
    out = StringBuilder(len(s))
    prev_cased = False
    for k in range(len(s)):
        c = s[k]
        up = False
        low = False
        if how == 0:
            low = True
        elif how == 1:
            up = True
        elif how == 2:
            up = 'a' <= c <= 'z'
            low = 'A' <= c <= 'Z'
        elif how == 3:
            up = k == 0
            low = k > 0
        else:
            up = not prev_cased
            low = prev_cased
        prev_cased = 'a' <= c <= 'z' or 'A' <= c <= 'Z'
        if up and 'a' <= c <= 'z':
            out.append(chr(ord(c) - 32))
        elif low and 'A' <= c <= 'Z':
            out.append(chr(ord(c) + 32))
        else:
            out.append(c)
    return out.build()


def b_lower(space, w_self, args_w):
    return make_like(w_self, change_case(w_self.as_str(), 0))


def b_upper(space, w_self, args_w):
    return make_like(w_self, change_case(w_self.as_str(), 1))


def b_swapcase(space, w_self, args_w):
    return make_like(w_self, change_case(w_self.as_str(), 2))


def b_capitalize(space, w_self, args_w):
    return make_like(w_self, change_case(w_self.as_str(), 3))


def b_title(space, w_self, args_w):
    return make_like(w_self, change_case(w_self.as_str(), 4))


def char_is(kind, c):
    if kind == 0:
        return '0' <= c <= '9'
    if kind == 1:
        return 'a' <= c <= 'z' or 'A' <= c <= 'Z'
    if kind == 2:
        return 'a' <= c <= 'z' or 'A' <= c <= 'Z' or '0' <= c <= '9'
    if kind == 3:
        return is_space(c)
    return ord(c) < 0x80


def all_chars(space, w_self, kind):
    s = w_self.as_str()
    if not s:
        return space.newbool(kind == 4)
    for c in s:
        if not char_is(kind, c):
            return space.w_False
    return space.w_True


def b_isdigit(space, w_self, args_w):
    return all_chars(space, w_self, 0)


def b_isalpha(space, w_self, args_w):
    return all_chars(space, w_self, 1)


def b_isalnum(space, w_self, args_w):
    return all_chars(space, w_self, 2)


def b_isspace(space, w_self, args_w):
    return all_chars(space, w_self, 3)


def b_isascii(space, w_self, args_w):
    return all_chars(space, w_self, 4)


def b_islower(space, w_self, args_w):
    cased = False
    for c in w_self.as_str():
        if 'A' <= c <= 'Z':
            return space.w_False
        if 'a' <= c <= 'z':
            cased = True
    return space.newbool(cased)


def b_isupper(space, w_self, args_w):
    cased = False
    for c in w_self.as_str():
        if 'a' <= c <= 'z':
            return space.w_False
        if 'A' <= c <= 'Z':
            cased = True
    return space.newbool(cased)


def b_istitle(space, w_self, args_w):
    cased = False
    prev_cased = False
    for c in w_self.as_str():
        if 'A' <= c <= 'Z':
            if prev_cased:
                return space.w_False
            prev_cased = True
            cased = True
        elif 'a' <= c <= 'z':
            if not prev_cased:
                return space.w_False
            prev_cased = True
            cased = True
        else:
            prev_cased = False
    return space.newbool(cased)


def fill_arg(space, args_w, name):
    if len(args_w) < 2:
        return ' '
    w_fill = args_w[1]
    s = bytes_like(w_fill)
    if s is None or len(s) != 1:
        raise space.error(space.w_TypeError, '%s() argument 2 must be a byte string of '
                          'length 1, not %s' % (name, space.type(w_fill).name))
    return s


def pad(w_self, left, right, fill):
    s = w_self.as_str()
    if left <= 0 and right <= 0:
        return make_like(w_self, s)
    return make_like(w_self, fill * left + s + fill * right)


def b_ljust(space, w_self, args_w):
    width = index_value(space, args_w[0])
    fill = fill_arg(space, args_w, 'ljust')
    return pad(w_self, 0, width - w_self.blen(), fill)


def b_rjust(space, w_self, args_w):
    width = index_value(space, args_w[0])
    fill = fill_arg(space, args_w, 'rjust')
    return pad(w_self, width - w_self.blen(), 0, fill)


def b_center(space, w_self, args_w):
    width = index_value(space, args_w[0])
    fill = fill_arg(space, args_w, 'center')
    n = width - w_self.blen()
    if n <= 0:
        return make_like(w_self, w_self.as_str())
    left = n // 2 + (n & width & 1)
    return pad(w_self, left, n - left, fill)


def b_zfill(space, w_self, args_w):
    width = index_value(space, args_w[0])
    s = w_self.as_str()
    n = width - len(s)
    if n <= 0:
        return make_like(w_self, s)
    if s and (s[0] == '+' or s[0] == '-'):
        return make_like(w_self, s[0] + '0' * n + s[1:])
    return make_like(w_self, '0' * n + s)


def b_splitlines(space, w_self, args_w):
    keepends = args_w[0] is not None and space.is_true(args_w[0])
    s = w_self.as_str()
    parts = []
    i = 0
    n = len(s)
    while i < n:
        j = i
        while j < n and s[j] != '\n' and s[j] != '\r':
            j += 1
        eol = j
        if j < n:
            if s[j] == '\r' and j + 1 < n and s[j + 1] == '\n':
                j += 2
            else:
                j += 1
        if keepends:
            eol = j
        assert i >= 0 and eol >= i
        parts.append(s[i:eol])
        i = j
    return list_like(space, w_self, parts)


def b_expandtabs(space, w_self, args_w):
    tabsize = 8
    if args_w[0] is not None:
        tabsize = index_value(space, args_w[0])
    s = w_self.as_str()
    out = StringBuilder(len(s))
    col = 0
    for c in s:
        if c == '\t':
            if tabsize > 0:
                k = tabsize - col % tabsize
                out.append(' ' * k)
                col += k
        else:
            out.append(c)
            col += 1
            if c == '\n' or c == '\r':
                col = 0
    return make_like(w_self, out.build())


def b_translate(space, w_self, args_w):
    s = w_self.as_str()
    table = None
    w_table = args_w[0]
    if not isinstance(w_table, W_NoneObject):
        table = bytes_arg(space, w_table)
        if len(table) != 256:
            raise space.error(space.w_ValueError,
                              'translation table must be 256 characters long')
    delete = ''
    if len(args_w) > 1 and args_w[1] is not None:
        delete = bytes_arg(space, args_w[1])
    out = StringBuilder(len(s))
    for c in s:
        if delete.find(c) >= 0:
            continue
        if table is not None:
            out.append(table[ord(c)])
        else:
            out.append(c)
    return make_like(w_self, out.build())


MAKETRANS = Spec('bytes.maketrans(frm, to, /)')


def bytes_maketrans(space, args):
    """bytes.maketrans / bytearray.maketrans (static methods)."""
    args_w = MAKETRANS.unpack(space, args)
    frm = bytes_arg(space, args_w[0])
    to = bytes_arg(space, args_w[1])
    if len(frm) != len(to):
        raise space.error(space.w_ValueError, 'maketrans arguments must have same length')
    table = [chr(i) for i in range(256)]
    for k in range(len(frm)):
        table[ord(frm[k])] = to[k]
    return W_Bytes(''.join(table))


def b_decode(space, w_self, args_w):
    encoding = 'utf-8'
    errors = 'strict'
    if args_w[0] is not None:
        encoding = text_arg(space, args_w[0], 'decode', 'encoding', 1)
    if args_w[1] is not None:
        errors = text_arg(space, args_w[1], 'decode', 'errors', 2)
    return space.newstr(decode(space, w_self.as_str(), encoding, errors))


def b_hex(space, w_self, args_w):
    s = w_self.as_str()
    sep = ''
    if args_w[0] is not None:
        w_sep = args_w[0].builtin_value()
        if isinstance(w_sep, W_Str):
            sep = w_sep.utf8()
        else:
            sep = bytes_like(w_sep)
            if sep is None:
                raise space.error(space.w_TypeError, "object of type '%s' has no len()"
                                  % space.type(w_sep).name)
        if len(sep) != 1:
            raise space.error(space.w_ValueError, 'sep must be length 1.')
        if ord(sep[0]) >= 0x80:
            raise space.error(space.w_ValueError, 'sep must be ASCII.')
    per = 1
    if args_w[1] is not None:
        per = index_value(space, args_w[1])
    group = per
    if group < 0:
        group = -group
    n = len(s)
    out = StringBuilder(n * 3)
    for i in range(n):
        if i > 0 and sep and group > 0:
            if (per > 0 and (n - i) % group == 0) or (per < 0 and i % group == 0):
                out.append(sep)
        out.append(hex2(ord(s[i])))
    return space.newstr(out.build())


def fromhex_value(space, w_string):
    w_string = w_string.builtin_value()
    if not isinstance(w_string, W_Str):
        raise space.error(space.w_TypeError, 'fromhex() argument must be str, not %s'
                          % space.type(w_string).name)
    s = w_string.utf8()
    out = StringBuilder(len(s) // 2)
    i = 0
    n = len(s)
    while i < n:
        if is_space(s[i]):
            i += 1
            continue
        hi = util_hex_digit(s[i])
        if hi < 0:
            raise fromhex_error(space, s, i)
        if i + 1 >= n:
            raise fromhex_error(space, s, i + 1)
        lo = util_hex_digit(s[i + 1])
        if lo < 0:
            raise fromhex_error(space, s, i + 1)
        out.append(chr(hi * 16 + lo))
        i += 2
    return out.build()


def fromhex_error(space, s, i):
    assert i >= 0
    return space.error(space.w_ValueError, 'non-hexadecimal number found in fromhex() arg '
                       'at position %d' % util.cp_count(s[:i]))


def util_hex_digit(c):
    if '0' <= c <= '9':
        return ord(c) - ord('0')
    if 'a' <= c <= 'f':
        return ord(c) - ord('a') + 10
    if 'A' <= c <= 'F':
        return ord(c) - ord('A') + 10
    return -1


FROMHEX = Spec('bytes.fromhex(string, /)')
BYTEARRAY_FROMHEX = Spec('bytearray.fromhex(string, /)')


def bytes_fromhex(space, args):
    """bytes.fromhex (a classmethod: args_w[0] is the class)."""
    args_w = args.args_w[1:]
    if len(args_w) != 1 or args.has_keywords():
        FROMHEX.check(space, args)
    return W_Bytes(fromhex_value(space, args.args_w[1]))


def bytearray_fromhex(space, args):
    args_w = args.args_w[1:]
    if len(args_w) != 1 or args.has_keywords():
        BYTEARRAY_FROMHEX.check(space, args)
    return new_bytearray(fromhex_value(space, args.args_w[1]))


# --- the methods of bytearray alone ---------------------------------------------------------

def self_array(w_self):
    assert isinstance(w_self, W_ByteArray)
    return w_self


def ba_append(space, w_self, args_w):
    w_arr = self_array(w_self)
    c = chr(byte_value(space, args_w[0]))
    check_resizable(space, w_arr, len(w_arr.data) + 1)
    w_arr.data.append(c)
    return space.w_None


def ba_extend(space, w_self, args_w):
    w_arr = self_array(w_self)
    w_arg = args_w[0]
    s = bytes_like(w_arg)
    if s is None:
        if is_noncontiguous_view(w_arg):
            raise space.error(space.w_TypeError, "can't set bytearray slice from "
                              "memoryview")
        if not is_iterable(space, w_arg):
            raise space.error(space.w_TypeError, "can't extend bytearray with %s"
                              % space.type(w_arg).name)
        s = bytes_of_iterable(space, w_arg, 'byte')
    check_resizable(space, w_arr, len(w_arr.data) + len(s))
    w_arr.data.extend(chars_of(s))
    return space.w_None


def ba_pop(space, w_self, args_w):
    w_arr = self_array(w_self)
    data = w_arr.data
    i = -1
    if args_w:
        i = index_value(space, args_w[0])
    if not data:
        raise space.error(space.w_IndexError, 'pop from empty bytearray')
    if i < 0:
        i += len(data)
    if i < 0 or i >= len(data):
        raise space.error(space.w_IndexError, 'pop index out of range')
    check_resizable(space, w_arr, len(data) - 1)
    c = data.pop(i)
    return space.newint(ord(c))


def ba_insert(space, w_self, args_w):
    w_arr = self_array(w_self)
    data = w_arr.data
    i = index_value(space, args_w[0])
    c = chr(byte_value(space, args_w[1]))
    n = len(data)
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    check_resizable(space, w_arr, n + 1)
    data.insert(i, c)
    return space.w_None


def ba_remove(space, w_self, args_w):
    w_arr = self_array(w_self)
    data = w_arr.data
    c = chr(byte_value(space, args_w[0]))
    for i in range(len(data)):
        if data[i] == c:
            check_resizable(space, w_arr, len(data) - 1)
            del data[i]
            return space.w_None
    raise space.error(space.w_ValueError, 'value not found in bytearray')


def ba_reverse(space, w_self, args_w):
    self_array(w_self).data.reverse()
    return space.w_None


def ba_clear(space, w_self, args_w):
    w_arr = self_array(w_self)
    check_resizable(space, w_arr, 0)
    w_arr.data = []
    return space.w_None


def ba_copy(space, w_self, args_w):
    return W_ByteArray(self_array(w_self).data[:])


# (name, parameters after $self, impl, parsetuple, also a method of bytes)
METHODS = [
    ('decode', "/, encoding='utf-8', errors='strict'", b_decode, False, True),
    ('hex', "sep=None, bytes_per_sep=1", b_hex, False, True),
    ('find', 'sub, start=None, end=None, /', b_find, True, True),
    ('rfind', 'sub, start=None, end=None, /', b_rfind, True, True),
    ('index', 'sub, start=None, end=None, /', b_index, True, True),
    ('rindex', 'sub, start=None, end=None, /', b_rindex, True, True),
    ('count', 'sub, start=None, end=None, /', b_count, True, True),
    ('startswith', 'prefix, start=None, end=None, /', b_startswith, True, True),
    ('endswith', 'suffix, start=None, end=None, /', b_endswith, True, True),
    ('split', '/, sep=None, maxsplit=-1', b_split, False, True),
    ('rsplit', '/, sep=None, maxsplit=-1', b_rsplit, False, True),
    ('join', 'iterable_of_bytes, /', b_join, False, True),
    ('strip', 'bytes=None, /', b_strip, False, True),
    ('lstrip', 'bytes=None, /', b_lstrip, False, True),
    ('rstrip', 'bytes=None, /', b_rstrip, False, True),
    ('replace', 'old, new, count=-1, /', b_replace, False, True),
    ('partition', 'sep, /', b_partition, False, True),
    ('rpartition', 'sep, /', b_rpartition, False, True),
    ('removeprefix', 'prefix, /', b_removeprefix, False, True),
    ('removesuffix', 'suffix, /', b_removesuffix, False, True),
    ('lower', '/', b_lower, False, True),
    ('upper', '/', b_upper, False, True),
    ('swapcase', '/', b_swapcase, False, True),
    ('capitalize', '/', b_capitalize, False, True),
    ('title', '/', b_title, False, True),
    ('isdigit', '/', b_isdigit, False, True),
    ('isalpha', '/', b_isalpha, False, True),
    ('isalnum', '/', b_isalnum, False, True),
    ('isspace', '/', b_isspace, False, True),
    ('isascii', '/', b_isascii, False, True),
    ('islower', '/', b_islower, False, True),
    ('isupper', '/', b_isupper, False, True),
    ('istitle', '/', b_istitle, False, True),
    ('ljust', "width, fillchar=b' ', /", b_ljust, False, True),
    ('rjust', "width, fillchar=b' ', /", b_rjust, False, True),
    ('center', "width, fillchar=b' ', /", b_center, False, True),
    ('zfill', 'width, /', b_zfill, False, True),
    ('splitlines', '/, keepends=False', b_splitlines, False, True),
    ('expandtabs', '/, tabsize=8', b_expandtabs, False, True),
    ('translate', 'table, /, delete=b""', b_translate, False, True),
    ('append', 'item, /', ba_append, False, False),
    ('extend', 'iterable_of_ints, /', ba_extend, False, False),
    ('pop', 'index=-1, /', ba_pop, False, False),
    ('insert', 'index, item, /', ba_insert, False, False),
    ('remove', 'value, /', ba_remove, False, False),
    ('reverse', '/', ba_reverse, False, False),
    ('clear', '/', ba_clear, False, False),
    ('copy', '/', ba_copy, False, False),
]


def bytes_type(space, mutable):
    if mutable:
        return space.w_bytearray
    return space.w_bytes


def make_method(typename, name, params, impl, parsetuple):
    """The builtin method typename.name: checks the receiver and the arguments."""
    spec = Spec('%s.%s($self, %s)' % (typename, name, params), parsetuple=parsetuple)
    mutable = typename == 'bytearray'
    keywords = spec.style == KEYWORDS

    def method(space, args):
        w_self = receiver(space, args, bytes_type(space, mutable), name)
        assert isinstance(w_self, W_AbstractBytes)
        if keywords:
            return impl(space, w_self, spec.values(space, args))
        return impl(space, w_self, spec.unpack(space, args))
    method.func_name = '%s_%s' % (typename, name)
    return method


def method_table(typename):
    table = []
    for name, params, impl, parsetuple, shared in METHODS:
        if shared or typename == 'bytearray':
            table.append((name, make_method(typename, name, params, impl, parsetuple)))
    return table


BYTES_METHODS = method_table('bytes')
BYTEARRAY_METHODS = method_table('bytearray')


# --- int.to_bytes and int.from_bytes ------------------------------------------------------

INT_TO_BYTES = Spec("int.to_bytes($self, /, length=1, byteorder='big', *, signed=False)")
INT_FROM_BYTES = Spec("int.from_bytes($self, bytes, byteorder='big', *, signed=False)")


def byteorder_arg(space, w_arg, fname):
    if w_arg is None:
        return 'big'
    byteorder = text_arg(space, w_arg, fname, 'byteorder', 2)
    if byteorder != 'big' and byteorder != 'little':
        raise space.error(space.w_ValueError, "byteorder must be either 'little' or 'big'")
    return byteorder


def int_to_bytes(space, args):
    w_self = receiver(space, args, space.w_int, 'to_bytes')
    values_w = INT_TO_BYTES.values(space, args)
    length = 1
    if values_w[0] is not None:
        length = index_value(space, values_w[0])
    byteorder = byteorder_arg(space, values_w[1], 'to_bytes')
    signed = values_w[2] is not None and space.is_true(values_w[2])
    if length < 0:
        raise space.error(space.w_ValueError, 'length argument must be non-negative')
    if not is_int(w_self):
        raise space.error(space.w_TypeError, "descriptor 'to_bytes' requires an 'int'")
    num = bigint_of(w_self)
    try:
        s = num.tobytes(length, byteorder, signed)
    except InvalidSignednessError:
        raise space.error(space.w_OverflowError, "can't convert negative int to unsigned")
    except InvalidEndiannessError:
        raise space.error(space.w_ValueError, "byteorder must be either 'little' or 'big'")
    except OverflowError:
        raise space.error(space.w_OverflowError, 'int too big to convert')
    return W_Bytes(s)


def int_from_bytes(space, args):
    """int.from_bytes (a classmethod: args_w[0] is the class)."""
    values_w = INT_FROM_BYTES.values(space, args)
    s = to_bytes(space, values_w[0], 'bytes')
    byteorder = byteorder_arg(space, values_w[1], 'from_bytes')
    signed = values_w[2] is not None and space.is_true(values_w[2])
    try:
        num = rbigint.frombytes(s, byteorder, signed)
    except InvalidEndiannessError:
        raise space.error(space.w_ValueError, "byteorder must be either 'little' or 'big'")
    w_cls = args.args_w[0]
    if w_cls is not space.w_int:
        # bool.from_bytes, a subclass of int: cls(value), as CPython
        return space.call_function(w_cls, [space.newlong(num)])
    return space.newlong(num)
