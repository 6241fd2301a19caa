"""pathlib for gclab: object-oriented file-system paths for POSIX, after CPython 3.11's
documented interface (PurePath, PurePosixPath, Path, PosixPath).  Written for gclab on
its os, posixpath and fnmatch modules; what differs from CPython is listed in
docs/stdlib.md (no Windows flavour, resolve() does not follow symbolic links...)."""

import os
import posixpath
from fnmatch import fnmatchcase

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath']

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000


def _parse(args):
    """The (root, parts) of the joined arguments: root is '', '/' or '//'; parts are
    the names (no empty names, no '.'), '..' kept."""
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            if a._root:
                root = a._root
                parts = list(a._parts)
            else:
                parts.extend(a._parts)
            continue
        a = os.fspath(a)
        if not isinstance(a, str):
            raise TypeError('argument should be a str object or an os.PathLike object '
                            'returning str, not %r' % (type(a),))
        if a.startswith('/'):
            if a.startswith('//') and not a.startswith('///'):
                root = '//'
            else:
                root = '/'
            parts = []
        for p in a.split('/'):
            if p and p != '.':
                parts.append(p)
    return root, parts


class _PathParents:
    """The logical ancestors of a path: a sequence (len, index, slice, iteration)."""

    def __init__(self, path):
        self._path = path
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        n = len(self)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._path._make(self._root, self._parts[:n - idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return '<%s.parents>' % type(self._path).__name__


class PurePath:
    """A path without file-system access.  PurePath(...) makes a PurePosixPath."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        self._str = None
        return self

    def __init__(self, *args):
        pass

    def _make(self, root, parts):
        new = object.__new__(type(self))
        new._root = root
        new._parts = list(parts)
        new._str = None
        return new

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    # --- text ---------------------------------------------------------------------
    def __str__(self):
        if self._str is None:
            s = self._root + '/'.join(self._parts)
            self._str = s or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return str(self).encode('utf-8')

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        out = []
        for b in str(self).encode('utf-8'):
            c = chr(b)
            if c.isalnum() and b < 128 or c in '_.-~/':
                out.append(c)
            else:
                out.append('%%%02X' % b)
        return 'file://' + ''.join(out)

    # --- comparison ---------------------------------------------------------------
    def _key(self):
        if self._root:
            return [self._root] + self._parts
        return self._parts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __ne__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() != other._key()

    def __hash__(self):
        return hash(str(self))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    # --- components ---------------------------------------------------------------
    @property
    def parts(self):
        return tuple(self._key())

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        if not self._parts:
            return ''
        return self._parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._make(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        root, parts = _parse([name])
        if not name or name.endswith('/') or root or len(parts) != 1:
            raise ValueError('Invalid name %r' % (name,))
        return self._make(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        if old:
            name = name[:-len(old)]
        return self._make(self._root, self._parts[:-1] + [name + suffix])

    # --- joining and relations -----------------------------------------------------
    def joinpath(self, *args):
        root, parts = _parse((self,) + args)
        return self._make(root, parts)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            root, parts = _parse((key, self))
        except TypeError:
            return NotImplemented
        return self._make(root, parts)

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        root, parts = _parse(other)
        mine = self._key()
        theirs = [root] + parts if root else parts
        n = len(theirs)
        if (self._root if n == 0 else mine[:n] != theirs):
            shown = root + '/'.join(parts)
            raise ValueError('%r is not in the subpath of %r OR one path is relative '
                             'and the other is absolute.' % (str(self), shown))
        return self._make('', mine[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        root, pat = _parse([path_pattern])
        if not pat and not root:
            raise ValueError('empty pattern')
        if root and root != self._root:
            return False
        parts = self._key()
        if root:
            pat = [root] + pat
            if len(pat) != len(parts):
                return False
        elif len(pat) > len(parts):
            return False
        i = len(parts) - 1
        j = len(pat) - 1
        while j >= 0:
            if not fnmatchcase(parts[i], pat[j]):
                return False
            i -= 1
            j -= 1
        return True


class PurePosixPath(PurePath):
    pass


def _ignored(err):
    return isinstance(err, (FileNotFoundError, NotADirectoryError))


class Path(PurePath):
    """A path with file-system access.  Path(...) makes a PosixPath."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        self._str = None
        return self

    def __init__(self, *args, **kwargs):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls('~').expanduser()

    def absolute(self):
        if self._root:
            return self
        return self._make(*_parse([os.getcwd(), self]))

    def resolve(self, strict=False):
        p = posixpath.normpath(str(self.absolute()))
        if strict:
            os.stat(p)
        return type(self)(p)

    def expanduser(self):
        if not self._root and self._parts and self._parts[0].startswith('~'):
            home = posixpath.expanduser(self._parts[0])
            if home.startswith('~'):
                raise RuntimeError('Could not determine home directory.')
            root, parts = _parse([home])
            return self._make(root, parts + self._parts[1:])
        return self

    # --- information ----------------------------------------------------------------
    def stat(self, follow_symlinks=True):
        return os.stat(str(self))

    def lstat(self):
        return self.stat()

    def _mode(self):
        try:
            return self.stat().st_mode
        except OSError as e:
            if not _ignored(e):
                raise
            return None
        except ValueError:
            return None

    def exists(self):
        return self._mode() is not None

    def is_dir(self):
        mode = self._mode()
        return mode is not None and mode & _S_IFMT == _S_IFDIR

    def is_file(self):
        mode = self._mode()
        return mode is not None and mode & _S_IFMT == _S_IFREG

    def samefile(self, other_path):
        st = self.stat()
        if not isinstance(other_path, Path):
            other_path = type(self)(other_path)
        other = other_path.stat()
        return st.st_ino == other.st_ino and st.st_dev == other.st_dev

    # --- directories ----------------------------------------------------------------
    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._make(self._root, self._parts + [name])

    def _child(self, name):
        return self._make(self._root, self._parts + [name])

    def glob(self, pattern):
        if not pattern:
            raise ValueError('Unacceptable pattern: %r' % (pattern,))
        root, pat = _parse([pattern])
        if root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if pattern.endswith('/'):
            pat.append('')
        for p in pat:
            if '**' in p and p != '**':
                raise ValueError("Invalid pattern: '**' can only be an entire path "
                                 "component")
        return self._select(pat, 0)

    def rglob(self, pattern):
        root, pat = _parse([pattern])
        if root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if pattern.endswith('/'):
            pat.append('')
        for p in pat:
            if '**' in p and p != '**':
                raise ValueError("Invalid pattern: '**' can only be an entire path "
                                 "component")
        return self._select(['**'] + pat, 0)

    def _entries(self):
        try:
            names = os.listdir(str(self))
        except OSError:
            return []
        return names

    def _select(self, pat, i):
        if i == len(pat):
            yield self
            return
        p = pat[i]
        last = i == len(pat) - 1
        if p == '':
            # a pattern ending in '/': directories only
            yield self
            return
        if p == '**':
            seen = set()
            for d in self._walk_dirs():
                for q in d._select(pat, i + 1):
                    key = str(q)
                    if key not in seen:
                        seen.add(key)
                        yield q
            return
        if '*' in p or '?' in p or '[' in p:
            for name in self._entries():
                if not fnmatchcase(name, p):
                    continue
                child = self._child(name)
                if not last and not child.is_dir():
                    continue
                yield from child._select(pat, i + 1)
            return
        child = self._child(p)
        if last:
            if child.exists():
                yield child
        elif child.is_dir():
            yield from child._select(pat, i + 1)

    def _walk_dirs(self):
        yield self
        for name in self._entries():
            child = self._child(name)
            if child.is_dir():
                yield from child._walk_dirs()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(str(self), os.fspath(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), os.fspath(target))
        return type(self)(target)

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            f = open(str(self), 'a')
        else:
            f = open(str(self), 'x')
        f.close()

    # --- files ----------------------------------------------------------------------
    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        with self.open('wb') as f:
            return f.write(data)


class PosixPath(Path, PurePosixPath):
    pass
