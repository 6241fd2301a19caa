# io.open is the builtin open; io.DEFAULT_BUFFER_SIZE; a PPM image written in binary
# and read back, as a benchmark writing its output file does.
import io
import os
import tempfile

print(io.open is open, io.DEFAULT_BUFFER_SIZE)
d = tempfile.mkdtemp()
path = os.path.join(d, 'img.ppm')
w, h = 4, 3
with io.open(path, 'wb') as f:
    f.write(b'P6\n%d %d\n255\n' % (w, h))
    for y in range(h):
        f.write(bytes([(x * 60 + y) % 256 for x in range(w * 3)]))
with io.open(path, 'rb') as f:
    print(f.readline(), f.readline(), f.readline(), f.read(5), f.tell())
with io.open(path, 'r', encoding='latin-1') as f:
    print(repr(f.read(3)), f.mode)
os.remove(path)
os.rmdir(d)
print(os.path.exists(d))
