"""Process statistics for --gc-stats: wall time, CPU time and peak RSS (RPython)."""

from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.rtyper.tool import rffi_platform
from rpython.translator.tool.cbuild import ExternalCompilationInfo
from rpython.rlib import rtime

_eci = ExternalCompilationInfo(includes=['sys/time.h', 'sys/resource.h'])


class _CConfig:
    _compilation_info_ = _eci
    RUSAGE = rffi_platform.Struct('struct rusage', [('ru_utime', rtime.TIMEVAL),
                                                    ('ru_stime', rtime.TIMEVAL),
                                                    ('ru_maxrss', rffi.LONG)])
    RUSAGE_SELF = rffi_platform.ConstantInteger('RUSAGE_SELF')


_config = rffi_platform.configure(_CConfig)
RUSAGE = _config['RUSAGE']
RUSAGE_SELF = _config['RUSAGE_SELF']
c_getrusage = rffi.llexternal('getrusage', [rffi.INT, lltype.Ptr(RUSAGE)], rffi.INT,
                              compilation_info=_eci, releasegil=False)


def _seconds(tv):
    return float(rffi.getintfield(tv, 'c_tv_sec')) + \
        float(rffi.getintfield(tv, 'c_tv_usec')) * 1e-6


def rusage():
    """(user seconds, system seconds, peak RSS in KiB) of this process."""
    with lltype.scoped_alloc(RUSAGE) as ru:
        c_getrusage(RUSAGE_SELF, ru)
        return (_seconds(ru.c_ru_utime), _seconds(ru.c_ru_stime),
                rffi.getintfield(ru, 'c_ru_maxrss'))
