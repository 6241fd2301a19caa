"""binascii for gclab: conversions between binary data and ASCII (hex, Base64) and the
CRC-32 / CRC-CCITT checksums, with CPython 3.11's results and messages.  Written for
gclab in Python (CPython's is in C); the Base64 coding is base64's (gclab/lib/base64.py),
whose errors are this module's Error."""

__all__ = ['Error', 'Incomplete', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex',
           'b2a_base64', 'a2b_base64', 'crc32', 'crc_hqx']


class Error(ValueError):
    """Malformed encoded data."""


class Incomplete(Exception):
    """Incomplete encoded data."""


def _data_arg(data):
    """The bytes of a bytes-like argument of a b2a_ function."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii_arg(data):
    """The bytes of an argument of an a2b_ function: bytes-like or ASCII str."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError('argument should be bytes, buffer or ASCII string, not %r'
                    % type(data).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data (bytes), two digits per byte;
    sep (one character or byte) separates groups of bytes_per_sep bytes."""
    data = _data_arg(data)
    if sep is None:
        return data.hex().encode('ascii')
    if isinstance(sep, (bytes, bytearray)):
        sep = bytes(sep).decode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify

_HEX_VALUES = {}
for _i in range(10):
    _HEX_VALUES[48 + _i] = _i
for _i in range(6):
    _HEX_VALUES[65 + _i] = 10 + _i
    _HEX_VALUES[97 + _i] = 10 + _i


def unhexlify(hexstr):
    """Binary data of hexadecimal representation (an even number of hex digits)."""
    data = _ascii_arg(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    values = _HEX_VALUES
    for i in range(0, len(data), 2):
        hi = values.get(data[i], -1)
        lo = values.get(data[i + 1], -1)
        if hi < 0 or lo < 0:
            raise Error('Non-hexadecimal digit found')
        out.append((hi << 4) | lo)
    return bytes(out)


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    """Base64 of binary data, followed by a newline when newline is true."""
    import base64
    return base64._b64_encode(_data_arg(data), newline)


def a2b_base64(data, *, strict_mode=False):
    """Binary data of a line of Base64 (characters outside the alphabet are skipped
    unless strict_mode)."""
    import base64
    return base64._b64_decode(_ascii_arg(data), strict_mode)


_CRC32_TABLE = []


def _crc32_table():
    for n in range(256):
        c = n
        for _ in range(8):
            if c & 1:
                c = 0xEDB88320 ^ (c >> 1)
            else:
                c >>= 1
        _CRC32_TABLE.append(c)


def crc32(data, crc=0):
    """The CRC-32 of data, starting from crc (an unsigned 32-bit int)."""
    data = _data_arg(data)
    if not _CRC32_TABLE:
        _crc32_table()
    table = _CRC32_TABLE
    crc = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for byte in data:
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc_hqx(data, crc):
    """The CRC-CCITT (XModem) of data, starting from crc (16 bits)."""
    data = _data_arg(data)
    crc &= 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            if crc & 0x8000:
                crc = ((crc << 1) ^ 0x1021) & 0xFFFF
            else:
                crc = (crc << 1) & 0xFFFF
    return crc
