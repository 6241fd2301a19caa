# errno: the Linux error numbers, their aliases, errorcode (contents, names), and that
# OSErrors raised by the interpreter carry matching errno values
import errno

names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names))
for n in names:
    print(n, getattr(errno, n), errno.errorcode[getattr(errno, n)])
print(len(errno.errorcode), sorted(errno.errorcode.items()))
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EDEADLK == errno.EDEADLOCK,
      errno.EOPNOTSUPP == errno.ENOTSUP)
print(type(errno.errorcode), all(type(k) is int for k in errno.errorcode))
print(sorted(n for n in dir(errno) if not n.startswith('E') and not n.startswith('__')))
try:
    open('/nonexistent/dir/file.txt')
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])
try:
    open('/', 'w')
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
e = OSError(errno.EEXIST, 'exists')
print(e.errno, e.strerror, errno.errorcode[e.errno])
