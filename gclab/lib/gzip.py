"""gzip for gclab: compress and decompress gzip data (RFC 1952) in memory, on gclab's
zlib module (gclab/lib/zlib.py): compress, decompress, GzipFile and open."""

import zlib
import struct
import builtins
from io import _LineStream

__all__ = ['BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress']

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


BadGzipFile.__module__ = 'gzip'


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the gzip stream."""
    if mtime == 0:
        return zlib.compress(data, compresslevel, 31)
    if mtime is None:
        import time
        mtime = time.time()
    if compresslevel == _COMPRESS_LEVEL_BEST:
        xfl = 2
    elif compresslevel == _COMPRESS_LEVEL_FAST:
        xfl = 4
    else:
        xfl = 0
    data = bytes(data)
    header = b'\x1f\x8b\x08\x00' + struct.pack('<L', int(mtime) & 0xFFFFFFFF) + \
        bytes([xfl, 255])
    body = zlib.compress(data, compresslevel, -15)
    return header + body + struct.pack('<LL', zlib.crc32(data), len(data) & 0xFFFFFFFF)


def _member_header(data, pos):
    """The position of the deflate data of the member at data[pos:] (None at the end)."""
    magic = data[pos:pos + 2]
    if magic == b'':
        return None
    if magic != b'\x1f\x8b':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    if len(data) < pos + 10:
        raise EOFError('Compressed file ended before the end-of-stream marker was reached')
    method = data[pos + 2]
    flag = data[pos + 3]
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    pos += 10
    if flag & FEXTRA:
        if len(data) < pos + 2:
            raise EOFError('Compressed file ended before the end-of-stream marker was '
                           'reached')
        pos += 2 + (data[pos] | (data[pos + 1] << 8))
    for bit in (FNAME, FCOMMENT):
        if flag & bit:
            end = data.find(b'\x00', pos)
            if end < 0:
                raise EOFError('Compressed file ended before the end-of-stream marker '
                               'was reached')
            pos = end + 1
    if flag & FHCRC:
        pos += 2
    if pos > len(data):
        raise EOFError('Compressed file ended before the end-of-stream marker was reached')
    return pos


def decompress(data):
    """Decompress a gzip stream (any number of members) and return the data."""
    data = bytes(data)
    members = []
    pos = 0
    while True:
        start = _member_header(data, pos)
        if start is None:
            break
        d = zlib.decompressobj(-15)
        out = d.decompress(data[start:])
        if not d.eof:
            raise EOFError('Compressed file ended before the end-of-stream marker was '
                           'reached')
        rest = d.unused_data
        if len(rest) < 8:
            raise EOFError('Compressed file ended before the end-of-stream marker was '
                           'reached')
        crc, size = struct.unpack('<LL', rest[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile('CRC check failed')
        if size != len(out) & 0xFFFFFFFF:
            raise BadGzipFile('Incorrect length of data produced')
        members.append(out)
        pos = len(data) - len(rest) + 8
        # zero padding between members is allowed
        while pos < len(data) and data[pos] == 0:
            pos += 1
    return b''.join(members)


READ, WRITE = 'rb', 'wb'


class GzipFile(_LineStream):
    """A gzip file read or written through a binary file object.  Reading decompresses
    the whole file when it is opened; writing compresses as data comes and finishes
    the member at close()."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError('Invalid mode: {!r}'.format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        self.name = filename
        self.fileobj = fileobj
        self.closed = False
        if mode.startswith('r'):
            self.mode = READ
            self._data = decompress(fileobj.read())
            self._pos = 0
        elif mode.startswith(('w', 'a', 'x')):
            if not 0 <= compresslevel <= 9 and compresslevel != -1:
                raise ValueError('Invalid compression level')
            self.mode = WRITE
            self._compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -15)
            self._crc = 0
            self._size = 0
            self._write_header(filename, compresslevel, mtime)
        else:
            raise ValueError('Invalid mode: {!r}'.format(mode))

    def _write_header(self, filename, compresslevel, mtime):
        name = filename
        if isinstance(name, bytes):
            name = name.decode('latin-1')
        name = name.replace('\\', '/').split('/')[-1]
        if name.endswith('.gz'):
            name = name[:-3]
        try:
            fname = name.encode('latin-1')
        except UnicodeEncodeError:
            fname = b''
        flags = FNAME if fname else 0
        if mtime is None:
            import time
            mtime = time.time()
        if compresslevel == _COMPRESS_LEVEL_BEST:
            xfl = 2
        elif compresslevel == _COMPRESS_LEVEL_FAST:
            xfl = 4
        else:
            xfl = 0
        header = b'\x1f\x8b\x08' + bytes([flags]) + \
            struct.pack('<L', int(mtime) & 0xFFFFFFFF) + bytes([xfl, 255])
        if fname:
            header += fname + b'\x00'
        self.fileobj.write(header)

    def _check(self, mode):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if self.mode != mode:
            import errno
            if mode == READ:
                raise OSError(errno.EBADF, 'read() on write-only GzipFile object')
            raise OSError(errno.EBADF, 'write() on read-only GzipFile object')

    def write(self, data):
        self._check(WRITE)
        data = bytes(data)
        if data:
            self.fileobj.write(self._compress.compress(data))
            self._crc = zlib.crc32(data, self._crc)
            self._size += len(data)
        return len(data)

    def read(self, size=-1):
        self._check(READ)
        if size is None or size < 0:
            end = len(self._data)
        else:
            end = min(self._pos + size, len(self._data))
        result = self._data[self._pos:end]
        self._pos = end
        return result

    read1 = read

    def peek(self, n):
        self._check(READ)
        return self._data[self._pos:self._pos + max(n, 1)]

    def readline(self, size=-1):
        self._check(READ)
        end = self._data.find(b'\n', self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        result = self._data[self._pos:end]
        self._pos = end
        return result

    def __iter__(self):
        self._check(READ)
        return self

    def seek(self, offset, whence=0):
        if self.mode == WRITE:
            raise OSError('Negative seek in write mode') if offset < self._size else \
                NotImplementedError('seeking forward in a written GzipFile')
        self._check(READ)
        if whence == 1:
            offset += self._pos
        elif whence == 2:
            raise ValueError('Seek from end not supported')
        self._pos = max(0, min(offset, len(self._data)))
        return self._pos

    def tell(self):
        return self._size if self.mode == WRITE else self._pos

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        if self.mode == WRITE and not self.closed:
            self.fileobj.write(self._compress.flush(zlib_mode))
            self.fileobj.flush()

    def close(self):
        if self.closed:
            return
        try:
            if self.mode == WRITE:
                self.fileobj.write(self._compress.flush())
                self.fileobj.write(struct.pack('<LL', self._crc, self._size & 0xFFFFFFFF))
        finally:
            self.closed = True
            if self.myfileobj is not None:
                self.myfileobj.close()
                self.myfileobj = None

    def __enter__(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return '<gzip ' + repr(self.name)[:-1] + ' ' + hex(id(self)) + '>'


class _TextWriter:
    """Text written to a GzipFile, encoded (written before gclab had io.TextIOWrapper;
    not yet replaced by it)."""

    def __init__(self, binary, encoding, errors, newline):
        self._binary = binary
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        self._newline = newline

    def write(self, text):
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self._binary.write(text.encode(self._encoding, self._errors))
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def close(self):
        self._binary.close()

    @property
    def closed(self):
        return self._binary.closed

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode='rb', compresslevel=_COMPRESS_LEVEL_BEST, encoding=None,
         errors=None, newline=None):
    """Open a gzip file in binary ('rb', 'wb', 'ab', 'xb') or text ('rt', 'wt'...)
    mode; a text file being read is an io.StringIO of the whole text."""
    if 't' in mode:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes)) or hasattr(filename, '__fspath__'):
        if hasattr(filename, '__fspath__'):
            filename = filename.__fspath__()
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')
    if 't' not in mode:
        return binary_file
    if gz_mode.startswith('r'):
        import io
        text = binary_file.read().decode(encoding or 'utf-8', errors or 'strict')
        binary_file.close()
        if newline is None:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return io.StringIO(text)
    return _TextWriter(binary_file, encoding, errors, newline)
