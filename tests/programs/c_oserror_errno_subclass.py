# OSError(errno, ...) makes the subclass CPython makes for that errno (FileExistsError and
# the others); OSError itself for other numbers and argument counts; a subclass as it is
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
