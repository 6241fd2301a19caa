# gclab's array module: typed arrays of numbers, held as a list of checked values
# ('f' items rounded to 32-bit floats as CPython stores them); the machine
# representation (tobytes, frombytes, byteswap, tofile, fromfile) is made by struct with
# CPython's native sizes and byte order ('u' items are one-character strings, stored
# as 4-byte code points as on Linux).  Differences from CPython: no buffer protocol
# (memoryview).

import struct as _struct
import sys as _sys

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'u': 4, 'b': 1, 'B': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8,
             'Q': 8, 'f': 4, 'd': 8}


_STRUCT_CODE = {'u': 'I', 'b': 'b', 'B': 'B', 'h': 'h', 'H': 'H', 'i': 'i', 'I': 'I', 'l': 'q',
                'L': 'Q', 'q': 'q', 'Q': 'Q', 'f': 'f', 'd': 'd'}
_ORDER = '<' if _sys.byteorder == 'little' else '>'


def _single(x):
    """x rounded to a 32-bit float, as a C float stores it."""
    try:
        return _struct.unpack('f', _struct.pack('f', x))[0]
    except OverflowError:
        return float('inf') if x > 0 else float('-inf')


def _check(typecode, x):
    if typecode == 'u':
        if not isinstance(x, str) or len(x) != 1:
            raise TypeError('array item must be unicode character')
        return x
    if typecode == 'f' or typecode == 'd':
        if isinstance(x, float):
            pass
        elif isinstance(x, int):
            x = float(x)
        elif hasattr(x, '__float__'):
            x = x.__float__()
        else:
            raise TypeError('must be real number, not %s' % type(x).__name__)
        if typecode == 'f':
            return _single(x)
        return x
    if not isinstance(x, int):
        if hasattr(x, '__index__'):
            x = x.__index__()
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(x).__name__)
    _check_range(typecode, x)
    return int(x)


_LONG_MIN = -9223372036854775808
_LONG_MAX = 9223372036854775807


def _range_error(x, lo, hi, name):
    if x < lo:
        raise OverflowError('%s is less than minimum' % name)
    if x > hi:
        raise OverflowError('%s is greater than maximum' % name)


def _check_range(tc, x):
    """CPython's errors, which follow the C conversion each typecode goes through."""
    if tc in 'bBhHi' or tc == 'l':
        if x < _LONG_MIN or x > _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
    if tc == 'b':
        _range_error(x, -32768, 32767, 'signed short integer')
        _range_error(x, -128, 127, 'signed char')
    elif tc == 'B':
        _range_error(x, 0, 255, 'unsigned byte integer')
    elif tc == 'h':
        _range_error(x, -32768, 32767, 'signed short integer')
    elif tc == 'H':
        _range_error(x, -2147483648, 2147483647, 'signed integer')
        _range_error(x, 0, 65535, 'unsigned short')
    elif tc == 'i':
        _range_error(x, -2147483648, 2147483647, 'signed integer')
    elif tc == 'I' or tc == 'L':
        if x < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if x > 18446744073709551615:
            raise OverflowError('Python int too large to convert to C unsigned long')
        if tc == 'I':
            _range_error(x, 0, 4294967295, 'unsigned int')
    elif tc == 'q':
        if x < _LONG_MIN or x > _LONG_MAX:
            raise OverflowError('int too big to convert')
    elif tc == 'Q':
        if x < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if x > 18446744073709551615:
            raise OverflowError('int too big to convert')


class _ArrayIterator:
    def __init__(self, a):
        self._a = a
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        items = self._a._items
        if self._i >= len(items):
            raise StopIteration
        x = items[self._i]
        self._i += 1
        return x


class array:
    """array(typecode [, initializer]) -> array"""

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self.typecode = typecode
        self.itemsize = _ITEMSIZE[typecode]
        self._items = []
        if initializer is not None:
            if isinstance(initializer, str) and typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode '
                                "'%s'" % typecode)
            if isinstance(initializer, (bytes, bytearray)):
                self.frombytes(initializer)
                return
            if isinstance(initializer, array):
                if initializer.typecode == 'u' and typecode != 'u':
                    raise TypeError('cannot use a unicode array to initialize an array '
                                    "with typecode '%s'" % typecode)
                # an array of another typecode gives its items, converted as others
                initializer = initializer._items
            self.extend(initializer)

    def _new(self, items):
        a = array(self.typecode)
        a._items = items
        return a

    def append(self, x):
        self._items.append(_check(self.typecode, x))

    def extend(self, iterable):
        if isinstance(iterable, array) and iterable.typecode != self.typecode:
            raise TypeError('can only extend with array of same kind')
        tc = self.typecode
        self._items.extend([_check(tc, x) for x in iterable])

    def _format(self, n, order=_ORDER):
        return '%s%d%s' % (order, n, _STRUCT_CODE[self.typecode])

    def _raw(self):
        """The items as struct packs them (the code points of a 'u' array)."""
        if self.typecode == 'u':
            return [ord(c) for c in self._items]
        return self._items

    def _cooked(self, values):
        if self.typecode == 'u':
            return [chr(v) for v in values]
        return list(values)

    def tobytes(self):
        return _struct.pack(self._format(len(self._items)), *self._raw())

    def tounicode(self):
        if self.typecode != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if not isinstance(s, str):
            raise TypeError('fromunicode() argument must be str, not %s'
                            % type(s).__name__)
        if self.typecode != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def frombytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        if len(data) % self.itemsize:
            raise ValueError('bytes length not a multiple of item size')
        n = len(data) // self.itemsize
        self._items.extend(self._cooked(_struct.unpack(self._format(n), bytes(data))))

    def byteswap(self):
        if self.itemsize == 1:
            return
        n = len(self._items)
        swapped = '>' if _ORDER == '<' else '<'
        self._items = self._cooked(_struct.unpack(self._format(n, swapped), self.tobytes()))

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        if not isinstance(n, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(n).__name__)
        if n < 0:
            raise ValueError('negative count')
        data = f.read(n * self.itemsize)
        whole = len(data) - len(data) % self.itemsize
        self.frombytes(data[:whole])
        if len(data) < n * self.itemsize:
            raise EOFError('read() didn\'t return enough bytes')

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        self.extend(lst)

    def tolist(self):
        return list(self._items)

    def insert(self, i, x):
        self._items.insert(i, _check(self.typecode, x))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        n = len(self._items)
        if i < -n or i >= n:
            raise IndexError('pop index out of range')
        return self._items.pop(i)

    def remove(self, x):
        for i in range(len(self._items)):
            if self._items[i] == x:
                del self._items[i]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, x, start=0, stop=None):
        n = len(self._items)
        if stop is None or stop > n:
            stop = n
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop += n
        for i in range(start, stop):
            if self._items[i] == x:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, x):
        n = 0
        for y in self._items:
            if y == x:
                n += 1
        return n

    def reverse(self):
        self._items.reverse()

    def buffer_info(self):
        return (id(self), len(self._items))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return _ArrayIterator(self)

    def __contains__(self, x):
        return x in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range')

    def __setitem__(self, i, x):
        if isinstance(i, slice):
            if not isinstance(x, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(x).__name__)
            if x.typecode != self.typecode:
                raise TypeError('bad argument type for built-in operation')
            self._items[i] = list(x._items)
            return
        x = _check(self.typecode, x)
        try:
            self._items[i] = x
        except IndexError:
            raise IndexError('array assignment index out of range')

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range')

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other.typecode != self.typecode:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        return self._new(self._items * n)

    def __rmul__(self, n):
        return self._new(self._items * n)

    def __imul__(self, n):
        self._items = self._items * n
        return self

    def _cmp_items(self, other):
        if isinstance(other, array):
            return other._items
        return None

    def __eq__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items < o

    def __le__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items >= o

    __hash__ = None

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self.typecode
        if self.typecode == 'u':
            return "array('u', %r)" % ''.join(self._items)
        return "array('%s', %r)" % (self.typecode, self._items)


ArrayType = array
