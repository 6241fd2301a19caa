"""Process statistics for --gc-stats: wall time, CPU time and peak RSS; the process's
address-space limit (RPython)."""

import os
import sys

from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.rtyper.tool import rffi_platform
from rpython.translator.tool.cbuild import ExternalCompilationInfo
from rpython.rlib import rtime

from gclab.interp.util import read_all

_eci = ExternalCompilationInfo(includes=['sys/time.h', 'sys/resource.h'])


class _CConfig:
    _compilation_info_ = _eci
    RUSAGE = rffi_platform.Struct('struct rusage', [('ru_utime', rtime.TIMEVAL),
                                                    ('ru_stime', rtime.TIMEVAL),
                                                    ('ru_maxrss', rffi.LONG)])
    RUSAGE_SELF = rffi_platform.ConstantInteger('RUSAGE_SELF')
    RLIMIT = rffi_platform.Struct('struct rlimit', [('rlim_cur', rffi.ULONG),
                                                    ('rlim_max', rffi.ULONG)])
    RLIMIT_AS = rffi_platform.ConstantInteger('RLIMIT_AS')
    RLIMIT_STACK = rffi_platform.ConstantInteger('RLIMIT_STACK')


_config = rffi_platform.configure(_CConfig)
RUSAGE = _config['RUSAGE']
RUSAGE_SELF = _config['RUSAGE_SELF']
RLIMIT = _config['RLIMIT']
RLIMIT_AS = _config['RLIMIT_AS']
RLIMIT_STACK = _config['RLIMIT_STACK']
c_getrlimit = rffi.llexternal('getrlimit', [rffi.INT, lltype.Ptr(RLIMIT)], rffi.INT,
                              compilation_info=_eci, releasegil=False)
c_getrusage = rffi.llexternal('getrusage', [rffi.INT, lltype.Ptr(RUSAGE)], rffi.INT,
                              compilation_info=_eci, releasegil=False)


def _seconds(tv):
    return float(rffi.getintfield(tv, 'c_tv_sec')) + \
        float(rffi.getintfield(tv, 'c_tv_usec')) * 1e-6


def rusage():
    """(user seconds, system seconds, peak RSS in KiB) of this process.  The peak is
    peak_rss_kb()'s, with getrusage's ru_maxrss where /proc is not there."""
    with lltype.scoped_alloc(RUSAGE) as ru:
        c_getrusage(RUSAGE_SELF, ru)
        return (_seconds(ru.c_ru_utime), _seconds(ru.c_ru_stime),
                peak_rss_kb(rffi.getintfield(ru, 'c_ru_maxrss')))


def peak_rss_kb(fallback):
    """The peak resident set size of this program in KiB: VmHWM of /proc/self/status,
    the high-water mark of the address space the program runs in.  getrusage's
    ru_maxrss is not that on Linux: execve() keeps the larger of the peaks of the image
    it replaces and of the new one, so a program started by a large process (a test
    runner, a Python harness: fork or vfork, then exec) would report at least that
    process's size.  `fallback` if the file cannot be read or has no VmHWM line."""
    try:
        fd = os.open('/proc/self/status', os.O_RDONLY, 0)
    except OSError:
        return fallback
    try:
        try:
            status = read_all(fd)
        finally:
            os.close(fd)
    except OSError:
        return fallback
    return parse_vmhwm(status, fallback)


def parse_vmhwm(status, fallback):
    """The number of the `VmHWM:   1234 kB` line of a /proc/PID/status text."""
    start = status.find('VmHWM:')
    if start < 0 or (start > 0 and status[start - 1] != '\n'):
        return fallback
    i = start + len('VmHWM:')
    n = len(status)
    while i < n and (status[i] == ' ' or status[i] == '\t'):
        i += 1
    j = i
    while j < n and '0' <= status[j] <= '9':
        j += 1
    if j == i:
        return fallback
    return int(status[i:j])


def address_space_limit():
    """The soft limit on this process's address space in bytes (RLIMIT_AS, what
    `ulimit -v` sets), or -1 if there is none."""
    return soft_limit(RLIMIT_AS)


def stack_limit():
    """The soft limit on the main thread's stack in bytes (RLIMIT_STACK, `ulimit -s`;
    glibc's default for new threads too), or -1 if there is none."""
    return soft_limit(RLIMIT_STACK)


def soft_limit(resource):
    with lltype.scoped_alloc(RLIMIT) as rl:
        if c_getrlimit(resource, rl) != 0:
            return -1
        limit = rl.c_rlim_cur
        if limit == rffi.cast(rffi.ULONG, -1) or limit > rffi.cast(rffi.ULONG,
                                                                  sys.maxint):
            return -1       # RLIM_INFINITY
        return rffi.cast(lltype.Signed, limit)
