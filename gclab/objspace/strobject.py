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
    indexes and slices count them (cp_length, byte_offset, cp_offset); an ASCII string's
    code points are its bytes, so only a string with other characters pays for the
    translation (a walk of at most 63 code points from a mark: marks()).

    A long result of `a + b` is *lazy* (GIL builds only): its bytes are the first
    `_blen` bytes of a StringBuilder, `_buf`, shared with the string it extended, and
    `utf8()` builds them once.  `s += x` in a loop then appends to one builder, linear in
    the total as CPython's in-place resize makes it, where copying `s` every time was
    quadratic.  `_s` is None until then and never changes after it holds a string; it is
    not declared immutable all the same (tests/unit/test_rc_elide.py: an immutable
    field is assigned only in __init__), so the refcount plans count its reads."""
    _attrs_ = ['_s', '_buf', '_blen', 'cplen', '_marks']

    def __init__(self, strval, buf=None, blen=0):
        self._s = strval          # None: lazy, the first blen bytes of buf
        self._buf = buf
        if strval is not None:
            blen = len(strval)
        self._blen = blen
        self.cplen = -1           # its number of code points, once asked (-1: not yet)
        self._marks = None        # a long non-ASCII string's code point index (marks())

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

    def byte_offset(self, k):
        """The byte index of code point k, 0 <= k; past the end, its length in bytes
        plus the code points beyond it (so that ranges keep their order)."""
        n = self.cp_length()
        if n == self._blen:
            return k                            # ASCII
        s = self.utf8()
        if k >= n:
            return len(s) + (k - n)
        if k < MARK_EVERY:
            return util.cp_skip(s, 0, k)
        marks = self.marks()
        if marks is None:
            return util.cp_skip(s, 0, k)
        return util.cp_skip(s, marks[k >> MARK_SHIFT], k & (MARK_EVERY - 1))

    def cp_offset(self, i):
        """The code point index of byte index i, 0 <= i <= its length in bytes, at the
        start of a code point (-1 stays -1: not found)."""
        if i <= 0 or self.cp_length() == self._blen:
            return i
        s = self.utf8()
        marks = None
        if i >= MARK_EVERY:
            marks = self.marks()
        if marks is None:
            return util.cp_count_between(s, 0, i)
        lo = 0                          # the last mark at or before i
        hi = len(marks) - 1
        while lo < hi:
            mid = (lo + hi + 1) >> 1
            if marks[mid] <= i:
                lo = mid
            else:
                hi = mid - 1
        return (lo << MARK_SHIFT) + util.cp_count_between(s, marks[lo], i)

    def marks(self):
        """The byte index of every MARK_EVERY-th code point, so that indexing a long
        non-ASCII string steps over at most MARK_EVERY - 1 code points (CPython's is
        O(1): it stores 1, 2 or 4 bytes per code point).  Made at the first use.  None
        in free-threaded builds: two threads making it at once would each store theirs,
        and one could free the other's while it reads it."""
        if nogil.ACTIVE:
            return None
        marks = self._marks
        if marks is None:
            s = self.utf8()
            marks = [0] * ((self.cp_length() + MARK_EVERY - 1) >> MARK_SHIFT)
            i = 0
            k = 0
            while i < len(s):
                if k & (MARK_EVERY - 1) == 0:
                    marks[k >> MARK_SHIFT] = i
                i = util.cp_next(s, i)
                k += 1
            self._marks = marks
        return marks

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


# marks(): one index every 64 code points
MARK_SHIFT = 6
MARK_EVERY = 1 << MARK_SHIFT


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


def code_points(s):
    """s split into its code points, each a UTF-8 string."""
    out = []
    i = 0
    while i < len(s):
        end = util.cp_next(s, i)
        out.append(s[i:end])
        i = end
    return out
