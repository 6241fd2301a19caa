"""Small RPython helpers for formats that RPython's % does not support."""

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
