"""The builtin module `_resource`: getrusage, getrlimit, setrlimit and the page size,
the system calls under gclab/lib/resource.py (RPython).  getrusage's numbers are the
kernel's, ru_maxrss included (in KiB on Linux, as CPython reports it)."""

import errno

from rpython.rlib import rposix, rtime
from rpython.rlib.unroll import unrolling_iterable
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.rtyper.tool import rffi_platform
from rpython.translator.tool.cbuild import ExternalCompilationInfo

from gclab.objspace.argspec import Spec
from gclab.objspace.fileobject import os_error

_eci = ExternalCompilationInfo(includes=['sys/time.h', 'sys/resource.h', 'unistd.h'])

# struct rusage's fields after the two times, in CPython's order
LONG_FIELDS = ['ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss', 'ru_minflt', 'ru_majflt',
               'ru_nswap', 'ru_inblock', 'ru_oublock', 'ru_msgsnd', 'ru_msgrcv',
               'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw']

# the constants resource.py exports (those this system's headers define)
CONSTANT_NAMES = ['RUSAGE_SELF', 'RUSAGE_CHILDREN', 'RUSAGE_THREAD',
                  'RLIMIT_CPU', 'RLIMIT_FSIZE', 'RLIMIT_DATA', 'RLIMIT_STACK',
                  'RLIMIT_CORE', 'RLIMIT_RSS', 'RLIMIT_NPROC', 'RLIMIT_NOFILE',
                  'RLIMIT_OFILE', 'RLIMIT_MEMLOCK', 'RLIMIT_AS', 'RLIMIT_LOCKS',
                  'RLIMIT_SIGPENDING', 'RLIMIT_MSGQUEUE', 'RLIMIT_NICE', 'RLIMIT_RTPRIO',
                  'RLIMIT_RTTIME', 'RLIM_NLIMITS']


class _CConfig:
    _compilation_info_ = _eci
    RUSAGE = rffi_platform.Struct('struct rusage',
                                  [('ru_utime', rtime.TIMEVAL), ('ru_stime', rtime.TIMEVAL)]
                                  + [(name, rffi.LONG) for name in LONG_FIELDS])
    RLIMIT = rffi_platform.Struct('struct rlimit', [('rlim_cur', rffi.ULONGLONG),
                                                    ('rlim_max', rffi.ULONGLONG)])
    SC_PAGESIZE = rffi_platform.DefinedConstantInteger('_SC_PAGESIZE')


for _name in CONSTANT_NAMES:
    setattr(_CConfig, _name, rffi_platform.DefinedConstantInteger(_name))

_config = rffi_platform.configure(_CConfig)
RUSAGE = _config['RUSAGE']
RLIMIT = _config['RLIMIT']
SC_PAGESIZE = _config['SC_PAGESIZE']
UNROLL_LONG_FIELDS = unrolling_iterable(['c_' + name for name in LONG_FIELDS])
CONSTANTS = [(name, _config[name]) for name in CONSTANT_NAMES
             if _config[name] is not None]
RLIM_NLIMITS = _config['RLIM_NLIMITS'] or 16

c_getrusage = rffi.llexternal('getrusage', [rffi.INT, lltype.Ptr(RUSAGE)], rffi.INT,
                              compilation_info=_eci, releasegil=False,
                              save_err=rffi.RFFI_SAVE_ERRNO)
c_getrlimit = rffi.llexternal('getrlimit', [rffi.INT, lltype.Ptr(RLIMIT)], rffi.INT,
                              compilation_info=_eci, releasegil=False,
                              save_err=rffi.RFFI_SAVE_ERRNO)
c_setrlimit = rffi.llexternal('setrlimit', [rffi.INT, lltype.Ptr(RLIMIT)], rffi.INT,
                              compilation_info=_eci, releasegil=False,
                              save_err=rffi.RFFI_SAVE_ERRNO)
c_sysconf = rffi.llexternal('sysconf', [rffi.INT], rffi.LONG, compilation_info=_eci,
                            releasegil=False)

ONE_INT = Spec('_resource.call(n, /)')
SETRLIMIT = Spec('_resource.setrlimit(resource, soft, hard, /)')
NO_ARGS = Spec('_resource.getpagesize()')


def _seconds(tv):
    return float(rffi.getintfield(tv, 'c_tv_sec')) + \
        float(rffi.getintfield(tv, 'c_tv_usec')) * 1e-6


def resource_getrusage(space, args):
    """The 16 numbers of getrusage(who) as a tuple: two float seconds, 14 ints."""
    who = space.int_w(ONE_INT.unpack(space, args)[0])
    values_w = []
    with lltype.scoped_alloc(RUSAGE, zero=True) as ru:
        if c_getrusage(rffi.cast(rffi.INT, who), ru) != 0:
            err = rposix.get_saved_errno()
            if err == errno.EINVAL:
                raise space.error(space.w_ValueError, 'invalid who parameter')
            raise os_error(space, err, None)
        values_w.append(space.newfloat(_seconds(ru.c_ru_utime)))
        values_w.append(space.newfloat(_seconds(ru.c_ru_stime)))
        for cname in UNROLL_LONG_FIELDS:
            values_w.append(space.newint(rffi.getintfield(ru, cname)))
    return space.newtuple(values_w)


def check_resource(space, resource):
    if resource < 0 or resource >= RLIM_NLIMITS:
        raise space.error(space.w_ValueError, 'invalid resource specified')


def resource_getrlimit(space, args):
    """(soft, hard) of a resource; RLIM_INFINITY is -1, as CPython's."""
    resource = space.int_w(ONE_INT.unpack(space, args)[0])
    check_resource(space, resource)
    with lltype.scoped_alloc(RLIMIT) as rl:
        if c_getrlimit(rffi.cast(rffi.INT, resource), rl) != 0:
            raise os_error(space, rposix.get_saved_errno(), None)
        soft = rffi.getintfield(rl, 'c_rlim_cur')       # (RLIM_INFINITY: -1)
        hard = rffi.getintfield(rl, 'c_rlim_max')
    return space.newtuple([space.newint(soft), space.newint(hard)])


def resource_setrlimit(space, args):
    args_w = SETRLIMIT.unpack(space, args)
    resource = space.int_w(args_w[0])
    check_resource(space, resource)
    soft = space.int_w(args_w[1])
    hard = space.int_w(args_w[2])
    with lltype.scoped_alloc(RLIMIT) as rl:
        rffi.setintfield(rl, 'c_rlim_cur', soft)
        rffi.setintfield(rl, 'c_rlim_max', hard)
        if c_setrlimit(rffi.cast(rffi.INT, resource), rl) != 0:
            err = rposix.get_saved_errno()
            if err == errno.EINVAL:
                raise space.error(space.w_ValueError, 'current limit exceeds maximum limit')
            if err == errno.EPERM:
                raise space.error(space.w_ValueError, 'not allowed to raise maximum limit')
            raise os_error(space, err, None)
    return space.w_None


def resource_getpagesize(space, args):
    NO_ARGS.check(space, args)
    size = 4096
    if SC_PAGESIZE is not None:
        n = rffi.cast(lltype.Signed, c_sysconf(rffi.cast(rffi.INT, SC_PAGESIZE)))
        if n > 0:
            size = n
    return space.newint(size)


RESOURCE_FUNCTIONS = [('getrusage', resource_getrusage), ('getrlimit', resource_getrlimit),
                      ('setrlimit', resource_setrlimit),
                      ('getpagesize', resource_getpagesize)]


def install(space):
    w_mod = space.new_module('_resource')
    for name, impl in RESOURCE_FUNCTIONS:
        w_mod.dict_w[name] = space.wrap_builtin(name, impl)
    for name, value in CONSTANTS:
        w_mod.dict_w[name] = space.newint(value)
    space.modules_w['_resource'] = w_mod
