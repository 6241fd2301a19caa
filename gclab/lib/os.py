"""os for gclab: the part of CPython's os module programs use most, on the calls of the
builtin module posix (gclab/objspace/osmodule.py).  Written for gclab; what differs
from CPython is listed in docs/stdlib.md."""

import posix
import posixpath as path

name = 'posix'
sep = path.sep
altsep = None
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
linesep = '\n'
error = OSError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

environ = posix.environ()


def getenv(key, default=None):
    return environ.get(key, default)


def getcwd():
    return posix.getcwd()


def chdir(path):
    posix.chdir(fspath(path))


def listdir(path='.'):
    return posix.listdir(fspath(path))


def remove(path):
    posix.remove(fspath(path))


def unlink(path):
    posix.remove(fspath(path))


def rmdir(path):
    posix.rmdir(fspath(path))


def mkdir(path, mode=0o777):
    posix.mkdir(fspath(path), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def rename(src, dst):
    posix.rename(fspath(src), fspath(dst))


replace = rename


def getpid():
    return posix.getpid()


def strerror(code):
    return posix.strerror(code)


def urandom(size):
    return posix.urandom(size)


def _exit(n):
    posix._exit(n)


def cpu_count():
    return posix.cpu_count()


def isatty(fd):
    return posix.isatty(fd)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    if hasattr(type(p), '__fspath__'):
        result = type(p).__fspath__(p)
        if not isinstance(result, (str, bytes)):
            raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                            % (type(p).__name__, type(result).__name__))
        return result
    raise TypeError('expected str, bytes or os.PathLike object, not %s'
                    % type(p).__name__)


def _path(p, func, fd_too=False):
    """A path argument of func, with CPython's message for anything else."""
    if isinstance(p, (str, bytes)) or hasattr(type(p), '__fspath__'):
        return fspath(p)
    raise TypeError('%s: path should be string, bytes%s os.PathLike%s, not %s'
                    % (func, ',' if fd_too else ' or',
                       ' or integer' if fd_too else '', type(p).__name__))


class stat_result:
    """os.stat()'s result: the ten fields by index and by name."""
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
               'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __init__(self, values):
        self._values = tuple(values)
        for i in range(len(self._fields)):
            setattr(self, self._fields[i], values[i])

    def __getitem__(self, i):
        return self._values[i]

    def __len__(self):
        return len(self._values)

    def __repr__(self):
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (self._fields[i], self._values[i]) for i in range(len(self._fields)))


class uname_result(tuple):
    """os.uname()'s result: a tuple of five strings with a name for each."""
    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0
    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        return 'posix.uname_result(sysname=%r, nodename=%r, release=%r, version=%r, ' \
            'machine=%r)' % tuple(self)


def uname():
    return uname_result(posix.uname())


def stat(p):
    return stat_result(posix.stat(_path(p, 'stat', True)))


def lstat(p):
    return stat_result(posix.lstat(_path(p, 'lstat')))


def readlink(p):
    return posix.readlink(fspath(p))


class DirEntry:
    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)

    def is_dir(self):
        return path.isdir(self.path)

    def is_file(self):
        return path.isfile(self.path)

    def stat(self):
        return stat(self.path)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % self.name


class _ScandirIterator:
    def __init__(self, dirpath):
        self._path = dirpath
        self._names = listdir(dirpath)
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._i >= len(self._names):
            raise StopIteration
        self._i += 1
        return DirEntry(self._path, self._names[self._i - 1])

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def close(self):
        pass


def scandir(p='.'):
    return _ScandirIterator(fspath(p))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directories under top: (dirpath, dirnames, filenames), as CPython's walk (the
    names in listdir's order; symbolic links to directories are followed)."""
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs
