# gzip.compress / gzip.decompress on gclab's zlib
import gzip
import zlib

data = b'gzip gzip gzip, a gzip member. ' * 12
print(gzip.compress(data, mtime=0)[:10], gzip.compress(data, 1, mtime=0)[:10])
print(gzip.compress(data, 5, mtime=12345)[:10])
for level in (0, 1, 6, 9):
    c = gzip.compress(data, level, mtime=7)
    print(level, gzip.decompress(c) == data, zlib.decompress(c, 31) == data,
          len(c) < len(data) or level == 0)
two = gzip.compress(b'first ', mtime=1) + b'\x00\x00' + gzip.compress(b'second', mtime=2)
print(gzip.decompress(two))
# made by CPython (with a file name in the header)
named = bytes.fromhex('1f8b08080000000002ff612e74787400cb48cdc9c957c84090008088f9e511000000')
print(gzip.decompress(named))
good = gzip.compress(b'abc', mtime=0)
for bad in [b'abc', b'', good[:-1], good + b'xx', good[:-8] + b'\x00\x00\x00\x00' + good[-4:],
            good[:-4] + b'\x09\x00\x00\x00', b'\x1f\x8b\x07' + good[3:]]:
    try:
        print(gzip.decompress(bad))
    except (gzip.BadGzipFile, EOFError) as e:
        print(type(e).__name__, e)
print(issubclass(gzip.BadGzipFile, OSError))

# GzipFile and open, on files and file objects
import io
import os
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'data.txt.gz')
with gzip.open(path, 'wb') as f:
    print(f.write(b'line one\n'), f.write(b'line two\n' * 3), f.writable(), f.readable())
with open(path, 'rb') as raw:
    content = raw.read()
print(content[:4], content[10:19], gzip.decompress(content))
with gzip.open(path) as f:
    print(f.readline(), f.read(4), f.tell(), f.readlines())
with gzip.open(path, 'rb') as f:
    print([line for line in f])
with gzip.open(path, 'wt', encoding='utf-8') as f:
    f.write('caf\u00e9\n')
    f.writelines(['a\n', 'b\n'])
with gzip.open(path, 'rt', encoding='utf-8') as f:
    print(repr(f.read()))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as f:
    f.write(data)
print(buf.getvalue()[:10], gzip.decompress(buf.getvalue()) == data)
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.read() == data)
f = gzip.GzipFile(fileobj=io.BytesIO(), mode='wb')
try:
    f.read()
except OSError as e:
    print(type(e).__name__, e)
f.close()
f.close()
print(f.closed)
for args in [(path, 'rbt'), (path, 'rb', 9, 'utf-8')]:
    try:
        gzip.open(*args)
    except ValueError as e:
        print(e)
os.remove(path)
os.rmdir(tmp)
