"""Small RPython helpers: formats that RPython's % does not support, code points of
UTF-8 text, reading a file descriptor to its end."""

import os

from rpython.rlib.rstring import StringBuilder

from gclab.interp import unicodetables

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


def cp_count_between(s, start, end):
    """The number of code points that start in s[start:end]."""
    n = 0
    for i in range(start, end):
        if ord(s[i]) & 0xC0 != 0x80:
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
# From gclab/interp/unicodetables.py, generated from CPython's Unicode database by
# tools/unicode_tables.py: sorted runs searched by bisection.

def last_le(table, c):
    """The index of the last entry of the sorted list table that is <= c (-1 if none)."""
    lo = 0
    hi = len(table)
    while lo < hi:
        mid = (lo + hi) >> 1
        if table[mid] <= c:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


def cp_flags(c):
    """The unicodetables flags (ALPHA, DECIMAL, ...) of code point c."""
    if c < 0 or c > 0x10FFFF:
        return 0
    return unicodetables.PROP_FLAGS[last_le(unicodetables.PROP_STARTS, c)]


def cp_isspace(c):
    if c < 0x80:
        return c == 32 or 9 <= c <= 13 or 0x1C <= c <= 0x1F
    return cp_flags(c) & unicodetables.SPACE != 0


def cp_is_linebreak(c):
    return (10 <= c <= 13 or 0x1C <= c <= 0x1E or c == 0x85 or c == 0x2028 or
            c == 0x2029)


def cp_isdecimal(c):
    if c < 0x80:
        return 48 <= c <= 57
    return cp_flags(c) & unicodetables.DECIMAL != 0


def cp_decimal_value(c):
    """The value of the decimal digit c (any script), or -1."""
    if c < 0x80:
        if 48 <= c <= 57:
            return c - 48
        return -1
    if not cp_isdecimal(c):
        return -1
    i = last_le(unicodetables.DECIMAL_ZEROS, c)
    return c - unicodetables.DECIMAL_ZEROS[i]


def cp_isdigit(c):
    if c < 0x80:
        return 48 <= c <= 57
    return cp_flags(c) & unicodetables.DIGIT != 0


def cp_isnumeric(c):
    if c < 0x80:
        return 48 <= c <= 57
    return cp_flags(c) & unicodetables.NUMERIC != 0


def cp_isalpha(c):
    if c < 0x80:
        return 65 <= c <= 90 or 97 <= c <= 122
    return cp_flags(c) & unicodetables.ALPHA != 0


def cp_iscased(c):
    """Has case: a lowercase, uppercase or titlecase letter."""
    if c < 0x80:
        return 65 <= c <= 90 or 97 <= c <= 122
    return cp_flags(c) & (unicodetables.LOWER | unicodetables.UPPER |
                          unicodetables.TITLE) != 0


def cp_iscase_ignorable(c):
    return cp_flags(c) & unicodetables.CASE_IGNORABLE != 0


def cp_islower(c):
    if c < 0x80:
        return 97 <= c <= 122
    return cp_flags(c) & unicodetables.LOWER != 0


def cp_isupper(c):
    if c < 0x80:
        return 65 <= c <= 90
    return cp_flags(c) & unicodetables.UPPER != 0


def cp_istitle(c):
    """A titlecase letter (category Lt, as U+01C5)."""
    return c >= 0x80 and cp_flags(c) & unicodetables.TITLE != 0


def cp_isprintable(c):
    if c < 0x80:
        return 32 <= c < 127
    return cp_flags(c) & unicodetables.PRINTABLE != 0


def cp_isidstart(c):
    if c < 0x80:
        return 65 <= c <= 90 or 97 <= c <= 122 or c == 95
    return cp_flags(c) & unicodetables.XID_START != 0


def cp_isidcontinue(c):
    if c < 0x80:
        return 65 <= c <= 90 or 97 <= c <= 122 or c == 95 or 48 <= c <= 57
    return cp_flags(c) & unicodetables.XID_CONTINUE != 0


def ascii_numeral(s):
    """s (UTF-8) with each non-ASCII white space made ' ', each non-ASCII decimal digit
    its ASCII digit and any other non-ASCII code point '?', as CPython reads the text of
    int() and float()."""
    if is_ascii(s):
        return s
    out = StringBuilder(len(s))
    i = 0
    while i < len(s):
        if ord(s[i]) < 0x80:
            out.append(s[i])
            i += 1
            continue
        c = cp_decode(s, i)
        i = cp_next(s, i)
        d = cp_decimal_value(c)
        if d >= 0:
            out.append(chr(48 + d))
        elif cp_isspace(c):
            out.append(' ')
        else:
            out.append('?')
    return out.build()


def map_simple(c, starts, ends, steps, deltas):
    i = last_le(starts, c)
    if i >= 0 and c <= ends[i] and (c - starts[i]) % steps[i] == 0:
        return c + deltas[i]
    return c


def cp_lower(c):
    """The lowercase of code point c (simple case mapping), or c."""
    if c < 0x80:
        if 65 <= c <= 90:
            return c + 32
        return c
    T = unicodetables
    return map_simple(c, T.LOWER_START, T.LOWER_END, T.LOWER_STEP, T.LOWER_DELTA)


def cp_upper(c):
    """The uppercase of code point c (simple case mapping), or c."""
    if c < 0x80:
        if 97 <= c <= 122:
            return c - 32
        return c
    T = unicodetables
    return map_simple(c, T.UPPER_START, T.UPPER_END, T.UPPER_STEP, T.UPPER_DELTA)


def cp_title(c):
    """The titlecase of code point c (simple case mapping), or c."""
    if c < 0x80:
        if 97 <= c <= 122:
            return c - 32
        return c
    T = unicodetables
    return map_simple(c, T.TITLE_START, T.TITLE_END, T.TITLE_STEP, T.TITLE_DELTA)


def special(c, keys, values):
    if c < 0x80:
        return ''
    i = last_le(keys, c)
    if i >= 0 and keys[i] == c:
        return values[i]
    return ''


def cp_special_lower(c):
    """The full lowercase of c when it is more than one code point, else ''."""
    return special(c, unicodetables.SPECIAL_LOWER_KEYS, unicodetables.SPECIAL_LOWER_VALUES)


def cp_special_upper(c):
    """The full uppercase of c when it is more than one code point, else ''."""
    return special(c, unicodetables.SPECIAL_UPPER_KEYS, unicodetables.SPECIAL_UPPER_VALUES)


def cp_special_title(c):
    """The full titlecase of c when it is more than one code point, else ''."""
    return special(c, unicodetables.SPECIAL_TITLE_KEYS, unicodetables.SPECIAL_TITLE_VALUES)


def cp_special_casefold(c):
    """The case folding of c where it differs from its full lowercase, else ''."""
    return special(c, unicodetables.CASEFOLD_KEYS, unicodetables.CASEFOLD_VALUES)


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


def non_utf8_message(source, filename):
    """'' if source is valid UTF-8, else CPython's message for a file that is not
    (the main script's and an imported module's SyntaxError)."""
    bad = check_utf8(source)
    if bad < 0:
        return ''
    lineno = 1
    for k in range(bad):
        if source[k] == '\n':
            lineno += 1
    return ("Non-UTF-8 code starting with '\\x%s' in file %s on line %d, but no "
            "encoding declared; see https://peps.python.org/pep-0263/ for details"
            % (hex_padded(ord(source[bad]), 2), filename, lineno))


def check_utf8(s):
    """Index of the first byte that is not valid UTF-8, or -1."""
    i = 0
    n = len(s)
    while i < n:
        c = ord(s[i])
        if c < 0x80:
            i += 1
            continue
        if 0xC2 <= c <= 0xDF:
            k = 1
        elif 0xE0 <= c <= 0xEF:
            k = 2
        elif 0xF0 <= c <= 0xF4:
            k = 3
        else:
            return i
        for j in range(1, k + 1):
            if i + j >= n or (ord(s[i + j]) & 0xC0) != 0x80:
                return i
        i += k + 1
    return -1


def file_kind(path):
    """The kind of file at path, from its mode bits: 0o040000 a directory, 0o100000 a
    regular file, ...; 0 if there is none (os.stat fails)."""
    try:
        st = os.stat(path)
    except OSError:
        return 0
    return st.st_mode & 0o170000


def is_directory(path):
    return file_kind(path) == 0o040000


def is_file(path):
    return file_kind(path) == 0o100000
