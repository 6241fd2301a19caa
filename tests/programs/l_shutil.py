# shutil (gclab/lib/shutil.py): copyfileobj, copyfile, copy, copy2, copytree with
# ignore_patterns, rmtree (errors, ignore_errors, onerror), move, which,
# get_terminal_size; the files are made in a directory of this process, and paths are
# printed relative to it
import io, os, shutil

src = io.BytesIO(b"x" * 100000)
dst = io.BytesIO()
shutil.copyfileobj(src, dst)
print(len(dst.getvalue()), shutil.COPY_BUFSIZE)
src = io.StringIO("abcdefghij")
dst = io.StringIO()
shutil.copyfileobj(src, dst, 3)
print(dst.getvalue())

old = os.getcwd()
base = "/tmp/gclab-corpus-l_shutil-%d" % os.getpid()   # several plans run at once
shutil.rmtree(base, ignore_errors=True)                # (left by a crashed run)
os.mkdir(base)
os.chdir(base)

def tree(top="."):
    out = []
    for root, dirs, files in os.walk(top):
        for f in files:
            p = os.path.relpath(os.path.join(root, f), top)
            with open(os.path.join(root, f)) as fh:
                out.append((p, fh.read()))
        for d in dirs:
            out.append((os.path.relpath(os.path.join(root, d), top) + "/", None))
    return sorted(out, key=lambda t: t[0])

def err(thunk):
    try:
        r = thunk()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, getattr(e, "errno", None), e)

with open("a.txt", "w") as f:
    f.write("alpha\n")
print(shutil.copyfile("a.txt", "b.txt"), open("b.txt").read() == "alpha\n")
os.mkdir("d")
print(shutil.copy("a.txt", "d"), shutil.copy2("b.txt", "d/c.txt"), shutil.copy("a.txt", "d/"))
print(tree())
err(lambda: shutil.copyfile("a.txt", "a.txt"))
err(lambda: shutil.copyfile("a.txt", "./d/../a.txt"))
err(lambda: shutil.copyfile("missing.txt", "x.txt"))
err(lambda: shutil.copyfile("a.txt", "d"))
err(lambda: shutil.copyfile("a.txt", "nodir/"))
err(lambda: shutil.copyfile("a.txt", "nodir/x"))
err(lambda: shutil.copy("d", "e"))
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))

os.makedirs("t/sub/deep")
for name in ["t/1.py", "t/2.pyc", "t/sub/3.py", "t/sub/deep/4.txt", "t/sub/deep/5.pyc"]:
    with open(name, "w") as f:
        f.write(name)
print(shutil.copytree("t", "t2"))
print(tree("t2") == tree("t"), len(tree("t2")))
print(shutil.copytree("t", "t3", ignore=shutil.ignore_patterns("*.pyc", "deep")))
print(tree("t3"))
err(lambda: shutil.copytree("t", "t3"))
print(shutil.copytree("t", "t3", dirs_exist_ok=True), len(tree("t3")))
seen = []
print(shutil.copytree("t", "t4", ignore=lambda d, names: seen.append((d, sorted(names))) or []))
print(sorted(seen))
err(lambda: shutil.copytree("missing", "t5"))

shutil.rmtree("t2")
print(os.path.exists("t2"))
err(lambda: shutil.rmtree("t2"))
err(lambda: shutil.rmtree("a.txt"))
print(shutil.rmtree("t2", ignore_errors=True), shutil.rmtree("a.txt", ignore_errors=True), os.path.exists("a.txt"))
calls = []
shutil.rmtree("missing", onerror=lambda f, p, info: calls.append((f is os.lstat, p, info[0].__name__, info[1].errno)))
shutil.rmtree("b.txt", onerror=lambda f, p, info: calls.append((f is os.scandir, f is os.rmdir, p, info[0].__name__)))
print(calls)
shutil.rmtree("t4/")
print(sorted(os.listdir(".")))

print(shutil.move("b.txt", "moved.txt"), os.path.exists("b.txt"), open("moved.txt").read() == "alpha\n")
print(shutil.move("moved.txt", "d"), sorted(os.listdir("d")))
with open("moved.txt", "w") as f:
    f.write("again")
err(lambda: shutil.move("moved.txt", "d"))
print(shutil.move("t3", "d"), tree("d"))
print(shutil.move("d", "dd"), os.path.isdir("dd"), os.path.exists("d"))
err(lambda: shutil.move("dd", "dd/t3/inner"))
err(lambda: shutil.move("missing", "somewhere"))
print(shutil.move("moved.txt", "dd/t3/renamed.txt"), open("dd/t3/renamed.txt").read())

print(shutil.which("sh") is not None, shutil.which("gclab-no-such-command-xyz"))
print(shutil.which("/bin/sh"), shutil.which("/bin/gclab-no-such"), os.path.basename(shutil.which("dd") or "dd"))
with open("prog", "w") as f:
    f.write("#!/bin/sh\n")
print(shutil.which("prog", path=base), shutil.which("prog", mode=0, path=base) == os.path.join(base, "prog"))
print(shutil.which("prog", mode=0, path="") , shutil.which("./prog", mode=0), shutil.which("prog", mode=0, path=os.pathsep.join([".", base])))
print(shutil.which("dd", mode=0, path="."), shutil.which(b"sh") == shutil.which("sh").encode())

env = os.environ
saved = (env.pop("COLUMNS", None), env.pop("LINES", None))
print(shutil.get_terminal_size(), shutil.get_terminal_size((100, 40)))
env["COLUMNS"], env["LINES"] = "120", "50"
size = shutil.get_terminal_size()
print(size, size.columns, size.lines, tuple(size), size == (120, 50), type(size).__name__)
env["COLUMNS"], env["LINES"] = "abc", "-3"
print(shutil.get_terminal_size(fallback=(33, 11)))
del env["COLUMNS"], env["LINES"]
for k, v in zip(("COLUMNS", "LINES"), saved):
    if v is not None:
        env[k] = v

os.chdir(old)
shutil.rmtree(base)
print(os.path.exists(base))
