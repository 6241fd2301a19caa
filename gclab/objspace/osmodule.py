"""The builtin module `posix`: the operating-system calls under gclab/lib/os.py
(RPython).  Each raises the OSError subclass CPython raises for its errno, with the
path as filename (gclab.objspace.fileobject.os_error)."""

import os

from rpython.rlib import rposix

from gclab.objspace.argspec import Spec
from gclab.objspace.fileobject import os_error, path_of
from gclab.objspace import bytesobject
from gclab.objspace.strobject import W_Str

ONE_PATH = Spec('posix.call(path, /)')
TWO_PATHS = Spec('posix.call(src, dst, /)')
MKDIR = Spec('posix.mkdir(path, mode=511, /)')
ONE_INT = Spec('posix.call(n, /)')
NO_ARGS = Spec('posix.call()')


def path_arg(space, w_path):
    path = path_of(space, w_path)
    if '\x00' in path:
        raise space.error(space.w_ValueError, 'embedded null byte')
    return path


def one_path(space, args):
    w_path = ONE_PATH.unpack(space, args)[0]
    return w_path, path_arg(space, w_path)


def posix_getcwd(space, args):
    NO_ARGS.check(space, args)
    try:
        return space.newstr(os.getcwd())
    except OSError as e:
        raise os_error(space, e.errno, None)


def posix_chdir(space, args):
    w_path, path = one_path(space, args)
    try:
        os.chdir(path)
    except OSError as e:
        raise os_error(space, e.errno, w_path)
    return space.w_None


def posix_listdir(space, args):
    w_path, path = one_path(space, args)
    try:
        names = os.listdir(path)
    except OSError as e:
        raise os_error(space, e.errno, w_path)
    if isinstance(w_path.builtin_value(), W_Str):
        return space.newlist([space.newstr(n) for n in names])
    return space.newlist([space.newbytes(n) for n in names])   # a bytes path: bytes


def posix_stat(space, args):
    """(st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size, st_atime,
    st_mtime, st_ctime): os.py makes its stat_result."""
    w_path, path = one_path(space, args)
    try:
        st = os.stat(path)
    except OSError as e:
        raise os_error(space, e.errno, w_path)
    return stat_tuple(space, st)


def posix_lstat(space, args):
    """As stat, of a symbolic link itself."""
    w_path, path = one_path(space, args)
    try:
        st = os.lstat(path)
    except OSError as e:
        raise os_error(space, e.errno, w_path)
    return stat_tuple(space, st)


def stat_tuple(space, st):
    return space.newtuple([space.newint(st.st_mode), space.newint(int(st.st_ino)),
                           space.newint(int(st.st_dev)), space.newint(st.st_nlink),
                           space.newint(st.st_uid), space.newint(st.st_gid),
                           space.newint(int(st.st_size)), space.newfloat(st.st_atime),
                           space.newfloat(st.st_mtime), space.newfloat(st.st_ctime)])


def posix_readlink(space, args):
    w_path, path = one_path(space, args)
    try:
        target = os.readlink(path)
    except OSError as e:
        raise os_error(space, e.errno, w_path)
    return space.newstr(target)


def posix_remove(space, args):
    w_path, path = one_path(space, args)
    try:
        os.unlink(path)
    except OSError as e:
        raise os_error(space, e.errno, w_path)
    return space.w_None


def posix_rmdir(space, args):
    w_path, path = one_path(space, args)
    try:
        os.rmdir(path)
    except OSError as e:
        raise os_error(space, e.errno, w_path)
    return space.w_None


def posix_mkdir(space, args):
    args_w = MKDIR.unpack(space, args)
    w_path = args_w[0]
    path = path_arg(space, w_path)
    mode = 0777
    if len(args_w) > 1:
        mode = space.int_w(args_w[1])
    try:
        os.mkdir(path, mode)
    except OSError as e:
        raise os_error(space, e.errno, w_path)
    return space.w_None


def posix_rename(space, args):
    w_src, w_dst = TWO_PATHS.unpack(space, args)
    try:
        os.rename(path_arg(space, w_src), path_arg(space, w_dst))
    except OSError as e:
        raise os_error(space, e.errno, w_src, w_dst)
    return space.w_None


def posix_getpid(space, args):
    NO_ARGS.check(space, args)
    return space.newint(os.getpid())


def posix_uname(space, args):
    """(sysname, nodename, release, version, machine), os.py makes the uname_result."""
    NO_ARGS.check(space, args)
    try:
        sysname, nodename, release, version, machine = os.uname()
    except OSError as e:
        raise os_error(space, e.errno, None)
    return space.newtuple([space.newstr(sysname), space.newstr(nodename),
                           space.newstr(release), space.newstr(version),
                           space.newstr(machine)])


def posix__exit(space, args):
    """os._exit(n): the process ends at once, as CPython's: no atexit functions, no
    finalizers.  What the program printed is written first (as CPython's line-buffered
    or unbuffered stdout has it; a block-buffered CPython stdout would lose it)."""
    status = space.int_w(ONE_INT.unpack(space, args)[0])
    space.flush_stdout()
    os._exit(status)
    return space.w_None


def posix_strerror(space, args):
    return space.newstr(os.strerror(space.int_w(ONE_INT.unpack(space, args)[0])))


def posix_urandom(space, args):
    n = space.int_w(ONE_INT.unpack(space, args)[0])
    if n < 0:
        raise space.error(space.w_ValueError, 'negative argument not allowed')
    chunks = []
    got = 0
    try:
        fd = os.open('/dev/urandom', os.O_RDONLY, 0)
        try:
            while got < n:
                data = os.read(fd, n - got)
                if not data:
                    break
                chunks.append(data)
                got += len(data)
        finally:
            os.close(fd)
    except OSError as e:
        raise os_error(space, e.errno, None)
    return bytesobject.W_Bytes(''.join(chunks))


SC_NPROCESSORS_ONLN = os.sysconf_names['SC_NPROCESSORS_ONLN']    # (read at import)


def posix_cpu_count(space, args):
    NO_ARGS.check(space, args)
    try:
        n = rposix.sysconf(SC_NPROCESSORS_ONLN)
    except OSError:
        n = 0
    if n <= 0:
        return space.w_None
    return space.newint(n)


def posix_environ(space, args):
    """The environment as a new dict of str (os.py keeps it as os.environ)."""
    NO_ARGS.check(space, args)
    w_dict = space.newdict()
    for key, value in os.environ.items():
        space.setitem(w_dict, space.newstr(key), space.newstr(value))
    return w_dict


def posix_isatty(space, args):
    return space.newbool(os.isatty(space.int_w(ONE_INT.unpack(space, args)[0])))


POSIX_FUNCTIONS = [('getcwd', posix_getcwd), ('chdir', posix_chdir),
                   ('listdir', posix_listdir), ('stat', posix_stat),
                   ('lstat', posix_lstat), ('readlink', posix_readlink),
                   ('remove', posix_remove), ('rmdir', posix_rmdir),
                   ('mkdir', posix_mkdir), ('rename', posix_rename),
                   ('getpid', posix_getpid), ('strerror', posix_strerror),
                   ('urandom', posix_urandom), ('cpu_count', posix_cpu_count),
                   ('environ', posix_environ), ('isatty', posix_isatty),
                   ('uname', posix_uname), ('_exit', posix__exit)]


def install(space):
    w_mod = space.new_module('posix')
    for name, impl in POSIX_FUNCTIONS:
        w_mod.dict_w[name] = space.wrap_builtin(name, impl)
    space.modules_w['posix'] = w_mod
