# gclab's hashlib module: MD5 (RFC 1321), SHA-1, SHA-224, SHA-256, SHA-384, SHA-512,
# SHA-512/224 and SHA-512/256 (FIPS 180-4) in pure Python, with CPython 3.11's interface:
# the constructors md5() ... sha512() (initial data positionally or as `string=`, and
# `usedforsecurity=`), new(name, data=b''), hash objects with update, digest, hexdigest,
# copy, name, digest_size, block_size; algorithms_guaranteed, algorithms_available,
# pbkdf2_hmac and file_digest.  Digests are byte-identical to CPython's.  Written for
# gclab.
# What differs: no SHA-3, SHAKE or BLAKE2 (and none of OpenSSL's other digests), so the
# two algorithm sets hold only the names above; new() knows the names case-insensitively
# and as 'sha-256'/'sha2-256' style spellings, not every OpenSSL alias; the hash objects
# are instances of hashlib.HASH (CPython: _hashlib.HASH), which a program may construct;
# data is bytes or bytearray (other objects raise CPython's TypeError: gclab makes no
# memoryview); a missing argument gives gclab's usual message; pbkdf2_hmac raises
# UnsupportedDigestmodError('unsupported hash type NAME') for an unknown digest
# (CPython: OpenSSL's message); file_digest reads with fileobj.read() (or getbuffer()).
# Pure Python: untranslated, hashing 4 KB takes a fraction of a second.

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest')

_M32 = 0xFFFFFFFF


class UnsupportedDigestmodError(ValueError):
    """An unknown digest name (CPython: _hashlib.UnsupportedDigestmodError)."""


# --- constants ---------------------------------------------------------------------------

# SHA-512's round constants: the first 64 bits of the fractional parts of the cube roots
# of the first 80 primes; SHA-256 uses the first 32 bits of the first 64 of them.
_K64 = [
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
    0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
    0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
    0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
]
_K32 = [k >> 32 for k in _K64[:64]]
_K64_HI = [k >> 32 for k in _K64]
_K64_LO = [k & _M32 for k in _K64]

# Initial values: fractional parts of the square roots of the first 8 primes (SHA-512,
# SHA-256 takes their high halves), of the 9th to 16th primes (SHA-384 and, low halves,
# SHA-224); SHA-512/t's are made by FIPS 180-4's IV generation function.
_H512 = [
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
    0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
]
_H384 = [
    0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
    0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4,
]
_H512_224 = [
    0x8c3d37c819544da2, 0x73e1996689dcd4d6, 0x1dfab7ae32ff9c82, 0x679dd514582f9fcf,
    0x0f6d2b697bd44da8, 0x77e36f7304c48942, 0x3f9d85a86a1d36c8, 0x1112e6ad91d692a1,
]
_H512_256 = [
    0x22312194fc2bf72c, 0x9f555fa3c84c64c2, 0x2393b86b6f53b151, 0x963877195940eabd,
    0x96283ee2a88effe3, 0xbe5e1e2553863992, 0x2b0199fc2c85b8aa, 0x0eb72ddc81c52ca2,
]
_H256 = [v >> 32 for v in _H512]
_H224 = [v & _M32 for v in _H384]
_H160 = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]
_H128 = _H160[:4]

# MD5's sine table: floor(abs(sin(i + 1)) * 2**32), and its rotation amounts.
_MD5_T = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a,
    0xa8304613, 0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
    0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340,
    0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8,
    0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
    0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa,
    0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92,
    0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
    0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
]
_MD5_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
# which message word each of the 64 steps adds
_MD5_X = ([i for i in range(16)] + [(1 + 5 * i) % 16 for i in range(16)]
          + [(5 + 3 * i) % 16 for i in range(16)] + [(7 * i) % 16 for i in range(16)])


# --- compression functions ---------------------------------------------------------------
# Each takes the state (a list of words), a bytes object and the range [pos, end) of it,
# whole blocks, and returns the new state.  Rotations of 32-bit words leave bits above
# bit 31 that the masked sums drop (all stay below 2**63: machine ints once translated).

def _md5_blocks(state, buf, pos, end):
    M = _M32
    T = _MD5_T
    S = _MD5_S
    XI = _MD5_X
    from_bytes = int.from_bytes
    h0, h1, h2, h3 = state
    while pos < end:
        X = [from_bytes(buf[j:j + 4], 'little') for j in range(pos, pos + 64, 4)]
        a = h0
        b = h1
        c = h2
        d = h3
        for i in range(16):
            t = (a + (d ^ (b & (c ^ d))) + T[i] + X[i]) & M
            s = S[i]
            a = d
            d = c
            c = b
            b = (b + ((t << s) | (t >> (32 - s)))) & M
        for i in range(16, 32):
            t = (a + (c ^ (d & (b ^ c))) + T[i] + X[XI[i]]) & M
            s = S[i]
            a = d
            d = c
            c = b
            b = (b + ((t << s) | (t >> (32 - s)))) & M
        for i in range(32, 48):
            t = (a + (b ^ c ^ d) + T[i] + X[XI[i]]) & M
            s = S[i]
            a = d
            d = c
            c = b
            b = (b + ((t << s) | (t >> (32 - s)))) & M
        for i in range(48, 64):
            t = (a + (c ^ (b | (d ^ M))) + T[i] + X[XI[i]]) & M
            s = S[i]
            a = d
            d = c
            c = b
            b = (b + ((t << s) | (t >> (32 - s)))) & M
        h0 = (h0 + a) & M
        h1 = (h1 + b) & M
        h2 = (h2 + c) & M
        h3 = (h3 + d) & M
        pos += 64
    return [h0, h1, h2, h3]


def _sha1_blocks(state, buf, pos, end):
    M = _M32
    from_bytes = int.from_bytes
    h0, h1, h2, h3, h4 = state
    while pos < end:
        w = [from_bytes(buf[j:j + 4], 'big') for j in range(pos, pos + 64, 4)]
        for t in range(16, 80):
            x = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16]
            w.append(((x << 1) | (x >> 31)) & M)
        a = h0
        b = h1
        c = h2
        d = h3
        e = h4
        for t in range(20):
            x = (((a << 5) | (a >> 27)) + (d ^ (b & (c ^ d))) + e + 0x5a827999 + w[t]) & M
            e = d
            d = c
            c = ((b << 30) | (b >> 2)) & M
            b = a
            a = x
        for t in range(20, 40):
            x = (((a << 5) | (a >> 27)) + (b ^ c ^ d) + e + 0x6ed9eba1 + w[t]) & M
            e = d
            d = c
            c = ((b << 30) | (b >> 2)) & M
            b = a
            a = x
        for t in range(40, 60):
            x = (((a << 5) | (a >> 27)) + ((b & c) | (d & (b | c))) + e + 0x8f1bbcdc
                 + w[t]) & M
            e = d
            d = c
            c = ((b << 30) | (b >> 2)) & M
            b = a
            a = x
        for t in range(60, 80):
            x = (((a << 5) | (a >> 27)) + (b ^ c ^ d) + e + 0xca62c1d6 + w[t]) & M
            e = d
            d = c
            c = ((b << 30) | (b >> 2)) & M
            b = a
            a = x
        h0 = (h0 + a) & M
        h1 = (h1 + b) & M
        h2 = (h2 + c) & M
        h3 = (h3 + d) & M
        h4 = (h4 + e) & M
        pos += 64
    return [h0, h1, h2, h3, h4]


def _sha256_blocks(state, buf, pos, end):
    M = _M32
    K = _K32
    from_bytes = int.from_bytes
    h0, h1, h2, h3, h4, h5, h6, h7 = state
    while pos < end:
        w = [from_bytes(buf[j:j + 4], 'big') for j in range(pos, pos + 64, 4)]
        for t in range(16, 64):
            x = w[t - 15]
            y = w[t - 2]
            w.append((w[t - 16] + w[t - 7]
                      + (((x >> 7) | (x << 25)) ^ ((x >> 18) | (x << 14)) ^ (x >> 3))
                      + (((y >> 17) | (y << 15)) ^ ((y >> 19) | (y << 13)) ^ (y >> 10)))
                     & M)
        a = h0
        b = h1
        c = h2
        d = h3
        e = h4
        f = h5
        g = h6
        h = h7
        for t in range(64):
            t1 = (h + (((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21))
                       ^ ((e >> 25) | (e << 7)))
                  + (g ^ (e & (f ^ g))) + K[t] + w[t])
            t2 = ((((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^ ((a >> 22) | (a << 10)))
                  + ((a & b) | (c & (a | b))))
            h = g
            g = f
            f = e
            e = (d + t1) & M
            d = c
            c = b
            b = a
            a = (t1 + t2) & M
        h0 = (h0 + a) & M
        h1 = (h1 + b) & M
        h2 = (h2 + c) & M
        h3 = (h3 + d) & M
        h4 = (h4 + e) & M
        h5 = (h5 + f) & M
        h6 = (h6 + g) & M
        h7 = (h7 + h) & M
        pos += 64
    return [h0, h1, h2, h3, h4, h5, h6, h7]


def _sha512_blocks(state, buf, pos, end):
    # Each 64-bit word is kept as two 32-bit halves (high, low), so that all the
    # arithmetic stays in machine ints; sums carry from the low half to the high one.
    M = _M32
    KH = _K64_HI
    KL = _K64_LO
    from_bytes = int.from_bytes
    h0h, h1h, h2h, h3h, h4h, h5h, h6h, h7h = [v >> 32 for v in state]
    h0l, h1l, h2l, h3l, h4l, h5l, h6l, h7l = [v & M for v in state]
    while pos < end:
        wh = []
        wl = []
        for j in range(pos, pos + 128, 8):
            wh.append(from_bytes(buf[j:j + 4], 'big'))
            wl.append(from_bytes(buf[j + 4:j + 8], 'big'))
        for t in range(16, 80):
            # sigma0: rotr 1, rotr 8, shr 7
            xh = wh[t - 15]
            xl = wl[t - 15]
            s0h = ((xh >> 1) | (xl << 31)) ^ ((xh >> 8) | (xl << 24)) ^ (xh >> 7)
            s0l = (((xl >> 1) | (xh << 31)) ^ ((xl >> 8) | (xh << 24))
                   ^ ((xl >> 7) | (xh << 25)))
            # sigma1: rotr 19, rotr 61 (halves swapped, rotr 29), shr 6
            xh = wh[t - 2]
            xl = wl[t - 2]
            s1h = ((xh >> 19) | (xl << 13)) ^ ((xl >> 29) | (xh << 3)) ^ (xh >> 6)
            s1l = (((xl >> 19) | (xh << 13)) ^ ((xh >> 29) | (xl << 3))
                   ^ ((xl >> 6) | (xh << 26)))
            lo = wl[t - 16] + wl[t - 7] + (s0l & M) + (s1l & M)
            wl.append(lo & M)
            wh.append((wh[t - 16] + wh[t - 7] + (s0h & M) + (s1h & M) + (lo >> 32)) & M)
        ah = h0h
        al = h0l
        bh = h1h
        bl = h1l
        ch = h2h
        cl = h2l
        dh = h3h
        dl = h3l
        eh = h4h
        el = h4l
        fh = h5h
        fl = h5l
        gh = h6h
        gl = h6l
        hh = h7h
        hl = h7l
        for t in range(80):
            # Sigma1(e): rotr 14, rotr 18, rotr 41 (halves swapped, rotr 9)
            sh = (((eh >> 14) | (el << 18)) ^ ((eh >> 18) | (el << 14))
                  ^ ((el >> 9) | (eh << 23)))
            sl = (((el >> 14) | (eh << 18)) ^ ((el >> 18) | (eh << 14))
                  ^ ((eh >> 9) | (el << 23)))
            t1l = hl + (sl & M) + (gl ^ (el & (fl ^ gl))) + KL[t] + wl[t]
            t1h = hh + (sh & M) + (gh ^ (eh & (fh ^ gh))) + KH[t] + wh[t]
            # Sigma0(a): rotr 28, rotr 34 (swapped, rotr 2), rotr 39 (swapped, rotr 7)
            sh = ((ah >> 28) | (al << 4)) ^ ((al >> 2) | (ah << 30)) ^ ((al >> 7) | (ah << 25))
            sl = ((al >> 28) | (ah << 4)) ^ ((ah >> 2) | (al << 30)) ^ ((ah >> 7) | (al << 25))
            t2l = (sl & M) + ((al & bl) | (cl & (al | bl)))
            t2h = (sh & M) + ((ah & bh) | (ch & (ah | bh)))
            hh = gh
            hl = gl
            gh = fh
            gl = fl
            fh = eh
            fl = el
            lo = dl + t1l
            el = lo & M
            eh = (dh + t1h + (lo >> 32)) & M
            dh = ch
            dl = cl
            ch = bh
            cl = bl
            bh = ah
            bl = al
            lo = t1l + t2l
            al = lo & M
            ah = (t1h + t2h + (lo >> 32)) & M
        lo = h0l + al
        h0l = lo & M
        h0h = (h0h + ah + (lo >> 32)) & M
        lo = h1l + bl
        h1l = lo & M
        h1h = (h1h + bh + (lo >> 32)) & M
        lo = h2l + cl
        h2l = lo & M
        h2h = (h2h + ch + (lo >> 32)) & M
        lo = h3l + dl
        h3l = lo & M
        h3h = (h3h + dh + (lo >> 32)) & M
        lo = h4l + el
        h4l = lo & M
        h4h = (h4h + eh + (lo >> 32)) & M
        lo = h5l + fl
        h5l = lo & M
        h5h = (h5h + fh + (lo >> 32)) & M
        lo = h6l + gl
        h6l = lo & M
        h6h = (h6h + gh + (lo >> 32)) & M
        lo = h7l + hl
        h7l = lo & M
        h7h = (h7h + hh + (lo >> 32)) & M
        pos += 128
    # (x << 32 is written x * 2**32: untranslated, gclab's << does not notice that a
    # machine int overflows into a big int)
    W = 4294967296
    return [h0h * W + h0l, h1h * W + h1l, h2h * W + h2l, h3h * W + h3l,
            h4h * W + h4l, h5h * W + h5l, h6h * W + h6l, h7h * W + h7l]


# name: (digest_size, block_size, initial state, compression, byte order, word size,
#        size of the length field)
_SPECS = {
    'md5': (16, 64, _H128, _md5_blocks, 'little', 4, 8),
    'sha1': (20, 64, _H160, _sha1_blocks, 'big', 4, 8),
    'sha224': (28, 64, _H224, _sha256_blocks, 'big', 4, 8),
    'sha256': (32, 64, _H256, _sha256_blocks, 'big', 4, 8),
    'sha384': (48, 128, _H384, _sha512_blocks, 'big', 8, 16),
    'sha512': (64, 128, _H512, _sha512_blocks, 'big', 8, 16),
    'sha512_224': (28, 128, _H512_224, _sha512_blocks, 'big', 8, 16),
    'sha512_256': (32, 128, _H512_256, _sha512_blocks, 'big', 8, 16),
}

_ALIASES = {}
for _name in _SPECS:
    _ALIASES[_name] = _name
for _bits in ('224', '256', '384', '512'):
    _ALIASES['sha-' + _bits] = 'sha' + _bits
    _ALIASES['sha2-' + _bits] = 'sha' + _bits
_ALIASES['sha-1'] = 'sha1'
_ALIASES['sha512-224'] = 'sha512_224'
_ALIASES['sha512-256'] = 'sha512_256'
_ALIASES['sha2-512/224'] = 'sha512_224'
_ALIASES['sha2-512/256'] = 'sha512_256'
_ALIASES['sha-512/224'] = 'sha512_224'
_ALIASES['sha-512/256'] = 'sha512_256'


def _lookup(name):
    """The canonical name of a digest, or None."""
    return _ALIASES.get(name.lower())


def _data_bytes(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, bytearray):
        return bytes(data)
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError('object supporting the buffer API required')


class HASH:
    """A hash object (CPython: _hashlib.HASH), made by the constructors and new()."""

    def __init__(self, name, data=b''):
        spec = _SPECS[name]
        self.name = name
        self.digest_size = spec[0]
        self.block_size = spec[1]
        self._spec = spec
        self._state = list(spec[2])
        self._count = 0
        self._buf = b''
        if data:
            self.update(data)
        elif not isinstance(data, (bytes, bytearray)):
            _data_bytes(data)

    def update(self, data):
        data = _data_bytes(data)
        self._count += len(data)
        if self._buf:
            buf = self._buf + data
        else:
            buf = data
        size = self.block_size
        n = len(buf) - len(buf) % size
        if n:
            self._state = self._spec[3](self._state, buf, 0, n)
        self._buf = buf[n:]

    def digest(self):
        spec = self._spec
        size = spec[1]
        lensize = spec[6]
        order = spec[4]
        tail = self._buf + b'\x80'
        tail += bytes((size - lensize - len(tail)) % size)
        tail += ((self._count * 8) & (2 ** (8 * lensize) - 1)).to_bytes(lensize, order)
        state = spec[3](self._state, tail, 0, len(tail))
        wordsize = spec[5]
        out = b''.join([v.to_bytes(wordsize, order) for v in state])
        return out[:spec[0]]

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = HASH(self.name)
        other._state = list(self._state)
        other._count = self._count
        other._buf = self._buf
        return other

    def __repr__(self):
        return '<%s _hashlib.HASH object @ 0x%x>' % (self.name, id(self))


def md5(string=b'', *, usedforsecurity=True):
    """A new MD5 hash object, fed with string."""
    return HASH('md5', string)


def sha1(string=b'', *, usedforsecurity=True):
    """A new SHA-1 hash object, fed with string."""
    return HASH('sha1', string)


def sha224(string=b'', *, usedforsecurity=True):
    """A new SHA-224 hash object, fed with string."""
    return HASH('sha224', string)


def sha256(string=b'', *, usedforsecurity=True):
    """A new SHA-256 hash object, fed with string."""
    return HASH('sha256', string)


def sha384(string=b'', *, usedforsecurity=True):
    """A new SHA-384 hash object, fed with string."""
    return HASH('sha384', string)


def sha512(string=b'', *, usedforsecurity=True):
    """A new SHA-512 hash object, fed with string."""
    return HASH('sha512', string)


_NO_DATA = object()


def new(name, data=_NO_DATA, **kwargs):
    """A new hash object for the named algorithm, fed with data."""
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    for key in kwargs:
        if key != 'string' and key != 'usedforsecurity':
            raise TypeError("'%s' is an invalid keyword argument for new()" % key)
    if 'string' in kwargs:
        if data is not _NO_DATA:
            raise TypeError("argument for new() given by name ('string') and position (2)")
        data = kwargs['string']
    elif data is _NO_DATA:
        data = b''
    canonical = _lookup(name)
    if canonical is None:
        raise ValueError('unsupported hash type ' + name)
    return HASH(canonical, data)


algorithms_guaranteed = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'}
algorithms_available = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                        'sha512_224', 'sha512_256'}


def _buffer_arg(value):
    if isinstance(value, bytes):
        return value
    if isinstance(value, bytearray):
        return bytes(value)
    if isinstance(value, memoryview):
        return value.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)


def _index_arg(value):
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PKCS #5 v2 PBKDF2 with HMAC over the named digest (RFC 8018)."""
    if not isinstance(hash_name, str):
        raise TypeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s"
                        % type(hash_name).__name__)
    password = _buffer_arg(password)
    salt = _buffer_arg(salt)
    iterations = _index_arg(iterations)
    name = _lookup(hash_name)
    if name is None:
        raise UnsupportedDigestmodError('unsupported hash type ' + hash_name)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    if iterations > 0x7fffffff:
        raise OverflowError('iteration value is too great.')
    inner = HASH(name)
    outer = HASH(name)
    hlen = inner.digest_size
    if dklen is None:
        dklen = hlen
    else:
        dklen = _index_arg(dklen)
        if dklen < 1:
            raise ValueError('key length must be greater than 0.')
        if dklen > 0x7fffffff:
            raise OverflowError('key length is too great.')
    size = inner.block_size
    if len(password) > size:
        password = HASH(name, password).digest()
    password += bytes(size - len(password))
    inner.update(bytes([x ^ 0x36 for x in password]))
    outer.update(bytes([x ^ 0x5c for x in password]))
    # Each later round hashes one digest after the key block: pad it once for all.
    spec = inner._spec
    fn = spec[3]
    order = spec[4]
    wordsize = spec[5]
    lensize = spec[6]
    pad = b'\x80' + bytes((size - lensize - hlen - 1) % size)
    pad += ((size + hlen) * 8).to_bytes(lensize, order)
    istate = inner._state
    ostate = outer._state
    out = []
    total = 0
    block = 1
    while total < dklen:
        first = inner.copy()
        first.update(salt + block.to_bytes(4, 'big'))
        second = outer.copy()
        second.update(first.digest())
        u = second.digest()
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            tail = u + pad
            state = fn(istate, tail, 0, len(tail))
            u = b''.join([v.to_bytes(wordsize, order) for v in state])[:hlen]
            tail = u + pad
            state = fn(ostate, tail, 0, len(tail))
            u = b''.join([v.to_bytes(wordsize, order) for v in state])[:hlen]
            acc ^= int.from_bytes(u, 'big')
        out.append(acc.to_bytes(hlen, 'big'))
        total += hlen
        block += 1
    return b''.join(out)[:dklen]


def file_digest(fileobj, digest, *, _bufsize=2 ** 18):
    """Hash the contents of a file object opened in binary mode."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not hasattr(fileobj, 'read'):
        raise ValueError("'%r' is not a file object in binary mode." % (fileobj,))
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        if isinstance(chunk, str):
            raise ValueError("'%r' is not a file object in binary mode." % (fileobj,))
        digestobj.update(chunk)
    return digestobj
