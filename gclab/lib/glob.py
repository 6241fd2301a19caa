"""glob for gclab: path names matching a shell pattern, written for gclab after the
behaviour CPython 3.11 documents: glob, iglob (root_dir, recursive, include_hidden),
escape, has_magic.  Names come in os.listdir's order (not sorted, as in CPython); a
name starting with '.' is matched only by a pattern starting with '.' (unless
include_hidden); '**' with recursive=True matches any files and zero or more
directories.  Symbolic links to directories are followed.  What differs from CPython is
listed in docs/stdlib.md (no dir_fd; bytes patterns are decoded as UTF-8)."""

import os
import fnmatch

__all__ = ['glob', 'iglob', 'escape', 'has_magic']


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """The list of the paths matching pathname (in no particular order)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """An iterator over the paths matching pathname."""
    if dir_fd is not None:
        raise NotImplementedError('gclab: glob has no dir_fd (os has no file '
                                  'descriptor calls)')
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
        if isinstance(root_dir, bytes) != isinstance(pathname, bytes):
            raise TypeError("Can't mix strings and bytes in path components")
    if isinstance(pathname, bytes):
        return _BytesResults(pathname, root_dir, recursive, include_hidden)
    if root_dir is None:
        root_dir = ''
    results = _matches(pathname, root_dir, recursive, include_hidden, False)
    if not pathname or (recursive and pathname[:2] == '**'):
        # '**' first yields the empty name, which is not a result of its own
        return _skip_empty(results)
    return results


def _skip_empty(results):
    for p in results:
        if p:
            yield p


class _BytesResults:
    """iglob() of a bytes pattern: the str results encoded (gclab's os.listdir gives
    str names)."""

    def __init__(self, pathname, root_dir, recursive, include_hidden):
        if root_dir is not None:
            root_dir = root_dir.decode('utf-8')
        self._it = iglob(pathname.decode('utf-8'), root_dir=root_dir,
                         recursive=recursive, include_hidden=include_hidden)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it).encode('utf-8')


def has_magic(s):
    """Whether s has a character glob treats specially: '*', '?' or '['."""
    if isinstance(s, (bytes, bytearray)):
        for c in s:
            if c == 42 or c == 63 or c == 91:
                return True
        return False
    for c in s:
        if c == '*' or c == '?' or c == '[':
            return True
    return False


def escape(pathname):
    """pathname with its magic characters made literal ('*' becomes '[*]' ...)."""
    if isinstance(pathname, (bytes, bytearray)):
        out = bytearray()
        for c in pathname:
            if c == 42 or c == 63 or c == 91:
                out += b'[' + bytes([c]) + b']'
            else:
                out.append(c)
        return bytes(out)
    out = []
    for c in pathname:
        if c == '*' or c == '?' or c == '[':
            out.append('[' + c + ']')
        else:
            out.append(c)
    return ''.join(out)


# --- the search --------------------------------------------------------------------------

def _in(base, name):
    """base/name, where an empty base or name is the other."""
    if not base:
        return name
    if not name:
        return base
    return os.path.join(base, name)


def _hidden(name):
    return name[:1] == '.'


def _names(directory, dironly):
    """The names in directory (all of them, or only those of directories); [] when it
    cannot be listed."""
    where = directory or os.curdir
    try:
        names = os.listdir(where)
    except OSError:
        return []
    if dironly:
        names = [n for n in names if os.path.isdir(os.path.join(where, n))]
    return names


def _matches(pattern, root, recursive, hidden, dironly):
    """The paths (relative to root) matching pattern; dironly: directories only."""
    head, tail = os.path.split(pattern)
    if not has_magic(pattern):
        # a plain path: it matches if it is there (a trailing '/' asks for a directory)
        if tail:
            if os.path.lexists(_in(root, pattern)):
                yield pattern
        elif os.path.isdir(_in(root, head)):
            yield pattern
        return
    if not head:
        for name in _in_directory(root, tail, recursive, hidden, dironly):
            yield name
        return
    if head != pattern and has_magic(head):
        parents = _matches(head, root, recursive, hidden, True)
    else:
        parents = [head]
    for parent in parents:
        for name in _in_directory(_in(root, parent), tail, recursive, hidden, dironly):
            yield os.path.join(parent, name)


def _in_directory(directory, pattern, recursive, hidden, dironly):
    """The names under directory that pattern (one component) matches."""
    if not has_magic(pattern):
        if pattern:
            if os.path.lexists(_in(directory, pattern)):
                return [pattern]
        elif os.path.isdir(directory):
            return [pattern]
        return []
    if recursive and pattern == '**':
        return _recursive(directory, hidden, dironly)
    names = _names(directory, dironly)
    if not (hidden or _hidden(pattern)):
        names = [n for n in names if not _hidden(n)]
    return fnmatch.filter(names, pattern)


def _recursive(directory, hidden, dironly):
    """'**': the empty name, then every name in the tree under directory (a directory
    before what it holds)."""
    yield ''
    for name in _walk(directory, hidden, dironly):
        yield name


def _walk(directory, hidden, dironly):
    for name in _names(directory, dironly):
        if hidden or not _hidden(name):
            yield name
            for below in _walk(_in(directory, name), hidden, dironly):
                yield os.path.join(name, below)
