"""platform for gclab: what the interpreter and the machine are, from sys and os.uname()
(the uname system call).  Written for gclab; what differs from CPython is listed in
docs/stdlib.md (python_implementation() is 'gclab', sys.implementation.name)."""

import os
import sys


def python_implementation():
    """'gclab' (sys.implementation.name): CPython says 'CPython', PyPy 'PyPy'."""
    return sys.implementation.name


def python_version_tuple():
    v = sys.version_info
    return (str(v[0]), str(v[1]), str(v[2]))


def python_version():
    return '.'.join(python_version_tuple())


def python_compiler():
    """What sys.version names between brackets: the translator."""
    text = sys.version
    start = text.rfind('[')
    end = text.rfind(']')
    if start < 0 or end < start:
        return ''
    return text[start + 1:end]


def python_build():
    return ('gclab', '')


def python_branch():
    return ''


def python_revision():
    return ''


class uname_result(tuple):
    """uname()'s result: system, node, release, version, machine and processor (the
    sixth item is reached by iteration, indexing and len(), as CPython's)."""
    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine))

    system = property(lambda self: tuple.__getitem__(self, 0))
    node = property(lambda self: tuple.__getitem__(self, 1))
    release = property(lambda self: tuple.__getitem__(self, 2))
    version = property(lambda self: tuple.__getitem__(self, 3))
    machine = property(lambda self: tuple.__getitem__(self, 4))

    @property
    def processor(self):
        return processor()

    def __iter__(self):
        for i in range(5):
            yield tuple.__getitem__(self, i)
        yield self.processor

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return 6

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __repr__(self):
        return 'uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)' % (
            self.system, self.node, self.release, self.version, self.machine)


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version,
                                    u.machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    """'' : CPython asks `uname -p`, which says 'unknown' on most Linux systems (gclab
    runs no subprocess)."""
    return ''


def architecture(executable=None, bits='', linkage=''):
    """The pointer size of this interpreter and its executable format ('ELF' on
    Linux); the executable itself is not examined."""
    if not bits:
        bits = '%dbit' % (sys.maxsize.bit_length() + 1)
    if not linkage and sys.platform.startswith('linux'):
        linkage = 'ELF'
    return bits, linkage


def _libc_path():
    try:
        with open('/proc/self/maps') as f:
            for line in f:
                path = line.rstrip('\n').split(' ')[-1]
                name = path.rsplit('/', 1)[-1]
                if name.startswith('libc.so') or name.startswith('libc-'):
                    return path
    except OSError:
        pass
    return None


_libc_cache = None


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """('glibc', version) of the C library this process has mapped (its 'release
    version' line), else (lib, version) as given."""
    global _libc_cache
    if executable is None:
        if _libc_cache is None:
            _libc_cache = ('', '')
            path = _libc_path()
            if path is not None:
                try:
                    with open(path, 'rb') as f:
                        data = f.read()
                except OSError:
                    data = b''
                i = data.find(b'release version ')
                if data.find(b'GNU C Library') >= 0 and i >= 0:
                    j = i + len(b'release version ')
                    k = j
                    while k < len(data) and data[k] in b'0123456789.':
                        k += 1
                    _libc_cache = ('glibc', data[j:k].decode('ascii').rstrip('.'))
        if _libc_cache[0]:
            return _libc_cache
    return lib, version


def platform(aliased=False, terse=False):
    u = uname()
    parts = [u.system, u.release, u.machine]
    if u.system == 'Linux':
        lib, ver = libc_ver()
        if lib:
            parts.append('with-' + lib + ver)
    text = '-'.join(p for p in parts if p)
    text = text.replace(' ', '_').replace('/', '-').replace('\\', '-').replace(
        ':', '-').replace(';', '-').replace('"', '-').replace('(', '-').replace(')', '-')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


def freedesktop_os_release():
    """/etc/os-release (or /usr/lib/os-release) as a dict, NAME, ID and PRETTY_NAME
    defaulting as CPython's."""
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path, encoding='utf-8') as f:
                lines = f.read().splitlines()
        except OSError as exc:
            error = exc
            continue
        info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
        for line in lines:
            line = line.strip()
            if not line or line.startswith('#') or '=' not in line:
                continue
            key, value = line.split('=', 1)
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
                value = value[1:-1]
                for esc in ('\\\\', '\\$', '\\"', "\\'", '\\`'):
                    value = value.replace(esc, esc[1])
            info[key.strip()] = value
        return info
    raise error


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo
