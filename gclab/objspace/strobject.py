"""The str type's W_ class, W_Str, with repr() of a str and UTF-8 stepping (RPython).

The methods of str are in gclab.objspace.strmethods, and formatting in
gclab.objspace.formatting: both look at W_Str (formatting for format(), str for
str.maketrans's dict), and str methods use formatting and dict, so W_Str is kept below
them here, in a module of its own, for imports without a circle."""

from rpython.rlib.objectmodel import compute_hash
from rpython.rlib.rstring import StringBuilder

from gclab.gc import nogil
from gclab.interp import util
from gclab.interp.util import repr_escape
from gclab.objspace.objects import W_Root


class W_Str(W_Root):
    """An immutable string, held as UTF-8 bytes.  Python sees code points: len(),
    indexes and slices count them (cp_length, cp_index); an ASCII string's code points
    are its bytes, so only a string with other characters pays for the translation
    (a walk from its start: indexing it is O(n), not O(1) as in CPython).

    A long result of `a + b` is *lazy* (GIL builds only): its bytes are the first
    `_blen` bytes of a StringBuilder, `_buf`, shared with the string it extended, and
    `utf8()` builds them once.  `s += x` in a loop then appends to one builder, linear in
    the total as CPython's in-place resize makes it, where copying `s` every time was
    quadratic.  `_s` is None until then and never changes after it holds a string: a
    read of it may borrow (it is declared immutable for the refcount transformer; the
    one later store replaces None, so no reader's value is ever released)."""
    _attrs_ = ['_s', '_buf', '_blen', 'cplen']
    _immutable_fields_ = ['_s']

    def __init__(self, strval, buf=None, blen=0):
        self._s = strval          # None: lazy, the first blen bytes of buf
        self._buf = buf
        if strval is not None:
            blen = len(strval)
        self._blen = blen
        self.cplen = -1           # its number of code points, once asked (-1: not yet)

    def utf8(self):
        """Its bytes (UTF-8), as an RPython str."""
        s = self._s
        if s is None:
            s = self._build()
        return s

    def _build(self):
        buf = self._buf
        assert buf is not None
        s = buf.build()
        if len(s) != self._blen:   # another string extended the builder since
            assert self._blen >= 0
            s = s[:self._blen]
        self._s = s
        if buf.getlength() != self._blen:
            self._buf = None       # not its tip: it cannot be extended in place again
        return s

    def blen(self):
        """Its length in bytes, without building a lazy string."""
        return self._blen

    def cp_length(self):
        n = self.cplen
        if n < 0:
            n = util.cp_count(self.utf8())
            self.cplen = n        # the same value whichever thread writes it
        return n

    def is_ascii(self):
        return self.cp_length() == self._blen

    def getclass(self, space):
        return space.w_str

    def is_true(self, space):
        return self._blen > 0

    def repr(self, space):
        return str_repr(self.utf8())

    def str(self, space):
        return self.utf8()

    def hash(self, space):
        return compute_hash(self.utf8())

    def length(self, space):
        return self.cp_length()


# A str + str result this long or longer is lazy (W_Str's docstring): shorter ones are
# copied, which costs less than a builder.
LAZY_CONCAT_MIN = 256


def concat(w_a, w_b):
    """w_a + w_b for two W_Str: lazy when long, and in place at the end of w_a's
    builder when w_a is its tip.  None: not lazy (the caller copies)."""
    b = w_b.utf8()
    if nogil.ACTIVE or len(b) == 0:
        return None               # free-threaded: two threads could extend one builder
    n = w_a._blen + len(b)
    if n < LAZY_CONCAT_MIN:
        return None
    cplen = w_a.cp_length() + w_b.cp_length()
    buf = w_a._buf
    if buf is None or buf.getlength() != w_a._blen:
        a = w_a.utf8()
        buf = StringBuilder(2 * n)
        buf.append(a)
    buf.append(b)
    w_res = W_Str(None, buf, n)
    w_res.cplen = cplen
    return w_res


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
