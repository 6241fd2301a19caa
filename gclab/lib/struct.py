# gclab's struct module: pack and unpack with the common formats (byte orders @ = < > !,
# codes x c b B ? h H i I l L q Q n N e f d s p P), native sizes and alignment of x86-64.
# pack() returns bytes; unpack() takes bytes or bytearray.


class error(Exception):
    pass


def _ints_or_none(x):
    if isinstance(x, (bytes, bytearray)):
        return list(x)
    return None


def _ints_of(buffer):
    o = _ints_or_none(buffer)
    if o is None:
        raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)
    return o


def _make_bytes(ints):
    return bytes(ints)


# code -> (native size, standard size, kind)
_CODES = {
    'x': (1, 1, 'pad'), 'c': (1, 1, 'char'), 'b': (1, 1, 'int'), 'B': (1, 1, 'uint'),
    '?': (1, 1, 'bool'), 'h': (2, 2, 'int'), 'H': (2, 2, 'uint'), 'i': (4, 4, 'int'),
    'I': (4, 4, 'uint'), 'l': (8, 4, 'int'), 'L': (8, 4, 'uint'), 'q': (8, 8, 'int'),
    'Q': (8, 8, 'uint'), 'n': (8, 0, 'int'), 'N': (8, 0, 'uint'), 'e': (2, 2, 'float'),
    'f': (4, 4, 'float'), 'd': (8, 8, 'float'), 's': (1, 1, 'str'), 'p': (1, 1, 'pstr'),
    'P': (8, 0, 'uint'),
}


class _Format:
    def __init__(self, fmt):
        if not isinstance(fmt, str):
            fmt = ''.join([chr(b) for b in _ints_of(fmt)])
        self.format = fmt
        i = 0
        order = '@'
        if fmt and fmt[0] in '@=<>!':
            order = fmt[0]
            i = 1
        self.native = order == '@'
        self.little = order in '@=<'
        items = []          # (code, count, offset, size)
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
            if self.native and kind != 'str' and kind != 'pstr' and size > 1 and count > 0:
                offset = (offset + size - 1) // size * size
            if kind == 'str' or kind == 'pstr':
                items.append((ch, count, offset, count))
                offset += count
            elif kind == 'pad':
                offset += count
            else:
                for k in range(count):
                    items.append((ch, 1, offset, size))
                    offset += size
            i += 1
        self.items = items
        self.size = offset

    def pack(self, args):
        nargs = len(self.items)
        if len(args) != nargs:
            raise error('pack expected %d items for packing (got %d)' % (nargs, len(args)))
        out = [0] * self.size
        for k in range(nargs):
            code, count, offset, size = self.items[k]
            vals = self._pack_one(code, size, args[k])
            for j in range(len(vals)):
                out[offset + j] = vals[j]
        return out

    def _pack_one(self, code, size, v):
        kind = _CODES[code][2]
        if kind == 'int' or kind == 'uint':
            if not isinstance(v, int):
                if hasattr(v, '__index__'):
                    v = v.__index__()
                else:
                    raise error('required argument is not an integer')
            bits = size * 8
            if kind == 'int':
                lo = -(2 ** (bits - 1))
                hi = 2 ** (bits - 1) - 1
            else:
                lo = 0
                hi = 2 ** bits - 1
            if v < lo or v > hi:
                if code == 'b':
                    raise error('byte format requires -128 <= number <= 127')
                if code == 'B':
                    raise error('ubyte format requires 0 <= number <= 255')
                if code == 'h':
                    raise error('short format requires -32768 <= number <= 32767')
                if code == 'H' and (v > 0 or self.native):
                    raise error('ushort format requires 0 <= number <= 65535')
                if (kind == 'uint' and v < 0) or size == 8:
                    raise error('argument out of range')
                raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
            if v < 0:
                v += 2 ** bits
            return self._order(_int_to_bytes(v, size))
        if kind == 'bool':
            return [1 if v else 0]
        if kind == 'char':
            b = _ints_or_none(v)
            if b is None or isinstance(v, list) or len(b) != 1:
                raise error('char format requires a bytes object of length 1')
            return b
        if kind == 'float':
            if not isinstance(v, (int, float)):
                if hasattr(v, '__float__'):
                    v = v.__float__()
                else:
                    raise error('required argument is not a float')
            return self._order(_float_to_bytes(float(v), code))
        if kind == 'str' or kind == 'pstr':
            if isinstance(v, list):
                raise error("argument for '%s' must be a bytes object" % code)
            b = _ints_or_none(v)
            if b is None:
                raise error("argument for '%s' must be a bytes object" % code)
            if kind == 'str':
                return (b + [0] * size)[:size]
            if size == 0:
                return []
            n = min(len(b), size - 1, 255)
            return ([n] + b[:n] + [0] * size)[:size]
        raise error('bad char in struct format')

    def _order(self, little_endian_bytes):
        if self.little:
            return little_endian_bytes
        out = list(little_endian_bytes)
        out.reverse()
        return out

    def unpack(self, data, start=0):
        out = []
        for code, count, offset, size in self.items:
            chunk = data[start + offset:start + offset + size]
            kind = _CODES[code][2]
            if kind == 'int' or kind == 'uint':
                v = _bytes_to_int(self._order(chunk))
                if kind == 'int' and v >= 2 ** (size * 8 - 1):
                    v -= 2 ** (size * 8)
                out.append(v)
            elif kind == 'bool':
                out.append(chunk[0] != 0)
            elif kind == 'char':
                out.append(_make_bytes(chunk))
            elif kind == 'float':
                out.append(_bytes_to_float(self._order(chunk), code))
            elif kind == 'str':
                out.append(_make_bytes(chunk))
            elif kind == 'pstr':
                if size == 0:
                    out.append(_make_bytes([]))
                else:
                    n = min(chunk[0], size - 1)
                    out.append(_make_bytes(chunk[1:1 + n]))
        return tuple(out)


def _int_to_bytes(v, size):
    out = []
    for i in range(size):
        out.append(v % 256)
        v //= 256
    return out


def _bytes_to_int(little):
    v = 0
    for i in range(len(little) - 1, -1, -1):
        v = v * 256 + little[i]
    return v


# IEEE 754 binary formats: code -> (exponent bits, stored mantissa bits)
_FLOATS = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}


def _float_to_bytes(x, code):
    ebits, mbits = _FLOATS[code]
    size = (1 + ebits + mbits) // 8
    bias = 2 ** (ebits - 1) - 1
    emax_field = 2 ** ebits - 1
    sign = 0
    if x != x:
        bits = (emax_field * 2 ** mbits) | (1 << (mbits - 1))
        return _int_to_bytes(bits, size)
    if x < 0 or (x == 0 and str(x).startswith('-')):
        sign = 1
        x = -x
    if x == float('inf'):
        bits = (sign * 2 ** (ebits + mbits)) | (emax_field * 2 ** mbits)
        return _int_to_bytes(bits, size)
    if x == 0:
        return _int_to_bytes(sign << (ebits + mbits), size)
    num, den = x.as_integer_ratio()
    # find e with 2**e <= x < 2**(e+1)
    e = num.bit_length() - den.bit_length()
    if (num * 2 ** max(0, -e)) < (den * 2 ** max(0, e)):
        e -= 1
    emin = 1 - bias
    if e < emin:
        e = emin            # subnormal: scale by the minimum exponent
        subnormal = True
    else:
        subnormal = False
    # mantissa with mbits fraction bits: x / 2**e * 2**mbits, rounded half to even
    shift = mbits - e
    if shift >= 0:
        n = num * 2 ** shift
        d = den
    else:
        n = num
        d = den * 2 ** (-shift)
    q, r = divmod(n, d)
    if r * 2 > d or (r * 2 == d and q % 2 == 1):
        q += 1
    if q >= 2 ** (mbits + 1):
        q //= 2
        e += 1
    if not subnormal or q >= 2 ** mbits:
        field = e + bias
        if field >= emax_field:
            raise OverflowError('float too large to pack with %s format' % code)
        bits = (sign * 2 ** (ebits + mbits)) | (field * 2 ** mbits) | (q - 2 ** mbits)
    else:
        bits = (sign * 2 ** (ebits + mbits)) | q
    return _int_to_bytes(bits, size)


def _bytes_to_float(little, code):
    ebits, mbits = _FLOATS[code]
    bits = _bytes_to_int(little)
    bias = 2 ** (ebits - 1) - 1
    sign = bits >> (ebits + mbits)
    field = (bits >> mbits) & (2 ** ebits - 1)
    mant = bits & (2 ** mbits - 1)
    if field == 2 ** ebits - 1:
        if mant:
            return float('nan')
        return float('-inf') if sign else float('inf')
    if field == 0:
        value = float(mant) * 2.0 ** (1 - bias - mbits)
    else:
        value = float(mant + 2 ** mbits) * 2.0 ** (field - bias - mbits)
    return -value if sign else value


_cache = {}


def _format(fmt):
    key = fmt if isinstance(fmt, str) else None
    if key is not None and key in _cache:
        return _cache[key]
    f = _Format(fmt)
    if key is not None:
        _cache[key] = f
    return f


def calcsize(fmt):
    return _format(fmt).size


def pack(fmt, *args):
    return _make_bytes(_format(fmt).pack(args))


def unpack(fmt, buffer):
    f = _format(fmt)
    data = _ints_of(buffer)
    if len(data) != f.size:
        raise error('unpack requires a buffer of %d bytes' % f.size)
    return f.unpack(data)


def unpack_from(fmt, buffer, offset=0):
    f = _format(fmt)
    data = _ints_of(buffer)
    if offset < 0:
        offset += len(data)
    if len(data) - offset < f.size:
        raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d '
                    'bytes at offset %d (actual buffer size is %d)'
                    % (f.size + offset, f.size, offset, len(data)))
    return f.unpack(data, offset)


class _IterUnpack:
    def __init__(self, f, data):
        self._f = f
        self._data = data
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._pos >= len(self._data):
            raise StopIteration
        v = self._f.unpack(self._data, self._pos)
        self._pos += self._f.size
        return v


def iter_unpack(fmt, buffer):
    f = _format(fmt)
    if f.size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    data = _ints_of(buffer)
    if len(data) % f.size:
        raise error('iterative unpacking requires a buffer of a multiple of %d bytes'
                    % f.size)
    return _IterUnpack(f, data)


class Struct:
    def __init__(self, format):
        self._f = _format(format)
        self.format = self._f.format
        self.size = self._f.size

    def pack(self, *args):
        return _make_bytes(self._f.pack(args))

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
