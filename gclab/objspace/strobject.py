"""The str type's W_ class, W_Str, with repr() of a str and UTF-8 stepping (RPython).

The methods of str are in gclab.objspace.strmethods, and formatting in
gclab.objspace.formatting: both look at W_Str (formatting for format(), str for
str.maketrans's dict), and str methods use formatting and dict, so W_Str is kept below
them here, in a module of its own, for imports without a circle."""

from rpython.rlib.objectmodel import compute_hash

from gclab.interp import util
from gclab.interp.util import repr_escape
from gclab.objspace.objects import W_Root


class W_Str(W_Root):
    """An immutable string, held as UTF-8 bytes.  Python sees code points: len(),
    indexes and slices count them (cp_length, cp_index); an ASCII string's code points
    are its bytes, so only a string with other characters pays for the translation
    (a walk from its start: indexing it is O(n), not O(1) as in CPython)."""
    _attrs_ = ['strval', 'cplen']
    _immutable_fields_ = ['strval']

    def __init__(self, strval):
        self.strval = strval
        self.cplen = -1           # its number of code points, once asked (-1: not yet)

    def cp_length(self):
        n = self.cplen
        if n < 0:
            n = util.cp_count(self.strval)
            self.cplen = n        # the same value whichever thread writes it
        return n

    def is_ascii(self):
        return self.cp_length() == len(self.strval)

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
        return self.cp_length()


def str_repr(s):
    """repr() of a str, with CPython's quoting and escapes."""
    return repr_escape(s)


def byte_index(s, k, n):
    """The byte index of code point k of s, which has n code points; past the end,
    len(s) plus the code points beyond it (so that ranges keep their order)."""
    if k >= n:
        return len(s) + (k - n)
    return util.cp_skip(s, 0, k)


def cp_index(s, i):
    """The code-point index of byte index i of s (-1 stays -1: not found)."""
    if i <= 0:
        return i
    return util.cp_count(s[:i])


def code_points(s):
    """s split into its code points, each a UTF-8 string."""
    out = []
    i = 0
    while i < len(s):
        end = util.cp_next(s, i)
        out.append(s[i:end])
        i = end
    return out
