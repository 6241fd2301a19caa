"""posixpath for gclab (os.path): path names of POSIX systems, as strings.  Written for
gclab; the rules are those CPython documents for posixpath."""

import posix

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _check(path, func):
    if isinstance(path, (str, bytes)):
        return path
    if hasattr(type(path), '__fspath__'):
        return path.__fspath__()
    raise TypeError('%s() argument must be str, bytes, or os.PathLike object, not %r'
                    % (func, type(path).__name__) if func != 'join' else
                    'expected str, bytes or os.PathLike object, not %s'
                    % type(path).__name__)


def isabs(s):
    s = _check(s, 'isabs')
    return s.startswith('/')


def join(a, *p):
    path = _check(a, 'join')
    for b in p:
        b = _check(b, 'join')
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    p = _check(p, 'split')
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    p = _check(p, 'splitext')
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def basename(p):
    p = _check(p, 'basename')
    return p[p.rfind('/') + 1:]


def dirname(p):
    p = _check(p, 'dirname')
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    path = _check(path, 'normpath')
    if path == '':
        return '.'
    initial = 1 if path.startswith('/') else 0
    if initial and path.startswith('//') and not path.startswith('///'):
        initial = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not new_comps) or \
                (new_comps and new_comps[-1] == '..'):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial:
        path = '/' * initial + path
    return path or '.'


def abspath(path):
    path = _check(path, 'abspath')
    if not isabs(path):
        path = join(posix.getcwd(), path)
    return normpath(path)


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    if start is None:
        start = curdir
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = 0
    while i < min(len(start_list), len(path_list)) and start_list[i] == path_list[i]:
        i += 1
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def expanduser(path):
    path = _check(path, 'expanduser')
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path                 # ~user: no password database in gclab
    home = posix.environ().get('HOME')
    if home is None:
        return path
    home = home.rstrip('/')
    return (home + path[i:]) or '/'


def _mode(path):
    try:
        return posix.stat(path)[0]
    except (OSError, ValueError):
        return None


def exists(path):
    return _mode(path) is not None


def isdir(s):
    mode = _mode(s)
    return mode is not None and mode & _S_IFMT == _S_IFDIR


def isfile(path):
    mode = _mode(path)
    return mode is not None and mode & _S_IFMT == _S_IFREG


def getsize(filename):
    return posix.stat(filename)[6]


def getmtime(filename):
    return posix.stat(filename)[8]


def getatime(filename):
    return posix.stat(filename)[7]


def getctime(filename):
    return posix.stat(filename)[9]


def _lmode(path):
    try:
        return posix.lstat(path)[0]
    except (OSError, ValueError):
        return None


def islink(path):
    mode = _lmode(path)
    return mode is not None and mode & _S_IFMT == _S_IFLNK


def lexists(path):
    return _lmode(path) is not None


def samefile(f1, f2):
    s1 = posix.stat(f1)
    s2 = posix.stat(f2)
    return s1[1] == s2[1] and s1[2] == s2[2]


def splitdrive(p):
    return p[:0], p


def normcase(s):
    return s


def commonprefix(m):
    """The longest leading string (character by character) of every path in m."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(m)
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    """The longest common sub-path of the paths (all absolute or all relative)."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(paths)
    split_paths = [p.split('/') for p in paths]
    try:
        absolutes = set(p[:1] == '/' for p in paths)
    except TypeError:
        raise TypeError("Can't mix strings and bytes in path components")
    if len(absolutes) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != '.'] for s in split_paths]
    lo = min(split_paths)
    hi = max(split_paths)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    prefix = '/' if paths[0][:1] == '/' else ''
    return prefix + '/'.join(common)


def expandvars(path):
    """$name and ${name} replaced by the environment's values (unknown ones kept)."""
    if '$' not in path:
        return path
    import os
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if path[i + 1:i + 2] == '{':
            end = path.find('}', i + 2)
            if end < 0:
                out.append(path[i:])
                break
            name = path[i + 2:end]
            nxt = end + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_') and path[j].isascii():
                j += 1
            name = path[i + 1:j]
            nxt = j
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:nxt])
        i = nxt
    return ''.join(out)


def realpath(filename, *, strict=False):
    """The absolute path with symbolic links resolved (as CPython's, non-strict: a
    missing component ends the resolution)."""
    path = abspath(filename)
    parts = [c for c in path.split('/') if c]
    resolved = '/'
    seen = 0
    while parts:
        name = parts.pop(0)
        candidate = join(resolved, name)
        if islink(candidate):
            seen += 1
            if seen > 40:
                if strict:
                    raise OSError('Too many levels of symbolic links: %r' % candidate)
                return join(candidate, *parts)
            target = posix.readlink(candidate)
            if isabs(target):
                resolved = '/'
            parts = [c for c in target.split('/') if c] + parts
            continue
        if name == '..':
            resolved = dirname(resolved) or '/'
            continue
        if name == '.':
            continue
        if strict and not lexists(candidate):
            raise FileNotFoundError(2, 'No such file or directory', candidate)
        resolved = candidate
    return resolved
