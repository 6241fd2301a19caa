"""zlib for gclab: the DEFLATE format (RFC 1951) in zlib (RFC 1950), gzip (RFC 1952) or
raw framing, and the Adler-32 / CRC-32 checksums.  Written for gclab in Python (CPython's
module wraps the C zlib library).

Decompression reads stored, fixed-Huffman and dynamic-Huffman blocks, so streams made by
any deflate compressor (CPython's zlib, gzip) decompress; errors carry zlib's messages.
Compression is LZ77 through a hash chain (longer chains at higher levels) with each block
coded with the fixed Huffman codes or, when smaller, with dynamic codes computed from
the block's own symbol counts (level 0 writes stored blocks).  The output is a valid
stream that any inflater reads, but not byte for byte what C zlib writes."""

import binascii as _binascii

__all__ = ['error', 'adler32', 'crc32', 'compress', 'decompress', 'compressobj',
           'decompressobj']

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


class error(Exception):
    pass


error.__module__ = 'zlib'


def _bytes_arg(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


# ---------------------------------------------------------------- checksums

def crc32(data, value=0):
    """Compute a CRC-32 checksum of data, starting from value (binascii's: the same
    function in CPython)."""
    return _binascii.crc32(_bytes_arg(data), value)


def adler32(data, value=1):
    """Compute an Adler-32 checksum of data, starting from value."""
    data = _bytes_arg(data)
    value &= 0xFFFFFFFF
    a = value & 0xFFFF
    b = value >> 16
    n = len(data)
    i = 0
    while i < n:
        # 3800 bytes cannot overflow anything worth worrying about before the modulo;
        # Python ints do not overflow anyway, the chunking keeps them small.
        end = i + 3800
        if end > n:
            end = n
        for byte in data[i:end]:
            a += byte
            b += a
        a %= 65521
        b %= 65521
        i = end
    return (b << 16) | a


# ---------------------------------------------------------------- tables

_LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
             67, 83, 99, 115, 131, 163, 195, 227, 258]
_LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
              5, 5, 5, 5, 0]
_DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513,
              769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
_DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
               11, 11, 12, 12, 13, 13]
_CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]


class _NeedInput(Exception):
    """The inflater ran out of input (internal)."""


class _Stop(Exception):
    """The inflater made the output asked for (internal)."""


def _data_error(msg):
    return error('Error -3 while decompressing data: ' + msg)


def _build_huffman(lengths, msg):
    """(counts, symbols) of the canonical code of the given code lengths, as puff
    decodes; raises error(msg) for an over-subscribed or (but for one code of length 1)
    incomplete code."""
    counts = [0] * 16
    for n in lengths:
        counts[n] += 1
    nonzero = len(lengths) - counts[0]
    left = 1
    for length in range(1, 16):
        left <<= 1
        left -= counts[length]
        if left < 0:
            raise _data_error(msg)
    if left > 0 and nonzero != 0 and not (nonzero == 1 and counts[1] == 1):
        raise _data_error(msg)
    offs = [0] * 16
    for length in range(1, 15):
        offs[length + 1] = offs[length] + counts[length]
    symbols = [0] * len(lengths)
    for sym in range(len(lengths)):
        n = lengths[sym]
        if n:
            symbols[offs[n]] = sym
            offs[n] += 1
    counts[0] = 0
    return (counts, symbols)


_FIXED = []


def _fixed_tables():
    if not _FIXED:
        lengths = [8] * 144 + [9] * 112 + [7] * 24 + [8] * 8
        lit = _build_huffman(lengths, 'invalid literal/lengths set')
        dist = _build_huffman([5] * 32, 'invalid distances set')
        _FIXED.append(lit)
        _FIXED.append(dist)
    return _FIXED[0], _FIXED[1]


# ---------------------------------------------------------------- inflate

class _Inflater:
    """Decodes deflate blocks from self.data[self.pos:] into self.out.  Running out of
    input raises _NeedInput; self.cp_* then describe the start of the current block,
    from where decoding can be resumed once more input is there."""

    def __init__(self, window):
        self.data = b''
        self.pos = 0
        self.bitbuf = 0
        self.bitcnt = 0
        self.out = bytearray(window)
        self.done = False
        self.cp_pos = 0
        self.cp_bitbuf = 0
        self.cp_bitcnt = 0
        self.cp_out = len(self.out)
        self.cur = None
        self.last = 0
        self.limit = 1 << 62

    def bits(self, n):
        buf = self.bitbuf
        cnt = self.bitcnt
        data = self.data
        while cnt < n:
            if self.pos >= len(data):
                raise _NeedInput()
            buf |= data[self.pos] << cnt
            self.pos += 1
            cnt += 8
        self.bitbuf = buf >> n
        self.bitcnt = cnt - n
        return buf & ((1 << n) - 1)

    def decode(self, table, msg):
        counts, symbols = table
        buf = self.bitbuf
        cnt = self.bitcnt
        code = 0
        first = 0
        index = 0
        for length in range(1, 16):
            if cnt == 0:
                if self.pos >= len(self.data):
                    raise _NeedInput()
                buf = self.data[self.pos]
                self.pos += 1
                cnt = 8
            code |= buf & 1
            buf >>= 1
            cnt -= 1
            count = counts[length]
            if code - first < count:
                self.bitbuf = buf
                self.bitcnt = cnt
                return symbols[index + code - first]
            index += count
            first += count
            first <<= 1
            code <<= 1
        raise _data_error(msg)

    def run(self):
        while not self.done:
            if self.cur is None:
                self.cp_pos = self.pos
                self.cp_bitbuf = self.bitbuf
                self.cp_bitcnt = self.bitcnt
                self.cp_out = len(self.out)
                self.last = self.bits(1)
                kind = self.bits(2)
                if kind == 0:
                    self.stored()
                elif kind == 1:
                    self.cur = _fixed_tables()
                elif kind == 2:
                    self.cur = self.dynamic()
                else:
                    raise _data_error('invalid block type')
            if self.cur is not None:
                self.codes(self.cur[0], self.cur[1])
                self.cur = None
            if self.last:
                self.done = True
                # give back the whole bytes still in the bit buffer
                self.pos -= self.bitcnt >> 3
                self.bitbuf = 0
                self.bitcnt = 0

    def stored(self):
        self.bitbuf = 0
        self.bitcnt = 0
        data = self.data
        pos = self.pos
        if pos + 4 > len(data):
            raise _NeedInput()
        n = data[pos] | (data[pos + 1] << 8)
        ncomp = data[pos + 2] | (data[pos + 3] << 8)
        if n != ncomp ^ 0xFFFF:
            raise _data_error('invalid stored block lengths')
        if pos + 4 + n > len(data):
            raise _NeedInput()
        self.out += data[pos + 4:pos + 4 + n]
        self.pos = pos + 4 + n

    def dynamic(self):
        nlen = self.bits(5) + 257
        ndist = self.bits(5) + 1
        ncode = self.bits(4) + 4
        if nlen > 286 or ndist > 30:
            raise _data_error('too many length or distance symbols')
        lengths = [0] * 19
        for i in range(ncode):
            lengths[_CL_ORDER[i]] = self.bits(3)
        clcode = _build_huffman(lengths, 'invalid code lengths set')
        lengths = []
        total = nlen + ndist
        while len(lengths) < total:
            sym = self.decode(clcode, 'invalid code lengths set')
            if sym < 16:
                lengths.append(sym)
                continue
            if sym == 16:
                if not lengths:
                    raise _data_error('invalid bit length repeat')
                value = lengths[-1]
                rep = 3 + self.bits(2)
            elif sym == 17:
                value = 0
                rep = 3 + self.bits(3)
            else:
                value = 0
                rep = 11 + self.bits(7)
            if len(lengths) + rep > total:
                raise _data_error('invalid bit length repeat')
            lengths.extend([value] * rep)
        if lengths[256] == 0:
            raise _data_error('invalid code -- missing end-of-block')
        lit = _build_huffman(lengths[:nlen], 'invalid literal/lengths set')
        dist = _build_huffman(lengths[nlen:], 'invalid distances set')
        return lit, dist

    def codes(self, lit, dist):
        """Decode one block's symbols; running out of input (or reaching self.limit
        output bytes) leaves the cp_* fields at the start of the symbol decoded."""
        out = self.out
        limit = self.limit
        sym_pos = self.pos
        sym_buf = self.bitbuf
        sym_cnt = self.bitcnt
        sym_out = len(out)
        try:
            while True:
                sym_pos = self.pos
                sym_buf = self.bitbuf
                sym_cnt = self.bitcnt
                sym_out = len(out)
                if sym_out >= limit:
                    raise _Stop()
                sym = self.decode(lit, 'invalid literal/length code')
                if sym < 256:
                    out.append(sym)
                    continue
                if sym == 256:
                    return
                sym -= 257
                if sym >= 29:
                    raise _data_error('invalid literal/length code')
                length = _LEN_BASE[sym]
                extra = _LEN_EXTRA[sym]
                if extra:
                    length += self.bits(extra)
                dsym = self.decode(dist, 'invalid distance code')
                if dsym >= 30:
                    raise _data_error('invalid distance code')
                d = _DIST_BASE[dsym]
                extra = _DIST_EXTRA[dsym]
                if extra:
                    d += self.bits(extra)
                n = len(out)
                if d > n:
                    raise _data_error('invalid distance too far back')
                start = n - d
                if d >= length:
                    out += out[start:start + length]
                else:
                    while length > 0:
                        chunk = out[start:n]
                        if len(chunk) > length:
                            chunk = chunk[:length]
                        out += chunk
                        length -= len(chunk)
        except (_NeedInput, _Stop):
            self.cp_pos = sym_pos
            self.cp_bitbuf = sym_buf
            self.cp_bitcnt = sym_cnt
            self.cp_out = sym_out
            del out[sym_out:]
            raise

    def rebase(self):
        """After _NeedInput: drop the input before the current block and the output
        before the last 32K; returns how many output bytes were dropped."""
        self.data = self.data[self.cp_pos:]
        self.pos = 0
        self.bitbuf = self.cp_bitbuf
        self.bitcnt = self.cp_bitcnt
        cut = self.cp_out - 32768
        if cut < 0:
            cut = 0
        del self.out[self.cp_out:]
        if cut:
            del self.out[:cut]
        self.cp_out -= cut
        return cut


def _check_wbits_decompress(wbits):
    if wbits == 0:
        return 'zlib'
    if 8 <= wbits <= 15:
        return 'zlib'
    if -15 <= wbits <= -8:
        return 'raw'
    if 24 <= wbits <= 31:
        return 'gzip'
    if 40 <= wbits <= 47:
        return 'auto'
    return None


class Decompress:
    """A decompression object (zlib.decompressobj())."""

    def __init__(self, wbits=MAX_WBITS, zdict=b''):
        wbits = _index(wbits)
        fmt = _check_wbits_decompress(wbits)
        if fmt is None:
            raise ValueError('Invalid initialization option')
        self._fmt = fmt
        self._wbits = wbits
        self._zdict = _bytes_arg(zdict) if zdict else b''
        self._phase = 0          # 0 header, 1 blocks, 2 trailer, 3 done
        self._buf = b''
        self._inf = None
        self._sent = 0
        self._dropped = 0
        self._check = 0
        self._total = 0
        self._pending = b''
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False
        if fmt == 'raw':
            self._start_blocks(self._zdict)

    def _start_blocks(self, window):
        self._inf = _Inflater(window)
        self._sent = len(window)
        self._phase = 1
        if self._fmt == 'zlib':
            self._check = 1
        else:
            self._check = 0

    def _header(self):
        buf = self._buf
        fmt = self._fmt
        if fmt == 'auto':
            if len(buf) < 2:
                raise _NeedInput()
            fmt = 'gzip' if buf[0] == 0x1f and buf[1] == 0x8b else 'zlib'
            self._fmt = fmt
        if fmt == 'zlib':
            if len(buf) < 2:
                raise _NeedInput()
            cmf = buf[0]
            flg = buf[1]
            if ((cmf << 8) | flg) % 31:
                raise _data_error('incorrect header check')
            if cmf & 15 != 8:
                raise _data_error('unknown compression method')
            wbits = self._wbits
            if wbits == 0:
                wbits = (cmf >> 4) + 8
            if (cmf >> 4) + 8 > wbits:
                raise _data_error('invalid window size')
            pos = 2
            window = b''
            if flg & 0x20:
                if len(buf) < 6:
                    raise _NeedInput()
                want = int.from_bytes(buf[2:6], 'big')
                if not self._zdict:
                    raise error('Error 2 while decompressing data')
                if adler32(self._zdict) != want:
                    raise error('Error 2 while decompressing data')
                window = self._zdict
                pos = 6
            self._buf = buf[pos:]
            self._start_blocks(window)
            return
        # gzip: zlib checks each byte as it comes
        if len(buf) >= 1 and buf[0] != 0x1f or len(buf) >= 2 and buf[1] != 0x8b:
            raise _data_error('incorrect header check')
        if len(buf) >= 3 and buf[2] != 8:
            raise _data_error('unknown compression method')
        if len(buf) >= 4 and buf[3] & 0xe0:
            raise _data_error('unknown header flags set')
        if len(buf) < 10:
            raise _NeedInput()
        flags = buf[3]
        pos = 10
        if flags & 4:
            if len(buf) < pos + 2:
                raise _NeedInput()
            pos += 2 + (buf[pos] | (buf[pos + 1] << 8))
        if flags & 8:
            end = buf.find(b'\x00', pos)
            if end < 0:
                raise _NeedInput()
            pos = end + 1
        if flags & 16:
            end = buf.find(b'\x00', pos)
            if end < 0:
                raise _NeedInput()
            pos = end + 1
        if flags & 2:
            if len(buf) < pos + 2:
                raise _NeedInput()
            if buf[pos] | (buf[pos + 1] << 8) != crc32(buf[:pos]) & 0xFFFF:
                raise _data_error('header crc mismatch')
            pos += 2
        if len(buf) < pos:
            raise _NeedInput()
        self._buf = buf[pos:]
        self._start_blocks(b'')

    def _emit(self, pieces):
        inf = self._inf
        new = bytes(inf.out[self._sent:])
        if new:
            self._sent += len(new)
            self._total += len(new)
            if self._fmt == 'zlib':
                self._check = adler32(new, self._check)
            elif self._fmt == 'gzip':
                self._check = crc32(new, self._check)
            pieces.append(new)

    def _run(self, data, max_length):
        pieces = []
        self.unconsumed_tail = b''
        if self._phase == 3:
            self.unused_data += data
            return pieces
        self._buf += data
        while True:
            if self._phase == 0:
                try:
                    self._header()
                except _NeedInput:
                    break
            if self._phase == 1:
                inf = self._inf
                inf.data = self._buf
                if max_length:
                    inf.limit = self._sent + max_length - len(self._pending)
                else:
                    inf.limit = 1 << 62
                try:
                    inf.run()
                except _NeedInput:
                    self._emit(pieces)
                    cut = inf.rebase()
                    self._sent -= cut
                    self._buf = inf.data
                    break
                except _Stop:
                    self._emit(pieces)
                    cut = inf.rebase()
                    self._sent -= cut
                    self.unconsumed_tail = inf.data
                    inf.data = self._buf = b''
                    break
                self._emit(pieces)
                self._buf = inf.data[inf.pos:]
                inf.data = b''
                inf.out = bytearray()
                self._phase = 2
            if self._phase == 2:
                buf = self._buf
                fmt = self._fmt
                if fmt == 'zlib':
                    if len(buf) < 4:
                        break
                    if int.from_bytes(buf[:4], 'big') != self._check:
                        raise _data_error('incorrect data check')
                    buf = buf[4:]
                elif fmt == 'gzip':
                    if len(buf) >= 4 and int.from_bytes(buf[:4], 'little') != self._check:
                        raise _data_error('incorrect data check')
                    if len(buf) < 8:
                        break
                    if int.from_bytes(buf[4:8], 'little') != self._total & 0xFFFFFFFF:
                        raise _data_error('incorrect length check')
                    buf = buf[8:]
                self._phase = 3
                self.eof = True
                self.unused_data = buf
                self._buf = b''
                self._inf = None
            break
        return pieces

    def decompress(self, data, max_length=0):
        """Return the data decompressed from data and the input given before (at most
        max_length bytes if it is not 0; the rest comes with the next calls)."""
        data = _bytes_arg(data)
        max_length = _index(max_length)
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        if max_length and len(self._pending) >= max_length:
            result = self._pending[:max_length]
            self._pending = self._pending[max_length:]
            self.unconsumed_tail = data
            return result
        result = self._pending + b''.join(self._run(data, max_length))
        self._pending = b''
        if max_length and len(result) > max_length:
            self._pending = result[max_length:]
            result = result[:max_length]
        return result

    def flush(self, length=DEF_BUF_SIZE):
        """Return the decompressed data still held by the object."""
        length = _index(length)
        if length <= 0:
            raise ValueError('length must be greater than zero')
        result = self._pending
        self._pending = b''
        if self.unconsumed_tail:
            result += b''.join(self._run(self.unconsumed_tail, 0))
        return result

    def copy(self):
        import copy
        return copy.deepcopy(self)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """Return a decompressor object."""
    return Decompress(wbits, zdict)


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Return the bytes of the compressed stream data."""
    data = _bytes_arg(data)
    wbits = _index(wbits)
    bufsize = _index(bufsize)
    if bufsize < 0:
        raise ValueError('bufsize must be non-negative')
    if _check_wbits_decompress(wbits) is None:
        raise error('Error -2 while preparing to decompress data: '
                    'inconsistent stream state')
    d = Decompress(wbits)
    result = d.decompress(data)
    if not d.eof:
        raise error('Error -5 while decompressing data: incomplete or truncated stream')
    return result


def _index(value):
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(value).__name__)


# ---------------------------------------------------------------- deflate

def _reverse(code, length):
    r = 0
    for _ in range(length):
        r = (r << 1) | (code & 1)
        code >>= 1
    return r


_ENC = []   # [lit codes, lit lengths, dist codes, dist lengths, len sym table, dist tables]


def _enc_tables():
    if _ENC:
        return _ENC
    lit_codes = []
    lit_lens = []
    for sym in range(288):
        if sym < 144:
            code, n = 0x30 + sym, 8
        elif sym < 256:
            code, n = 0x190 + sym - 144, 9
        elif sym < 280:
            code, n = sym - 256, 7
        else:
            code, n = 0xC0 + sym - 280, 8
        lit_codes.append(_reverse(code, n))
        lit_lens.append(n)
    dist_codes = [_reverse(d, 5) for d in range(30)]
    dist_lens = [5] * 30
    # length 3..258 -> length symbol index (0..28)
    len_sym = [0] * 259
    for i in range(29):
        base = _LEN_BASE[i]
        for length in range(base, min(base + (1 << _LEN_EXTRA[i]), 259)):
            len_sym[length] = i
    len_sym[258] = 28
    # distance-1 < 256 -> code; else (distance-1) >> 7 -> code
    dist_lo = [0] * 256
    dist_hi = [0] * 256
    for i in range(30):
        base = _DIST_BASE[i]
        for d in range(base, base + (1 << _DIST_EXTRA[i])):
            if d - 1 < 256:
                dist_lo[d - 1] = i
            else:
                dist_hi[(d - 1) >> 7] = i
    _ENC.extend([lit_codes, lit_lens, dist_codes, dist_lens, len_sym, dist_lo, dist_hi])
    return _ENC


def _dist_code(d, dist_lo, dist_hi):
    if d <= 256:
        return dist_lo[d - 1]
    return dist_hi[(d - 1) >> 7]


# level -> (max chain, good-enough length, lazy)
_LEVELS = [None, (4, 8, False), (6, 16, False), (8, 32, False), (16, 32, True),
           (32, 64, True), (64, 128, True), (128, 128, True), (512, 258, True),
           (2048, 258, True)]


def _lz77(buf, start, level, window):
    """The symbols of buf[start:], matching against buf[max(0, start-32768):].
    A list of ints: a literal byte b as b, a match as 256 + (length << 16 | dist)."""
    chain, nice, lazy = _LEVELS[level]
    n = len(buf)
    head = {}
    prev = {}
    lo = start - window
    if lo < 0:
        lo = 0
    for i in range(lo, start):
        if i + 2 < n:
            key = (buf[i] << 16) | (buf[i + 1] << 8) | buf[i + 2]
            old = head.get(key)
            if old is not None:
                prev[i] = old
            head[key] = i
    out = []
    i = start
    pending = -1          # lazy: a literal position whose match was deferred
    while i < n:
        best_len = 0
        best_dist = 0
        if i + 2 < n:
            key = (buf[i] << 16) | (buf[i + 1] << 8) | buf[i + 2]
            cand = head.get(key)
            if cand is not None:
                prev[i] = cand
            head[key] = i
            limit = n - i
            if limit > 258:
                limit = 258
            tries = chain
            while cand is not None and tries > 0 and i - cand <= window:
                if buf[cand + best_len] == buf[i + best_len] if best_len < limit else False:
                    length = 3
                    while length < limit and buf[cand + length] == buf[i + length]:
                        length += 1
                    if length > best_len:
                        best_len = length
                        best_dist = i - cand
                        if length >= nice:
                            break
                cand = prev.get(cand)
                tries -= 1
        if best_len >= 3 and lazy and i + 1 < n and best_len < nice:
            # look whether the match starting one byte later is longer
            j = i + 1
            nxt = 0
            if j + 2 < n:
                key2 = (buf[j] << 16) | (buf[j + 1] << 8) | buf[j + 2]
                cand = head.get(key2)
                limit = n - j
                if limit > 258:
                    limit = 258
                tries = chain >> 2 or 1
                while cand is not None and tries > 0 and j - cand <= window:
                    if cand < j and buf[cand + nxt] == buf[j + nxt] if nxt < limit else False:
                        length = 0
                        while length < limit and buf[cand + length] == buf[j + length]:
                            length += 1
                        if length > nxt:
                            nxt = length
                    cand = prev.get(cand)
                    tries -= 1
            if nxt > best_len + 1:
                out.append(buf[i])
                i += 1
                continue
        if best_len >= 3:
            out.append(256 + ((best_len << 16) | best_dist))
            end = i + best_len
            i += 1
            while i < end:
                if i + 2 < n:
                    key = (buf[i] << 16) | (buf[i + 1] << 8) | buf[i + 2]
                    old = head.get(key)
                    if old is not None:
                        prev[i] = old
                    head[key] = i
                i += 1
        else:
            out.append(buf[i])
            i += 1
    return out


def _code_lengths(freqs, maxbits):
    """Huffman code lengths (at most maxbits) for the symbol frequencies, always a
    complete code (zlib refuses incomplete ones): a lone symbol gets a partner."""
    import heapq
    n = len(freqs)
    lengths = [0] * n
    syms = [s for s in range(n) if freqs[s]]
    if not syms:
        return lengths
    if len(syms) == 1:
        lengths[syms[0]] = 1
        lengths[1 if syms[0] == 0 else 0] = 1
        return lengths
    weights = [freqs[s] for s in syms]
    while True:
        heap = [(weights[k], k) for k in range(len(syms))]
        heapq.heapify(heap)
        parent = [0] * (2 * len(syms))
        node = len(syms)
        while len(heap) > 1:
            f1, a = heapq.heappop(heap)
            f2, b = heapq.heappop(heap)
            parent[a] = node
            parent[b] = node
            heapq.heappush(heap, (f1 + f2, node))
            node += 1
        root = node - 1
        depth = [0] * node
        for k in range(node - 2, -1, -1):
            depth[k] = depth[parent[k]] + 1
        deepest = max(depth[:len(syms)])
        if deepest <= maxbits:
            break
        # flatten the frequencies and build again
        weights = [(w >> 1) + 1 for w in weights]
    for k in range(len(syms)):
        lengths[syms[k]] = depth[k]
    return lengths


def _canonical_codes(lengths):
    """The bit-reversed canonical codes for the code lengths."""
    maxlen = max(lengths) if lengths else 0
    count = [0] * (maxlen + 2)
    for n in lengths:
        if n:
            count[n] += 1
    code = 0
    nxt = [0] * (maxlen + 2)
    for bits in range(1, maxlen + 1):
        code = (code + count[bits - 1]) << 1 if bits > 1 else 0
        nxt[bits] = code
    codes = [0] * len(lengths)
    for s in range(len(lengths)):
        n = lengths[s]
        if n:
            codes[s] = _reverse(nxt[n], n)
            nxt[n] += 1
    return codes


class _BitWriter:
    def __init__(self):
        self.out = bytearray()
        self.buf = 0
        self.cnt = 0

    def write(self, value, n):
        self.buf |= value << self.cnt
        self.cnt += n
        if self.cnt >= 32:
            buf = self.buf
            out = self.out
            while self.cnt >= 8:
                out.append(buf & 0xFF)
                buf >>= 8
                self.cnt -= 8
            self.buf = buf

    def align(self):
        buf = self.buf
        while self.cnt > 0:
            self.out.append(buf & 0xFF)
            buf >>= 8
            self.cnt -= 8
        self.buf = 0
        self.cnt = 0

    def take(self):
        """The whole bytes written so far (the partial byte stays)."""
        buf = self.buf
        out = self.out
        while self.cnt >= 8:
            out.append(buf & 0xFF)
            buf >>= 8
            self.cnt -= 8
        self.buf = buf
        result = bytes(out)
        self.out = bytearray()
        return result


def _rle_lengths(lengths):
    """The code-length alphabet symbols for lengths: (sym, extra bits, extra value)."""
    result = []
    i = 0
    n = len(lengths)
    while i < n:
        v = lengths[i]
        run = 1
        while i + run < n and lengths[i + run] == v:
            run += 1
        if v == 0 and run >= 3:
            r = run if run <= 138 else 138
            if r >= 11:
                result.append((18, 7, r - 11))
            else:
                result.append((17, 3, r - 3))
            i += r
        elif v != 0 and run >= 4:
            result.append((v, 0, 0))
            r = run - 1
            if r > 6:
                r = 6
            result.append((16, 2, r - 3))
            i += 1 + r
        else:
            result.append((v, 0, 0))
            i += 1
    return result


def _write_block(w, syms, last, raw):
    """Code the symbols as one block, fixed or dynamic Huffman, whichever is smaller."""
    lit_codes, lit_lens, dist_codes, dist_lens, len_sym, dist_lo, dist_hi = _enc_tables()
    lfreq = [0] * 286
    dfreq = [0] * 30
    for s in syms:
        if s < 256:
            lfreq[s] += 1
        else:
            m = s - 256
            lfreq[257 + len_sym[m >> 16]] += 1
            dfreq[_dist_code(m & 0xFFFF, dist_lo, dist_hi)] += 1
    lfreq[256] = 1
    fixed_cost = 3
    for s in range(286):
        if lfreq[s]:
            c = lit_lens[s]
            if s > 256:
                c += _LEN_EXTRA[s - 257]
            fixed_cost += lfreq[s] * c
    for d in range(30):
        if dfreq[d]:
            fixed_cost += dfreq[d] * (5 + _DIST_EXTRA[d])
    # dynamic
    llens = _code_lengths(lfreq, 15)
    dlens = _code_lengths(dfreq, 15)
    if not any(dlens):
        dlens[0] = 1
    nlen = 286
    while nlen > 257 and llens[nlen - 1] == 0:
        nlen -= 1
    ndist = 30
    while ndist > 1 and dlens[ndist - 1] == 0:
        ndist -= 1
    rle = _rle_lengths(llens[:nlen] + dlens[:ndist])
    cfreq = [0] * 19
    for sym, _, _ in rle:
        cfreq[sym] += 1
    clens = _code_lengths(cfreq, 7)
    ncode = 19
    while ncode > 4 and clens[_CL_ORDER[ncode - 1]] == 0:
        ncode -= 1
    dyn_cost = 3 + 14 + 3 * ncode
    for sym, extra, _ in rle:
        dyn_cost += clens[sym] + extra
    for s in range(286):
        if lfreq[s]:
            c = llens[s]
            if s > 256:
                c += _LEN_EXTRA[s - 257]
            dyn_cost += lfreq[s] * c
    for d in range(30):
        if dfreq[d]:
            dyn_cost += dfreq[d] * (dlens[d] + _DIST_EXTRA[d])
    write = w.write
    stored_cost = 3 + 7 + 32 + 8 * len(raw) + (len(raw) // 65535) * 48
    if stored_cost < fixed_cost and stored_cost < dyn_cost:
        _write_stored(w, raw, last)
        return
    if dyn_cost < fixed_cost:
        write(1 if last else 0, 1)
        write(2, 2)
        write(nlen - 257, 5)
        write(ndist - 1, 5)
        write(ncode - 4, 4)
        for i in range(ncode):
            write(clens[_CL_ORDER[i]], 3)
        ccodes = _canonical_codes(clens)
        for sym, extra, value in rle:
            write(ccodes[sym], clens[sym])
            if extra:
                write(value, extra)
        lc = _canonical_codes(llens)
        ll = llens
        dc = _canonical_codes(dlens)
        dl = dlens
    else:
        write(1 if last else 0, 1)
        write(1, 2)
        lc = lit_codes
        ll = lit_lens
        dc = dist_codes
        dl = dist_lens
    for s in syms:
        if s < 256:
            write(lc[s], ll[s])
        else:
            m = s - 256
            length = m >> 16
            d = m & 0xFFFF
            i = len_sym[length]
            write(lc[257 + i], ll[257 + i])
            extra = _LEN_EXTRA[i]
            if extra:
                write(length - _LEN_BASE[i], extra)
            i = _dist_code(d, dist_lo, dist_hi)
            write(dc[i], dl[i])
            extra = _DIST_EXTRA[i]
            if extra:
                write(d - _DIST_BASE[i], extra)
    write(lc[256], ll[256])


def _write_stored(w, data, last):
    pos = 0
    n = len(data)
    while True:
        chunk = data[pos:pos + 65535]
        pos += len(chunk)
        final = last and pos >= n
        w.write(1 if final else 0, 1)
        w.write(0, 2)
        w.align()
        k = len(chunk)
        w.out += bytes([k & 0xFF, k >> 8, (k & 0xFF) ^ 0xFF, (k >> 8) ^ 0xFF])
        w.out += chunk
        if pos >= n:
            break


_BLOCK = 1 << 16


class Compress:
    """A compression object (zlib.compressobj())."""

    def __init__(self, level, method, wbits, memLevel, strategy, zdict):
        level = _index(level)
        if level == -1:
            level = 6
        if not 0 <= level <= 9:
            raise ValueError('Invalid initialization option')
        wbits = _index(wbits)
        if wbits == 8:
            wbits = 9
        if 9 <= wbits <= 15:
            fmt = 'zlib'
        elif -15 <= wbits <= -9:
            fmt = 'raw'
        elif 25 <= wbits <= 31:
            fmt = 'gzip'
        else:
            raise ValueError('Invalid initialization option')
        if method != DEFLATED or not 1 <= memLevel <= 9 or not 0 <= strategy <= 4:
            raise ValueError('Invalid initialization option')
        self._level = level
        self._window = 1 << (abs(wbits) if abs(wbits) <= 15 else wbits - 16)
        self._fmt = fmt
        self._w = _BitWriter()
        self._history = b''
        self._pending = b''
        self._finished = False
        self._check = 1 if fmt == 'zlib' else 0
        self._total = 0
        self._header = b''
        zdict = _bytes_arg(zdict) if zdict else b''
        if fmt == 'zlib':
            cmf = ((abs(wbits) - 8) << 4) | 8
            if level < 2:
                flevel = 0
            elif level < 6:
                flevel = 1
            elif level == 6:
                flevel = 2
            else:
                flevel = 3
            flg = flevel << 6
            if zdict:
                flg |= 0x20
            flg += 31 - ((cmf << 8) | flg) % 31
            self._header = bytes([cmf, flg])
            if zdict:
                self._header += adler32(zdict).to_bytes(4, 'big')
        elif fmt == 'gzip':
            xfl = 2 if level == 9 else (4 if level == 1 else 0)
            self._header = b'\x1f\x8b\x08\x00\x00\x00\x00\x00' + bytes([xfl, 3])
        self._history = zdict[-32768:]

    def _deflate(self, last):
        data = self._pending
        self._pending = b''
        w = self._w
        if self._level == 0:
            if data or last:
                _write_stored(w, data, last)
            self._history = (self._history + data)[-32768:]
            return
        pos = 0
        while True:
            chunk = data[pos:pos + _BLOCK]
            pos += len(chunk)
            final = last and pos >= len(data)
            if chunk or final:
                buf = self._history + chunk
                syms = _lz77(buf, len(self._history), self._level, self._window)
                _write_block(w, syms, final, chunk)
                self._history = buf[-32768:]
            if pos >= len(data):
                break

    def compress(self, data):
        """Compress data; return the part of the stream ready (possibly b'')."""
        data = _bytes_arg(data)
        if self._finished:
            raise error('Error -2 while compressing data: inconsistent stream state')
        if self._fmt == 'zlib':
            self._check = adler32(data, self._check)
        elif self._fmt == 'gzip':
            self._check = crc32(data, self._check)
        self._total += len(data)
        self._pending += data
        if len(self._pending) >= _BLOCK:
            keep = len(self._pending) % _BLOCK
            rest = self._pending[len(self._pending) - keep:]
            self._pending = self._pending[:len(self._pending) - keep]
            self._deflate(False)
            self._pending = rest
        return self._start() + self._w.take()

    def _start(self):
        h = self._header
        self._header = b''
        return h

    def flush(self, mode=Z_FINISH):
        """Finish (Z_FINISH) or flush (Z_SYNC_FLUSH, Z_FULL_FLUSH) the stream."""
        mode = _index(mode)
        if mode == Z_NO_FLUSH:
            return b''
        if self._finished:
            raise error('Error -2 while flushing: inconsistent stream state')
        if mode == Z_FINISH:
            self._deflate(True)
            self._w.align()
            result = self._start() + self._w.take()
            if self._fmt == 'zlib':
                result += self._check.to_bytes(4, 'big')
            elif self._fmt == 'gzip':
                result += self._check.to_bytes(4, 'little')
                result += (self._total & 0xFFFFFFFF).to_bytes(4, 'little')
            self._finished = True
            return result
        if self._pending:
            self._deflate(False)
        if mode == Z_FULL_FLUSH:
            self._history = b''
        # an empty stored block brings the stream to a byte boundary
        w = self._w
        w.write(0, 3)
        w.align()
        w.out += b'\x00\x00\xff\xff'
        return self._start() + w.take()

    def copy(self):
        import copy
        return copy.deepcopy(self)


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compressor object."""
    return Compress(level, method, wbits, memLevel, strategy, zdict)


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Return the compressed stream of data."""
    data = _bytes_arg(data)
    level = _index(level)
    if level != -1 and not 0 <= level <= 9:
        raise error('Bad compression level')
    wbits = _index(wbits)
    if not (8 <= wbits <= 15 or -15 <= wbits <= -9 or 25 <= wbits <= 31):
        raise error('Bad compression level')
    c = Compress(level, DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, None)
    return c.compress(data) + c.flush()
