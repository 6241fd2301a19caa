# gclab's io module: StringIO and BytesIO (in-memory text and binary streams) and
# TextIOWrapper (text over a binary stream: a BytesIO, a file opened 'rb'/'wb',
# sys.stdout.buffer); the file classes and open() are builtins
# (gclab/objspace/fileobject.py), and so is UnsupportedOperation, which their methods
# raise.
# What TextIOWrapper does differently from CPython's: it keeps no write buffer (each
# write goes to the binary stream at once, line_buffering and write_through change
# nothing); a read() with a size, or a readline() after one, decodes all the rest of
# the stream first; readline() of universal newlines splits at '\n' and '\r\n' only;
# tell()/seek() are the binary stream's (right when nothing decoded waits).

from _io import UnsupportedOperation


SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

DEFAULT_BUFFER_SIZE = 8192

open = open             # io.open is the builtin open, as CPython's


class _LineStream:
    """The line methods built on readline() and write(): readlines(), writelines()
    and next(); shared by StringIO, BytesIO, TextIOWrapper and gzip.GzipFile (each
    keeps its own __iter__, which checks the stream as it needs)."""

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class _MemoryIO(_LineStream):
    """What StringIO and BytesIO share: the closed state, iteration by lines, and the
    methods that only check the stream is open."""
    _closed_message = 'I/O operation on closed file'

    @property
    def closed(self):
        return self._closed

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def __iter__(self):
        self._check()
        return self

    def tell(self):
        self._check()
        return self._pos

    def close(self):
        self._closed = True

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_MemoryIO):
    """Text I/O implementation using an in-memory buffer."""

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        self._text = initial_value
        self._tail = []         # writes at the end not yet joined to _text
        self._size = len(initial_value)
        self._pos = 0
        self._closed = False

    @property
    def _buf(self):
        """The whole text (the writes at the end joined: appending is amortised
        linear, not a copy of the text per write)."""
        if self._tail:
            self._text = self._text + ''.join(self._tail)
            self._tail = []
        return self._text

    @_buf.setter
    def _buf(self, value):
        self._text = value
        self._tail = []
        self._size = len(value)

    def getvalue(self):
        self._check()
        return self._buf

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got \'%s\'' % type(s).__name__)
        n = len(s)
        if n == 0:
            return 0
        if self._pos == self._size:
            self._tail.append(s)
            self._size += n
            self._pos += n
            return n
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf = buf + '\0' * (pos - len(buf))
        if pos == len(buf):
            self._buf = buf + s
        else:
            self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check()
        buf = self._buf
        if size is None or size < 0:
            end = len(buf)
        else:
            end = min(len(buf), self._pos + size)
        if self._pos >= end:
            return ''
        s = buf[self._pos:end]
        self._pos = end
        return s

    def readline(self, size=-1):
        self._check()
        buf = self._buf
        if self._pos >= len(buf):
            return ''
        i = buf.find('\n', self._pos)
        end = len(buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        s = buf[self._pos:end]
        self._pos = end
        return s

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        if size < len(self._buf):
            self._buf = self._buf[:size]
        return size


class BytesIO(_MemoryIO):
    """Buffered I/O implementation using an in-memory bytes buffer."""
    _closed_message = 'I/O operation on closed file.'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        if not isinstance(initial_bytes, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(initial_bytes).__name__)
        self._buf = bytearray(initial_bytes)
        self._pos = 0
        self._closed = False

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        """A memoryview of the buffer's bytes (writable, as CPython's)."""
        self._check()
        return memoryview(self._buf)

    def write(self, b):
        self._check()
        if isinstance(b, str) or not isinstance(b, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        n = len(b)
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(self._buf):
            self._buf.extend(bytes(pos - len(self._buf)))
        if pos == len(self._buf):
            self._buf.extend(b)
        else:
            self._buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        if self._pos >= end:
            return b''
        data = bytes(self._buf[self._pos:end])
        self._pos = end
        return data

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check()
        buf = self._buf
        if self._pos >= len(buf):
            return b''
        i = buf.find(b'\n', self._pos)
        end = len(buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = bytes(buf[self._pos:end])
        self._pos = end
        return data

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('negative size value %d' % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size



class TextIOWrapper(_LineStream):
    """Character and line based layer over a binary stream."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('TextIOWrapper() argument 4 must be str or None, not %s'
                            % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if encoding is None or encoding == 'locale':
            encoding = 'utf-8'
        ''.encode(encoding)         # LookupError for an unknown encoding, as CPython
        self._buffer = buffer
        self._encoding = encoding
        self._errors = 'strict' if errors is None else errors
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._pending = ''          # decoded text not read yet
        self._detached = False

    def __repr__(self):
        try:
            name = self.name
        except AttributeError:
            return "<_io.TextIOWrapper encoding='%s'>" % self._encoding
        return "<_io.TextIOWrapper name=%r encoding='%s'>" % (name, self._encoding)

    @property
    def buffer(self):
        self._check_attached()
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def name(self):
        self._check_attached()
        return self._buffer.name

    @property
    def mode(self):
        self._check_attached()
        return getattr(self._buffer, 'mode', 'r').replace('b', '')

    @property
    def closed(self):
        self._check_attached()
        return self._buffer.closed

    def _check_attached(self):
        if self._detached:
            raise ValueError('underlying buffer has been detached')

    def _check_open(self):
        self._check_attached()
        if self._buffer.closed:
            raise ValueError('I/O operation on closed file.')

    def _translate_in(self, text):
        if self._newline is None:
            return text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _decode(self, data):
        return data.decode(self._encoding, self._errors)

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            text = self._pending + self._translate_in(self._decode(self._buffer.read()))
            self._pending = ''
            return text
        if len(self._pending) < size:
            self._pending += self._translate_in(self._decode(self._buffer.read()))
        text = self._pending[:size]
        self._pending = self._pending[size:]
        return text

    def readline(self, size=-1):
        self._check_open()
        if not self._pending:
            line = self._translate_in(self._decode(self._buffer.readline()))
        else:
            end = self._pending.find('\n')
            end = len(self._pending) if end < 0 else end + 1
            line = self._pending[:end]
            self._pending = self._pending[end:]
        if size is not None and size >= 0 and len(line) > size:
            self._pending = line[size:] + self._pending
            line = line[:size]
        return line

    def __iter__(self):
        self._check_open()
        return self

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self._buffer.write(text.encode(self._encoding, self._errors))
        if self._line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return len(s)

    def flush(self):
        self._check_open()
        flush = getattr(self._buffer, 'flush', None)
        if flush is not None:
            flush()

    def close(self):
        if self._detached or self._buffer.closed:
            return
        try:
            self.flush()
        finally:
            self._buffer.close()

    def detach(self):
        self._check_attached()
        self.flush()
        self._detached = True
        return self._buffer

    def fileno(self):
        self._check_attached()
        return self._buffer.fileno()

    def isatty(self):
        self._check_attached()
        isatty = getattr(self._buffer, 'isatty', None)
        return bool(isatty and isatty())

    def readable(self):
        self._check_attached()
        return self._buffer.readable()

    def writable(self):
        self._check_attached()
        return self._buffer.writable()

    def seekable(self):
        self._check_attached()
        return self._buffer.seekable()

    def tell(self):
        self._check_open()
        return self._buffer.tell() - len(self._pending.encode(self._encoding, self._errors))

    def seek(self, cookie, whence=0):
        self._check_open()
        self._pending = ''
        return self._buffer.seek(cookie, whence)

    def truncate(self, pos=None):
        self._check_open()
        return self._buffer.truncate(pos)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        if encoding is not None:
            ''.encode(encoding)
            self._encoding = encoding
            if errors is None:
                errors = 'strict'
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            self._newline = newline
        if line_buffering is not None:
            self._line_buffering = line_buffering
        if write_through is not None:
            self._write_through = write_through

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()
