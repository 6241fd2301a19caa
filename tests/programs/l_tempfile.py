# tempfile (gclab/lib/tempfile.py): gettempdir, mkstemp, mkdtemp, mktemp,
# TemporaryDirectory, NamedTemporaryFile, TemporaryFile; names are random, so only
# their shape is printed; everything is made under a directory of this process
import os, tempfile

tmp = tempfile.gettempdir()
print(os.path.isabs(tmp), os.path.isdir(tmp), tempfile.gettempdir() == tmp, tempfile.tempdir == tmp)
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.gettempdirb() == tmp.encode(), tempfile.template)
base = tempfile.mkdtemp(prefix="gclab-corpus-l_tempfile-%d-" % os.getpid())
print(os.path.isdir(base), os.path.dirname(base) == tmp, oct(os.stat(base).st_mode & 0o777))

def shape(path, prefix, suffix):
    name = os.path.basename(path)
    middle = name[len(prefix):len(name) - len(suffix)]
    return (name.startswith(prefix), name.endswith(suffix), len(middle),
            all(c in "abcdefghijklmnopqrstuvwxyz0123456789_" for c in middle))

fd, path = tempfile.mkstemp(suffix=".txt", prefix="pre_", dir=base)
print(type(fd).__name__, os.path.isabs(path), os.path.dirname(path) == base, shape(path, "pre_", ".txt"))
with open(fd, "w") as f:         # the descriptor is open for writing (and reading)
    f.write("written through the descriptor\n")
with open(path) as f:
    print(repr(f.read()))
os.unlink(path)
fd, path = tempfile.mkstemp(dir=base)
print(shape(path, "tmp", ""), os.path.getsize(path))
with open(fd, "rb+") as f:
    f.write(b"abc")
    f.seek(0)
    print(f.read())
os.unlink(path)
fd, bpath = tempfile.mkstemp(prefix=b"b_", dir=base.encode())
print(type(bpath).__name__, bpath.split(b"/")[-1][:2])   # (gclab's os.path is for str)
open(fd).close()
os.unlink(bpath)
names = set()
for i in range(20):
    fd, p = tempfile.mkstemp(dir=base)
    open(fd).close()
    names.add(p)
print(len(names), len(os.listdir(base)))
for p in names:
    os.unlink(p)

old = os.getcwd()
os.chdir(base)
d = tempfile.mkdtemp(dir=".", suffix="_d")
print(os.path.isabs(d), d.startswith("./tmp"), d.endswith("_d"), os.path.isdir(d))
os.rmdir(d)
fd, p = tempfile.mkstemp(dir=".")
print(os.path.isabs(p), os.path.dirname(p) == os.getcwd())
open(fd).close()
os.unlink(p)
os.chdir(old)

p = tempfile.mktemp(dir=base)
print(os.path.dirname(p) == base, os.path.exists(p))

for args in [dict(prefix=b"x", suffix=""), dict(dir=base.encode(), suffix="s")]:
    try:
        tempfile.mkstemp(**args)
    except TypeError as e:
        print("TypeError:", e)
for make in (tempfile.mkstemp, tempfile.mkdtemp, tempfile.NamedTemporaryFile):
    try:
        make(dir=os.path.join(base, "missing"))
    except FileNotFoundError as e:
        print(make.__name__, type(e).__name__, e.errno)

with tempfile.TemporaryDirectory(dir=base, prefix="td_") as name:
    print(type(name).__name__, os.path.isdir(name), os.path.basename(name).startswith("td_"))
    os.makedirs(os.path.join(name, "x", "y"))
    with open(os.path.join(name, "x", "y", "f"), "w") as f:
        f.write("data")
    saved = name
print(os.path.exists(saved))
td = tempfile.TemporaryDirectory(dir=base)
print(repr(td).startswith("<TemporaryDirectory '"), os.path.isdir(td.name))
td.cleanup()
td.cleanup()                      # a second cleanup does nothing
print(os.path.exists(td.name))
td = tempfile.TemporaryDirectory(dir=base)
os.rmdir(td.name)
td.cleanup()                      # what is already gone is no error
print("cleanup of a removed directory")
d = os.path.join(base, "plain-file")
open(d, "w").close()
td.name = d                       # cleanup() of something not a directory
try:
    td.cleanup()
except NotADirectoryError as e:
    print("NotADirectoryError", e.errno)
os.unlink(d)
td = tempfile.TemporaryDirectory(dir=base, ignore_cleanup_errors=True)
os.rmdir(td.name)
td.cleanup()
print("ignored")

with tempfile.NamedTemporaryFile(dir=base, suffix=".bin") as f:
    print(type(f.name).__name__, os.path.exists(f.name), f.name.endswith(".bin"), f.delete)
    f.write(b"hello\nworld\n")
    f.seek(0)
    print(f.read(), f.tell(), type(f.file).__name__)
    f.seek(0)
    print(list(f))
    name = f.name
print(os.path.exists(name), f.closed)
f = tempfile.NamedTemporaryFile("w+", dir=base, encoding="utf-8")
print(f.mode, type(f.file).__name__)
f.write("héllo\n")
f.flush()
with open(f.name, "rb") as g:
    print(g.read())
f.close()
f.close()
print(os.path.exists(f.name))
f = tempfile.NamedTemporaryFile("w", dir=base, delete=False)
f.write("kept")
f.close()
with open(f.name) as g:
    print(os.path.exists(f.name), g.read())
os.unlink(f.name)
try:
    with tempfile.NamedTemporaryFile(dir=base) as f:
        f.write("not bytes")
except TypeError as e:
    print("TypeError in binary file; removed:", not os.path.exists(f.name))

f = tempfile.NamedTemporaryFile(dir=base)
os.unlink(f.name)
try:
    f.close()
except FileNotFoundError as e:
    print("close after unlink:", type(e).__name__, f.closed)
f.close()
f = tempfile.NamedTemporaryFile("x+", dir=base)
f.write("exclusive")
f.seek(0)
print(f.mode, f.read())
f.close()
for bad in [dict(mode="q"), dict(mode="wb", encoding="utf-8")]:
    try:
        tempfile.NamedTemporaryFile(dir=base, **bad)
    except ValueError as e:
        print("ValueError:", e)

t = tempfile.TemporaryFile(dir=base)
print(type(t.name).__name__, os.listdir(base))
t.write(b"anonymous")
t.seek(0)
print(t.read())
t.close()
with tempfile.TemporaryFile("w+", dir=base) as t:
    t.write("text\n")
    t.seek(0)
    print(repr(t.readline()))

print(os.listdir(base))
os.rmdir(base)
print(os.path.exists(base))
