"""The builtin modules sys, time and math (RPython)."""

from rpython.rlib import rtime
from rpython.rtyper.lltypesystem import lltype, rffi

from gclab.interp.error import OperationError
from gclab.objspace.objects import W_Float, W_Str


def install(space):
    sys = space.new_module('sys')
    sys.dict_w['argv'] = space.newlist([])
    for name, impl in SYS_FUNCTIONS:
        sys.dict_w[name] = space.wrap_builtin(name, impl)
    sys.dict_w['maxsize'] = space.newint(2 ** 63 - 1)
    space.modules_w['sys'] = sys
    tm = space.new_module('time')
    for name, impl in TIME_FUNCTIONS:
        tm.dict_w[name] = space.wrap_builtin(name, impl)
    space.modules_w['time'] = tm


def sys_exit(space, args):
    args_w = args.args_w
    exc_args_w = []
    if args_w:
        exc_args_w = [args_w[0]]
    raise OperationError(space.new_exception(space.w_SystemExit, exc_args_w))


def sys_setrecursionlimit(space, args):
    from gclab.objspace.builtins import arity
    w_n = arity(space, args, 'setrecursionlimit', 1, 1)[0]
    n = space.int_w(w_n)
    if n < 1:
        raise space.error(space.w_ValueError, 'recursion limit must be greater or equal '
                          'than 1')
    space.recursion_limit = n
    return space.w_None


def sys_getrecursionlimit(space, args):
    return space.newint(space.recursion_limit)


SYS_FUNCTIONS = [
    ('exit', sys_exit),
    ('setrecursionlimit', sys_setrecursionlimit),
    ('getrecursionlimit', sys_getrecursionlimit),
]


def monotonic():
    with lltype.scoped_alloc(rtime.TIMESPEC) as ts:
        rtime.c_clock_gettime(rtime.CLOCK_MONOTONIC, ts)
        return (float(rffi.getintfield(ts, 'c_tv_sec')) +
                float(rffi.getintfield(ts, 'c_tv_nsec')) * 1e-9)


def time_time(space, args):
    return space.newfloat(rtime.time())


def time_perf_counter(space, args):
    return space.newfloat(monotonic())


def time_process_time(space, args):
    return space.newfloat(rtime.clock())


TIME_FUNCTIONS = [
    ('time', time_time),
    ('perf_counter', time_perf_counter),
    ('process_time', time_process_time),
]
