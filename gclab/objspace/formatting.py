"""format(), format specs (f-strings, str.format) and %-formatting of str and bytes
(RPython).

Behaviour and error messages follow CPython 3.11 (Python/formatter_unicode.c and
PyUnicode_Format).  Strings are UTF-8 bytes: widths and precisions count code points."""

from rpython.rlib import rfloat
from rpython.rlib.rarithmetic import r_uint, ovfcheck, intmask

from gclab.interp import util
from gclab.objspace.numberobject import W_Int, W_Long, W_Float, float_repr, bigint_of
from gclab.objspace.complexobject import W_Complex, format_part
from gclab.objspace.strobject import W_Str
from gclab.objspace.tupleobject import W_Tuple
from gclab.objspace.listobject import W_List
from gclab.objspace.dictobject import W_Dict
from gclab.objspace.rangeobject import W_Range
from gclab.objspace.typeobject import W_Instance
from gclab.objspace.bytesobject import W_Bytes, bytes_like, to_bytes
from gclab.objspace import numbers

DIGITS_LOWER = '0123456789abcdef'
DIGITS_UPPER = '0123456789ABCDEF'


def format_obj(space, w_value, spec):
    """format(w_value, spec) as an RPython str."""
    if isinstance(w_value, W_Str):
        if spec == '':
            return w_value.utf8()
        return format_str(space, w_value.utf8(), spec)
    if isinstance(w_value, W_Int) or isinstance(w_value, W_Long):
        if spec == '':
            return space.str_str(w_value)
        return format_int(space, w_value, spec)
    if isinstance(w_value, W_Float):
        return format_float(space, w_value.floatval, spec)
    if isinstance(w_value, W_Complex):
        return format_complex(space, w_value, spec)
    if isinstance(w_value, W_Instance):
        w_meth = space.lookup_special_or_none(w_value, '__format__')
        if w_meth is not None:
            w_res = space.call_function(w_meth, [space.newstr(spec)])
            if not isinstance(w_res, W_Str):
                raise space.error(space.w_TypeError, '__format__ must return a str, not %s'
                                  % space.type(w_res).name)
            return w_res.utf8()
        w_base = w_value.builtin_value()
        if w_base is not w_value and spec != '':
            # a subclass of int, float, str...: the builtin type's __format__ (with an
            # empty spec, str(self), as theirs: below)
            return format_obj(space, w_base, spec)
    # object.__format__
    if spec != '':
        raise space.error(space.w_TypeError, 'unsupported format string passed to '
                          '%s.__format__' % space.type(w_value).name)
    return space.str_str(w_value)


def ascii_of(space, w_value):
    """ascii(w_value) as an RPython str."""
    return util.ascii_escape(space.repr_str(w_value))


# --- the format-spec mini-language ---------------------------------------------------------

class Spec(object):
    """A parsed format spec: [[fill]align][sign][z][#][0][width][,|_][.precision][type]"""

    def __init__(self, default_type):
        self.fill = ' '             # one code point
        self.align = ''             # '', '<', '>', '^' or '='
        self.sign = ''              # '', '+', '-' or ' '
        self.no_neg_0 = False
        self.alternate = False
        self.width = -1
        self.grouping = ''          # '', ',' or '_'
        self.precision = -1
        self.type = default_type    # one code point, or ''


def is_align(c):
    return c == '<' or c == '>' or c == '=' or c == '^'


def parse_spec(space, spec, default_type, default_align, w_value):
    result = Spec(default_type)
    n = len(spec)
    pos = 0
    fill_given = False
    align_given = False
    if n > 0:
        after_fill = util.cp_next(spec, 0)
        if after_fill < n and is_align(spec[after_fill]):
            result.fill = spec[0:after_fill]
            result.align = spec[after_fill]
            fill_given = align_given = True
            pos = after_fill + 1
        elif is_align(spec[0]):
            result.align = spec[0]
            align_given = True
            pos = 1
    if pos < n and (spec[pos] == '+' or spec[pos] == '-' or spec[pos] == ' '):
        result.sign = spec[pos]
        pos += 1
    if pos < n and spec[pos] == 'z':
        result.no_neg_0 = True
        pos += 1
    if pos < n and spec[pos] == '#':
        result.alternate = True
        pos += 1
    if not fill_given and pos < n and spec[pos] == '0':
        result.fill = '0'
        if not align_given and default_align == '>':
            result.align = '='
        pos += 1
    start = pos
    width, pos = parse_decimal(space, spec, pos)
    if pos > start:
        result.width = width
    if pos < n and spec[pos] == ',':
        result.grouping = ','
        pos += 1
    if pos < n and spec[pos] == '_':
        if result.grouping != '':
            raise space.error(space.w_ValueError, "Cannot specify both ',' and '_'.")
        result.grouping = '_'
        pos += 1
    if pos < n and spec[pos] == ',' and result.grouping == '_':
        raise space.error(space.w_ValueError, "Cannot specify both ',' and '_'.")
    if pos < n and spec[pos] == '.':
        pos += 1
        start = pos
        precision, pos = parse_decimal(space, spec, pos)
        result.precision = precision
        if pos == start:
            raise space.error(space.w_ValueError, 'Format specifier missing precision')
    if pos < n:
        assert pos >= 0
        rest = spec[pos:]
        if util.cp_count(rest) > 1:
            raise space.error(space.w_ValueError, "Invalid format specifier '%s' for object "
                              "of type '%s'" % (spec, space.type(w_value).name))
        result.type = rest
    if result.grouping != '':
        t = result.type
        if not (t == 'd' or t == 'e' or t == 'f' or t == 'g' or t == 'E' or t == 'G' or
                t == '%' or t == 'F' or t == '' or
                (result.grouping == '_' and (t == 'b' or t == 'o' or t == 'x' or
                                             t == 'X'))):
            raise space.error(space.w_ValueError, "Cannot specify '%s' with %s."
                              % (result.grouping, quoted_char(t)))
    return result


def parse_decimal(space, s, pos):
    """(value, new pos) of the decimal digits at pos (0 when there are none)."""
    value = 0
    while pos < len(s) and '0' <= s[pos] <= '9':
        try:
            value = ovfcheck(value * 10)     # ovfcheck checks one operation
            value = ovfcheck(value + (ord(s[pos]) - 48))
        except OverflowError:
            raise space.error(space.w_ValueError, 'Too many decimal digits in format string')
        pos += 1
    return value, pos


def quoted_char(t):
    """'x' for a printable ASCII code, '\\xNN' otherwise (CPython's spelling)."""
    if len(t) == 1 and 32 < ord(t[0]) < 128:
        return "'" + t + "'"
    c = 0
    if t:
        c = util.cp_decode(t, 0)
    return "'\\x%s'" % hex_str(c)


def hex_str(c):
    if c == 0:
        return '0'
    return util.hex_padded(c, 1)


def unknown_code(space, spec, w_value):
    return space.error(space.w_ValueError, "Unknown format code %s for object of type '%s'"
                       % (quoted_char(spec.type), space.type(w_value).name))


# --- str -------------------------------------------------------------------------------

def format_str(space, s, spec_str):
    w_value = space.newstr(s)
    spec = parse_spec(space, spec_str, 's', '<', w_value)
    if spec.type != 's':
        raise unknown_code(space, spec, w_value)
    if spec.sign != '':
        raise space.error(space.w_ValueError, 'Sign not allowed in string format specifier')
    if spec.no_neg_0:
        raise space.error(space.w_ValueError, 'Negative zero coercion (z) not allowed in '
                          'string format specifier')
    if spec.alternate:
        raise space.error(space.w_ValueError, 'Alternate form (#) not allowed in string '
                          'format specifier')
    if spec.align == '=':
        raise space.error(space.w_ValueError, "'=' alignment not allowed in string format "
                          "specifier")
    if spec.precision >= 0:
        s = truncate(s, spec.precision)
    align = spec.align
    if align == '':
        align = '<'
    return util.pad(s, spec.width, spec.fill, align)


def truncate(s, ncodepoints):
    """The first ncodepoints code points of s."""
    end = util.cp_skip(s, 0, ncodepoints)
    assert end >= 0
    return s[:end]


# --- int -------------------------------------------------------------------------------

def format_int(space, w_value, spec_str):
    spec = parse_spec(space, spec_str, 'd', '>', w_value)
    t = spec.type
    if t == 'e' or t == 'E' or t == 'f' or t == 'F' or t == 'g' or t == 'G' or t == '%':
        return float_with_spec(space, numbers.float_of(space, w_value), spec)
    if not (t == 'd' or t == 'n' or t == 'b' or t == 'o' or t == 'x' or t == 'X' or
            t == 'c'):
        raise unknown_code(space, spec, w_value)
    if spec.precision >= 0:
        raise space.error(space.w_ValueError, 'Precision not allowed in integer format '
                          'specifier')
    if spec.no_neg_0:
        raise space.error(space.w_ValueError, 'Negative zero coercion (z) not allowed in '
                          'integer format specifier')
    if t == 'c':
        if spec.sign != '':
            raise space.error(space.w_ValueError, "Sign not allowed with integer format "
                              "specifier 'c'")
        if spec.alternate:
            raise space.error(space.w_ValueError, "Alternate form (#) not allowed with "
                              "integer format specifier 'c'")
        return render_number(spec, False, '', '', char_of_int(space, w_value, False))
    base = 10
    prefix = ''
    if t == 'b':
        base = 2
        prefix = '0b'
    elif t == 'o':
        base = 8
        prefix = '0o'
    elif t == 'x':
        base = 16
        prefix = '0x'
    elif t == 'X':
        base = 16
        prefix = '0X'
    if not spec.alternate:
        prefix = ''
    negative, digits = int_digits(space, w_value, base, t == 'X')
    return render_number(spec, negative, prefix, digits, '')


def char_of_int(space, w_value, percent):
    if not isinstance(w_value, W_Int):
        if not percent:
            raise space.error(space.w_OverflowError,
                              'Python int too large to convert to C long')
        c = -1
    else:
        c = w_value.intval
    if c < 0 or c >= 0x110000:
        raise space.error(space.w_OverflowError, '%c arg not in range(0x110000)')
    return util.cp_encode(c)


def int_digits(space, w_value, base, upper):
    """(negative, digits of abs(value) in base) of an int."""
    digits = DIGITS_LOWER
    if upper:
        digits = DIGITS_UPPER
    if isinstance(w_value, W_Int):
        x = w_value.intval
        negative = x < 0
        u = r_uint(x)
        if negative:
            u = r_uint(0) - u
        if u == 0:
            return negative, '0'
        out = []
        b = r_uint(base)
        while u > 0:
            out.append(digits[intmask(u % b)])
            u = u // b
        out.reverse()
        return negative, ''.join(out)
    num = bigint_of(w_value)
    negative = num.sign < 0
    if base == 10:
        return negative, numbers.long_decimal(space, num.abs())
    assert base >= 0
    return negative, num.abs().format(digits[:base])


# --- float -----------------------------------------------------------------------------

def format_float(space, x, spec_str):
    if spec_str == '':
        return float_str(x)
    spec = parse_spec(space, spec_str, '', '>', space.newfloat(x))
    t = spec.type
    if not (t == '' or t == 'e' or t == 'E' or t == 'f' or t == 'F' or t == 'g' or
            t == 'G' or t == 'n' or t == '%'):
        raise unknown_code(space, spec, space.newfloat(x))
    return float_with_spec(space, x, spec)


def format_complex(space, w_value, spec_str):
    """format(z, spec) as CPython's format_complex_internal."""
    assert isinstance(w_value, W_Complex)
    if spec_str == '':
        return w_value.repr(space)
    spec = parse_spec(space, spec_str, '', '>', w_value)
    t = spec.type
    if not (t == '' or t == 'e' or t == 'E' or t == 'f' or t == 'F' or t == 'g' or
            t == 'G' or t == 'n'):
        raise unknown_code(space, spec, w_value)
    if spec.fill == '0':
        raise space.error(space.w_ValueError, 'Zero padding is not allowed in complex '
                          'format specifier')
    if spec.align == '=':
        raise space.error(space.w_ValueError, "'=' alignment flag is not allowed in "
                          "complex format specifier")
    re = w_value.realval
    im = w_value.imagval
    flags = 0
    if spec.alternate:
        flags |= rfloat.DTSF_ALT
    code = 'r'
    precision = spec.precision
    default_precision = 6
    skip_re = False
    add_parens = False
    if t == '':
        default_precision = 0
        if re == 0.0 and rfloat.copysign(1.0, re) == 1.0:
            skip_re = True
        else:
            add_parens = True
    elif t == 'n':
        code = 'g'
    else:
        code = t[0]
    if precision < 0:
        precision = default_precision
    elif code == 'r':
        code = 'g'
    width = spec.width
    sign = spec.sign
    spec.width = -1
    re_text = ''
    if not skip_re:
        re_text = complex_part(spec, re, code, precision, flags)
        spec.sign = '+'
    im_text = complex_part(spec, im, code, precision, flags)
    spec.sign = sign
    spec.width = width
    body = re_text + im_text + 'j'
    if add_parens:
        body = '(' + body + ')'
    align = spec.align
    if align == '':
        align = '>'
    return util.pad(body, width, spec.fill, align)


def complex_part(spec, x, code, precision, flags):
    """One part of a formatted complex, with its sign as spec says."""
    if rfloat.isnan(x) or rfloat.isinf(x):
        s = format_part(x, False)
        if code == 'E' or code == 'F' or code == 'G':
            s = s.upper()
    else:
        s = formatd(x, code, precision, flags)
    negative = False
    if s.startswith('-'):
        negative = True
        s = s[1:]
    if negative and spec.no_neg_0 and all_zero_digits(s):
        negative = False
    i = 0
    while i < len(s) and '0' <= s[i] <= '9':
        i += 1
    assert i >= 0
    return render_number(spec, negative, '', s[:i], s[i:])


def formatd(x, code, precision, flags):
    """RPython's rfloat.formatd, with 'g' as CPython's: without '#', no trailing zeros
    in the fraction (RPython's keeps those of a tie rounded down into exponent form:
    format(105.0, '.2g') gave '1.0e+02', CPython '1e+02')."""
    s = rfloat.formatd(x, code, precision, flags)
    if (code == 'g' or code == 'G') and not (flags & rfloat.DTSF_ALT):
        s = strip_fraction_zeros(s, flags & rfloat.DTSF_ADD_DOT_0 != 0)
    return s


def strip_fraction_zeros(s, add_dot_0):
    """s without the trailing zeros of its fraction (and without a point left with no
    digit) -- except, with add_dot_0 (format()'s type '' with a precision: '0.0'), one
    zero after the point of a number without an exponent."""
    dot = s.find('.')
    if dot < 0:
        return s
    end = s.find('e')
    if end < 0:
        end = s.find('E')
    if end < 0:
        end = len(s)
    keep = dot + 1
    if add_dot_0 and end == len(s):
        keep = dot + 2
    i = end
    while i > keep and s[i - 1] == '0':
        i -= 1
    if i == dot + 1:
        i = dot                 # no digit left after the point: the point goes too
    assert i >= 0 and end >= 0
    return s[:i] + s[end:]


def float_str(x):
    return float_repr(x)


def float_with_spec(space, x, spec):
    t = spec.type
    flags = 0
    if spec.alternate:
        flags |= rfloat.DTSF_ALT
    precision = spec.precision
    default_precision = 6
    code = 'g'
    suffix = ''
    if t == '':
        flags |= rfloat.DTSF_ADD_DOT_0
        code = 'r'
        default_precision = 0
    elif t == '%':
        code = 'f'
        x = x * 100.0
        suffix = '%'
    elif t == 'n' or t == 'g':
        code = 'g'
    elif t == 'G':
        code = 'G'
    elif t == 'e':
        code = 'e'
    elif t == 'E':
        code = 'E'
    elif t == 'f':
        code = 'f'
    elif t == 'F':
        code = 'F'
    if precision < 0:
        precision = default_precision
    elif code == 'r':
        code = 'g'
    s = formatd(x, code, precision, flags)
    negative = False
    if s.startswith('-'):
        negative = True
        s = s[1:]
    if negative and spec.no_neg_0 and all_zero_digits(s):
        negative = False
    i = 0
    while i < len(s) and '0' <= s[i] <= '9':
        i += 1
    assert i >= 0
    return render_number(spec, negative, '', s[:i], s[i:] + suffix)


def all_zero_digits(s):
    seen = False
    for c in s:
        if '1' <= c <= '9':
            return False
        if c == '0':
            seen = True
    return seen


# --- laying out a number ---------------------------------------------------------------

def render_number(spec, negative, prefix, digits, rest):
    """sign + prefix + grouped digits + rest, padded as spec says (CPython's
    calc_number_widths and fill_number)."""
    sign = ''
    if negative:
        sign = '-'
    elif spec.sign == '+':
        sign = '+'
    elif spec.sign == ' ':
        sign = ' '
    align = spec.align
    if align == '':
        align = '>'
    n_rest = util.cp_count(rest)
    if spec.grouping != '' and digits != '':
        size = 3
        t = spec.type
        if t == 'b' or t == 'o' or t == 'x' or t == 'X':
            size = 4
        min_width = 0
        if spec.fill == '0' and align == '=':
            min_width = spec.width - len(sign) - len(prefix) - n_rest
        digits = group_digits(digits, spec.grouping, size, min_width)
    length = len(sign) + len(prefix) + len(digits) + n_rest
    npad = spec.width - length
    if npad <= 0:
        return sign + prefix + digits + rest
    padding = spec.fill * npad
    if align == '=':
        return sign + prefix + padding + digits + rest
    if align == '<':
        return sign + prefix + digits + rest + padding
    if align == '^':
        left = npad // 2
        return (spec.fill * left + sign + prefix + digits + rest +
                spec.fill * (npad - left))
    return padding + sign + prefix + digits + rest


def group_digits(digits, sep, size, min_width):
    """digits with sep every size digits from the right, left-padded with zeros to at
    least min_width characters (CPython's _PyUnicode_InsertThousandsGrouping)."""
    chunks = []
    remaining = len(digits)
    end = len(digits)
    while True:
        l = max(remaining, min_width)
        if l < 1:
            l = 1
        if l > size:
            l = size
        n_chars = min(remaining, l)
        if n_chars < 0:
            n_chars = 0
        n_zeros = l - remaining
        if n_zeros < 0:
            n_zeros = 0
        start = end - n_chars
        assert start >= 0 and end >= 0
        if chunks:
            chunks.append(sep)
        chunks.append('0' * n_zeros + digits[start:end])
        end = start
        remaining -= n_chars
        min_width -= l
        if remaining <= 0 and min_width <= 0:
            break
        min_width -= len(sep)
    chunks.reverse()
    return ''.join(chunks)


# --- str.format ------------------------------------------------------------------------

AUTO_INIT = 0
AUTO_AUTOMATIC = 1
AUTO_MANUAL = 2


class Formatter(object):
    """One str.format() or str.format_map() call."""

    def __init__(self, space, args_w, kw_names, kw_values_w, w_mapping):
        self.space = space
        self.args_w = args_w
        self.kw_names = kw_names
        self.kw_values_w = kw_values_w
        self.w_mapping = w_mapping
        self.auto_state = AUTO_INIT
        self.auto_index = 0

    def build(self, fmt, depth):
        space = self.space
        if depth <= 0:
            raise space.error(space.w_ValueError, 'Max string recursion exceeded')
        out = []
        n = len(fmt)
        i = 0
        while i < n:
            start = i
            c = '\0'
            markup = False
            while i < n:
                c = fmt[i]
                i += 1
                if c == '{' or c == '}':
                    markup = True
                    break
            length = i - start
            if markup:
                at_end = i >= n
                if c == '}' and (at_end or fmt[i] != '}'):
                    raise space.error(space.w_ValueError,
                                      "Single '}' encountered in format string")
                if at_end:
                    raise space.error(space.w_ValueError,
                                      "Single '{' encountered in format string")
                if fmt[i] == c:
                    i += 1
                    markup = False
                else:
                    length -= 1
            end = start + length
            assert start >= 0 and end >= 0
            out.append(fmt[start:end])
            if markup:
                i = self.field(fmt, i, depth, out)
        return ''.join(out)

    def field(self, fmt, i, depth, out):
        """Format the replacement field starting after its '{'; returns the index after
        its '}'."""
        space = self.space
        n = len(fmt)
        name_start = i
        c = '\0'
        while i < n:
            c = fmt[i]
            i += 1
            if c == '{':
                raise space.error(space.w_ValueError, "unexpected '{' in field name")
            if c == '[':
                while i < n and fmt[i] != ']':
                    i += 1
                continue
            if c == '}' or c == ':' or c == '!':
                break
        name_end = i - 1
        conversion = ''
        spec_start = i
        spec_end = i
        expand = False
        if c == '!' or c == ':':
            parse_spec_part = True
            if c == '!':
                if i >= n:
                    raise space.error(space.w_ValueError, 'end of string while looking for '
                                      'conversion specifier')
                k = util.cp_next(fmt, i)
                assert k >= 0
                conversion = fmt[i:k]
                i = k
                if i < n:
                    c = fmt[i]
                    i += 1
                    if c == '}':
                        parse_spec_part = False
                        spec_start = spec_end = i
                    elif c != ':':
                        raise space.error(space.w_ValueError,
                                          "expected ':' after conversion specifier")
            if parse_spec_part:
                spec_start = i
                count = 1
                while True:
                    if i >= n:
                        raise space.error(space.w_ValueError,
                                          "unmatched '{' in format spec")
                    c = fmt[i]
                    i += 1
                    if c == '{':
                        expand = True
                        count += 1
                    elif c == '}':
                        count -= 1
                        if count == 0:
                            spec_end = i - 1
                            break
        elif c != '}':
            raise space.error(space.w_ValueError, "expected '}' before end of string")
        assert name_start >= 0 and name_end >= 0
        w_obj = self.get_field(fmt[name_start:name_end])
        if conversion != '':
            w_obj = convert(space, w_obj, conversion)
        assert spec_start >= 0 and spec_end >= 0
        spec = fmt[spec_start:spec_end]
        if expand:
            spec = self.build(spec, depth - 1)
        out.append(format_obj(space, w_obj, spec))
        return i

    def get_field(self, name):
        space = self.space
        n = len(name)
        i = 0
        while i < n and name[i] != '.' and name[i] != '[':
            i += 1
        first = name[:i]
        index = field_index(space, first)
        if first == '':
            if self.auto_state == AUTO_MANUAL:
                raise space.error(space.w_ValueError, 'cannot switch from manual field '
                                  'specification to automatic field numbering')
            self.auto_state = AUTO_AUTOMATIC
            index = self.auto_index
            self.auto_index += 1
        elif index >= 0:
            if self.auto_state == AUTO_AUTOMATIC:
                raise space.error(space.w_ValueError, 'cannot switch from automatic field '
                                  'numbering to manual field specification')
            self.auto_state = AUTO_MANUAL
        if index >= 0:
            if index >= len(self.args_w):
                raise space.error(space.w_IndexError, 'Replacement index %d out of range '
                                  'for positional args tuple' % index)
            w_obj = self.args_w[index]
        else:
            w_obj = self.keyword(first)
        while i < n:
            c = name[i]
            i += 1
            start = i
            if c == '.':
                while i < n and name[i] != '.' and name[i] != '[':
                    i += 1
                attr = name[start:i]
                if attr == '':
                    raise space.error(space.w_ValueError, 'Empty attribute in format string')
                w_obj = space.getattr(w_obj, attr)
            elif c == '[':
                while i < n and name[i] != ']':
                    i += 1
                if i >= n:
                    raise space.error(space.w_ValueError, "Missing ']' in format string")
                key = name[start:i]
                i += 1
                if key == '':
                    raise space.error(space.w_ValueError, 'Empty attribute in format string')
                k = field_index(space, key)
                if k >= 0:
                    w_obj = space.getitem(w_obj, space.newint(k))
                else:
                    w_obj = space.getitem(w_obj, space.newstr(key))
            else:
                raise space.error(space.w_ValueError, "Only '.' or '[' may follow ']' in "
                                  "format field specifier")
        return w_obj

    def keyword(self, name):
        space = self.space
        if self.w_mapping is not None:
            return space.getitem(self.w_mapping, space.newstr(name))
        if self.kw_names is not None:
            for k in range(len(self.kw_names)):
                if self.kw_names[k] == name:
                    return self.kw_values_w[k]
        raise space.error(space.w_KeyError, name)


def field_index(space, s):
    """The value of s if it is all decimal digits, else -1."""
    if s == '':
        return -1
    for c in s:
        if not '0' <= c <= '9':
            return -1
    value, _ = parse_decimal(space, s, 0)
    return value


def convert(space, w_obj, conversion):
    if conversion == 'r':
        return space.repr(w_obj)
    if conversion == 's':
        return space.str(w_obj)
    if conversion == 'a':
        return space.newstr(ascii_of(space, w_obj))
    c = util.cp_decode(conversion, 0)
    if 32 < c < 127:
        raise space.error(space.w_ValueError, 'Unknown conversion specifier %s' % conversion)
    raise space.error(space.w_ValueError, 'Unknown conversion specifier \\x%s' % hex_str(c))


def str_format(space, fmt, args_w, kw_names, kw_values_w):
    """fmt.format(*args_w, **kwargs)."""
    return Formatter(space, args_w, kw_names, kw_values_w, None).build(fmt, 2)


def str_format_map(space, fmt, w_mapping):
    return Formatter(space, [], None, None, w_mapping).build(fmt, 2)


# --- %-formatting ----------------------------------------------------------------------

F_LJUST = 1
F_SIGN = 2
F_BLANK = 4
F_ALT = 8
F_ZERO = 16


class PercentFormatter(object):
    """One `fmt % args` (CPython's PyUnicode_Format)."""

    def __init__(self, space, fmt, w_args, bytes_mode=False):
        self.space = space
        self.fmt = fmt
        self.bytes_mode = bytes_mode       # bytes % args (CPython's _PyBytes_FormatEx)
        self.w_args = w_args
        self.w_current = w_args
        self.w_dict = None
        w_value = w_args.builtin_value()   # (a subclass of tuple: its items)
        if isinstance(w_value, W_Tuple):
            self.args_w = w_value.items_w
            self.arglen = len(w_value.items_w)
            self.argidx = 0
        else:
            self.args_w = None
            self.arglen = -1
            self.argidx = -2
            if is_mapping(space, w_args):
                self.w_dict = w_args

    def next_arg(self):
        idx = self.argidx
        if idx < self.arglen:
            self.argidx = idx + 1
            if self.arglen < 0 or self.args_w is None:
                return self.w_current
            return self.args_w[idx]
        space = self.space
        raise space.error(space.w_TypeError, 'not enough arguments for format string')

    def format(self):
        space = self.space
        fmt = self.fmt
        n = len(fmt)
        out = []
        i = 0
        while i < n:
            j = fmt.find('%', i)
            if j < 0:
                j = n
            if j > i:
                assert i >= 0
                out.append(fmt[i:j])
            if j >= n:
                break
            i = self.one(j + 1, out)
        if self.argidx < self.arglen and self.w_dict is None:
            what = 'string'
            if self.bytes_mode:
                what = 'bytes'
            raise space.error(space.w_TypeError, 'not all arguments converted during '
                              '%s formatting' % what)
        return ''.join(out)

    def incomplete(self):
        space = self.space
        return space.error(space.w_ValueError, 'incomplete format')

    def one(self, i, out):
        """Format the conversion specifier after the '%' at i - 1; returns the index
        after it."""
        space = self.space
        fmt = self.fmt
        n = len(fmt)
        if i >= n:
            raise self.incomplete()
        if fmt[i] == '%':
            out.append('%')
            return i + 1
        if fmt[i] == '(':
            if self.w_dict is None:
                raise space.error(space.w_TypeError, 'format requires a mapping')
            depth = 1
            i += 1
            start = i
            while depth > 0 and i < n:
                if fmt[i] == ')':
                    depth -= 1
                elif fmt[i] == '(':
                    depth += 1
                i += 1
            if depth > 0:
                raise space.error(space.w_ValueError, 'incomplete format key')
            end = i - 1
            assert start >= 0 and end >= 0
            if self.bytes_mode:
                w_key = W_Bytes(fmt[start:end])
            else:
                w_key = space.newstr(fmt[start:end])
            self.w_current = space.getitem(self.w_dict, w_key)
            self.arglen = -1
            self.argidx = -2
        flags = 0
        while i < n:
            c = fmt[i]
            if c == '-':
                flags |= F_LJUST
            elif c == '+':
                flags |= F_SIGN
            elif c == ' ':
                flags |= F_BLANK
            elif c == '#':
                flags |= F_ALT
            elif c == '0':
                flags |= F_ZERO
            else:
                break
            i += 1
        width = -1
        if i < n and fmt[i] == '*':
            width = self.star_arg()
            if width < 0:
                flags |= F_LJUST
                width = -width
            i += 1
        elif i < n and '0' <= fmt[i] <= '9':
            width, i = self.number(i, 'width too big')
        prec = -1
        if i < n and fmt[i] == '.':
            i += 1
            prec = 0
            if i < n and fmt[i] == '*':
                prec = self.star_arg()
                if prec < 0:
                    prec = 0
                i += 1
            elif i < n and '0' <= fmt[i] <= '9':
                prec, i = self.number(i, 'precision too big')
        if i < n and (fmt[i] == 'h' or fmt[i] == 'l' or fmt[i] == 'L'):
            i += 1
        if i >= n:
            raise self.incomplete()
        conv_at = i
        assert conv_at >= 0
        c = fmt[i]
        if self.bytes_mode:
            i += 1
        else:
            i = util.cp_next(fmt, i)
        w_value = self.next_arg()
        if self.bytes_mode and (c == 's' or c == 'b' or c == 'r' or c == 'a' or c == 'c'):
            if c == 's' or c == 'b':
                text = bytes_for_percent(space, w_value)
            elif c == 'c':
                text = byte_for_percent(space, w_value)
            else:
                text = ascii_of(space, w_value)
            if prec >= 0 and c != 'c' and prec < len(text):
                assert prec >= 0
                text = text[:prec]
            npad = width - len(text)
            if npad > 0 and flags & F_LJUST:
                text = text + ' ' * npad
            elif npad > 0:
                text = ' ' * npad + text
            out.append(text)
        elif c == 's' or c == 'r' or c == 'a':
            if c == 's':
                text = space.str_str(w_value)
            elif c == 'r':
                text = space.repr_str(w_value)
            else:
                text = ascii_of(space, w_value)
            if prec >= 0:
                text = truncate(text, prec)
            out.append(pad_text(text, width, flags))
        elif c == 'd' or c == 'i' or c == 'u' or c == 'x' or c == 'X' or c == 'o':
            out.append(percent_int(space, w_value, c, width, prec, flags))
        elif (c == 'e' or c == 'E' or c == 'f' or c == 'F' or c == 'g' or
              c == 'G'):
            out.append(percent_float(space, w_value, c, width, prec, flags))
        elif c == 'c':
            out.append(pad_text(percent_char(space, w_value), width, flags))
        else:
            if self.bytes_mode:
                code = ord(fmt[conv_at])
                index = conv_at
            else:
                code = util.cp_decode(fmt, conv_at)
                index = util.cp_count(fmt[:conv_at])
            shown = '?'
            if 31 <= code <= 126:
                shown = chr(code)
            raise space.error(space.w_ValueError, "unsupported format character '%s' (0x%s) "
                              "at index %d" % (shown, hex_str(code), index))
        return i

    def star_arg(self):
        space = self.space
        w_value = self.next_arg()
        if not (isinstance(w_value, W_Int) or isinstance(w_value, W_Long)):
            raise space.error(space.w_TypeError, '* wants int')
        return space.int_w(w_value)

    def number(self, i, too_big):
        fmt = self.fmt
        value = 0
        while i < len(fmt) and '0' <= fmt[i] <= '9':
            try:
                value = ovfcheck(value * 10)     # ovfcheck checks one operation
                value = ovfcheck(value + (ord(fmt[i]) - 48))
            except OverflowError:
                space = self.space
                raise space.error(space.w_ValueError, too_big)
            i += 1
        return value, i


def is_mapping(space, w_obj):
    """CPython's PyMapping_Check, minus tuple and str."""
    w_value = w_obj.builtin_value()
    if w_value is not w_obj:
        return is_mapping(space, w_value)     # a subclass of a builtin type: its base's
    if isinstance(w_obj, W_Dict) or isinstance(w_obj, W_List) or isinstance(w_obj, W_Range):
        return True
    if isinstance(w_obj, W_Instance):
        return space.lookup_special_or_none(w_obj, '__getitem__') is not None
    return False


def pad_text(text, width, flags):
    if flags & F_LJUST:
        return util.pad(text, width, ' ', '<')
    return util.pad(text, width, ' ', '>')


def pad_number(sign, prefix, digits, width, flags):
    """sign + prefix + digits padded to width: with zeros after the prefix when F_ZERO,
    else with spaces (on the right when F_LJUST)."""
    npad = width - len(sign) - len(prefix) - util.cp_count(digits)
    if npad <= 0:
        return sign + prefix + digits
    if flags & F_LJUST:
        return sign + prefix + digits + ' ' * npad
    if flags & F_ZERO:
        return sign + prefix + '0' * npad + digits
    return ' ' * npad + sign + prefix + digits


def sign_of(negative, flags):
    if negative:
        return '-'
    if flags & F_SIGN:
        return '+'
    if flags & F_BLANK:
        return ' '
    return ''


def percent_int(space, w_value, c, width, prec, flags):
    w_int = int_for_percent(space, w_value, c)
    base = 10
    prefix = ''
    if c == 'x':
        base = 16
        prefix = '0x'
    elif c == 'X':
        base = 16
        prefix = '0X'
    elif c == 'o':
        base = 8
        prefix = '0o'
    if not flags & F_ALT:
        prefix = ''
    negative, digits = int_digits(space, w_int, base, c == 'X')
    if prec > len(digits):
        digits = '0' * (prec - len(digits)) + digits
    return pad_number(sign_of(negative, flags), prefix, digits, width, flags)


def number_value(w_value):
    """The value of an instance of a subclass of int or float (what %d, %x, %f and %c
    read, as CPython's PyLong_Check and PyFloat_Check), else w_value itself."""
    w_v = w_value.builtin_value()
    if isinstance(w_v, W_Int) or isinstance(w_v, W_Long) or isinstance(w_v, W_Float):
        return w_v
    return w_value


def int_for_percent(space, w_value, c):
    w_value = number_value(w_value)
    if isinstance(w_value, W_Int) or isinstance(w_value, W_Long):
        return w_value
    index_only = c == 'x' or c == 'X' or c == 'o'
    if isinstance(w_value, W_Float) and not index_only:
        v = w_value.floatval
        return numbers.float_to_int(space, v)
    if isinstance(w_value, W_Instance):
        names = ['__index__']
        if not index_only:
            names = ['__int__', '__index__']
        for name in names:
            w_meth = space.lookup_special_or_none(w_value, name)
            if w_meth is not None:
                w_res = space.call_function(w_meth, [])
                if isinstance(w_res, W_Int) or isinstance(w_res, W_Long):
                    return w_res
                raise space.error(space.w_TypeError, '%s returned non-int (type %s)'
                                  % (name, space.type(w_res).name))
    if index_only:
        raise space.error(space.w_TypeError, '%' + c + ' format: an integer is required, '
                          'not ' + space.type(w_value).name)
    raise space.error(space.w_TypeError, '%' + c + ' format: a real number is required, '
                      'not ' + space.type(w_value).name)


def percent_float(space, w_value, c, width, prec, flags):
    w_value = number_value(w_value)
    if isinstance(w_value, W_Float) or isinstance(w_value, W_Int) or \
            isinstance(w_value, W_Long):
        x = numbers.float_of(space, w_value)
    else:
        x = float_of_instance(space, w_value)
    if prec < 0:
        prec = 6
    dtoa_flags = 0
    if flags & F_ALT:
        dtoa_flags = rfloat.DTSF_ALT
    s = formatd(x, c, prec, dtoa_flags)
    negative = False
    if s.startswith('-'):
        negative = True
        s = s[1:]
    return pad_number(sign_of(negative, flags), '', s, width, flags)


def float_of_instance(space, w_value):
    if isinstance(w_value, W_Instance):
        w_meth = space.lookup_special_or_none(w_value, '__float__')
        if w_meth is not None:
            w_res = space.call_function(w_meth, [])
            if isinstance(w_res, W_Float):
                return w_res.floatval
            raise space.error(space.w_TypeError, '%s.__float__ returned non-float (type %s)'
                              % (space.type(w_value).name, space.type(w_res).name))
        w_meth = space.lookup_special_or_none(w_value, '__index__')
        if w_meth is not None:
            return numbers.float_of(space, space.call_function(w_meth, []))
    raise space.error(space.w_TypeError, 'must be real number, not %s'
                      % space.type(w_value).name)


def percent_char(space, w_value):
    w_v = w_value.builtin_value()
    if isinstance(w_v, W_Str) or isinstance(w_v, W_Int) or isinstance(w_v, W_Long):
        w_value = w_v                   # (a subclass of str or int: its value)
    if isinstance(w_value, W_Str):
        s = w_value.utf8()
        if s != '' and util.cp_next(s, 0) == len(s):
            return s
        raise space.error(space.w_TypeError, '%c requires int or char')
    if isinstance(w_value, W_Int) or isinstance(w_value, W_Long):
        return char_of_int(space, w_value, True)
    if isinstance(w_value, W_Instance):
        w_meth = space.lookup_special_or_none(w_value, '__index__')
        if w_meth is not None:          # (an instance of a subclass of int, too)
            return percent_char(space, space.call_function(w_meth, []))
    raise space.error(space.w_TypeError, '%c requires int or char')


def bytes_for_percent(space, w_value):
    """%s and %b of bytes formatting: a bytes-like object, or __bytes__'s result."""
    s = bytes_like(w_value)
    if s is not None:
        return s
    if isinstance(w_value, W_Instance) and \
            space.lookup_special_or_none(w_value, '__bytes__') is not None:
        return to_bytes(space, w_value, 'bytes')
    raise space.error(space.w_TypeError, '%b requires a bytes-like object, or an object '
                      "that implements __bytes__, not '" + space.type(w_value).name + "'")


def byte_for_percent(space, w_value):
    w_value = number_value(w_value)
    s = bytes_like(w_value)
    if s is not None and len(s) == 1:
        return s
    if isinstance(w_value, W_Long):
        raise space.error(space.w_OverflowError, '%c arg not in range(256)')
    if isinstance(w_value, W_Int):
        v = w_value.intval
        if not 0 <= v < 256:
            raise space.error(space.w_OverflowError, '%c arg not in range(256)')
        return chr(v)
    raise space.error(space.w_TypeError,
                      '%c requires an integer in range(256) or a single byte')


def percent_format_bytes(space, fmt, w_args):
    """bytes % w_args: the bytes of the result."""
    return PercentFormatter(space, fmt, w_args, True).format()


def percent_format(space, fmt, w_args):
    """fmt % w_args (the items of a subclass of tuple; a subclass of dict is read
    through its __getitem__, so __missing__ applies, as CPython)."""
    return PercentFormatter(space, fmt, w_args).format()
