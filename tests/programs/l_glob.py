# glob (gclab/lib/glob.py): *, ?, [..], hidden names, '**' with recursive=True,
# trailing '/', root_dir, include_hidden, escape/has_magic, bytes patterns; results are
# in listdir order, so they are printed sorted
import glob, os

base = "/tmp/gclab-corpus-l_glob-%d" % os.getpid()   # several plans run at once

def remove_tree(top):
    for root, dirs, files in os.walk(top, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(top)

if os.path.exists(base):                              # (left by a crashed run)
    remove_tree(base)
for d in ["a/b/c", "a/.h", ".hid", "b[1]", "e"]:
    os.makedirs(os.path.join(base, d))
for f in ["a/1.py", "a/b/2.py", "a/b/c/3.txt", "a/.h/4.py", ".hid/5.py", ".dot.py",
          "b[1]/6", "top.py", "a/.x.py", "q?x", "e/f.txt"]:
    with open(os.path.join(base, f), "w") as fh:
        fh.write(f)

def show(pattern, **kw):
    print(repr(pattern), kw or "", sorted(glob.glob(pattern, **kw)))

old = os.getcwd()
os.chdir(base)
for p in ["*", "*.py", ".*", "*/", "*/*", "?op.py", "[ab]*", "[!a-c]*", "a/*", "a/.*",
          "a/*/", "**", "nope", "nope/*", "a", "a/", "top.py/", "", "b[1]/*",
          "b[[]1]/*", "q?x", "q[?]x", "a//*.py"]:
    show(p)
for p in ["**", "**/", "**/*.py", "a/**", "a/**/*.py", "a/**/", "**/c", "*/**/*.txt", "**/**"]:
    show(p, recursive=True)
show("**/*.py", recursive=True, include_hidden=True)
show("*", include_hidden=True)
show("**/*.py")                      # not recursive: '**' is '*'
os.chdir(old)
print(sorted(glob.glob("*/*.txt", root_dir=base)), sorted(glob.glob("**/*.txt", root_dir=base, recursive=True)))
print(sorted(os.path.relpath(p, base) for p in glob.glob(os.path.join(base, "a", "**"), recursive=True)))
print(sorted(os.path.relpath(p, base) for p in glob.iglob(glob.escape(base) + "/*/*.py")))
it = glob.iglob("*.py", root_dir=base)
print(type(it).__name__ != "list", sorted(it))
print(sorted(glob.glob(b"*.py", root_dir=base.encode())), sorted(glob.glob(b"b[[]1]/*", root_dir=base.encode())))
for pattern, root in [(b"*.py", base), ("*.py", base.encode())]:
    try:
        glob.glob(pattern, root_dir=root)
    except TypeError as e:
        print("mixed str and bytes:", type(e).__name__)
for s in ["abc", "a*c", "a?c", "a[bc]", "]", "x/y*/z", b"a*", b"plain"]:
    print(repr(s), glob.has_magic(s), repr(glob.escape(s)))
print(glob.glob(os.path.join(base, "nowhere", "*")), glob.glob(os.path.join(base, "*", "nowhere")))

remove_tree(base)
print(os.path.exists(base), glob.glob(base))
