"""gclab's one clock (the switch interval, --gc-stats, the cycle collector's pauses,
the time module), below every module that reads it."""

from rpython.rlib import rtime
from rpython.rtyper.lltypesystem import lltype, rffi


def clock_ns(clock_id):
    """clock_gettime(clock_id) in nanoseconds, as an exact integer."""
    with lltype.scoped_alloc(rtime.TIMESPEC) as ts:
        rtime.c_clock_gettime(clock_id, ts)
        return (rffi.getintfield(ts, 'c_tv_sec') * 1000000000 +
                rffi.getintfield(ts, 'c_tv_nsec'))


def monotonic():
    """CLOCK_MONOTONIC in seconds."""
    return clock_ns(rtime.CLOCK_MONOTONIC) * 1e-9
