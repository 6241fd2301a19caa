"""str indexing and the methods of str (RPython).

Strings are UTF-8 bytes; indexing, len() and the indexes of find() count bytes, which
equals CPython's result for ASCII text.  Widths (ljust, center, zfill...) count code
points, and case mapping and character classes know ASCII, Latin-1, Latin Extended-A,
Greek and Cyrillic (gclab.interp.util)."""

from gclab.interp import util
from gclab.interp.error import OperationError
from gclab.objspace.objects import W_NoneObject
from gclab.objspace.numberobject import W_Int, W_Long
from gclab.objspace.strobject import W_Str
from gclab.objspace.tupleobject import W_Tuple
from gclab.objspace.dictobject import W_Dict
from gclab.objspace import formatting, bytesobject
from gclab.objspace.argspec import Spec
from gclab.objspace.searchargs import find_range, tailmatch, count_occurrences


# --- arguments -------------------------------------------------------------------------
# The declared arguments of str's methods (see gclab.objspace.argspec).  CPython checks
# find(), count(), startswith() and expandtabs()'s siblings with PyArg_ParseTuple, whose
# messages differ from the others'.

FIND = Spec('str.find($self, sub, start=None, end=None, /)', parsetuple=True)
RFIND = Spec('str.rfind($self, sub, start=None, end=None, /)', parsetuple=True)
INDEX = Spec('str.index($self, sub, start=None, end=None, /)', parsetuple=True)
RINDEX = Spec('str.rindex($self, sub, start=None, end=None, /)', parsetuple=True)
COUNT = Spec('str.count($self, sub, start=None, end=None, /)', parsetuple=True)
STARTSWITH = Spec('str.startswith($self, prefix, start=None, end=None, /)', parsetuple=True)
ENDSWITH = Spec('str.endswith($self, suffix, start=None, end=None, /)', parsetuple=True)
PARTITION = Spec('str.partition($self, sep, /)')
RPARTITION = Spec('str.rpartition($self, sep, /)')
SPLIT = Spec('str.split($self, /, sep=None, maxsplit=-1)')
RSPLIT = Spec('str.rsplit($self, /, sep=None, maxsplit=-1)')
SPLITLINES = Spec('str.splitlines($self, /, keepends=False)')
JOIN = Spec('str.join($self, iterable, /)')
STRIP = Spec('str.strip($self, chars=None, /)')
LSTRIP = Spec('str.lstrip($self, chars=None, /)')
RSTRIP = Spec('str.rstrip($self, chars=None, /)')
REPLACE = Spec('str.replace($self, old, new, count=-1, /)')
REMOVEPREFIX = Spec('str.removeprefix($self, prefix, /)')
REMOVESUFFIX = Spec('str.removesuffix($self, suffix, /)')
EXPANDTABS = Spec('str.expandtabs($self, /, tabsize=8)')
LOWER_SPEC = Spec('str.lower($self, /)')
UPPER_SPEC = Spec('str.upper($self, /)')
SWAPCASE_SPEC = Spec('str.swapcase($self, /)')
TITLE_SPEC = Spec('str.title($self, /)')
CAPITALIZE_SPEC = Spec('str.capitalize($self, /)')
CASEFOLD_SPEC = Spec('str.casefold($self, /)')
ISDIGIT = Spec('str.isdigit($self, /)')
ISDECIMAL = Spec('str.isdecimal($self, /)')
ISNUMERIC = Spec('str.isnumeric($self, /)')
ISALPHA = Spec('str.isalpha($self, /)')
ISALNUM = Spec('str.isalnum($self, /)')
ISSPACE = Spec('str.isspace($self, /)')
ISPRINTABLE = Spec('str.isprintable($self, /)')
ISASCII = Spec('str.isascii($self, /)')
ISLOWER = Spec('str.islower($self, /)')
ISUPPER = Spec('str.isupper($self, /)')
ISTITLE = Spec('str.istitle($self, /)')
ISIDENTIFIER = Spec('str.isidentifier($self, /)')
LJUST = Spec("str.ljust($self, width, fillchar=' ', /)")
RJUST = Spec("str.rjust($self, width, fillchar=' ', /)")
CENTER = Spec("str.center($self, width, fillchar=' ', /)")
ZFILL = Spec('str.zfill($self, width, /)')
FORMAT_MAP = Spec('str.format_map($self, mapping, /)')
FORMAT = Spec('str.__format__($self, format_spec, /)')
TRANSLATE = Spec('str.translate($self, table, /)')

def self_str(space, args, name):
    """The receiver, args.args_w[0], as an RPython str."""
    return self_w_str(space, args, name).utf8()


def self_w_str(space, args, name):
    """The receiver, args.args_w[0], a W_Str (of a subclass of str: its value)."""
    if not args.args_w:
        raise space.error(space.w_TypeError, 'unbound method str.%s() needs an argument'
                          % name)
    w_self = args.args_w[0].builtin_value()
    if not isinstance(w_self, W_Str):
        raise space.error(space.w_TypeError, "descriptor '%s' for 'str' objects doesn't "
                          "apply to a '%s' object" % (name, space.type(w_self).name))
    return w_self


def str_arg(space, w_arg):
    w_arg = w_arg.builtin_value()               # an instance of a subclass of str
    if not isinstance(w_arg, W_Str):
        raise space.error(space.w_TypeError, 'must be str, not %s' % space.type(w_arg).name)
    return w_arg.utf8()


def text_range(space, w_s, args_w):
    """(start, end, ascii): find_range of the code points of w_s, as byte indexes of
    its bytes; ascii: the two count the same (results need no translation back,
    W_Str.cp_offset)."""
    n = w_s.cp_length()
    start, end = find_range(space, args_w, n)
    ascii = n == w_s.blen()
    if not ascii:
        start = w_s.byte_offset(start)
        end = w_s.byte_offset(end)
    assert start >= 0 and end >= 0
    return start, end, ascii


def list_of_strs(space, strs):
    return space.newlist([space.newstr(s) for s in strs])


# --- searching -------------------------------------------------------------------------

def find_impl(space, args, spec, reverse):
    w_s = self_w_str(space, args, spec.short)
    s = w_s.utf8()
    args_w = spec.unpack(space, args)
    sub = str_arg(space, args_w[0])
    start, end, ascii = text_range(space, w_s, args_w)
    if end - start < len(sub):
        return -1
    if reverse:
        i = s.rfind(sub, start, end)
    else:
        i = s.find(sub, start, end)
    if ascii:
        return i
    return w_s.cp_offset(i)


def str_find(space, args):
    return space.newint(find_impl(space, args, FIND, False))


def str_rfind(space, args):
    return space.newint(find_impl(space, args, RFIND, True))


def str_index(space, args):
    i = find_impl(space, args, INDEX, False)
    if i < 0:
        raise space.error(space.w_ValueError, 'substring not found')
    return space.newint(i)


def str_rindex(space, args):
    i = find_impl(space, args, RINDEX, True)
    if i < 0:
        raise space.error(space.w_ValueError, 'substring not found')
    return space.newint(i)


def str_count(space, args):
    w_s = self_w_str(space, args, 'count')
    s = w_s.utf8()
    args_w = COUNT.unpack(space, args)
    sub = str_arg(space, args_w[0])
    start, end, _ = text_range(space, w_s, args_w)
    if end - start < len(sub):
        return space.newint(0)
    if sub == '':
        assert start >= 0 and end >= 0
        return space.newint(util.cp_count(s[start:end]) + 1)
    return space.newint(count_occurrences(s, sub, start, end))


def startswith_impl(space, args, spec, at_end):
    name = spec.short
    w_s = self_w_str(space, args, name)
    s = w_s.utf8()
    args_w = spec.unpack(space, args)
    start, end, _ = text_range(space, w_s, args_w)
    w_prefix = args_w[0].builtin_value()
    if isinstance(w_prefix, W_Tuple):
        for w_item in w_prefix.items_w:
            if not isinstance(w_item, W_Str):
                raise space.error(space.w_TypeError, 'tuple for %s must only contain str, '
                                  'not %s' % (name, space.type(w_item).name))
            if tailmatch(s, w_item.utf8(), start, end, at_end):
                return space.w_True
        return space.w_False
    if not isinstance(w_prefix, W_Str):
        raise space.error(space.w_TypeError, '%s first arg must be str or a tuple of str, '
                          'not %s' % (name, space.type(w_prefix).name))
    return space.newbool(tailmatch(s, w_prefix.utf8(), start, end, at_end))


def str_startswith(space, args):
    return startswith_impl(space, args, STARTSWITH, False)


def str_endswith(space, args):
    return startswith_impl(space, args, ENDSWITH, True)


def partition_impl(space, args, spec, reverse):
    s = self_str(space, args, spec.short)
    sep = str_arg(space, spec.unpack(space, args)[0])
    if sep == '':
        raise space.error(space.w_ValueError, 'empty separator')
    if reverse:
        i = s.rfind(sep)
    else:
        i = s.find(sep)
    if i < 0:
        if reverse:
            return space.newtuple([space.empty_str, space.empty_str, args.args_w[0]])
        return space.newtuple([args.args_w[0], space.empty_str, space.empty_str])
    j = i + len(sep)
    assert i >= 0 and j >= 0
    return space.newtuple([space.newstr(s[:i]), space.newstr(sep), space.newstr(s[j:])])


def str_partition(space, args):
    return partition_impl(space, args, PARTITION, False)


def str_rpartition(space, args):
    return partition_impl(space, args, RPARTITION, True)


# --- splitting and joining ---------------------------------------------------------------

def space_len(s, i):
    """The length in bytes of the whitespace character at i, or 0."""
    c = ord(s[i])
    if c < 0x80:
        if c == 32 or 9 <= c <= 13 or 0x1C <= c <= 0x1F:
            return 1
        return 0
    if util.cp_isspace(util.cp_decode(s, i)):
        return util.cp_next(s, i) - i
    return 0


def space_before(s, j):
    """The length of the whitespace character ending at j (j > 0), or 0."""
    i = util.cp_prev(s, j)
    n = space_len(s, i)
    if n == j - i:
        return n
    return 0


def split_args(space, args, spec):
    s = self_str(space, args, spec.short)
    args_w = spec.values(space, args)
    w_sep = args_w[0]
    w_max = args_w[1]
    maxsplit = -1
    if w_max is not None:
        maxsplit = space.int_w(w_max)
    sep = None
    if w_sep is not None and not isinstance(w_sep, W_NoneObject):
        if not isinstance(w_sep, W_Str):
            raise space.error(space.w_TypeError, 'must be str or None, not %s'
                              % space.type(w_sep).name)
        sep = w_sep.utf8()
        if sep == '':
            raise space.error(space.w_ValueError, 'empty separator')
    return s, sep, maxsplit


def str_split(space, args):
    s, sep, maxsplit = split_args(space, args, SPLIT)
    parts = []
    n = len(s)
    if sep is None:
        i = 0
        while True:
            while i < n:
                k = space_len(s, i)
                if k == 0:
                    break
                i += k
            if i >= n:
                break
            if maxsplit == 0:
                assert i >= 0
                parts.append(s[i:])
                break
            j = i
            while j < n and space_len(s, j) == 0:
                j = util.cp_next(s, j)
            assert i >= 0 and j >= 0
            parts.append(s[i:j])
            maxsplit -= 1
            i = j
        return list_of_strs(space, parts)
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
    return list_of_strs(space, parts)


def str_rsplit(space, args):
    s, sep, maxsplit = split_args(space, args, RSPLIT)
    parts = []
    if sep is None:
        j = len(s)
        while True:
            while j > 0:
                k = space_before(s, j)
                if k == 0:
                    break
                j -= k
            if j <= 0:
                break
            if maxsplit == 0:
                assert j >= 0
                parts.append(s[:j])
                break
            i = j
            while i > 0 and space_before(s, i) == 0:
                i = util.cp_prev(s, i)
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
    return list_of_strs(space, parts)


def linebreak_len(s, i):
    """The length of the line break at i ('\\r\\n' is one), or 0."""
    c = ord(s[i])
    if c < 0x80:
        if c == 13 and i + 1 < len(s) and s[i + 1] == '\n':
            return 2
        if 10 <= c <= 13 or 0x1C <= c <= 0x1E:
            return 1
        return 0
    if util.cp_is_linebreak(util.cp_decode(s, i)):
        return util.cp_next(s, i) - i
    return 0


def str_splitlines(space, args):
    s = self_str(space, args, 'splitlines')
    w_keep = SPLITLINES.values(space, args)[0]
    keepends = w_keep is not None and space.is_true(w_keep)
    parts = []
    n = len(s)
    start = 0
    i = 0
    while i < n:
        k = linebreak_len(s, i)
        if k == 0:
            i = util.cp_next(s, i)
            continue
        assert start >= 0 and i >= 0 and k >= 0
        if keepends:
            parts.append(s[start:i + k])
        else:
            parts.append(s[start:i])
        i += k
        start = i
    if start < n:
        assert start >= 0
        parts.append(s[start:])
    return list_of_strs(space, parts)


def str_join(space, args):
    sep = self_str(space, args, 'join')
    w_iterable = JOIN.unpack(space, args)[0]
    try:
        w_iter = space.iter(w_iterable)
    except OperationError as e:
        if space.exception_is(e.w_value, space.w_TypeError):
            raise space.error(space.w_TypeError, 'can only join an iterable')
        raise
    parts = []
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        w_item = w_item.builtin_value()         # an instance of a subclass of str
        if not isinstance(w_item, W_Str):
            raise space.error(space.w_TypeError, 'sequence item %d: expected str instance, '
                              '%s found' % (len(parts), space.type(w_item).name))
        parts.append(w_item.utf8())
    if len(parts) == 1:
        return space.newstr(parts[0])
    return space.newstr(sep.join(parts))


# --- stripping and replacing -------------------------------------------------------------

def strip_impl(space, args, spec, left, right):
    name = spec.short
    s = self_str(space, args, name)
    args_w = spec.unpack(space, args)
    chars = None
    if args_w and not isinstance(args_w[0], W_NoneObject):
        w_chars = args_w[0]
        if not isinstance(w_chars, W_Str):
            raise space.error(space.w_TypeError, '%s arg must be None or str' % name)
        chars = w_chars.utf8()
    i = 0
    j = len(s)
    if left:
        while i < j:
            k = strip_len(s, i, chars)
            if k == 0:
                break
            i += k
    if right:
        while j > i:
            p = util.cp_prev(s, j)
            if strip_len(s, p, chars) == 0:
                break
            j = p
    if i == 0 and j == len(s):
        return args.args_w[0]
    assert i >= 0 and j >= 0
    return space.newstr(s[i:j])


def strip_len(s, i, chars):
    """The length of the character at i if it is to be stripped, else 0."""
    if chars is None:
        return space_len(s, i)
    if ord(s[i]) < 0x80:
        if s[i] in chars:
            return 1
        return 0
    k = util.cp_next(s, i)
    assert i >= 0
    if chars.find(s[i:k]) >= 0:
        return k - i
    return 0


def str_strip(space, args):
    return strip_impl(space, args, STRIP, True, True)


def str_lstrip(space, args):
    return strip_impl(space, args, LSTRIP, True, False)


def str_rstrip(space, args):
    return strip_impl(space, args, RSTRIP, False, True)


def str_replace(space, args):
    s = self_str(space, args, 'replace')
    args_w = REPLACE.unpack(space, args)
    for k in range(2):
        if not isinstance(args_w[k], W_Str):
            raise space.error(space.w_TypeError, 'replace() argument %d must be str, not %s'
                              % (k + 1, space.type(args_w[k]).name))
    old = space.str_w(args_w[0])
    new = space.str_w(args_w[1])
    count = -1
    if len(args_w) > 2:
        count = space.int_w(args_w[2])
    if count == 0:
        return args.args_w[0]
    parts = []
    if old == '':
        i = 0
        while i < len(s) and count != 0:
            parts.append(new)
            j = util.cp_next(s, i)
            assert i >= 0 and j >= 0
            parts.append(s[i:j])
            i = j
            count -= 1
        if count != 0:
            parts.append(new)
        assert i >= 0
        parts.append(s[i:])
        return space.newstr(''.join(parts))
    start = 0
    while count != 0:
        i = s.find(old, start)
        if i < 0:
            break
        assert start >= 0
        parts.append(s[start:i])
        parts.append(new)
        start = i + len(old)
        count -= 1
    if start == 0:
        return args.args_w[0]
    assert start >= 0
    parts.append(s[start:])
    return space.newstr(''.join(parts))


def str_removeprefix(space, args):
    s = self_str(space, args, 'removeprefix')
    w_prefix = REMOVEPREFIX.unpack(space, args)[0]
    if not isinstance(w_prefix, W_Str):
        raise space.error(space.w_TypeError, 'removeprefix() argument must be str, not %s'
                          % space.type(w_prefix).name)
    prefix = w_prefix.utf8()
    if prefix != '' and s.startswith(prefix):
        return space.newstr(s[len(prefix):])
    return args.args_w[0]


def str_removesuffix(space, args):
    s = self_str(space, args, 'removesuffix')
    w_suffix = REMOVESUFFIX.unpack(space, args)[0]
    if not isinstance(w_suffix, W_Str):
        raise space.error(space.w_TypeError, 'removesuffix() argument must be str, not %s'
                          % space.type(w_suffix).name)
    suffix = w_suffix.utf8()
    if suffix != '' and s.endswith(suffix):
        end = len(s) - len(suffix)
        assert end >= 0
        return space.newstr(s[:end])
    return args.args_w[0]


def str_expandtabs(space, args):
    s = self_str(space, args, 'expandtabs')
    w_size = EXPANDTABS.values(space, args)[0]
    tabsize = 8
    if w_size is not None:
        tabsize = space.int_w(w_size)
    out = []
    column = 0
    for c in s:
        if c == '\t':
            if tabsize > 0:
                n = tabsize - column % tabsize
                out.append(' ' * n)
                column += n
        else:
            out.append(c)
            if c == '\n' or c == '\r':
                column = 0
            elif ord(c) & 0xC0 != 0x80:
                column += 1
    return space.newstr(''.join(out))


# --- case ------------------------------------------------------------------------------

LOWER = 0
UPPER = 1
SWAP = 2
TITLE = 3
CAPITALIZE = 4
CASEFOLD = 5


def append_lower(out, s, i, c):
    if c == 0x3A3:
        out.append(util.cp_encode(final_sigma(s, i)))
        return
    special = util.cp_special_lower(c)
    if special != '':
        out.append(special)
    else:
        out.append(util.cp_encode(util.cp_lower(c)))


def final_sigma(s, i):
    """Lowercase of a capital sigma at i: final when it ends a word."""
    before = False
    k = i
    while k > 0:
        k = util.cp_prev(s, k)
        c = util.cp_decode(s, k)
        if not util.cp_iscase_ignorable(c):
            before = util.cp_iscased(c)
            break
    if not before:
        return 0x3C3
    k = util.cp_next(s, i)
    while k < len(s):
        c = util.cp_decode(s, k)
        if not util.cp_iscase_ignorable(c):
            if util.cp_iscased(c):
                return 0x3C3
            break
        k = util.cp_next(s, k)
    return 0x3C2


def append_upper(out, c, title):
    special = ''
    if title:
        special = util.cp_special_title(c)
    else:
        special = util.cp_special_upper(c)
    if special != '':
        out.append(special)
    elif title:
        out.append(util.cp_encode(util.cp_title(c)))
    else:
        out.append(util.cp_encode(util.cp_upper(c)))


def change_case(s, how):
    if util.is_ascii(s):
        if how == LOWER or how == CASEFOLD:
            return s.lower()
        if how == UPPER:
            return s.upper()
    out = []
    i = 0
    previous_cased = False
    first = True
    while i < len(s):
        c = util.cp_decode(s, i)
        if how == LOWER:
            append_lower(out, s, i, c)
        elif how == CASEFOLD:
            folded = util.cp_special_casefold(c)
            if folded != '':
                out.append(folded)
            elif c == 0x3A3:
                out.append('\xcf\x83')        # never the final sigma
            else:
                append_lower(out, s, i, c)
        elif how == UPPER:
            append_upper(out, c, False)
        elif how == SWAP:
            if util.cp_isupper(c):
                append_lower(out, s, i, c)
            elif util.cp_islower(c):
                append_upper(out, c, False)
            else:
                out.append(util.cp_encode(c))
        elif how == TITLE:
            if previous_cased:
                append_lower(out, s, i, c)
            else:
                append_upper(out, c, True)
            previous_cased = util.cp_iscased(c)
        else:
            if first:
                append_upper(out, c, True)
            else:
                append_lower(out, s, i, c)
        first = False
        i = util.cp_next(s, i)
    return ''.join(out)


def case_method(space, args, spec, how):
    s = self_str(space, args, spec.short)
    spec.check(space, args)
    return space.newstr(change_case(s, how))


def str_lower(space, args):
    return case_method(space, args, LOWER_SPEC, LOWER)


def str_upper(space, args):
    return case_method(space, args, UPPER_SPEC, UPPER)


def str_swapcase(space, args):
    return case_method(space, args, SWAPCASE_SPEC, SWAP)


def str_title(space, args):
    return case_method(space, args, TITLE_SPEC, TITLE)


def str_capitalize(space, args):
    return case_method(space, args, CAPITALIZE_SPEC, CAPITALIZE)


def str_casefold(space, args):
    return case_method(space, args, CASEFOLD_SPEC, CASEFOLD)


# --- character classes ---------------------------------------------------------------------

IS_DIGIT = 0
IS_DECIMAL = 1
IS_NUMERIC = 2
IS_ALPHA = 3
IS_ALNUM = 4
IS_SPACE = 5
IS_PRINTABLE = 6


def char_is(kind, c):
    if kind == IS_DIGIT:
        return util.cp_isdigit(c)
    if kind == IS_DECIMAL:
        return util.cp_isdecimal(c)
    if kind == IS_NUMERIC:
        return util.cp_isnumeric(c)
    if kind == IS_ALPHA:
        return util.cp_isalpha(c)
    if kind == IS_ALNUM:
        return util.cp_isalpha(c) or util.cp_isnumeric(c)
    if kind == IS_SPACE:
        return util.cp_isspace(c)
    return util.cp_isprintable(c)


def all_chars(space, args, spec, kind):
    s = self_str(space, args, spec.short)
    spec.check(space, args)
    if s == '':
        return space.newbool(kind == IS_PRINTABLE)
    i = 0
    while i < len(s):
        if not char_is(kind, util.cp_decode(s, i)):
            return space.w_False
        i = util.cp_next(s, i)
    return space.w_True


def str_isdigit(space, args):
    return all_chars(space, args, ISDIGIT, IS_DIGIT)


def str_isdecimal(space, args):
    return all_chars(space, args, ISDECIMAL, IS_DECIMAL)


def str_isnumeric(space, args):
    return all_chars(space, args, ISNUMERIC, IS_NUMERIC)


def str_isalpha(space, args):
    return all_chars(space, args, ISALPHA, IS_ALPHA)


def str_isalnum(space, args):
    return all_chars(space, args, ISALNUM, IS_ALNUM)


def str_isspace(space, args):
    return all_chars(space, args, ISSPACE, IS_SPACE)


def str_isprintable(space, args):
    return all_chars(space, args, ISPRINTABLE, IS_PRINTABLE)


def str_isascii(space, args):
    s = self_str(space, args, 'isascii')
    ISASCII.check(space, args)
    return space.newbool(util.is_ascii(s))


def str_islower(space, args):
    s = self_str(space, args, 'islower')
    ISLOWER.check(space, args)
    cased = False
    i = 0
    while i < len(s):
        c = util.cp_decode(s, i)
        if util.cp_isupper(c) or util.cp_istitle(c):     # (a cased letter, not lower)
            return space.w_False
        if util.cp_islower(c):
            cased = True
        i = util.cp_next(s, i)
    return space.newbool(cased)


def str_isupper(space, args):
    s = self_str(space, args, 'isupper')
    ISUPPER.check(space, args)
    cased = False
    i = 0
    while i < len(s):
        c = util.cp_decode(s, i)
        if util.cp_islower(c) or util.cp_istitle(c):     # (a cased letter, not upper)
            return space.w_False
        if util.cp_isupper(c):
            cased = True
        i = util.cp_next(s, i)
    return space.newbool(cased)


def str_istitle(space, args):
    s = self_str(space, args, 'istitle')
    ISTITLE.check(space, args)
    cased = False
    previous_cased = False
    i = 0
    while i < len(s):
        c = util.cp_decode(s, i)
        if util.cp_isupper(c) or util.cp_istitle(c):
            if previous_cased:
                return space.w_False
            previous_cased = cased = True
        elif util.cp_islower(c):
            if not previous_cased:
                return space.w_False
            previous_cased = cased = True
        else:
            previous_cased = False
        i = util.cp_next(s, i)
    return space.newbool(cased)


def str_isidentifier(space, args):
    s = self_str(space, args, 'isidentifier')
    ISIDENTIFIER.check(space, args)
    if s == '':
        return space.w_False
    i = 0
    while i < len(s):
        c = util.cp_decode(s, i)
        if i == 0:
            ok = util.cp_isidstart(c)
        else:
            ok = util.cp_isidcontinue(c)
        if not ok:
            return space.w_False
        i = util.cp_next(s, i)
    return space.w_True


# --- padding -------------------------------------------------------------------------------

def fill_arg(space, args_w):
    if len(args_w) < 2:
        return ' '
    w_fill = args_w[1]
    if not isinstance(w_fill, W_Str):
        raise space.error(space.w_TypeError, 'The fill character must be a unicode '
                          'character, not %s' % space.type(w_fill).name)
    fill = w_fill.utf8()
    if fill == '' or util.cp_next(fill, 0) != len(fill):
        raise space.error(space.w_TypeError, 'The fill character must be exactly one '
                          'character long')
    return fill


def pad_impl(space, args, spec):
    name = spec.short
    s = self_str(space, args, name)
    args_w = spec.unpack(space, args)
    width = space.int_w(args_w[0])
    fill = fill_arg(space, args_w)
    n = util.cp_count(s)
    if n >= width:
        return args.args_w[0]
    marg = width - n
    if name == 'ljust':
        return space.newstr(s + fill * marg)
    if name == 'rjust':
        return space.newstr(fill * marg + s)
    left = marg // 2 + (marg & width & 1)
    return space.newstr(fill * left + s + fill * (marg - left))


def str_ljust(space, args):
    return pad_impl(space, args, LJUST)


def str_rjust(space, args):
    return pad_impl(space, args, RJUST)


def str_center(space, args):
    return pad_impl(space, args, CENTER)


def str_zfill(space, args):
    s = self_str(space, args, 'zfill')
    width = space.int_w(ZFILL.unpack(space, args)[0])
    n = util.cp_count(s)
    if n >= width:
        return args.args_w[0]
    zeros = '0' * (width - n)
    if s != '' and (s[0] == '+' or s[0] == '-'):
        return space.newstr(s[0] + zeros + s[1:])
    return space.newstr(zeros + s)


# --- formatting ----------------------------------------------------------------------------

def str_format(space, args):
    fmt = self_str(space, args, 'format')
    return space.newstr(formatting.str_format(space, fmt, args.args_w[1:], args.kw_names,
                                              args.kw_values_w))


def str_format_map(space, args):
    fmt = self_str(space, args, 'format_map')
    w_mapping = FORMAT_MAP.unpack(space, args)[0]
    return space.newstr(formatting.str_format_map(space, fmt, w_mapping))


def str_dunder_format(space, args):
    s = self_str(space, args, '__format__')
    w_spec = FORMAT.unpack(space, args)[0]
    if not isinstance(w_spec, W_Str):
        raise space.error(space.w_TypeError, '__format__() argument must be str, not %s'
                          % space.type(w_spec).name)
    w_self = args.args_w[0]
    if not w_spec.utf8() and not isinstance(w_self, W_Str):
        return space.str(w_self)    # a subclass's: str(self), its __str__ if it has one
    return space.newstr(formatting.format_obj(space, w_self.builtin_value(),
                                              w_spec.utf8()))


def b_format(space, args):
    """The builtin format(value, format_spec='')."""
    if args.has_keywords():
        raise space.error(space.w_TypeError, 'format() takes no keyword arguments')
    args_w = args.args_w
    if len(args_w) < 1:
        raise space.error(space.w_TypeError, 'format expected at least 1 argument, got 0')
    if len(args_w) > 2:
        raise space.error(space.w_TypeError, 'format expected at most 2 arguments, got %d'
                          % len(args_w))
    spec = ''
    if len(args_w) == 2:
        w_spec = args_w[1]
        if not isinstance(w_spec, W_Str):
            raise space.error(space.w_TypeError, 'format() argument 2 must be str, not %s'
                              % space.type(w_spec).name)
        spec = w_spec.utf8()
    return space.newstr(formatting.format_obj(space, args_w[0], spec))


def b_ascii(space, args):
    """The builtin ascii(obj)."""
    if args.has_keywords():
        raise space.error(space.w_TypeError, 'ascii() takes no keyword arguments')
    if len(args.args_w) != 1:
        raise space.error(space.w_TypeError, 'ascii() takes exactly one argument (%d given)'
                          % len(args.args_w))
    return space.newstr(formatting.ascii_of(space, args.args_w[0]))


def str_maketrans(space, args):
    """str.maketrans(x[, y[, z]]): a static method, no receiver in args."""
    if args.has_keywords():
        raise space.error(space.w_TypeError, 'maketrans() takes no keyword arguments')
    args_w = args.args_w
    n = len(args_w)
    if n < 1:
        raise space.error(space.w_TypeError, 'maketrans expected at least 1 argument, '
                          'got %d' % n)
    if n > 3:
        raise space.error(space.w_TypeError, 'maketrans expected at most 3 arguments, '
                          'got %d' % n)
    w_table = space.newdict()
    if n == 1:
        w_x = args_w[0]
        if not isinstance(w_x, W_Dict):
            raise space.error(space.w_TypeError, 'if you give only one argument to '
                              'maketrans it must be a dict')
        for w_key, w_value in w_x.pairs():
            if isinstance(w_key, W_Str):
                key = w_key.utf8()
                if len(key) == 0 or util.cp_next(key, 0) != len(key):
                    raise space.error(space.w_ValueError, 'string keys in translate table '
                                      'must be of length 1')
                w_key = space.newint(util.cp_decode(key, 0))
            elif not (isinstance(w_key, W_Int) or isinstance(w_key, W_Long)):
                raise space.error(space.w_TypeError, 'keys in translate table must be '
                                  'strings or integers')
            space.setitem(w_table, w_key, w_value)
        return w_table
    w_x = args_w[0]
    w_y = args_w[1]
    if not isinstance(w_x, W_Str):
        raise space.error(space.w_TypeError, 'first maketrans argument must be a string if '
                          'there is a second argument')
    if not isinstance(w_y, W_Str):
        raise space.error(space.w_TypeError, 'maketrans() argument 2 must be str, not %s'
                          % space.type(w_y).name)
    x = w_x.utf8()
    y = w_y.utf8()
    if util.cp_count(x) != util.cp_count(y):
        raise space.error(space.w_ValueError, 'the first two maketrans arguments must have '
                          'equal length')
    i = 0
    j = 0
    while i < len(x):
        space.setitem(w_table, space.newint(util.cp_decode(x, i)),
                      space.newint(util.cp_decode(y, j)))
        i = util.cp_next(x, i)
        j = util.cp_next(y, j)
    if n == 3:
        w_z = args_w[2]
        if not isinstance(w_z, W_Str):
            raise space.error(space.w_TypeError, 'maketrans() argument 3 must be str, '
                              'not %s' % space.type(w_z).name)
        z = w_z.utf8()
        i = 0
        while i < len(z):
            space.setitem(w_table, space.newint(util.cp_decode(z, i)), space.w_None)
            i = util.cp_next(z, i)
    return w_table


def str_translate(space, args):
    s = self_str(space, args, 'translate')
    w_table = TRANSLATE.unpack(space, args)[0]
    out = []
    i = 0
    while i < len(s):
        end = util.cp_next(s, i)
        try:
            w_value = space.getitem(w_table, space.newint(util.cp_decode(s, i)))
        except OperationError as e:
            if not space.exception_is(e.w_value, space.w_LookupError):
                raise
            out.append(s[i:end])
            i = end
            continue
        if isinstance(w_value, W_Str):
            out.append(w_value.utf8())
        elif isinstance(w_value, W_Int):
            c = w_value.intval
            if c < 0 or c >= 0x110000:
                raise space.error(space.w_ValueError, 'character mapping must be in '
                                  'range(0x110000)')
            out.append(util.cp_encode(c))
        elif isinstance(w_value, W_Long):
            raise space.error(space.w_ValueError, 'character mapping must be in '
                              'range(0x110000)')
        elif not isinstance(w_value, W_NoneObject):
            raise space.error(space.w_TypeError, 'character mapping must return integer, '
                              'None or str')
        i = end
    return space.newstr(''.join(out))


ENCODE = Spec("str.encode($self, /, encoding='utf-8', errors='strict')")


def str_encode(space, args):
    """str.encode(): utf-8, ascii, latin-1, utf-16 and utf-32 (gclab.objspace.bytesobject)."""
    s = self_str(space, args, 'encode')
    values_w = ENCODE.values(space, args)
    encoding = 'utf-8'
    errors = 'strict'
    if values_w[0] is not None:
        encoding = bytesobject.text_arg(space, values_w[0], 'encode', 'encoding', 1)
    if values_w[1] is not None:
        errors = bytesobject.text_arg(space, values_w[1], 'encode', 'errors', 2)
    return bytesobject.W_Bytes(bytesobject.encode(space, s, encoding, errors))


STR_METHODS = [
    ('translate', str_translate), ('encode', str_encode),
    ('join', str_join), ('split', str_split), ('rsplit', str_rsplit),
    ('splitlines', str_splitlines), ('strip', str_strip), ('lstrip', str_lstrip),
    ('rstrip', str_rstrip), ('startswith', str_startswith), ('endswith', str_endswith),
    ('replace', str_replace), ('find', str_find), ('rfind', str_rfind),
    ('index', str_index), ('rindex', str_rindex), ('count', str_count),
    ('partition', str_partition), ('rpartition', str_rpartition),
    ('removeprefix', str_removeprefix), ('removesuffix', str_removesuffix),
    ('expandtabs', str_expandtabs),
    ('upper', str_upper), ('lower', str_lower), ('capitalize', str_capitalize),
    ('title', str_title), ('swapcase', str_swapcase), ('casefold', str_casefold),
    ('isdigit', str_isdigit), ('isdecimal', str_isdecimal), ('isnumeric', str_isnumeric),
    ('isalpha', str_isalpha), ('isalnum', str_isalnum), ('isspace', str_isspace),
    ('isupper', str_isupper), ('islower', str_islower), ('istitle', str_istitle),
    ('isidentifier', str_isidentifier), ('isprintable', str_isprintable),
    ('isascii', str_isascii),
    ('ljust', str_ljust), ('rjust', str_rjust), ('center', str_center),
    ('zfill', str_zfill),
    ('format', str_format), ('format_map', str_format_map),
    ('__format__', str_dunder_format),
]
