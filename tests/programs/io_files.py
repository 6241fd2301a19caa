# open(): text and binary files written and read back, newline modes, seek/tell,
# the errors of a bad mode, a missing file, a directory, a closed file; OSError
import os
import sys
# per process: the corpus runs on several plans at once
p = "/tmp/gclab-corpus-io_files-%d.txt" % os.getpid()
binary = "/tmp/gclab-corpus-io_files-%d.bin" % os.getpid()
with open(p, "w") as f:
    print(f.write("h\xe9llo\n"), f.writable(), f.readable(), f.mode, f.name == p, f.closed)
    f.write("line2\r\nline3\rline4")
    f.writelines(["\nA", "\nB\n"])
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print([repr(l) for l in f])
with open(p, "r", newline="") as f:
    print(repr(f.readline()), repr(f.readline(2)), repr(f.readline()))
    print(f.readlines())
with open(p, "rb") as f:
    data = f.read()
    print(data, type(f).__name__, f.tell())
    f.seek(0)
    print(f.read(3), f.read(2), f.tell())
with open(p, "a") as f:
    f.write("more\n")
f = open(p)
print(f.read(3), f.read(2), len(f.read()))
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
for bad in ["/tmp/gclab-corpus-no-such-dir/x.txt", "/tmp"]:
    try:
        open(bad)
    except OSError as e:
        print(type(e).__name__, e, e.errno, e.filename, isinstance(e, OSError))
for mode in ["rw", "z", "rbt", "", "rr"]:
    try:
        open(p, mode)
    except ValueError as e:
        print("ValueError", e)
try:
    open(p, "rb", encoding="utf-8")
except ValueError as e:
    print(e)
with open(binary, "wb") as f:
    print(f.write(bytes(range(5))), f.write(bytearray(b"xy")))
    try:
        f.write("str")
    except TypeError as e:
        print(e)
with open(binary, "rb") as f:
    print(list(f.read()))
with open(p) as f:
    try:
        f.write("x")
    except Exception as e:
        print(type(e).__name__, e)
try:
    open(p, "x")
except FileExistsError as e:
    print("exists", e.strerror)
print(isinstance(sys.stdin.readable(), bool), sys.stdin.name, sys.stdin.mode)
e = OSError(2, "No such file", "f.txt")
print(e, e.errno, e.strerror, e.filename, OSError("x"), OSError("x").errno)
try:
    raise FileNotFoundError(2, "gone")
except OSError as e:
    print(e)
import io
with open(p) as f:
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print("caught", isinstance(e, OSError), isinstance(e, ValueError), e)
os.remove(p)
os.remove(binary)
