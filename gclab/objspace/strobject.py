"""The str type's W_ class, W_Str, with repr() of a str and UTF-8 stepping (RPython).

The methods of str are in gclab.objspace.strmethods, and formatting in
gclab.objspace.formatting: both look at W_Str (formatting for format(), str for
str.maketrans's dict), and str methods use formatting and dict, so W_Str is kept below
them here, in a module of its own, for imports without a circle."""

from rpython.rlib.objectmodel import compute_hash

from gclab.interp.util import repr_escape
from gclab.objspace.objects import W_Root


class W_Str(W_Root):
    """An immutable string, held as UTF-8 bytes."""
    _attrs_ = _immutable_fields_ = ['strval']

    def __init__(self, strval):
        self.strval = strval

    def getclass(self, space):
        return space.w_str

    def is_true(self, space):
        return len(self.strval) > 0

    def repr(self, space):
        return str_repr(self.strval)

    def str(self, space):
        return self.strval

    def hash(self, space):
        return compute_hash(self.strval)

    def length(self, space):
        return len(self.strval)


def str_repr(s):
    """repr() of a str, with CPython's quoting and escapes."""
    return repr_escape(s)


def utf8_next(s, i):
    """Index after the UTF-8 encoded code point starting at i."""
    c = ord(s[i])
    n = 1
    if c >= 0xF0:
        n = 4
    elif c >= 0xE0:
        n = 3
    elif c >= 0xC0:
        n = 2
    end = i + n
    if end > len(s):
        end = len(s)
    return end
