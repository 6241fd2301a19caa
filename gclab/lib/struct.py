# gclab's struct module: pack and unpack with the common formats (byte orders @ = < > !,
# codes x c b B ? h H i I l L q Q n N e f d s p P), native sizes and alignment of x86-64.
# pack() returns bytes; unpack() takes bytes or bytearray; pack_into() writes into a
# bytearray.
#
# Each format is compiled once (a cache keyed by the format string) into functions
# made with exec: a pack function building the bytes with int.to_bytes and b''.join,
# unpack functions reading only the bytes of each field (int.from_bytes on a slice), so
# unpack_from and iter_unpack cost what the fields cost, not the buffer's length.
# Formats of more than _GENERATED_ITEMS fields use the generic loops instead.

from math import frexp as _frexp, ldexp as _ldexp, copysign as _copysign


class error(Exception):
    pass


_BYTES_TYPES = (bytes, bytearray)


def _check_buffer(buffer):
    if not isinstance(buffer, _BYTES_TYPES):
        raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)


def _index(v):
    if isinstance(v, int):
        return v
    try:
        method = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None
    return method(v)


# code -> (native size, standard size, kind)
_CODES = {
    'x': (1, 1, 'pad'), 'c': (1, 1, 'char'), 'b': (1, 1, 'int'), 'B': (1, 1, 'uint'),
    '?': (1, 1, 'bool'), 'h': (2, 2, 'int'), 'H': (2, 2, 'uint'), 'i': (4, 4, 'int'),
    'I': (4, 4, 'uint'), 'l': (8, 4, 'int'), 'L': (8, 4, 'uint'), 'q': (8, 8, 'int'),
    'Q': (8, 8, 'uint'), 'n': (8, 0, 'int'), 'N': (8, 0, 'uint'), 'e': (2, 2, 'float'),
    'f': (4, 4, 'float'), 'd': (8, 8, 'float'), 's': (1, 1, 'str'), 'p': (1, 1, 'pstr'),
    'P': (8, 0, 'pointer'),
}

# formats with more fields than this use the generic loops (no generated code)
_GENERATED_ITEMS = 64


# --- floats: IEEE 754 binary16/32/64 as ints -----------------------------------------

# code -> (exponent bits, stored mantissa bits)
_FLOATS = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}


def _float_arg(v):
    if type(v) is float:
        return v
    if not isinstance(v, (int, float)):
        if not hasattr(type(v), '__float__') and not hasattr(type(v), '__index__'):
            raise error('required argument is not a float')
    try:
        return float(v)
    except OverflowError:
        raise error('required argument is not a float') from None


def _float_to_bits(x, code):
    """The bits of float x in the format of code, rounded half to even; OverflowError
    for a finite x too large."""
    ebits, mbits = _FLOATS[code]
    emax = (1 << ebits) - 1
    if x != x:
        return (emax << mbits) | (1 << (mbits - 1))
    sign = 0
    if x < 0.0 or (x == 0.0 and _copysign(1.0, x) < 0.0):
        sign = 1 << (ebits + mbits)
        x = -x
    if x == _INF:
        return sign | (emax << mbits)
    if x == 0.0:
        return sign
    bias = (1 << (ebits - 1)) - 1
    m, e = _frexp(x)                  # x = m * 2**e, 0.5 <= m < 1
    field = e - 1 + bias
    if field >= 1:
        # the mantissa with its leading 1: a carry of the rounding moves to the exponent
        bits = ((field - 1) << mbits) + round(_ldexp(m, mbits + 1))
    else:
        # subnormal: a multiple of the smallest one (a carry makes the smallest normal)
        bits = round(_ldexp(x, bias - 1 + mbits))
    if bits >= emax << mbits:
        raise OverflowError('float too large to pack with %s format' % code)
    return sign | bits


def _bits_to_float(bits, code):
    ebits, mbits = _FLOATS[code]
    emax = (1 << ebits) - 1
    bias = (1 << (ebits - 1)) - 1
    field = (bits >> mbits) & emax
    mant = bits & ((1 << mbits) - 1)
    if field == emax:
        if mant:
            return _NAN
        value = _INF
    elif field == 0:
        value = _ldexp(float(mant), 1 - bias - mbits)
    else:
        value = _ldexp(float(mant | (1 << mbits)), field - bias - mbits)
    if bits >> (ebits + mbits):
        return -value
    return value


_INF = float('inf')
_NAN = float('nan')


def _unpack_d(bits):
    field = (bits >> 52) & 0x7ff
    if field == 0 or field == 0x7ff:
        return _bits_to_float(bits, 'd')
    value = _ldexp(float((bits & 0xfffffffffffff) | 0x10000000000000), field - 1075)
    if bits >> 63:
        return -value
    return value


def _unpack_f(bits):
    return _bits_to_float(bits, 'f')


def _unpack_e(bits):
    return _bits_to_float(bits, 'e')


def _pack_d(v):
    if type(v) is not float:
        v = _float_arg(v)
    if 0.0 < v < _INF:
        m, e = _frexp(v)
        if e > -1021:       # normal: the 53 bits of m, the exponent field e + 1022
            return ((e + 1021) << 52) + int(m * 9007199254740992.0)
    elif -_INF < v < 0.0:
        m, e = _frexp(-v)
        if e > -1021:
            return ((e + 3069) << 52) + int(m * 9007199254740992.0)
    return _float_to_bits(v, 'd')


def _pack_f(v):
    if type(v) is not float:
        v = _float_arg(v)
    return _float_to_bits(v, 'f')


def _pack_e(v):
    if type(v) is not float:
        v = _float_arg(v)
    return _float_to_bits(v, 'e')


# --- strings -------------------------------------------------------------------------

def _pack_char(v):
    if not isinstance(v, bytes) or len(v) != 1:
        raise error('char format requires a bytes object of length 1')
    return bytes(v)


def _pack_s(v, size):
    if not isinstance(v, _BYTES_TYPES):
        raise error("argument for 's' must be a bytes object")
    n = len(v)
    if n >= size:
        return bytes(v[:size])
    return bytes(v) + bytes(size - n)


def _pack_p(v, size):
    if not isinstance(v, _BYTES_TYPES):
        raise error("argument for 'p' must be a bytes object")
    if size == 0:
        return b''
    n = min(len(v), size - 1, 255)
    return bytes((n,)) + bytes(v[:n]) + bytes(size - 1 - n)


def _unpack_p(data, offset, size):
    if size == 0:
        return b''
    n = min(data[offset], size - 1)
    return bytes(data[offset + 1:offset + 1 + n])


# --- ints ----------------------------------------------------------------------------

def _int_arg(v):
    if isinstance(v, int):
        return v
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    raise error('required argument is not an integer')


def _pack_int(f, code, size, signed, v):
    """v as size bytes in the format's byte order, with CPython's range errors."""
    v = _int_arg(v)
    try:
        return v.to_bytes(size, f.byteorder, signed=signed)
    except OverflowError:
        pass
    raise error(_range_message(f, code, size, signed, v))


def _range_message(f, code, size, signed, v):
    """What CPython 3.11 says of an int out of the range of code (64-bit Linux): a value
    beyond a C long (unsigned long for some codes) is 'argument out of range'."""
    big = f.byteorder == 'big'
    if code == 'P' or (big and size == 8):
        return 'int too large to convert'
    fits_long = -(1 << 63) <= v < (1 << 63)
    if code == 'b' or code == 'B' or (code == 'h' or code == 'H') and not big:
        if not fits_long:
            return 'argument out of range'
        if code == 'b':
            return 'byte format requires -128 <= number <= 127'
        if code == 'B':
            return 'ubyte format requires 0 <= number <= 255'
        if code == 'h':
            return 'short format requires -32768 <= number <= 32767'
        return 'ushort format requires 0 <= number <= 65535'
    if size == 8:
        return 'argument out of range'
    bits = size * 8
    if signed:
        if not fits_long:
            return 'argument out of range'
        return "'%s' format requires %d <= number <= %d" % (code, -(1 << (bits - 1)),
                                                           (1 << (bits - 1)) - 1)
    if not 0 <= v < (1 << 64):
        return 'argument out of range'
    return "'%s' format requires 0 <= number <= %d" % (code, (1 << bits) - 1)


# --- formats -------------------------------------------------------------------------

class _Format:
    def __init__(self, fmt):
        if isinstance(fmt, _BYTES_TYPES):
            fmt = bytes(fmt).decode('latin-1')
        self.format = fmt
        i = 0
        order = '@'
        if fmt and fmt[0] in '@=<>!':
            order = fmt[0]
            i = 1
        self.native = order == '@'
        self.byteorder = 'little' if order in '@=<' else 'big'
        items = []          # (code, kind, offset, size)
        offset = 0
        n = len(fmt)
        while i < n:
            ch = fmt[i]
            if ch in ' \t\n\r\x0b\x0c':
                i += 1
                continue
            count = 1
            if '0' <= ch <= '9':
                j = i
                while j < n and '0' <= fmt[j] <= '9':
                    j += 1
                count = int(fmt[i:j])
                if j >= n:
                    raise error('repeat count given without format specifier')
                i = j
                ch = fmt[i]
            if ch not in _CODES:
                raise error('bad char in struct format')
            nsize, ssize, kind = _CODES[ch]
            if not self.native and ssize == 0:
                raise error('bad char in struct format')
            size = nsize if self.native else ssize
            if self.native and kind != 'str' and kind != 'pstr' and size > 1:
                offset = (offset + size - 1) // size * size
            if kind == 'str' or kind == 'pstr':
                items.append((ch, kind, offset, count))
                offset += count
            elif kind == 'pad':
                offset += count
            else:
                for k in range(count):
                    items.append((ch, kind, offset, size))
                    offset += size
            i += 1
        self.items = items
        self.size = offset
        if len(items) <= _GENERATED_ITEMS:
            self._generate()
        else:
            self.pack = self._pack_generic
            self.unpack = self._unpack_exact_generic
            self.unpack_at = self._unpack_generic

    # generic loops: any number of fields, and the exact errors

    def _pack_generic(self, args, out=None):
        """The packed bytes; with out (a bytearray of self.size bytes), each field is
        written there as it is made, so that an error leaves the fields before it
        written (as CPython's pack_into does)."""
        nargs = len(self.items)
        if len(args) != nargs:
            raise error('pack expected %d items for packing (got %d)' % (nargs, len(args)))
        if out is None:
            out = bytearray(self.size)
        order = self.byteorder
        for k in range(nargs):
            code, kind, offset, size = self.items[k]
            v = args[k]
            if kind == 'int':
                chunk = _pack_int(self, code, size, True, v)
            elif kind == 'uint':
                chunk = _pack_int(self, code, size, False, v)
            elif kind == 'pointer':
                v = _int_arg(v)
                if -(1 << 63) <= v < 0:
                    v += 1 << 64
                chunk = _pack_int(self, code, size, False, v)
            elif kind == 'float':
                chunk = _float_to_bits(_float_arg(v), code).to_bytes(size, order)
            elif kind == 'bool':
                chunk = b'\x01' if v else b'\x00'
            elif kind == 'char':
                chunk = _pack_char(v)
            elif kind == 'str':
                chunk = _pack_s(v, size)
            else:
                chunk = _pack_p(v, size)
            out[offset:offset + size] = chunk
        return bytes(out)

    def _unpack_exact_generic(self, data):
        return self._unpack_generic(data, 0)

    def _unpack_generic(self, data, start):
        out = []
        order = self.byteorder
        for code, kind, offset, size in self.items:
            offset += start
            if kind == 'int':
                out.append(int.from_bytes(data[offset:offset + size], order, signed=True))
            elif kind == 'uint' or kind == 'pointer':
                out.append(int.from_bytes(data[offset:offset + size], order))
            elif kind == 'float':
                out.append(_bits_to_float(int.from_bytes(data[offset:offset + size], order),
                                          code))
            elif kind == 'bool':
                out.append(data[offset] != 0)
            elif kind == 'char' or kind == 'str':
                out.append(bytes(data[offset:offset + size]))
            else:
                out.append(_unpack_p(data, offset, size))
        return tuple(out)

    # generated code: one expression per field

    def _generate(self):
        order = repr(self.byteorder)
        items = self.items
        nitems = len(items)
        pack_parts = []     # an expression per field (and padding), of a0, a1...
        checks = []         # what the expressions need of the signed int fields
        exact_parts = []    # an expression per field of the buffer, data
        at_parts = []       # the same at offset s of data
        pos = 0
        for k in range(nitems):
            code, kind, offset, size = items[k]
            if offset > pos:
                pack_parts.append(repr(bytes(offset - pos)))
            pos = offset + size
            a = 'a%d' % k
            whole = offset == 0 and size == self.size
            exact = 'data' if whole else 'data[%d:%d]' % (offset, offset + size)
            at = 'data[s + %d:s + %d]' % (offset, offset + size)
            if kind == 'int':
                # (keyword arguments cost: the signed field is checked, then masked)
                half = 1 << (size * 8 - 1)
                checks.append('type(%s) is int and %d <= %s < %d' % (a, -half, a, half))
                pack_parts.append('(%s & %d).to_bytes(%d, %s)' % (a, 2 * half - 1, size,
                                                                 order))
                if size == 1:
                    exact_parts.append('(data[%d] ^ 128) - 128' % offset)
                    at_parts.append('(data[s + %d] ^ 128) - 128' % offset)
                else:
                    exact_parts.append('(_fb(%s, %s) ^ %d) - %d' % (exact, order, half, half))
                    at_parts.append('(_fb(%s, %s) ^ %d) - %d' % (at, order, half, half))
            elif kind == 'uint':
                # to_bytes raises OverflowError out of range, AttributeError for a
                # float: the generic loop says what is wrong
                pack_parts.append('%s.to_bytes(%d, %s)' % (a, size, order))
                if size == 1:
                    exact_parts.append('data[%d]' % offset)
                    at_parts.append('data[s + %d]' % offset)
                else:
                    exact_parts.append('_fb(%s, %s)' % (exact, order))
                    at_parts.append('_fb(%s, %s)' % (at, order))
            elif kind == 'pointer':
                pack_parts.append('_pack_pointer(%s)' % a)
                exact_parts.append('_fb(%s, %s)' % (exact, order))
                at_parts.append('_fb(%s, %s)' % (at, order))
            elif kind == 'float':
                pack_parts.append('_pack_%s(%s).to_bytes(%d, %s)' % (code, a, size, order))
                exact_parts.append('_unpack_%s(_fb(%s, %s))' % (code, exact, order))
                at_parts.append('_unpack_%s(_fb(%s, %s))' % (code, at, order))
            elif kind == 'bool':
                pack_parts.append("(b'\\x01' if %s else b'\\x00')" % a)
                exact_parts.append('data[%d] != 0' % offset)
                at_parts.append('data[s + %d] != 0' % offset)
            elif kind == 'char' or kind == 'str':
                if kind == 'char':
                    pack_parts.append('_pack_char(%s)' % a)
                else:
                    pack_parts.append('_pack_s(%s, %d)' % (a, size))
                exact_parts.append('_bytes(%s)' % exact)
                at_parts.append('_bytes(%s)' % at)
            else:
                pack_parts.append('_pack_p(%s, %d)' % (a, size))
                exact_parts.append('_unpack_p(data, %d, %d)' % (offset, size))
                at_parts.append('_unpack_p(data, s + %d, %d)' % (offset, size))
        if self.size > pos:
            pack_parts.append(repr(bytes(self.size - pos)))
        if not pack_parts:
            packed = "b''"
        elif len(pack_parts) == 1:
            packed = pack_parts[0]
        else:
            packed = "b''.join((%s,))" % ', '.join(pack_parts)
        lines = ['def pack(args):',
                 '    if len(args) == %d:' % nitems]
        if nitems:
            lines.append('        %s, = args' % ', '.join(['a%d' % k for k in range(nitems)]))
        indent = '        '
        if checks:
            lines.append('        if %s:' % ' and '.join(checks))
            indent += '    '
        lines += [indent + 'try:',
                  indent + '    return ' + packed,
                  indent + 'except (AttributeError, OverflowError):',
                  indent + '    pass',
                  '    return generic(args)',
                  'def unpack(data):',
                  '    return (%s)' % ''.join([p + ', ' for p in exact_parts]),
                  'def unpack_at(data, s):',
                  '    return (%s)' % ''.join([p + ', ' for p in at_parts])]
        ns = {'generic': self._pack_generic, '_fb': int.from_bytes, '_bytes': bytes,
              '_pack_char': _pack_char, '_pack_s': _pack_s, '_pack_p': _pack_p,
              '_unpack_p': _unpack_p, '_pack_d': _pack_d, '_pack_f': _pack_f,
              '_pack_e': _pack_e, '_unpack_d': _unpack_d, '_unpack_f': _unpack_f,
              '_unpack_e': _unpack_e, '_pack_pointer': _pack_pointer_fast}
        exec('\n'.join(lines) + '\n', ns)
        self.pack = ns['pack']
        self.unpack = ns['unpack']
        self.unpack_at = ns['unpack_at']


def _pack_pointer_fast(v):
    if type(v) is not int:
        raise AttributeError        # the generic loop converts it and says what is wrong
    if -(1 << 63) <= v < 0:
        v += 1 << 64
    return v.to_bytes(8, 'little')


_cache = {}


def _format(fmt):
    """The compiled format, from the cache (as CPython's module functions, an
    unhashable format is a TypeError)."""
    try:
        return _cache[fmt]
    except KeyError:
        pass
    f = _new_format(fmt)
    if len(_cache) >= 100:
        _cache.clear()
    _cache[fmt] = f
    return f


def _new_format(fmt):
    if not isinstance(fmt, (str, bytes)):
        raise TypeError('Struct() argument 1 must be a str or bytes object, not %s'
                        % type(fmt).__name__)
    return _Format(fmt)


def calcsize(fmt):
    return _format(fmt).size


def pack(fmt, *args):
    try:
        f = _cache[fmt]
    except (KeyError, TypeError):
        f = _format(fmt)
    return f.pack(args)


def _unpack(f, buffer):
    if not isinstance(buffer, _BYTES_TYPES):
        _check_buffer(buffer)
    if len(buffer) != f.size:
        raise error('unpack requires a buffer of %d bytes' % f.size)
    return f.unpack(buffer)


def unpack(fmt, buffer):
    try:
        f = _cache[fmt]
    except (KeyError, TypeError):
        f = _format(fmt)
    if isinstance(buffer, _BYTES_TYPES) and len(buffer) == f.size:
        return f.unpack(buffer)
    return _unpack(f, buffer)


def _unpack_from(f, buffer, offset):
    _check_buffer(buffer)
    if type(offset) is not int:
        offset = _index(offset)
    size = f.size
    n = len(buffer)
    if offset < 0:
        if offset + size > 0:
            raise error('not enough data to unpack %d bytes at offset %d' % (size, offset))
        if offset + n < 0:
            raise error('offset %d out of range for %d-byte buffer' % (offset, n))
        offset += n
    if n - offset < size:
        raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d '
                    'bytes at offset %d (actual buffer size is %d)'
                    % (size + offset, size, offset, n))
    if isinstance(buffer, bytearray) and n > size << 10:
        # a slice of a bytearray copies all of it in gclab: the bytes wanted, one by one
        return f.unpack(bytes([buffer[j] for j in range(offset, offset + size)]))
    return f.unpack_at(buffer, offset)


def unpack_from(fmt, /, buffer, offset=0):
    try:
        f = _cache[fmt]
    except (KeyError, TypeError):
        f = _format(fmt)
    if (type(buffer) is bytes and type(offset) is int and offset >= 0
            and offset + f.size <= len(buffer)):
        return f.unpack_at(buffer, offset)
    return _unpack_from(f, buffer, offset)


def _pack_into(f, buffer, offset, args):
    nargs = len(f.items)
    if len(args) != nargs:
        raise error('pack_into expected %d items for packing (got %d)' % (nargs, len(args)))
    if not isinstance(buffer, bytearray):
        raise TypeError('argument must be read-write bytes-like object, not %s'
                        % type(buffer).__name__)
    if type(offset) is not int:
        offset = _index(offset)
    size = f.size
    n = len(buffer)
    if offset < 0:
        if offset + size > 0:
            raise error('no space to pack %d bytes at offset %d' % (size, offset))
        if offset + n < 0:
            raise error('offset %d out of range for %d-byte buffer' % (offset, n))
        offset += n
    if n - offset < size:
        raise error('pack_into requires a buffer of at least %d bytes for packing %d '
                    'bytes at offset %d (actual buffer size is %d)'
                    % (size + offset, size, offset, n))
    try:
        packed = f.pack(args)
    except BaseException:
        # CPython writes the fields in place, zeroes first: an error leaves the fields
        # before the wrong one
        out = bytearray(size)
        try:
            f._pack_generic(args, out)
        finally:
            _write(buffer, offset, out)
        raise
    _write(buffer, offset, packed)


def _write(buffer, offset, data):
    size = len(data)
    if size * 512 < len(buffer):
        # a slice assignment copies the whole bytearray in gclab: a few bytes into a
        # large buffer go one by one
        for j in range(size):
            buffer[offset + j] = data[j]
    else:
        buffer[offset:offset + size] = data


def pack_into(fmt, buffer, offset, *args):
    try:
        f = _cache[fmt]
    except (KeyError, TypeError):
        f = _format(fmt)
    _pack_into(f, buffer, offset, args)


class _IterUnpack:
    def __init__(self, f, data):
        self._f = f
        self._data = data
        self._pos = 0
        self._end = len(data)

    def __iter__(self):
        return self

    def __next__(self):
        pos = self._pos
        if pos >= self._end:
            self._data = None
            raise StopIteration
        self._pos = pos + self._f.size
        return self._f.unpack_at(self._data, pos)

    def __length_hint__(self):
        if self._data is None:
            return 0
        return (self._end - self._pos) // self._f.size


def _iter_unpack(f, buffer):
    if f.size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    _check_buffer(buffer)
    if len(buffer) % f.size:
        raise error('iterative unpacking requires a buffer of a multiple of %d bytes'
                    % f.size)
    if isinstance(buffer, bytearray):
        buffer = bytes(buffer)      # (its slices would copy all of it, each time)
    return _IterUnpack(f, buffer)


def iter_unpack(fmt, buffer):
    return _iter_unpack(_format(fmt), buffer)


class Struct:
    def __init__(self, format):
        if isinstance(format, (str, bytes)):
            f = _format(format)
        else:
            f = _new_format(format)
        self._f = f
        self._pack = f.pack
        self.format = f.format
        self.size = f.size

    def pack(self, *args):
        return self._pack(args)

    def pack_into(self, buffer, offset, *args):
        _pack_into(self._f, buffer, offset, args)

    def unpack(self, buffer):
        return _unpack(self._f, buffer)

    def unpack_from(self, buffer, offset=0):
        return _unpack_from(self._f, buffer, offset)

    def iter_unpack(self, buffer):
        return _iter_unpack(self._f, buffer)

    def __repr__(self):
        return '<_struct.Struct object at 0x%x>' % id(self)
