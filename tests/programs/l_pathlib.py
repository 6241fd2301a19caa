# pathlib: PurePath/PurePosixPath/Path/PosixPath construction, parts, names, suffixes, relative_to, match, and file-system methods (mkdir, glob, rglob, read/write, rename, unlink)
import os
from pathlib import PurePath, PurePosixPath, Path, PosixPath


top = None


def show(label, f):
    try:
        r = f()
    except Exception as e:
        text = str(e)
        if top is not None:
            text = text.replace(str(top), 'TOP')
        print(label, '->', type(e).__name__, text)
    else:
        print(label, '->', repr(r))


# --- pure paths -------------------------------------------------------------------
for s in ['', '.', 'a', 'a/b', 'a/b/', '/a/b', '//a/b', '///a/b', '////a', '/', '//',
          'a//b', 'a/./b', './a', 'a/..', '../a/../b', 'a/b.txt', '/x/y.tar.gz', '.bashrc',
          'a.', 'a..b', '..', '.hidden.txt']:
    p = PurePath(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor))
    print('  ', repr(p.parent), repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem),
          p.is_absolute(), list(p.parents), len(p.parents))

print(repr(PurePath('a', 'b/c', PurePosixPath('d'), Path('e'))))
print(repr(PurePath('a', '/b', 'c')), repr(Path('a', Path('/x'), 'y')))
print(repr(PurePosixPath()), repr(Path()), type(PurePath('a')).__name__, type(Path('a')).__name__)
print(isinstance(Path('a'), PurePosixPath), isinstance(Path('a'), PosixPath),
      isinstance(PurePath('a'), Path), issubclass(PosixPath, Path))
print(repr(Path('a') / 'b'), repr('x' / Path('y')), repr(Path('a') / '/c' / 'd'),
      repr(Path('a') / Path('b') / PurePosixPath('c')), repr(PurePath('p') / 'q'))
print(repr(Path('a').joinpath('b', 'c/d', '/e', 'f')))
print(Path('a/b').as_posix(), os.fspath(Path('q/r')), bytes(Path('z')), str(Path('//s')))
print(os.path.join(Path('a'), 'b'), os.path.basename(PurePath('x/y.z')))

p = PurePath('/usr/local/lib/python.tar.gz')
print(p.parents, p.parents[0], p.parents[-1], p.parents[1:3], p.parents[::2], p.parents[-2])
show('parents[9]', lambda: p.parents[9])
show('parents[-9]', lambda: p.parents[-9])

# comparisons and hashing
print(PurePath('a') == PurePath('a/'), PurePath('a') == PurePath('A'), Path('a') == PurePosixPath('a'),
      PurePath('a') == 'a', PurePath('a') != 'a', PurePath('//a') == PurePath('/a'))
print(hash(PurePath('a/b')) == hash(PurePath('a//b/.')), len({Path('a'), Path('a/'), Path('./a')}))
print(sorted([Path('b'), Path('a/c'), Path('a'), Path('/z'), Path('a/b'), Path('A')]))
print(PurePath('a') < PurePath('b'), PurePath('a/b') > PurePath('a'), PurePath('a') <= PurePath('a'),
      PurePath('b') >= PurePath('c'))
show('lt str', lambda: Path('a') < 'b')
show('div int', lambda: Path('a') / 3)
show('rdiv int', lambda: 3 / Path('a'))
show('Path(int)', lambda: Path(3))
show('Path(None)', lambda: PurePath('a', None))

# with_*
q = PurePath('/d/file.tar.gz')
print(q.with_name('x.py'), q.with_stem('new'), q.with_suffix('.bz2'), q.with_suffix(''),
      PurePath('a/b').with_suffix('.c'), PurePath('README').with_stem('X'))
show('with_name empty', lambda: PurePath('/').with_name('x'))
show('with_name dot', lambda: Path('').with_name('x'))
show('with_name slash', lambda: PurePath('a').with_name('a/b'))
show('with_name ""', lambda: PurePath('a').with_name(''))
show('with_name "."', lambda: PurePath('a').with_name('.'))
show('with_name "/x"', lambda: PurePath('a').with_name('/x'))
show('with_suffix b', lambda: PurePath('a').with_suffix('b'))
show('with_suffix .', lambda: PurePath('a').with_suffix('.'))
show('with_suffix ./', lambda: PurePath('a').with_suffix('./x'))
show('with_suffix on empty', lambda: PurePath('').with_suffix('.x'))

# relative_to / is_relative_to
for a, b in [('/a/b/c', '/a'), ('/a/b', '/a/b'), ('/a/b', '/'), ('a/b', 'a'), ('a/b', ''),
             ('/a', '/b'), ('/a', ''), ('a', '/a'), ('/a', 'a'), ('a/b', 'a/b/c'),
             ('/a/bc', '/a/b'), ('//a/b', '//a')]:
    show('relative_to %r %r' % (a, b), lambda: PurePath(a).relative_to(b))
    print('  is_relative_to', PurePath(a).is_relative_to(b))
show('relative_to parts', lambda: PurePath('/a/b/c').relative_to('/a', 'b'))
show('relative_to none', lambda: PurePath('a').relative_to())

# match
for path, pat in [('a/b.py', '*.py'), ('/a/b/c.py', 'b/*.py'), ('/a/b/c.py', 'a/*.py'),
                  ('/a.py', '/*.py'), ('a/b.py', '/*.py'), ('b.py', 'a/b.py'),
                  ('a/b.PY', '*.py'), ('x/y', 'x/?'), ('x/y', '[wx]/[!z]'), ('/', '/'),
                  ('a/b/c', '*/*'), ('a/b/c', '*/*/*/*'), ('/a/b', '/*/*')]:
    print('match', path, pat, PurePath(path).match(pat))
show('match empty', lambda: PurePath('a').match(''))
print(PurePath('/etc').is_reserved(), PurePath('/etc/x y%').as_uri())
show('as_uri relative', lambda: PurePath('a').as_uri())

show('Path(bytes)', lambda: Path(b'a'))
show('~other', lambda: Path('~other_user_xq/a').expanduser())


class My(PosixPath):
    def hi(self):
        return 'hi ' + self.name


m = My('a/b')
print(repr(m), repr(m.parent), m.hi(), repr(m / 'c'), repr(m.with_suffix('.x')),
      type(m.parents[0]).__name__, repr('z' / m))
print({PurePath('a'): 1}[Path('a')], PurePath('/a/b').is_relative_to('/a', 'b'))

# --- the file system --------------------------------------------------------------
top = Path('pathlib_test_%d' % os.getpid())
home = os.environ.get('HOME')
if home:
    print(Path.home() == Path(os.path.expanduser('~')), Path('~/x').expanduser() == Path(home) / 'x')
print(Path('a/~').expanduser(), Path('/~').expanduser(), Path('~other_user_x/a').parts)
print(Path.cwd() == Path(os.getcwd()), Path.cwd().is_absolute(),
      top.absolute() == Path(os.getcwd()) / top, Path('/a/b').absolute(),
      Path('x/../y/.').resolve() == Path(os.getcwd()) / 'y', Path('/a/./b/../c').resolve())
print(top.exists(), top.is_dir(), top.is_file())
top.mkdir()
print(top.exists(), top.is_dir(), top.is_file())
show('mkdir again', lambda: top.mkdir())
top.mkdir(exist_ok=True)
show('mkdir missing parent', lambda: (top / 'x' / 'y').mkdir())
(top / 'x' / 'y').mkdir(parents=True)
(top / 'x' / 'y').mkdir(parents=True, exist_ok=True)
print((top / 'x' / 'y').is_dir())
f = top / 'x' / 'hello.txt'
print(f.write_text('héllo\nworld\n'), f.read_text(), f.read_bytes(), f.stat().st_size)
print(f.write_text('ü', encoding='latin-1'), f.read_bytes(), f.read_text(encoding='latin-1'))
print(f.write_bytes(b'\x00\x01abc'), f.read_bytes(), f.is_file(), f.is_dir(), f.exists())
show('write_text bytes', lambda: f.write_text(b'x'))
show('write_bytes str', lambda: f.write_bytes('x'))
show('mkdir over file', lambda: f.mkdir(exist_ok=True))
with f.open('w') as fh:
    fh.write('line1\nline2\n')
with f.open() as fh:
    print(fh.readlines())
with f.open('ab') as fh:
    fh.write(b'line3\n')
print(f.read_text().splitlines())
(top / 'a.py').touch()
(top / 'b.py').write_text('b')
(top / '.hidden.py').touch()
(top / 'x' / 'y' / 'deep.py').touch()
(top / 'x' / 'y' / 'deep.txt').touch()
(top / 'x' / 'c.py').touch()
(top / 'a.py').touch()
show('touch exist_ok=False', lambda: (top / 'a.py').touch(exist_ok=False))
print((top / 'a.py').read_text() == '', (top / 'b.py').read_text())


def rel(paths):
    return sorted(str(p.relative_to(top)) for p in paths)


print('iterdir', rel(top.iterdir()))
print('iterdir x', rel((top / 'x').iterdir()))
for pat in ['*', '*.py', '?.py', '[ab].py', '[!a]*.py', '*/*', '*/*.py', 'x/y/*', 'x/y/deep.py',
            'x/nope.py', 'x', 'x/', '*/', '**', '**/*.py', '**/*', 'x/**', 'x/**/*.txt',
            '**/y/*', '*/y', 'nope/*', 'a.py/*', 'x/../b.py']:
    print('glob', repr(pat), rel(top.glob(pat)))
for pat in ['*.py', '*.txt', 'y', 'y/*', '*']:
    print('rglob', repr(pat), rel(top.rglob(pat)))
show('glob empty', lambda: list(top.glob('')))
show('glob absolute', lambda: list(top.glob('/a')))
show('glob a**', lambda: list(top.glob('a**')))
print([str(p) for p in sorted(top.glob('*.py'))] == sorted(str(top) + '/' + n for n in ['.hidden.py', 'a.py', 'b.py']))

st = (top / 'b.py').stat()
print(st.st_size, (top / 'b.py').samefile(str(top) + '/./b.py'), (top / 'b.py').samefile(top / 'a.py'))
show('stat missing', lambda: (top / 'missing').stat())
show('samefile missing', lambda: (top / 'b.py').samefile(top / 'missing'))
print((top / 'missing').exists(), (top / 'b.py' / 'sub').exists(), (top / 'missing').is_dir())

r = (top / 'b.py').rename(top / 'c.py')
print(repr(r.relative_to(top)), type(r).__name__, (top / 'b.py').exists(), (top / 'c.py').read_text())
r = (top / 'c.py').replace(str(top / 'a.py'))
print(repr(r.relative_to(top)), (top / 'c.py').exists(), (top / 'a.py').read_text())
show('unlink missing', lambda: (top / 'c.py').unlink())
(top / 'c.py').unlink(missing_ok=True)
show('rmdir non-empty', lambda: (top / 'x').rmdir())
show('read missing', lambda: (top / 'missing').read_text())
try:
    (top / 'missing').rename(top / 'other')
except OSError as e:     # (not the message: gclab's OSError has no filename2)
    print('rename missing ->', type(e).__name__, e.errno, e.filename == str(top / 'missing'))

here = os.getcwd()
os.chdir(str(top))
print(sorted(Path('.').glob('*')), sorted(Path().iterdir()), list(Path('.').glob('**'))[:1],
      list(Path().glob('x/y')), Path('a.py').resolve() == Path(os.getcwd(), 'a.py'))
os.chdir(here)

# clean up, deepest first
for dirpath, dirnames, filenames in sorted(os.walk(str(top)), reverse=True):
    for n in filenames:
        Path(dirpath, n).unlink()
    Path(dirpath).rmdir()
print(top.exists())
