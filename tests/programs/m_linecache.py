# linecache: lines of files read and cached, getline's bounds, checkcache after a
# file changes or goes, names that are not files.
import linecache
import os
import tempfile

here = __file__
print(linecache.getline(here, 1), end='')
print(repr(linecache.getline(here, 3)))
print(linecache.getline(here, 0) == '', linecache.getline(here, 10000) == '')
print(here in linecache.cache, len(linecache.getlines(here)) > 10)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'data.txt')
    with open(path, 'w') as f:
        f.write('alpha\nbeta\ngamma é')
    print(linecache.getlines(path))
    print(repr(linecache.getline(path, 3)), repr(linecache.getline(path, 4)))
    size, mtime, lines, fullname = linecache.cache[path]
    print(size, fullname == path, lines is linecache.getlines(path))
    # the cache keeps the old lines until checkcache sees the change
    with open(path, 'w') as f:
        f.write('one\ntwo\nthree\nfour\nfive\n')
    print(repr(linecache.getline(path, 1)))
    linecache.checkcache('no such entry')
    linecache.checkcache(path)
    print(repr(linecache.getline(path, 1)), len(linecache.getlines(path)))
    os.remove(path)
    linecache.checkcache()
    print(path in linecache.cache, linecache.getlines(path), linecache.getline(path, 1) == '')
    with open(path, 'w') as f:
        f.write('back\n')
    print(linecache.updatecache(path), path in linecache.cache)
    linecache.clearcache()
    print(linecache.cache)

print(linecache.getlines('<string>'), linecache.getline('<stdin>', 1) == '')
print(linecache.getlines(''), linecache.getlines('/no/such/file.py'))
print(linecache.getline('no_such_module_file_xyz.py', 1) == '')
