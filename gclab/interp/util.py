"""Small RPython helpers: formats that RPython's % does not support, code points of
UTF-8 text, reading a file descriptor to its end."""

import os

from rpython.rlib.rstring import StringBuilder

HEXDIGITS = '0123456789abcdef'


def hex_padded(value, width, upper=False):
    """'%0<width>x' % value for value >= 0."""
    digits = []
    while value > 0:
        digits.append(HEXDIGITS[value & 15])
        value >>= 4
    while len(digits) < width:
        digits.append('0')
    digits.reverse()
    s = ''.join(digits)
    if upper:
        return s.upper()
    return s


def replace(s, old, new):
    """s.replace(old, new) for any strings (RPython's works only on single chars)."""
    if not old:
        parts = [new]
        for c in s:
            parts.append(c)
            parts.append(new)
        return ''.join(parts)
    parts = []
    start = 0
    while True:
        i = s.find(old, start)
        if i < 0:
            break
        parts.append(s[start:i])
        parts.append(new)
        start = i + len(old)
    parts.append(s[start:])
    return ''.join(parts)


def rjust(s, width):
    if len(s) >= width:
        return s
    return ' ' * (width - len(s)) + s


def ljust(s, width):
    if len(s) >= width:
        return s
    return s + ' ' * (width - len(s))


# --- UTF-8 text: strings are UTF-8 bytes; these count and walk code points ----------------

def cp_count(s):
    """The number of code points of the UTF-8 string s."""
    n = 0
    for c in s:
        if ord(c) & 0xC0 != 0x80:
            n += 1
    return n


def cp_next(s, i):
    """The index after the code point starting at i."""
    i += 1
    while i < len(s) and ord(s[i]) & 0xC0 == 0x80:
        i += 1
    assert i >= 0
    return i


def cp_prev(s, i):
    """The index where the code point ending just before i starts."""
    i -= 1
    while i > 0 and ord(s[i]) & 0xC0 == 0x80:
        i -= 1
    if i < 0:
        i = 0
    return i


def cp_skip(s, i, n):
    """The index n code points after i (at most len(s))."""
    while n > 0 and i < len(s):
        i = cp_next(s, i)
        n -= 1
    assert i >= 0
    return i


def cp_decode(s, i):
    """The code point starting at index i."""
    c = ord(s[i])
    if c < 0x80:
        return c
    if c >= 0xF0:
        n = 3
        c &= 0x07
    elif c >= 0xE0:
        n = 2
        c &= 0x0F
    else:
        n = 1
        c &= 0x1F
    for k in range(i + 1, i + 1 + n):
        if k >= len(s):
            break
        c = (c << 6) | (ord(s[k]) & 0x3F)
    return c


def cp_encode(c):
    """The UTF-8 bytes of code point c (0 <= c < 0x110000)."""
    if c < 0x80:
        return chr(c)
    if c < 0x800:
        return chr(0xC0 | (c >> 6)) + chr(0x80 | (c & 0x3F))
    if c < 0x10000:
        return (chr(0xE0 | (c >> 12)) + chr(0x80 | ((c >> 6) & 0x3F)) +
                chr(0x80 | (c & 0x3F)))
    return (chr(0xF0 | (c >> 18)) + chr(0x80 | ((c >> 12) & 0x3F)) +
            chr(0x80 | ((c >> 6) & 0x3F)) + chr(0x80 | (c & 0x3F)))


def is_ascii(s):
    for c in s:
        if ord(c) >= 0x80:
            return False
    return True


def pad(s, width, fill, align):
    """s padded with the (one code point) string fill to width code points;
    align is '<', '>' or '^' (CPython's format(): the extra space goes right)."""
    n = width - cp_count(s)
    if n <= 0:
        return s
    if align == '<':
        return s + fill * n
    if align == '>':
        return fill * n + s
    left = n // 2
    return fill * left + s + fill * (n - left)


def repr_escape(s):
    """The body of repr(s) without quotes, as CPython escapes it: backslash, the quote
    and non-printable characters."""
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    out = [quote]
    i = 0
    while i < len(s):
        ch = s[i]
        if ord(ch) < 0x80:
            i += 1
            if ch == quote or ch == '\\':
                out.append('\\')
                out.append(ch)
            elif ch == '\n':
                out.append('\\n')
            elif ch == '\t':
                out.append('\\t')
            elif ch == '\r':
                out.append('\\r')
            elif ord(ch) < 32 or ord(ch) == 127:
                out.append('\\x' + hex_padded(ord(ch), 2))
            else:
                out.append(ch)
            continue
        j = cp_next(s, i)
        c = cp_decode(s, i)
        if cp_isprintable(c):
            assert j >= 0
            out.append(s[i:j])
        elif c < 0x100:
            out.append('\\x' + hex_padded(c, 2))
        elif c < 0x10000:
            out.append('\\u' + hex_padded(c, 4))
        else:
            out.append('\\U' + hex_padded(c, 8))
        i = j
    out.append(quote)
    return ''.join(out)


def ascii_escape(s):
    """ascii()'s escaping of the non-ASCII code points of s."""
    if is_ascii(s):
        return s
    out = []
    i = 0
    while i < len(s):
        if ord(s[i]) < 0x80:
            out.append(s[i])
            i += 1
            continue
        c = cp_decode(s, i)
        i = cp_next(s, i)
        if c < 0x100:
            out.append('\\x' + hex_padded(c, 2))
        elif c < 0x10000:
            out.append('\\u' + hex_padded(c, 4))
        else:
            out.append('\\U' + hex_padded(c, 8))
    return ''.join(out)


# --- character classes and case mapping of code points ---------------------------------
# Full Unicode tables would be too big: ASCII, Latin-1, Latin Extended-A, Greek and
# Cyrillic are mapped, plus the letters of a few common scripts.

def cp_isspace(c):
    if c < 0x80:
        return c == 32 or 9 <= c <= 13 or 0x1C <= c <= 0x1F
    return (c == 0x85 or c == 0xA0 or c == 0x1680 or 0x2000 <= c <= 0x200A or
            c == 0x2028 or c == 0x2029 or c == 0x202F or c == 0x205F or c == 0x3000)


def cp_is_linebreak(c):
    return (10 <= c <= 13 or 0x1C <= c <= 0x1E or c == 0x85 or c == 0x2028 or
            c == 0x2029)


def cp_isdecimal(c):
    if c < 0x80:
        return 48 <= c <= 57
    return (0x660 <= c <= 0x669 or 0x6F0 <= c <= 0x6F9 or 0x966 <= c <= 0x96F or
            0xFF10 <= c <= 0xFF19)


def cp_isdigit(c):
    return cp_isdecimal(c) or c == 0xB2 or c == 0xB3 or c == 0xB9 or \
        0x2070 <= c <= 0x2079 and c != 0x2071 and c != 0x2072 or 0x2080 <= c <= 0x2089


def cp_isnumeric(c):
    return cp_isdigit(c) or 0xBC <= c <= 0xBE or 0x2150 <= c <= 0x218B or \
        0x2460 <= c <= 0x249B or 0x4E00 <= c <= 0x9FFF and c in NUMERIC_CJK


NUMERIC_CJK = {0x4E00: True, 0x4E8C: True, 0x4E09: True, 0x56DB: True, 0x4E94: True,
               0x516D: True, 0x4E03: True, 0x516B: True, 0x4E5D: True, 0x5341: True}


def cp_lower(c):
    """The lowercase of code point c (simple case mapping), or c."""
    if c < 0x80:
        if 65 <= c <= 90:
            return c + 32
        return c
    if 0xC0 <= c <= 0xDE:
        if c != 0xD7:
            return c + 32
        return c
    if 0x100 <= c <= 0x17F:
        if c == 0x130 or c == 0x131:
            return c
        if 0x100 <= c <= 0x137 or 0x14A <= c <= 0x177:
            if c & 1 == 0:
                return c + 1
        elif 0x139 <= c <= 0x148 or 0x179 <= c <= 0x17E:
            if c & 1 == 1:
                return c + 1
        elif c == 0x178:
            return 0xFF
        return c
    if 0x391 <= c <= 0x3AB:
        if c != 0x3A2:
            return c + 32
        return c
    if c == 0x386:
        return 0x3AC
    if 0x388 <= c <= 0x38A:
        return c + 37
    if c == 0x38C:
        return 0x3CC
    if c == 0x38E or c == 0x38F:
        return c + 63
    if 0x410 <= c <= 0x42F:
        return c + 32
    if 0x400 <= c <= 0x40F:
        return c + 80
    if cyrillic_pair(c) and c & 1 == 0:
        return c + 1
    if 0xFF21 <= c <= 0xFF3A:
        return c + 32
    return c


def cyrillic_pair(c):
    """Cyrillic letters coming in (upper, lower) pairs at (even, odd) code points."""
    return 0x460 <= c <= 0x481 or 0x48A <= c <= 0x4BF or 0x4D0 <= c <= 0x4FF


def cp_upper(c):
    """The uppercase of code point c (simple case mapping), or c."""
    if c < 0x80:
        if 97 <= c <= 122:
            return c - 32
        return c
    if 0xE0 <= c <= 0xFE:
        if c != 0xF7:
            return c - 32
        return c
    if c == 0xFF:
        return 0x178
    if c == 0xB5:
        return 0x39C
    if 0x100 <= c <= 0x17F:
        if c == 0x131:
            return 0x49
        if c == 0x130:
            return c
        if 0x100 <= c <= 0x137 or 0x14A <= c <= 0x177:
            if c & 1 == 1:
                return c - 1
        elif 0x139 <= c <= 0x148 or 0x179 <= c <= 0x17E:
            if c & 1 == 0:
                return c - 1
        elif c == 0x17F:
            return 0x53
        return c
    if 0x3B1 <= c <= 0x3CB:
        if c == 0x3C2:
            return 0x3A3
        return c - 32
    if c == 0x3AC:
        return 0x386
    if 0x3AD <= c <= 0x3AF:
        return c - 37
    if c == 0x3CC:
        return 0x38C
    if c == 0x3CD or c == 0x3CE:
        return c - 63
    if 0x430 <= c <= 0x44F:
        return c - 32
    if 0x450 <= c <= 0x45F:
        return c - 80
    if cyrillic_pair(c) and c & 1 == 1:
        return c - 1
    if 0xFF41 <= c <= 0xFF5A:
        return c - 32
    return c


def cp_isalpha(c):
    if c < 0x80:
        return 65 <= c <= 90 or 97 <= c <= 122
    if cp_iscased(c):
        return True
    return (0x180 <= c <= 0x24F or 0x250 <= c <= 0x2AF or 0x3D0 <= c <= 0x3FF or
            0x5D0 <= c <= 0x5EA or 0x620 <= c <= 0x64A or 0x905 <= c <= 0x939 or
            0x3041 <= c <= 0x3096 or 0x30A1 <= c <= 0x30FA or 0x3400 <= c <= 0x4DBF or
            0x4E00 <= c <= 0x9FFF or 0xAC00 <= c <= 0xD7A3)


def cp_iscased(c):
    """Has case: a lowercase or uppercase letter."""
    return cp_islower(c) or cp_isupper(c)


def cp_islower(c):
    return cp_upper(c) != c or c == 0xDF or c == 0x138 or c == 0x149 or \
        c == 0xAA or c == 0xBA or c == 0xFB01 or c == 0xFB02


def cp_isprintable(c):
    if c < 0x80:
        return 32 <= c < 127
    return not (c <= 0xA0 or c == 0xAD or cp_isspace(c) or 0xD800 <= c <= 0xDFFF or
                0x200B <= c <= 0x200F or 0x202A <= c <= 0x202E or 0x2060 <= c <= 0x206F or
                c == 0xFEFF or 0xE000 <= c <= 0xF8FF or c >= 0xF0000)


def cp_isupper(c):
    return cp_lower(c) != c or c == 0x130


def cp_special_lower(c):
    """The full lowercase of c when it is more than one code point, else ''."""
    if c == 0x130:
        return 'i\xcc\x87'
    return ''


def cp_special_upper(c):
    """The full uppercase of c when it is more than one code point, else ''."""
    if c == 0xDF:
        return 'SS'
    if c == 0x149:
        return '\xca\xbcN'
    if c == 0xFB01:
        return 'FI'
    if c == 0xFB02:
        return 'FL'
    return ''


def cp_special_title(c):
    if c == 0xDF:
        return 'Ss'
    if c == 0xFB01:
        return 'Fi'
    if c == 0xFB02:
        return 'Fl'
    return ''


def read_all(fd):
    """Everything left to read from fd (OSError propagates; fd stays open)."""
    chunks = []
    while True:
        data = os.read(fd, 65536)
        if not data:
            break
        chunks.append(data)
    return ''.join(chunks)


def universal_newlines(source):
    """source with its \r\n and bare \r line endings made \n, as CPython reads a
    source file, as its compile() reads a string and as text files read lines."""
    if '\r' not in source:
        return source
    out = StringBuilder(len(source))
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r':
            out.append('\n')
            if i + 1 < n and source[i + 1] == '\n':
                i += 1
        else:
            out.append(c)
        i += 1
    return out.build()


def mangle(private, name):
    """CPython's _Py_Mangle: `__x` written in the body of class C (or of its methods)
    means `_C__x`, unless it ends with `__` or C's name is all underscores."""
    if private is None or not name.startswith('__') or name.endswith('__') or \
            '.' in name:
        return name
    i = 0
    while i < len(private) and private[i] == '_':
        i += 1
    if i == len(private):
        return name
    return '_' + private[i:] + name
