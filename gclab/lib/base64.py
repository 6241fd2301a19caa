"""base64 for gclab: Base64 (standard, URL-safe, with altchars, MIME lines), Base32
(standard and extended hex) and Base16 encoding and decoding of bytes-like objects
(bytes, bytearray), with CPython 3.11's results and messages.  Decoders also take ASCII
str.  Its errors are binascii.Error (a ValueError; gclab/lib/binascii.py, which codes
Base64 with this module's functions).  Written for gclab."""

__all__ = ['encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode',
           'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode',
           'urlsafe_b64decode']


import binascii

Error = binascii.Error

_B64_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUES = {}
for _i in range(64):
    _B64_VALUES[_B64_ALPHABET[_i]] = _i
_PAD = 61                                   # ord('=')
_MAXLINESIZE = 76
_MAXBINSIZE = (_MAXLINESIZE // 4) * 3       # 57 bytes per MIME line


def _bytes_arg(s):
    """The bytes of a bytes-like argument to an encoder (CPython's binascii message)."""
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("a bytes-like object is required, not '%s'" % s.__class__.__name__)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                    % s.__class__.__name__)


def _input_type_check(s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError('expected bytes-like object, not %s' % s.__class__.__name__)


# ---------------------------------------------------------------- Base64

def _b64_encode(data, newline):
    """binascii.b2a_base64: 3 bytes -> 4 characters, '=' padding."""
    alphabet = _B64_ALPHABET
    out = bytearray()
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        word = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(alphabet[word >> 18])
        out.append(alphabet[(word >> 12) & 0x3f])
        out.append(alphabet[(word >> 6) & 0x3f])
        out.append(alphabet[word & 0x3f])
    rest = n - full
    if rest == 1:
        word = data[full] << 16
        out.append(alphabet[word >> 18])
        out.append(alphabet[(word >> 12) & 0x3f])
        out += b'=='
    elif rest == 2:
        word = (data[full] << 16) | (data[full + 1] << 8)
        out.append(alphabet[word >> 18])
        out.append(alphabet[(word >> 12) & 0x3f])
        out.append(alphabet[(word >> 6) & 0x3f])
        out += b'='
    if newline:
        out.append(10)
    return bytes(out)


def _b64_decode(data, strict=False):
    """binascii.a2b_base64: characters outside the alphabet are skipped (errors with
    strict), a complete pad sequence ends the data."""
    values = _B64_VALUES
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    if strict and data and data[0] == _PAD:
        raise Error('Leading padding not allowed')
    n = len(data)
    for i in range(n):
        ch = data[i]
        if ch == _PAD:
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict and i + 1 < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        value = values.get(ch, -1)
        if value < 0:
            if strict:
                raise Error('Only base64 data is allowed')
            continue
        if strict and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            left = value
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((left << 2) | (value >> 4)) & 0xff)
            left = value & 0x0f
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((left << 4) | (value >> 2)) & 0xff)
            left = value & 0x03
        else:
            quad_pos = 0
            out.append(((left << 6) | value) & 0xff)
            left = 0
    if quad_pos == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) '
                    'cannot be 1 more than a multiple of 4' % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error('Incorrect padding')
    return bytes(out)


def b64encode(s, altchars=None):
    """Base64 of the bytes-like s; altchars (2 bytes) replaces '+' and '/'."""
    encoded = _b64_encode(_bytes_arg(s), False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', _bytes_arg(altchars)))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """The bytes of the Base64 s (bytes-like or ASCII str).  Characters outside the
    alphabet are discarded unless validate is true (then binascii.Error, as
    binascii.a2b_base64 with strict_mode)."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return _b64_decode(s, validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' instead of '+' and '/'."""
    return b64encode(s).translate(bytes.maketrans(b'+/', b'-_'))


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(s.translate(bytes.maketrans(b'-_', b'+/')))


def encodebytes(s):
    """MIME Base64: lines of at most 76 characters, each ending with a newline."""
    _input_type_check(s)
    s = bytes(s)
    pieces = []
    for i in range(0, len(s), _MAXBINSIZE):
        pieces.append(_b64_encode(s[i:i + _MAXBINSIZE], True))
    return b''.join(pieces)


def decodebytes(s):
    _input_type_check(s)
    return _b64_decode(bytes(s))


# ---------------------------------------------------------------- Base32

_B32_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX_ALPHABET = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32_encode(alphabet, s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                        % s.__class__.__name__)
    s = bytes(s)
    leftover = len(s) % 5
    if leftover:
        s = s + bytes(5 - leftover)
    out = bytearray()
    for i in range(0, len(s), 5):
        word = int.from_bytes(s[i:i + 5], 'big')
        for shift in range(35, -1, -5):
            out.append(alphabet[(word >> shift) & 0x1f])
    pads = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}[leftover]
    if pads:
        out[-pads:] = b'=' * pads
    return bytes(out)


def _b32_decode(alphabet, s, casefold, map01):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b'=')
    padchars = total - len(s)
    values = {}
    for i in range(32):
        values[alphabet[i]] = i
    out = bytearray()
    word = 0
    for i in range(0, len(s), 8):
        word = 0
        for c in s[i:i + 8]:
            value = values.get(c, -1)
            if value < 0:
                raise Error('Non-base32 digit found')
            word = (word << 5) + value
        out += word.to_bytes(5, 'big')
    if padchars not in (0, 1, 3, 4, 6):
        raise Error('Incorrect padding')
    if padchars and out:
        # the last group was shorter than 8 digits: shift it into place, keep its bytes
        word <<= 5 * padchars
        keep = (43 - 5 * padchars) // 8
        out[-5:] = word.to_bytes(5, 'big')[:keep]
    return bytes(out)


def b32encode(s):
    return _b32_encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    """The bytes of the Base32 s; casefold accepts lowercase, map01 maps the digit 0 to
    O and 1 to the given letter (I or L)."""
    return _b32_decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    return _b32_encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    return _b32_decode(_B32HEX_ALPHABET, s, casefold, None)


# ---------------------------------------------------------------- Base16

_HEX_DIGITS = b'0123456789ABCDEF'


def b16encode(s):
    return _bytes_arg(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in _HEX_DIGITS:
            raise Error('Non-base16 digit found')
    if len(s) % 2:
        raise Error('Odd-length string')
    return bytes.fromhex(s.decode('ascii'))
