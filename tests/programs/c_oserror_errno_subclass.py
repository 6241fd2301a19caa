# OSError(errno, ...) makes the subclass CPython makes for that errno (FileExistsError and
# the others); args, str and filename2 as CPython; os.rename names both files
import errno
for n in [errno.EEXIST, errno.ENOENT, errno.EACCES, errno.EPIPE, errno.EINTR, errno.EAGAIN, 999]:
    e = OSError(n, 'msg', 'f')
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
print(type(OSError(2)).__name__, type(OSError('x', 'y')).__name__, type(IOError(2, 'x')).__name__)
try:
    open('/nonexistent/x')
except FileNotFoundError as e:
    print('fnf', e.errno)
class MyOS(OSError): pass
print(type(MyOS(2, 'x')).__name__)
e = OSError(2, "No such file or directory", "a", None, "b")
print(str(e), e.filename2, e.args, type(e).__name__)
e = OSError(2, "x", "a")
print(e.args, e.filename2, str(e))
print(OSError("plain").filename2, OSError(1,2,3,4,5,6).args)
import os
try: os.rename("nonexist_q", "y")
except OSError as e: print(e, e.filename, e.filename2, e.args)
try: open("/nonexistent/zz")
except OSError as e: print(e, e.args, repr(e))
