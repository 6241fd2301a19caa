# gclab's hmac module: HMAC (RFC 2104) over gclab's hashlib digests, with CPython 3.11's
# interface: new(key, msg=None, digestmod), the HMAC class (update, digest, hexdigest,
# copy, name, digest_size, block_size), the one-shot digest(key, msg, digest) and
# compare_digest.  digestmod is a digest name ('sha256'), a constructor (hashlib.sha256)
# or a module-like object with new(); CPython's messages for a missing digestmod, a str
# key and str or non-ASCII str arguments of compare_digest.  Written for gclab.
# What differs: the digests are those of gclab's hashlib (no SHA-3, BLAKE2...);
# compare_digest takes bytes, bytearray or ASCII str (no other buffer objects) and
# looks at every byte, but in interpreted code its time is not promised constant; a
# digest object without block_size, or with one below 16, is used with a block of 64
# bytes without CPython's RuntimeWarning.

__all__ = ['HMAC', 'new', 'digest', 'compare_digest']

import hashlib as _hashlib

trans_5C = bytes([x ^ 0x5C for x in range(256)])
trans_36 = bytes([x ^ 0x36 for x in range(256)])

# The size of the digests returned by HMAC depends on the underlying hashing module
# used: use digest_size from the instance of HMAC instead.
digest_size = None

_COPYING = object()


def _constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


def _pad_key(key, make, blocksize):
    if len(key) > blocksize:
        key = make(key).digest()
    return bytes(key) + bytes(blocksize - len(key))


class HMAC:
    """RFC 2104 HMAC class."""
    blocksize = 64      # 512-bit HMAC; can be changed in subclasses

    def __init__(self, key, msg=None, digestmod=''):
        if digestmod is _COPYING:
            return
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError('key: expected bytes or bytearray, but got %r'
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._inner = make()
        self._outer = make()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, 'block_size', None)
        if blocksize is None or blocksize < 16:
            blocksize = self.blocksize
        self.block_size = blocksize
        key = _pad_key(key, make, blocksize)
        self._outer.update(bytes([x ^ 0x5C for x in key]))
        self._inner.update(bytes([x ^ 0x36 for x in key]))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object."""
        other = HMAC(b'', None, _COPYING)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """Return the hash value of this hashing object (bytes)."""
        return self._current().digest()

    def hexdigest(self):
        """Like digest(), but returns a string of hexadecimal digits instead."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Create a new hashing object and return it (key: bytes or bytearray)."""
    return HMAC(key, msg, digestmod)


def _bytes_like(value):
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, memoryview):
        return value.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)


def digest(key, msg, digest):
    """Fast inline implementation of HMAC: the digest of msg keyed with key."""
    key = _bytes_like(key)
    msg = _bytes_like(msg)
    make = _constructor(digest)
    inner = make()
    outer = make()
    blocksize = getattr(inner, 'block_size', 64)
    key = _pad_key(key, make, blocksize)
    inner.update(bytes([x ^ 0x36 for x in key]))
    outer.update(bytes([x ^ 0x5C for x in key]))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()


def _is_buffer(value):
    return isinstance(value, (bytes, bytearray, memoryview))


def compare_digest(a, b):
    """Return 'a == b', comparing every byte (ASCII str or bytes-like arguments)."""
    if isinstance(a, str) and isinstance(b, str):
        if not a.isascii() or not b.isascii():
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        a = a.encode('ascii')
        b = b.encode('ascii')
    else:
        if not _is_buffer(a) and not _is_buffer(b):
            raise TypeError('unsupported operand types(s) or combination of types: '
                            "'%s' and '%s'" % (type(a).__name__, type(b).__name__))
        a = _bytes_like(a)
        b = _bytes_like(b)
    # as CPython, the time depends on the length of b only
    result = 0 if len(a) == len(b) else 1
    if result:
        a = b
    for i in range(len(b)):
        result |= a[i] ^ b[i]
    return result == 0
