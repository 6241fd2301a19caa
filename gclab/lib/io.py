# gclab's io module: StringIO (an in-memory text stream).  There is no BytesIO; the file
# classes and open() are builtins (gclab/objspace/fileobject.py), and so is
# UnsupportedOperation, which their methods raise.

from _io import UnsupportedOperation


SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class StringIO:
    """Text I/O implementation using an in-memory buffer."""

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        self._buf = initial_value
        self._pos = 0
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

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

    def writelines(self, lines):
        for line in lines:
            self.write(line)

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

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

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

    def tell(self):
        self._check()
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
