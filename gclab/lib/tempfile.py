"""tempfile for gclab: temporary files and directories, written for gclab after the
behaviour CPython 3.11 documents: gettempdir, gettempdirb, gettempprefix(b), mkstemp,
mkdtemp, mktemp, TemporaryDirectory, NamedTemporaryFile, TemporaryFile.

gclab's os module has no file-descriptor calls (os.open, os.close, os.fdopen), so files
are created with the builtin open() in mode 'x' (O_CREAT|O_EXCL, as CPython's
os.open(..., O_EXCL)); the descriptor mkstemp returns belongs to a file object this
module keeps (close it with open(fd).close(): gclab has no os.close).  What differs
from CPython is listed in docs/stdlib.md."""

import os
import sys
import atexit
import shutil
import errno as _errno

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'TemporaryDirectory', 'mkstemp',
           'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir', 'gettempdir',
           'gettempprefixb', 'gettempdirb']

TMP_MAX = 10000         # how many names are tried before giving up
template = 'tmp'        # the default prefix
tempdir = None          # gettempdir()'s answer, once found (a program may set it)

_NAME_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'

# the file objects whose descriptors mkstemp()/TemporaryFile() handed out: kept so
# that nothing ever closes those descriptors behind the program's back
_descriptor_owners = []


def _random_name():
    """8 random characters of [a-z0-9_]."""
    data = os.urandom(8)
    return ''.join([_NAME_CHARS[b % len(_NAME_CHARS)] for b in data])


def _candidate_dirs():
    dirs = []
    for var in ('TMPDIR', 'TEMP', 'TMP'):
        value = os.getenv(var)
        if value:
            dirs.append(value)
    dirs.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirs.append(os.getcwd())
    except (AttributeError, OSError):
        dirs.append(os.curdir)
    return dirs


def _find_tempdir():
    """The first candidate directory a file can be created in (absolute)."""
    dirlist = _candidate_dirs()
    for d in dirlist:
        if d != os.curdir:
            d = os.path.abspath(d)
        for _ in range(100):
            filename = os.path.join(d, _random_name())
            try:
                f = open(filename, 'xb')
                try:
                    f.write(b'blat')
                finally:
                    f.close()
                    os.unlink(filename)
                return d
            except FileExistsError:
                continue
            except OSError:
                break
    raise FileNotFoundError(_errno.ENOENT,
                            'No usable temporary directory found in %s' % dirlist)


def _gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return tempdir


def gettempdir():
    """The directory temporary files go to (as a str): $TMPDIR, $TEMP, $TMP, /tmp,
    /var/tmp, /usr/tmp or the current directory, the first one writable."""
    d = _gettempdir()
    if isinstance(d, bytes):
        d = d.decode('utf-8')
    return os.path.normcase(d)


def gettempdirb():
    """gettempdir() as bytes."""
    return gettempdir().encode('utf-8')


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode('utf-8')


def _params(prefix, suffix, dir):
    """(prefix, suffix, dir as str, whether the caller wants bytes); TypeError when
    str and bytes are mixed, as in CPython."""
    kind = None
    values = []
    for arg in (prefix, suffix, dir):
        if arg is not None and hasattr(type(arg), '__fspath__'):
            arg = os.fspath(arg)
        values.append(arg)
        if arg is None:
            continue
        this = bytes if isinstance(arg, bytes) else str
        if kind is not None and kind is not this:
            raise TypeError("Can't mix bytes and non-bytes in path components.")
        kind = this
    for i in range(3):
        if isinstance(values[i], bytes):
            values[i] = values[i].decode('utf-8')
    prefix, suffix, dir = values
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, dir, kind is bytes


def _create(dir, prefix, suffix, mode, *args):
    """(the file object, its path) of a new file made with open(path, mode, *args),
    mode an 'x' mode (the file must not exist yet)."""
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            f = open(path, mode, *args)
        except FileExistsError:
            continue
        return f, path
    raise FileExistsError(_errno.EEXIST, 'No usable temporary file name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file, readable and writable; return (its descriptor, its absolute
    path).  The caller deletes it.  (text makes no difference on POSIX.)"""
    prefix, suffix, dir, wants_bytes = _params(prefix, suffix, dir)
    f, path = _create(dir, prefix, suffix, 'x+b')
    _descriptor_owners.append(f)
    path = os.path.abspath(path)
    if wants_bytes:
        path = path.encode('utf-8')
    return f.fileno(), path


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory (mode 0o700) and return its path; the caller removes
    it."""
    prefix, suffix, dir, wants_bytes = _params(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        if wants_bytes:
            path = path.encode('utf-8')
        return path
    raise FileExistsError(_errno.EEXIST, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    """A name no file has at the time of the call (deprecated: unsafe)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.lexists(path):
            return path
    raise FileExistsError(_errno.EEXIST, 'No usable temporary filename found')


def _open_new(mode, buffering, encoding, newline, errors, suffix, prefix, dir):
    """(file, path): a new file, opened with mode once created by open(path, 'xb')
    (O_CREAT|O_EXCL), or made by open(path, mode) for an 'x' mode."""
    prefix, suffix, dir, wants_bytes = _params(prefix, suffix, dir)
    if isinstance(mode, str) and 'x' in mode:
        f, path = _create(dir, prefix, suffix, mode, buffering, encoding, errors,
                          newline)
    else:
        f, path = _create(dir, prefix, suffix, 'xb')
        f.close()
        try:
            f = open(path, mode, buffering, encoding, errors, newline)
        except BaseException:
            os.unlink(path)
            raise
    if wants_bytes:
        path = path.encode('utf-8')
    return f, path


class _TemporaryFileWrapper:
    """NamedTemporaryFile()'s object: the file (attribute file), its path (name),
    whether closing deletes it (delete); other attributes are the file's."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False
        if delete:
            def at_exit(wrapper=self):
                try:
                    wrapper.close()
                except OSError:
                    pass
            self._at_exit = at_exit
            atexit.register(at_exit)

    def __getattr__(self, name):
        if name == 'file':
            raise AttributeError(name)
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        """Close the file, and delete it if delete was true."""
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                atexit.unregister(self._at_exit)
                os.unlink(self.name)

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *,
                       errors=None):
    """A new file with a name (attribute name), opened with mode; with delete (the
    default) it is deleted when it is closed (or at exit)."""
    f, path = _open_new(mode, buffering, encoding, newline, errors, suffix, prefix, dir)
    return _TemporaryFileWrapper(f, path, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A new file without a name (deleted at once), opened with mode; its name is its
    descriptor, as in CPython."""
    prefix, suffix, dir, wants_bytes = _params(prefix, suffix, dir)
    owner, path = _create(dir, prefix, suffix, 'x+b')
    try:
        os.unlink(path)
        f = open(owner.fileno(), mode, buffering, encoding, errors, newline)
    except BaseException:
        owner.close()
        raise
    _descriptor_owners.append(owner)
    return f


def _rmtree(name, ignore_errors):
    """shutil.rmtree(name) where what is already gone is no error (as in CPython;
    CPython also makes read-only entries writable, which gclab cannot: no chmod)."""

    def onerror(func, path, exc_info):
        if not (ignore_errors or issubclass(exc_info[0], FileNotFoundError)):
            raise exc_info[1]
    shutil.rmtree(name, onerror=onerror)


class TemporaryDirectory:
    """A new directory (attribute name) removed with its contents by cleanup(), at the
    end of a with block (which binds the name), or at exit."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

        def at_exit(directory=self):
            directory._remove()
        self._at_exit = at_exit
        atexit.register(at_exit)

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def _remove(self):
        """At exit: remove the directory if cleanup() was not called."""
        if not self._done:
            self._done = True
            _rmtree(self.name, True)

    def cleanup(self):
        """Remove the directory and everything in it."""
        if not self._done or os.path.exists(self.name):
            if not self._done:
                self._done = True
                atexit.unregister(self._at_exit)
            _rmtree(self.name, self._ignore_cleanup_errors)

    def __class_getitem__(cls, item):
        return cls
