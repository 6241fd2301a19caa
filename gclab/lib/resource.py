"""resource for gclab: getrusage, getrlimit, setrlimit and getpagesize on the system
calls of the builtin module _resource (gclab/objspace/resourcemodule.py).  Written
for gclab; what differs from CPython is listed in docs/stdlib.md."""

import _resource
from operator import index as _int

error = OSError

for _name in dir(_resource):
    if _name.startswith('RUSAGE_') or _name.startswith('RLIMIT_'):
        globals()[_name] = getattr(_resource, _name)
del _name
RLIM_INFINITY = -1


class struct_rusage(tuple):
    """getrusage()'s result: a 16-tuple whose items are also ru_utime ... ru_nivcsw."""
    _fields = ('ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss',
               'ru_minflt', 'ru_majflt', 'ru_nswap', 'ru_inblock', 'ru_oublock',
               'ru_msgsnd', 'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw')
    n_fields = n_sequence_fields = 16
    n_unnamed_fields = 0

    def __new__(cls, sequence):
        values = tuple(sequence)
        if len(values) != 16:
            raise TypeError('resource.struct_rusage() takes a 16-sequence '
                            '(%d-sequence given)' % len(values))
        return tuple.__new__(cls, values)

    ru_utime = property(lambda self: self[0], doc='user time used')
    ru_stime = property(lambda self: self[1], doc='system time used')
    ru_maxrss = property(lambda self: self[2], doc='max. resident set size')
    ru_ixrss = property(lambda self: self[3], doc='shared memory size')
    ru_idrss = property(lambda self: self[4], doc='unshared data size')
    ru_isrss = property(lambda self: self[5], doc='unshared stack size')
    ru_minflt = property(lambda self: self[6], doc='page faults not requiring I/O')
    ru_majflt = property(lambda self: self[7], doc='page faults requiring I/O')
    ru_nswap = property(lambda self: self[8], doc='number of swap outs')
    ru_inblock = property(lambda self: self[9], doc='block input operations')
    ru_oublock = property(lambda self: self[10], doc='block output operations')
    ru_msgsnd = property(lambda self: self[11], doc='IPC messages sent')
    ru_msgrcv = property(lambda self: self[12], doc='IPC messages received')
    ru_nsignals = property(lambda self: self[13], doc='signals received')
    ru_nvcsw = property(lambda self: self[14], doc='voluntary context switches')
    ru_nivcsw = property(lambda self: self[15], doc='involuntary context switches')

    def __repr__(self):
        return 'resource.struct_rusage(%s)' % ', '.join(
            '%s=%r' % (self._fields[i], self[i]) for i in range(16))

    def __reduce__(self):
        return (struct_rusage, (tuple(self),))


def getrusage(who):
    return struct_rusage(_resource.getrusage(_int(who)))


def getrlimit(resource):
    return _resource.getrlimit(_int(resource))


def setrlimit(resource, limits):
    resource = _int(resource)
    limits = tuple(limits)
    if len(limits) != 2:
        raise ValueError('expected a tuple of 2 integers')
    _resource.setrlimit(resource, _int(limits[0]), _int(limits[1]))


def getpagesize():
    return _resource.getpagesize()
