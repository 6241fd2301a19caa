# os and os.path (gclab/lib/os.py, posixpath.py on the builtin posix): paths, a
# directory tree made, walked, renamed and removed, the OSError subclasses, dotted imports
import os, os.path
import os.path as osp
from os import path as p2
from os.path import join, splitext
print(os.sep, os.name, os.linesep == "\n", os.path is osp, p2 is os.path)
print(join("a", "b", "c"), join("/a/", "b"), join("a", "/b"), splitext("x/y.tar.gz"), splitext(".bashrc"))
print(os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.split("/x//"), os.path.split("x"))
print(os.path.normpath("/a/./b/../c//d/"), os.path.normpath("../x/.."), os.path.normpath(""), os.path.isabs("/x"))
d = "/tmp/gclab-corpus-l_os-%d" % os.getpid()   # the corpus runs on several plans at once
if os.path.exists(d):
    for root, dirs, files in os.walk(d, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for x in dirs:
            os.rmdir(os.path.join(root, x))
    os.rmdir(d)
os.makedirs(os.path.join(d, "sub", "deeper"))
os.makedirs(os.path.join(d, "sub"), exist_ok=True)
with open(os.path.join(d, "sub", "f.txt"), "w") as f:
    f.write("12345")
print(sorted(os.listdir(d)), os.path.isdir(d), os.path.isfile(d), os.path.getsize(os.path.join(d, "sub", "f.txt")))
print(os.stat(os.path.join(d, "sub", "f.txt")).st_size, os.stat(d)[6] >= 0)
print([(os.path.relpath(r, d), sorted(ds), fs) for r, ds, fs in os.walk(d)])
os.rename(os.path.join(d, "sub", "f.txt"), os.path.join(d, "g.txt"))
print(sorted(e.name for e in os.scandir(d)), [e.is_file() for e in os.scandir(d) if e.name == "g.txt"])
try:
    os.mkdir(d)
except FileExistsError as e:
    print("FileExistsError", e.errno, e.filename == d)
try:
    os.remove(os.path.join(d, "nope"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
try:
    os.listdir(os.path.join(d, "g.txt"))
except NotADirectoryError as e:
    print("NotADirectoryError", e.errno)
os.remove(os.path.join(d, "g.txt"))
os.rmdir(os.path.join(d, "sub", "deeper"))
os.removedirs(os.path.join(d, "sub"))
print(os.path.exists(d))
print(isinstance(os.getpid(), int), os.getcwd() == os.path.abspath("."), len(os.urandom(8)), type(os.environ.get("PATH")).__name__)
print(os.getenv("GCLAB_SURELY_UNSET", "dflt"), os.cpu_count() >= 1, os.strerror(2), os.path.expanduser("~") == os.environ["HOME"])
print(os.path.abspath("a/../b") == os.path.join(os.getcwd(), "b"), os.path.relpath("/a/b/c", "/a/d"))
try:
    import os.nothing
except ImportError as e:
    print(type(e).__name__, e)
