# platform: what the machine is (the same as python3's on the machine it runs on) and
# the shape of what the interpreter says about itself.
import platform
import sys

print(platform.system(), platform.machine(), platform.node() != '')
print(platform.release() == platform.uname().release, platform.version() == platform.uname()[3])
u = platform.uname()
print(repr(u))
print(len(u), list(u)[:5] == [u.system, u.node, u.release, u.version, u.machine])
print(u[0], u[-2], u[1:3], u.processor == platform.processor())
print(platform.architecture())
print(platform.platform())
print(platform.platform(terse=True) == platform.platform())
print(platform.libc_ver())
print(platform.mac_ver(), platform.win32_ver())

t = platform.python_version_tuple()
print(type(t).__name__, len(t), [type(x).__name__ for x in t], t[:2])
print(platform.python_version() == '.'.join(t))
print(platform.python_version().startswith('%d.%d.' % sys.version_info[:2]))
impl = platform.python_implementation()
print(type(impl).__name__, impl == sys.implementation.name or impl == 'CPython')
print(type(platform.python_compiler()).__name__, len(platform.python_build()))

info = platform.freedesktop_os_release()
print(sorted(k for k in ('NAME', 'ID', 'PRETTY_NAME') if k in info))
print(info == platform.freedesktop_os_release())

import os
u = os.uname()
print(u, len(u), u.sysname == u[0] == platform.system(), u.machine == u[-1])
print(type(u).__name__, u.nodename == platform.node(), tuple(u) == tuple(platform.uname())[:5])
