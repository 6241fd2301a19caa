"""Files: open(), sys.stdin and input() (RPython).

A W_File is an open file descriptor read through a buffer of its own.  Text files
(TextIOWrapper) decode what they read with their encoding (UTF-8, ASCII or Latin-1:
the codecs of gclab.objspace.bytesobject) into gclab's UTF-8 strings, and with
newline=None (the default) turn '\\r\\n' and '\\r' into '\\n' as they read; binary
files (BufferedReader, BufferedWriter, BufferedRandom) read and write bytes.  Writes
go straight to the descriptor (one write(2) per call: nothing is lost when a program
ends without closing a file, and reading a file just written sees it all).

sys.stdout and sys.stderr are W_TextStream (gclab.objspace.streams), a W_File whose
writes go through the interpreter's output buffer.

Differs from CPython: no buffering of writes (each write() is a system call); a file
object that becomes garbage is not closed (its descriptor stays open until exit); text
seek() takes only offsets from tell() or 0; no encodings besides the three, no
`opener`, `buffering` is accepted and ignored."""

import os
import stat


from gclab.interp import util
from gclab.interp.error import OperationError
from gclab.objspace.objects import W_Root
from gclab.objspace.numberobject import W_Int
from gclab.objspace.strobject import W_Str
from gclab.objspace import iterators, bytesobject
from gclab.objspace.bytesobject import W_Bytes
from gclab.objspace.argspec import Spec
from gclab.objspace.exceptionobject import oserror_class
from gclab.objspace.typeobject import W_Type, LAYOUT_EXCEPTION, compute_mro

OPEN = Spec("open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, "
            "closefd=True, opener=None)")
INPUT = Spec('input(prompt=None, /)')
READ = Spec('TextIOWrapper.read($self, size=-1, /)')
READLINE = Spec('TextIOWrapper.readline($self, size=-1, /)')
READLINES = Spec('TextIOWrapper.readlines($self, hint=-1, /)')
WRITE = Spec('TextIOWrapper.write($self, text, /)')
WRITELINES = Spec('TextIOWrapper.writelines($self, lines, /)')
SEEK = Spec('TextIOWrapper.seek($self, cookie, whence=0, /)')
# the methods without arguments (a prebuilt dict of them would make a lookup allocate its
# index at first use: one object more at exit on the refcount plans' leak checks)
CLOSE = Spec('TextIOWrapper.close($self, /)')
FLUSH = Spec('TextIOWrapper.flush($self, /)')
TELL = Spec('TextIOWrapper.tell($self, /)')
FILENO = Spec('TextIOWrapper.fileno($self, /)')
READABLE = Spec('TextIOWrapper.readable($self, /)')
WRITABLE = Spec('TextIOWrapper.writable($self, /)')
SEEKABLE = Spec('TextIOWrapper.seekable($self, /)')
ISATTY = Spec('TextIOWrapper.isatty($self, /)')
ENTER = Spec('TextIOWrapper.__enter__($self, /)')
ITER = Spec('TextIOWrapper.__iter__($self, /)')
NEXT = Spec('TextIOWrapper.__next__($self, /)')

CHUNK = 65536

class FileTypes(object):
    def __init__(self):
        self.w_BufferedReader = None
        self.w_BufferedWriter = None
        self.w_BufferedRandom = None
        self.w_UnsupportedOperation = None      # io.UnsupportedOperation (module _io)


TYPES = FileTypes()


class W_File(W_Root):
    _attrs_ = ['fd', 'w_name', 'mode', 'binary', 'readable', 'writable', 'closed',
               'closefd', 'codec', 'errors', 'universal', 'translate', 'encoding', 'buf',
               'pos', 'eof', 'w_buffer']

    w_buffer = None         # a text file's `buffer`, made when first asked for

    def __init__(self, fd, w_name, mode, binary, readable, writable, closefd,
                 codec=bytesobject.UTF8, errors='strict', newline=None,
                 encoding='UTF-8'):
        self.fd = fd
        self.w_name = w_name
        self.mode = mode
        self.binary = binary
        self.readable = readable
        self.writable = writable
        self.closefd = closefd
        self.closed = False
        self.codec = codec
        self.errors = errors
        # newline=None: lines end at '\n', '\r\n' or '\r', read as '\n'; '': they end
        # there too, read as they are; '\n' (or another): lines end at '\n' only
        self.universal = not binary and (newline is None or newline == '')
        self.translate = not binary and newline is None
        self.encoding = encoding
        self.buf = ''                   # read from fd, not yet consumed from pos on
        self.pos = 0
        self.eof = False

    def getclass(self, space):
        if not self.binary:
            return iterators.TYPES.w_TextIOWrapper
        if self.readable and self.writable:
            return TYPES.w_BufferedRandom
        if self.readable:
            return TYPES.w_BufferedReader
        return TYPES.w_BufferedWriter

    def repr(self, space):
        name = space.repr_str(self.w_name)
        cls = self.getclass(space)
        if self.binary:
            return '<_io.%s name=%s>' % (cls.name, name)
        return "<_io.TextIOWrapper name=%s mode='%s' encoding='%s'>" % (
            name, self.mode, self.encoding)

    def iter(self, space):
        self.check_open(space)
        return self

    def next(self, space):
        w_line = self.readline(space, -1)
        if space.is_true(w_line):
            return w_line
        return None

    def buffer(self, space):
        """A text file's `buffer`: a binary file on the same descriptor (what the
        program has read ahead through the text file stays with the text file)."""
        if self.binary:
            raise space.error(space.w_AttributeError, "'%s' object has no attribute "
                              "'buffer'" % space.type(self).name)
        if self.w_buffer is None:
            self.w_buffer = self.new_buffer()
        return self.w_buffer

    def new_buffer(self):
        return W_File(self.fd, self.w_name, shown_mode(self.mode, True), True,
                      self.readable, self.writable, False)

    # --- checks ---------------------------------------------------------------------
    def check_open(self, space):
        if self.closed:
            raise space.error(space.w_ValueError, 'I/O operation on closed file.')

    def check_readable(self, space):
        self.check_open(space)
        if not self.readable:
            raise unsupported(space, 'not readable')

    def check_writable(self, space):
        self.check_open(space)
        if not self.writable:
            raise unsupported(space, 'not writable')

    # --- reading --------------------------------------------------------------------
    def fill(self, space):
        """Read one more chunk into the buffer (False at end of file)."""
        if self.eof:
            return False
        try:
            data = os.read(self.fd, CHUNK)
        except OSError as e:
            raise os_error(space, e.errno, None)
        if not data:
            self.eof = True
            return False
        pos = self.pos
        assert pos >= 0
        self.buf = self.buf[pos:] + data
        self.pos = 0
        return True

    def take(self, space, end):
        """The buffer's bytes from pos to end, consumed, as the file's str or bytes."""
        pos = self.pos
        assert pos >= 0 and end >= pos
        data = self.buf[pos:end]
        self.pos = end
        if self.binary:
            return W_Bytes(data)
        if self.universal and data.endswith('\r'):
            # a '\r\n' split between two reads is one line end
            if self.pos >= len(self.buf):
                self.fill(space)
            if self.pos < len(self.buf) and self.buf[self.pos] == '\n':
                self.pos += 1
                if not self.translate:
                    data += '\n'
        return space.newstr(self.decode(space, data))

    def decode(self, space, data):
        if self.translate:
            data = util.universal_newlines(data)
        return bytesobject.decode(space, data, bytesobject.CODEC_NAMES[self.codec],
                                  self.errors)

    def read(self, space, size):
        self.check_readable(space)
        if size < 0:
            while self.fill(space):
                pass
            return self.take(space, len(self.buf))
        if self.binary or self.codec != bytesobject.UTF8:
            while len(self.buf) - self.pos < size and self.fill(space):
                pass
            return self.take(space, min(self.pos + size, len(self.buf)))
        while True:                     # size code points of UTF-8 text
            i = self.pos
            n = 0
            while n < size and i < len(self.buf):
                i = util.cp_next(self.buf, i)
                n += 1
            if (n == size and i < len(self.buf)) or not self.fill(space):
                return self.take(space, i)

    def line_end(self, start):
        """The index after the first line end at or after start, or -1."""
        s = self.buf
        assert start >= 0
        i = s.find('\n', start)
        if not self.universal:
            return i + 1 if i >= 0 else -1
        stop = i
        if stop < 0:
            stop = len(s)
        j = s.find('\r', start, stop)
        if j < 0:
            return i + 1 if i >= 0 else -1
        return j + 1                    # '\r' (take() also consumes a '\n' after it)

    def readline(self, space, size):
        self.check_readable(space)
        searched = self.pos                 # the buffer has no line end before this
        while True:
            end = self.line_end(searched)
            if end >= 0:
                break
            if size >= 0 and len(self.buf) - self.pos >= size:
                end = len(self.buf)
                break
            done = len(self.buf) - self.pos
            if not self.fill(space):        # (fill moves what is left to index 0)
                end = len(self.buf)
                break
            searched = self.pos + done
        if size >= 0 and end - self.pos > size:
            end = self.pos + size
            if not self.binary and self.codec == bytesobject.UTF8:
                i = self.pos                # size code points, not bytes
                n = 0
                while n < size and i < len(self.buf):
                    i = util.cp_next(self.buf, i)
                    n += 1
                end = i
        return self.take(space, end)

    # --- writing --------------------------------------------------------------------
    def write_bytes(self, space, data):
        i = 0
        while i < len(data):
            try:
                n = os.write(self.fd, data[i:])
            except OSError as e:
                raise os_error(space, e.errno, None)
            i += n

    def write(self, space, w_data):
        self.check_writable(space)
        if self.binary:
            data = bytesobject.bytes_like(w_data)
            if data is None:
                raise space.error(space.w_TypeError, "a bytes-like object is required, "
                                  "not '%s'" % space.type(w_data).name)
            self.write_bytes(space, data)
            return len(data)
        w_text = w_data.builtin_value()
        if not isinstance(w_text, W_Str):
            raise space.error(space.w_TypeError, 'write() argument must be str, not %s'
                              % space.type(w_data).name)
        text = w_text.utf8()
        self.write_text(space, text)
        return util.cp_count(text)

    def write_text(self, space, text):
        self.write_bytes(space, bytesobject.encode(space, text,
                                                   bytesobject.CODEC_NAMES[self.codec],
                                                   self.errors))

    def flush(self, space):
        self.check_open(space)

    def close(self, space):
        if self.closed:
            return
        self.flush(space)
        self.closed = True
        if self.closefd:
            try:
                os.close(self.fd)
            except OSError as e:
                raise os_error(space, e.errno, None)

    # --- position -------------------------------------------------------------------
    def seek(self, space, offset, whence):
        self.check_open(space)
        if whence == 1:
            offset -= len(self.buf) - self.pos      # from what the program has read
        try:
            where = os.lseek(self.fd, offset, whence)
        except OSError as e:
            raise os_error(space, e.errno, None)
        self.buf = ''
        self.pos = 0
        self.eof = False
        return where

    def tell(self, space):
        return self.seek(space, 0, 1)


def unsupported(space, message):
    return OperationError(space.call_function(TYPES.w_UnsupportedOperation,
                                              [space.newstr(message)]))


def os_error(space, errno, w_filename, w_filename2=None):
    """The OSError (or its subclass for errno) CPython raises: [Errno n] strerror,
    with the file name(s) the call was given."""
    w_type = oserror_class(space, errno)
    args_w = [space.newint(errno), space.newstr(os.strerror(errno))]
    if w_filename is not None:
        args_w.append(w_filename)
        if w_filename2 is not None:
            args_w.append(space.w_None)         # (winerror)
            args_w.append(w_filename2)
    return OperationError(space.call_function(w_type, args_w))


# --- open() ------------------------------------------------------------------------------

def parse_mode(space, mode):
    """(readable, writable, flags, binary) of an open() mode, CPython's ValueErrors."""
    kinds = 0
    plus = binary = text = False
    readable = writable = False
    flags = 0
    seen = ''
    for c in mode:
        if c in seen or c not in 'rwaxbt+':
            raise space.error(space.w_ValueError, "invalid mode: '%s'" % mode)
        seen += c
        if c == 'r':
            kinds += 1
            readable = True
        elif c == 'w':
            kinds += 1
            writable = True
            flags |= os.O_CREAT | os.O_TRUNC
        elif c == 'a':
            kinds += 1
            writable = True
            flags |= os.O_CREAT | os.O_APPEND
        elif c == 'x':
            kinds += 1
            writable = True
            flags |= os.O_CREAT | os.O_EXCL
        elif c == 'b':
            binary = True
        elif c == 't':
            text = True
        else:
            plus = True
    if text and binary:
        raise space.error(space.w_ValueError, "can't have text and binary mode at once")
    if kinds == 0 and not plus:
        raise space.error(space.w_ValueError, 'Must have exactly one of create/read/'
                          'write/append mode and at most one plus')
    if kinds != 1:
        raise space.error(space.w_ValueError, 'must have exactly one of create/read/'
                          'write/append mode')
    if plus:
        readable = writable = True
    if readable and writable:
        flags |= os.O_RDWR
    elif writable:
        flags |= os.O_WRONLY
    else:
        flags |= os.O_RDONLY
    return readable, writable, flags, binary


def optional_str(space, w_arg, what):
    if w_arg is None or w_arg is space.w_None:
        return None
    w_value = w_arg.builtin_value()
    if not isinstance(w_value, W_Str):
        raise space.error(space.w_TypeError, "open() argument '%s' must be str or None, "
                          "not %s" % (what, space.type(w_arg).name))
    return w_value.utf8()


def path_of(space, w_path):
    """The RPython string of a path argument (str, bytes-like, or an os.PathLike:
    its __fspath__() as os.fspath() takes it); TypeError."""
    path = str_or_bytes(w_path)
    if path is not None:
        return path
    w_fspath = space.lookup_special_or_none(w_path, '__fspath__')
    if w_fspath is None:
        raise space.error(space.w_TypeError, 'expected str, bytes or os.PathLike '
                          'object, not %s' % space.type(w_path).name)
    w_result = space.call_function(w_fspath, [])
    path = str_or_bytes(w_result)
    if path is None:
        raise space.error(space.w_TypeError, 'expected %s.__fspath__() to return str '
                          'or bytes, not %s' % (space.type(w_path).name,
                                                space.type(w_result).name))
    return path


def str_or_bytes(w_obj):
    w_value = w_obj.builtin_value()
    if isinstance(w_value, W_Str):
        return w_value.utf8()
    return bytesobject.bytes_like(w_value)


def b_open(space, args):
    w_file, w_mode, w_buffering, w_encoding, w_errors, w_newline, w_closefd, w_opener = \
        OPEN.values(space, args)
    mode = optional_str(space, w_mode, 'mode')
    if mode is None:
        mode = 'r'
    encoding = optional_str(space, w_encoding, 'encoding')
    errors = optional_str(space, w_errors, 'errors')
    newline = optional_str(space, w_newline, 'newline')
    readable, writable, flags, binary = parse_mode(space, mode)
    if binary and encoding is not None:
        raise space.error(space.w_ValueError, "binary mode doesn't take an encoding "
                          "argument")
    if binary and errors is not None:
        raise space.error(space.w_ValueError, "binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise space.error(space.w_ValueError, "binary mode doesn't take a newline argument")
    if newline is not None and newline not in ('', '\n', '\r', '\r\n'):
        raise space.error(space.w_ValueError, 'illegal newline value: %s' % newline)
    if w_opener is not None and w_opener is not space.w_None:
        raise space.error(space.w_NotImplementedError, 'gclab: open() has no opener')
    codec = bytesobject.UTF8
    if encoding is not None:
        codec = bytesobject.codec_of(space, encoding)
    if errors is None:
        errors = 'strict'
    else:
        bytesobject.check_errors(space, errors)
    closefd = w_closefd is None or space.is_true(w_closefd)
    w_path = w_file.builtin_value()
    if isinstance(w_path, W_Int):
        fd = w_path.intval
        w_name = w_path
    else:
        path = path_of(space, w_file)
        if not closefd:
            raise space.error(space.w_ValueError, 'Cannot use closefd=False with file '
                              'name')
        if '\x00' in path:
            raise space.error(space.w_ValueError, 'embedded null byte')
        w_name = w_file
        try:
            fd = os.open(path, flags, 0666)
        except OSError as e:
            raise os_error(space, e.errno, w_file)
        try:
            st = os.fstat(fd)
        except OSError as e:
            os.close(fd)
            raise os_error(space, e.errno, w_file)
        if stat.S_ISDIR(st.st_mode):
            os.close(fd)
            raise os_error(space, 21, w_file)
    if 'a' in mode:
        try:
            os.lseek(fd, 0, 2)
        except OSError:
            pass
    shown = shown_mode(mode, binary)
    return W_File(fd, w_name, shown, binary, readable, writable, closefd, codec, errors,
                  newline, 'UTF-8' if encoding is None else encoding)


def shown_mode(mode, binary):
    """A file's `mode` attribute as CPython's: a text file's is the mode as given; a
    binary file's is its raw file's ('rb', 'wb', 'ab', 'xb', with '+' after: 'w+b'
    shows 'rb+')."""
    if not binary:
        return mode
    if 'x' in mode:
        shown = 'xb'
    elif 'a' in mode:
        shown = 'ab'
    elif 'w' in mode and '+' not in mode:
        shown = 'wb'
    else:
        shown = 'rb'
    if '+' in mode:
        shown += '+'
    return shown


# --- input() -----------------------------------------------------------------------------

def b_input(space, args):
    w_prompt = nth(INPUT.unpack(space, args), 0)
    w_sys = space.modules_w['sys']
    if w_prompt is not None:
        space.call_function(space.getattr(space.getattr(w_sys, 'stdout'), 'write'),
                            [space.str(w_prompt)])
    w_out = space.getattr(w_sys, 'stdout')
    w_flush = space.getattr_or_none(w_out, 'flush')
    if w_flush is not None:
        space.call_function(w_flush, [])
    w_stdin = space.getattr(w_sys, 'stdin')
    if isinstance(w_stdin, W_File):
        w_line = w_stdin.readline(space, -1)
    else:
        w_line = space.call_function(space.getattr(w_stdin, 'readline'), [])
    line = space.str_w(w_line)
    if line == '':
        raise space.error(space.exception_types_w['EOFError'], 'EOF when reading a line')
    if line.endswith('\n'):
        end = len(line) - 1
        assert end >= 0
        line = line[:end]
    return space.newstr(line)


# --- methods -----------------------------------------------------------------------------

def self_file(space, args, name, spec=None):
    """The file a method is called on; spec: the method takes no arguments."""
    if args.args_w:
        w_self = args.args_w[0]
        if isinstance(w_self, W_File):
            if spec is not None:
                spec.check(space, args)
            return w_self
    raise space.error(space.w_TypeError, "descriptor '%s' requires a file object" % name)


def nth(args_w, i):
    """An optional positional argument: None when not given."""
    if i < len(args_w):
        return args_w[i]
    return None


def size_arg(space, w_size):
    if w_size is None or w_size is space.w_None:
        return -1
    return space.int_w(w_size)


def file_read(space, args):
    w_self = self_file(space, args, 'read')
    w_size = nth(READ.unpack(space, args), 0)
    return w_self.read(space, size_arg(space, w_size))


def file_readline(space, args):
    w_self = self_file(space, args, 'readline')
    w_size = nth(READLINE.unpack(space, args), 0)
    return w_self.readline(space, size_arg(space, w_size))


def file_readlines(space, args):
    w_self = self_file(space, args, 'readlines')
    w_hint = nth(READLINES.unpack(space, args), 0)
    hint = size_arg(space, w_hint)
    lines_w = []
    total = 0
    while True:
        w_line = w_self.readline(space, -1)
        if not space.is_true(w_line):
            break
        lines_w.append(w_line)
        total += space.len_w(w_line)
        if 0 < hint <= total:
            break
    return space.newlist(lines_w)


def file_write(space, args):
    w_self = self_file(space, args, 'write')
    w_data = WRITE.unpack(space, args)[0]
    return space.newint(w_self.write(space, w_data))


def file_writelines(space, args):
    w_self = self_file(space, args, 'writelines')
    w_lines = WRITELINES.unpack(space, args)[0]
    w_iter = space.iter(w_lines)
    while True:
        w_line = space.next(w_iter)
        if w_line is None:
            break
        w_self.write(space, w_line)
    return space.w_None


def file_close(space, args):
    self_file(space, args, 'close', CLOSE).close(space)
    return space.w_None


def file_flush(space, args):
    self_file(space, args, 'flush', FLUSH).flush(space)
    return space.w_None


def file_seek(space, args):
    w_self = self_file(space, args, 'seek')
    args_w = SEEK.unpack(space, args)
    w_offset = args_w[0]
    w_whence = nth(args_w, 1)
    whence = 0 if w_whence is None else space.int_w(w_whence)
    if whence < 0 or whence > 2:
        raise space.error(space.w_ValueError, 'invalid whence (%d, should be 0, 1 or 2)'
                          % whence)
    offset = space.int_w(w_offset)
    if not w_self.binary and whence != 0 and offset != 0:
        raise unsupported(space, "can't do nonzero cur-relative seeks")
    return space.newint(w_self.seek(space, offset, whence))


def file_tell(space, args):
    w_self = self_file(space, args, 'tell', TELL)
    w_self.check_open(space)
    return space.newint(w_self.tell(space))


def file_fileno(space, args):
    w_self = self_file(space, args, 'fileno', FILENO)
    w_self.check_open(space)
    return space.newint(w_self.fd)


def file_readable(space, args):
    w_self = self_file(space, args, 'readable', READABLE)
    w_self.check_open(space)
    return space.newbool(w_self.readable)


def file_writable(space, args):
    w_self = self_file(space, args, 'writable', WRITABLE)
    w_self.check_open(space)
    return space.newbool(w_self.writable)


def file_seekable(space, args):
    w_self = self_file(space, args, 'seekable', SEEKABLE)
    w_self.check_open(space)
    try:
        os.lseek(w_self.fd, 0, 1)
    except OSError:
        return space.w_False
    return space.w_True


def file_isatty(space, args):
    w_self = self_file(space, args, 'isatty', ISATTY)
    w_self.check_open(space)
    return space.newbool(os.isatty(w_self.fd))


def file_enter(space, args):
    w_self = self_file(space, args, '__enter__', ENTER)
    w_self.check_open(space)
    return w_self


def file_exit(space, args):
    self_file(space, args, '__exit__').close(space)
    return space.w_None


def file_iter(space, args):
    return self_file(space, args, '__iter__', ITER).iter(space)


def file_next(space, args):
    w_line = self_file(space, args, '__next__', NEXT).next(space)
    if w_line is None:
        raise space.error(space.w_StopIteration, '')
    return w_line


def file_closed(space, args):
    return space.newbool(self_file(space, args, 'closed').closed)


def file_name(space, args):
    return self_file(space, args, 'name').w_name


def file_mode(space, args):
    return space.newstr(self_file(space, args, 'mode').mode)


def file_buffer(space, args):
    return self_file(space, args, 'buffer').buffer(space)


def file_encoding(space, args):
    w_self = self_file(space, args, 'encoding')
    if w_self.binary:
        raise space.error(space.w_AttributeError, "'%s' object has no attribute "
                          "'encoding'" % space.type(w_self).name)
    return space.newstr(w_self.encoding)


FILE_METHODS = [('read', file_read), ('readline', file_readline),
                ('readlines', file_readlines), ('write', file_write),
                ('writelines', file_writelines), ('close', file_close),
                ('flush', file_flush), ('seek', file_seek), ('tell', file_tell),
                ('fileno', file_fileno), ('readable', file_readable),
                ('writable', file_writable), ('seekable', file_seekable),
                ('isatty', file_isatty), ('__enter__', file_enter),
                ('__exit__', file_exit), ('__iter__', file_iter), ('__next__', file_next)]
FILE_ATTRIBUTES = [('closed', file_closed), ('name', file_name), ('mode', file_mode),
                   ('encoding', file_encoding), ('buffer', file_buffer)]


def install(space):
    """The file types' methods, open(), input(), sys.stdin."""
    from gclab.objspace.function import W_Property
    TYPES.w_BufferedReader = space.make_type('BufferedReader', space.w_object)
    TYPES.w_BufferedWriter = space.make_type('BufferedWriter', space.w_object)
    TYPES.w_BufferedRandom = space.make_type('BufferedRandom', space.w_object)
    # io.UnsupportedOperation(OSError, ValueError), made here so that a failing file
    # method raises it without importing io; gclab/lib/io.py takes it from _io
    w_unsupported = W_Type('UnsupportedOperation', [space.w_OSError, space.w_ValueError],
                           {}, LAYOUT_EXCEPTION, True)
    w_unsupported.mro_w = compute_mro(w_unsupported)
    space.builtin_types_w.append(w_unsupported)
    TYPES.w_UnsupportedOperation = w_unsupported
    w_io = space.new_module('_io')
    w_io.dict_w['UnsupportedOperation'] = w_unsupported
    space.modules_w['_io'] = w_io
    for w_type in [iterators.TYPES.w_TextIOWrapper, TYPES.w_BufferedReader,
                   TYPES.w_BufferedWriter, TYPES.w_BufferedRandom]:
        for name, impl in FILE_METHODS:
            w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
        for name, impl in FILE_ATTRIBUTES:
            w_type.dict_w[name] = W_Property(space.wrap_builtin(name, impl, w_type), None)
    space.builtins_w['open'] = space.wrap_builtin('open', b_open)
    space.builtins_w['input'] = space.wrap_builtin('input', b_input)
    w_sys = space.modules_w['sys']
    # as CPython's on POSIX: newline='\n' (a '\r\n' is read as it is)
    w_stdin = W_File(0, space.newstr('<stdin>'), 'r', False, True, False, False,
                     newline='\n', encoding='utf-8')
    w_stdin.w_buffer = w_stdin.new_buffer()     # (prebuilt with the stream)
    w_sys.dict_w['stdin'] = w_stdin
    w_sys.dict_w['__stdin__'] = w_sys.dict_w['stdin']
