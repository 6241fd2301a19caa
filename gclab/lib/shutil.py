"""shutil for gclab: operations on files and trees, written for gclab after the
behaviour CPython 3.11 documents: copyfileobj, copyfile, copy, copy2, copytree,
ignore_patterns, rmtree, move, which, get_terminal_size and the exceptions.

gclab's os module has no chmod, utime, symlink, access, statvfs, chown, or
get_terminal_size: copy()/copy2()/copytree() copy contents only (no permission bits or
times), copymode, copystat, disk_usage, chown, make_archive and unpack_archive raise
NotImplementedError, which() reads the permission bits itself, get_terminal_size()
uses $COLUMNS/$LINES or the fallback.  What differs from CPython is listed in
docs/stdlib.md."""

import os
import sys
import fnmatch

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2',
           'copytree', 'move', 'rmtree', 'Error', 'SpecialFileError', 'ExecError',
           'make_archive', 'get_archive_formats', 'register_archive_format',
           'unregister_archive_format', 'get_unpack_formats', 'register_unpack_format',
           'unregister_unpack_format', 'unpack_archive', 'ignore_patterns', 'chown',
           'which', 'get_terminal_size', 'SameFileError', 'disk_usage']

COPY_BUFSIZE = 64 * 1024

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFIFO = 0o010000
_S_IFLNK = 0o120000

_F_OK = 0
_X_OK = 1
_W_OK = 2
_R_OK = 4


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is not
    supported on a special file (e.g. a named pipe)"""


class ExecError(OSError):
    """Raised when a command could not be executed"""


class ReadError(OSError):
    """Raised when an archive cannot be read"""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving and unpacking registries
    fails"""


def _missing(what, needs):
    return NotImplementedError('gclab: shutil.%s needs os.%s, which gclab does not have'
                               % (what, needs))


# --- copying -----------------------------------------------------------------------------

def copyfileobj(fsrc, fdst, length=0):
    """Copy what fsrc.read() gives to fdst.write(), length bytes at a time."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        chunk = fsrc.read(length)
        if not chunk:
            break
        fdst.write(chunk)


def _samefile(src, dst):
    try:
        return os.path.samefile(os.fspath(src), os.fspath(dst))
    except (OSError, ValueError):
        return False


def _name(p):
    if isinstance(p, os.DirEntry):
        return p.path
    return p


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of the file src to the file dst (made or overwritten);
    return dst."""
    if _samefile(src, dst):
        raise SameFileError('{!r} and {!r} are the same file'.format(src, dst))
    for p in (src, dst):
        try:
            mode = os.stat(os.fspath(p)).st_mode
        except (OSError, ValueError):
            continue
        if mode & _S_IFMT == _S_IFIFO:
            raise SpecialFileError('`%s` is a named pipe' % _name(p))
    if not follow_symlinks and os.path.islink(os.fspath(src)):
        raise _missing('copyfile(follow_symlinks=False) of a symbolic link', 'symlink')
    # (gclab's open() takes no os.PathLike)
    with open(os.fspath(src), 'rb') as fsrc:
        try:
            with open(os.fspath(dst), 'wb') as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            if not os.path.exists(os.fspath(dst)):
                raise FileNotFoundError('Directory does not exist: %s' % (dst,)) from e
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst: not in gclab (no os.chmod)."""
    raise _missing('copymode', 'chmod')


def copystat(src, dst, *, follow_symlinks=True):
    """Copy permission bits and times of src to dst: not in gclab (no os.chmod,
    os.utime)."""
    raise _missing('copystat', 'chmod and os.utime')


def copy(src, dst, *, follow_symlinks=True):
    """Copy the file src to dst (a file, or a directory to copy into); return the
    path of the copy.  gclab copies the contents only (not the permission bits)."""
    if os.path.isdir(os.fspath(dst)):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """copy(), which in CPython also copies the metadata (gclab: contents only)."""
    if os.path.isdir(os.fspath(dst)):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """A function for copytree's ignore: the names matching one of the glob-style
    patterns."""
    def _ignore_patterns(path, names):
        ignored = set()
        for pattern in patterns:
            ignored.update(fnmatch.filter(names, pattern))
        return ignored
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree src to dst (which must not exist unless
    dirs_exist_ok); return dst.  Errors are gathered into one Error."""
    names = os.listdir(src)
    if ignore is not None:
        ignored = ignore(os.fspath(src), names)
    else:
        ignored = ()
    os.makedirs(os.fspath(dst), exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.islink(os.fspath(srcname)):
                if symlinks:
                    raise _missing('copytree(symlinks=True)', 'symlink')
                if ignore_dangling_symlinks and not os.path.exists(srcname):
                    continue
            if os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    if errors:
        raise Error(errors)
    return dst


# --- removing ----------------------------------------------------------------------------

def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Remove the directory tree path.  An error calls onerror(function, path,
    sys.exc_info()), or is ignored with ignore_errors, or else is raised.  A symbolic
    link to a directory is refused (OSError)."""
    if dir_fd is not None:
        raise _missing('rmtree(dir_fd=...)', 'open')
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    if isinstance(path, bytes):
        path = path.decode('utf-8')
    path = os.fspath(path)
    try:
        mode = os.lstat(path).st_mode
    except Exception:
        onerror(os.lstat, path, sys.exc_info())
        return
    if mode & _S_IFMT == _S_IFLNK:
        try:
            raise OSError('Cannot call rmtree on a symbolic link')
        except OSError:
            onerror(os.path.islink, path, sys.exc_info())
        return
    _remove_contents(path, onerror)
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def _remove_contents(path, onerror):
    try:
        names = os.listdir(path)
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        return
    for name in names:
        fullname = os.path.join(path, name)
        try:
            mode = os.lstat(fullname).st_mode
        except OSError:
            mode = 0
        if mode & _S_IFMT == _S_IFDIR:
            _remove_contents(fullname, onerror)
            try:
                os.rmdir(fullname)
            except OSError:
                onerror(os.rmdir, fullname, sys.exc_info())
        else:
            try:
                os.unlink(fullname)
            except OSError:
                onerror(os.unlink, fullname, sys.exc_info())


rmtree.avoids_symlink_attacks = False


# --- moving ------------------------------------------------------------------------------

def _basename(p):
    p = os.fspath(p)
    return os.path.basename(p.rstrip(os.path.sep))


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Move the file or directory src to dst (into dst if it is a directory) with
    os.rename, else by copying and removing; return the destination."""
    real_dst = dst
    src = os.fspath(src)
    dst = os.fspath(dst)
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            raise _missing('move of a symbolic link across file systems', 'symlink')
        elif os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'."
                            % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


# --- which -------------------------------------------------------------------------------

def _access(fn, mode):
    """os.access(fn, mode) where gclab has none: the file's permission bits for
    anybody (gclab cannot know the process's user)."""
    access = getattr(os, 'access', None)
    if access is not None:
        return access(fn, mode)
    try:
        bits = os.stat(fn).st_mode
    except (OSError, ValueError):
        return False
    if mode & _R_OK and not bits & 0o444:
        return False
    if mode & _W_OK and not bits & 0o222:
        return False
    if mode & _X_OK and not bits & 0o111:
        return False
    return True


def _access_check(fn, mode):
    return os.path.exists(fn) and _access(fn, mode) and not os.path.isdir(fn)


def which(cmd, mode=_F_OK | _X_OK, path=None):
    """The path of the command cmd found in the directories of path (default
    $PATH), or None."""
    if isinstance(cmd, bytes):
        found = which(cmd.decode('utf-8'), mode,
                      path.decode('utf-8') if isinstance(path, bytes) else path)
        return None if found is None else found.encode('utf-8')
    cmd = os.fspath(cmd)
    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None
    if path is None:
        path = os.environ.get('PATH', None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    if isinstance(path, bytes):
        path = path.decode('utf-8')
    seen = set()
    for d in os.fspath(path).split(os.pathsep):
        norm = os.path.normcase(d)
        if norm in seen:
            continue
        seen.add(norm)
        name = os.path.join(d, cmd)
        if _access_check(name, mode):
            return name
    return None


# --- the terminal ------------------------------------------------------------------------

class _terminal_size(tuple):
    """os.terminal_size where gclab's os has none: (columns, lines)."""

    def __new__(cls, sequence):
        sequence = tuple(sequence)
        if len(sequence) != 2:
            raise TypeError('os.terminal_size() takes a 2-sequence (%d-sequence given)'
                            % len(sequence))
        return tuple.__new__(cls, sequence)

    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self[0], self[1])


_terminal_size.__name__ = 'terminal_size'
_terminal_size.__qualname__ = 'terminal_size'
_terminal_size.__module__ = 'os'
_size_type = getattr(os, "terminal_size", _terminal_size)


def get_terminal_size(fallback=(80, 24)):
    """(columns, lines) of the terminal: $COLUMNS and $LINES when set, else the
    terminal's size (gclab cannot ask it: the fallback)."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = _size_type(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return _size_type((columns, lines))


# --- what gclab's os cannot do -----------------------------------------------------------

def disk_usage(path):
    """Not in gclab (no os.statvfs)."""
    raise _missing('disk_usage', 'statvfs')


def chown(path, user=None, group=None):
    """Not in gclab (no os.chown)."""
    raise _missing('chown', 'chown')


def get_archive_formats():
    return []


def get_unpack_formats():
    return []


def register_archive_format(name, function, extra_args=None, description=''):
    raise NotImplementedError('gclab: shutil has no archive support')


def unregister_archive_format(name):
    raise NotImplementedError('gclab: shutil has no archive support')


def register_unpack_format(name, extensions, function, extra_args=None,
                           description=''):
    raise NotImplementedError('gclab: shutil has no archive support')


def unregister_unpack_format(name):
    raise NotImplementedError('gclab: shutil has no archive support')


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    """Not in gclab (no zipfile, tarfile)."""
    raise NotImplementedError('gclab: shutil.make_archive needs zipfile/tarfile, which '
                              'gclab does not have')


def unpack_archive(filename, extract_dir=None, format=None):
    """Not in gclab (no zipfile, tarfile)."""
    raise NotImplementedError('gclab: shutil.unpack_archive needs zipfile/tarfile, '
                              'which gclab does not have')
