"""The builtin modules sys, time and math (RPython)."""

import math
import os

from rpython.rlib import rtime, rfloat
from rpython.rlib.rbigint import rbigint
from rpython.rtyper.lltypesystem import rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo

from gclab.interp import opcodes as op
from gclab.interp.error import OperationError
from gclab.objspace.numberobject import W_Int, W_Float, is_int, bigint_of
from gclab.objspace.typeobject import (W_Type, W_Instance, W_BuiltinSubInstance,
                                       W_ExceptionObject)
from gclab.objspace.tupleobject import W_Tuple
from gclab.objspace.function import W_Property
from gclab.objspace import numbers, sizeof
from gclab.interp import cstack
from gclab.objspace.argspec import Spec
from gclab.objspace.clock import monotonic, clock_ns
from gclab.objspace.streams import W_TextStream
from gclab.objspace.strobject import W_Str
from gclab.objspace import freethreading, tracebackobject
from gclab.objspace.excreport import print_exception, write_report


def install(space):
    sys = space.new_module('sys')
    sys.dict_w['argv'] = space.newlist([])
    for name, impl in SYS_FUNCTIONS:
        sys.dict_w[name] = space.wrap_builtin(name, impl)
    sys.dict_w['__excepthook__'] = sys.dict_w['excepthook']
    sys.dict_w['__displayhook__'] = sys.dict_w['displayhook']
    sys.dict_w['maxsize'] = space.newint(2 ** 63 - 1)
    sys.dict_w['maxunicode'] = space.newint(0x10ffff)
    sys.dict_w['api_version'] = space.newint(1013)           # CPython 3.11's C API
    sys.dict_w['warnoptions'] = space.newlist([])             # (no -W option)
    sys.dict_w['dont_write_bytecode'] = space.w_True         # (gclab writes none)
    sys.dict_w['hexversion'] = space.newint(0x030b00f0)        # 3.11.0 final
    sys.dict_w['float_repr_style'] = space.newstr('short')
    sys.dict_w['executable'] = space.newstr('')               # (set_argv sets it)
    for name in ['prefix', 'base_prefix', 'exec_prefix', 'base_exec_prefix']:
        sys.dict_w[name] = space.newstr('')       # (set_argv too: no new key at run time)
    sys.dict_w['platform'] = space.newstr('linux')
    sys.dict_w['byteorder'] = space.newstr('little')
    sys.dict_w['version_info'] = new_version_info(space)
    sys.dict_w['float_info'] = new_float_info(space)
    sys.dict_w['int_info'] = new_int_info(space)
    sys.dict_w['flags'] = new_flags(space)
    sys.dict_w['hash_info'] = new_hash_info(space)
    sys.dict_w['thread_info'] = new_thread_info(space)
    sys.dict_w['version'] = space.newstr(SYS_VERSION % space.plan_name)
    sys.dict_w['path'] = space.newlist([])
    sys.dict_w['implementation'] = implementation = space.new_module('implementation')
    implementation.dict_w['name'] = space.newstr('gclab')
    implementation.dict_w['cache_tag'] = space.w_None
    implementation.dict_w['version'] = sys.dict_w['version_info']
    implementation.dict_w['plan'] = space.newstr(space.plan_name)
    sys.dict_w['stdout'] = W_TextStream(1, '<stdout>')
    sys.dict_w['stderr'] = W_TextStream(2, '<stderr>')
    sys.dict_w['__stdout__'] = sys.dict_w['stdout']
    sys.dict_w['__stderr__'] = sys.dict_w['stderr']
    space.modules_w['sys'] = sys
    tm = space.new_module('time')
    for name, impl in TIME_FUNCTIONS:
        tm.dict_w[name] = space.wrap_builtin(name, impl)
    tm.dict_w['struct_time'] = new_struct_time_type(space)
    tm.dict_w['timezone'] = space.newint(0)
    tm.dict_w['altzone'] = space.newint(0)
    tm.dict_w['daylight'] = space.newint(0)
    tm.dict_w['tzname'] = space.newtuple([space.newstr('UTC'), space.newstr('UTC')])
    space.modules_w['time'] = tm
    m = space.new_module('math')
    for name, impl in MATH_FUNCTIONS:
        m.dict_w[name] = space.wrap_builtin(name, impl)
    m.dict_w['pi'] = space.newfloat(math.pi)
    m.dict_w['e'] = space.newfloat(math.e)
    m.dict_w['tau'] = space.newfloat(2.0 * math.pi)
    m.dict_w['inf'] = space.newfloat(rfloat.INFINITY)
    m.dict_w['nan'] = space.newfloat(rfloat.NAN)
    space.modules_w['math'] = m


# --- declared arguments (see gclab.objspace.argspec) -----------------------------------------

MATH_CEIL = Spec('math.ceil(x, /)')
MATH_COMB = Spec('math.comb(n, k, /)')
MATH_FABS = Spec('math.fabs(x, /)')
MATH_FACTORIAL = Spec('math.factorial(n, /)')
MATH_FLOOR = Spec('math.floor(x, /)')
MATH_FSUM = Spec('math.fsum(seq, /)')
MATH_ISCLOSE = Spec('math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)')
MATH_ISQRT = Spec('math.isqrt(n, /)')
MATH_LOG10 = Spec('math.log10(x, /)')
MATH_LOG2 = Spec('math.log2(x, /)')
MATH_MODF = Spec('math.modf(x, /)')
MATH_PERM = Spec('math.perm(n, k=None, /)')
MATH_PROD = Spec('math.prod(iterable, /, *, start=1)')
MATH_TRUNC = Spec('math.trunc(x, /)')
SYS_EXCEPTION = Spec('sys.exception()')
SYS_INTERN = Spec('sys.intern(string, /)')
TIME_GMTIME = Spec('time.gmtime(seconds=None, /)')
TIME_LOCALTIME = Spec('time.localtime(seconds=None, /)')
TIME_STRFTIME = Spec('time.strftime(format, time_tuple=None, /)')
TIME_ASCTIME = Spec('time.asctime(time_tuple=None, /)')
TIME_CTIME = Spec('time.ctime(seconds=None, /)')
TIME_MKTIME = Spec('time.mktime(time_tuple, /)')
TIME_STRPTIME = Spec('time.strptime(string, format=\'%a %b %d %H:%M:%S %Y\', /)')
SYS_EXC_INFO = Spec('sys.exc_info()')
SYS_GCLAB_TRACEBACK = Spec('sys._gclab_traceback(exc, /)')
SYS_GETFRAME = Spec('sys._getframe(depth=0, /)')
SYS_EXIT = Spec('sys.exit(status=None, /)')
SYS_GETRECURSIONLIMIT = Spec('sys.getrecursionlimit()')
SYS_GETDEFAULTENCODING = Spec('sys.getdefaultencoding()')
SYS_SETRECURSIONLIMIT = Spec('sys.setrecursionlimit(limit, /)')
SYS_GET_INT_MAX_STR_DIGITS = Spec('sys.get_int_max_str_digits()')
SYS_SET_INT_MAX_STR_DIGITS = Spec('sys.set_int_max_str_digits(maxdigits)')
TIME_PERF_COUNTER = Spec('time.perf_counter()')
TIME_PROCESS_TIME = Spec('time.process_time()')
TIME_SLEEP = Spec('time.sleep(seconds, /)')
TIME_TIME = Spec('time.time()')
TIME_TIME_NS = Spec('time.time_ns()')
TIME_MONOTONIC_NS = Spec('time.monotonic_ns()')
TIME_PERF_COUNTER_NS = Spec('time.perf_counter_ns()')
TIME_PROCESS_TIME_NS = Spec('time.process_time_ns()')
TIME_THREAD_TIME = Spec('time.thread_time()')
TIME_THREAD_TIME_NS = Spec('time.thread_time_ns()')
SYS_IS_FINALIZING = Spec('sys.is_finalizing()')


# --- sys ----------------------------------------------------------------------------------

# sys.version: the language version gclab follows, then what runs it
SYS_VERSION = '3.11.0 (gclab, memory manager %s) [RPython 0.2.1]'

# Struct sequences (sys.version_info, sys.float_info, sys.int_info, time.struct_time):
# tuples whose items are also named fields, with CPython's repr

VERSION_FIELDS = ['major', 'minor', 'micro', 'releaselevel', 'serial']
FLOAT_INFO_FIELDS = ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
                     'mant_dig', 'epsilon', 'radix', 'rounds']
INT_INFO_FIELDS = ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
                   'str_digits_check_threshold']
FLAGS_FIELDS = ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
                'no_user_site', 'no_site', 'ignore_environment', 'verbose',
                'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode',
                'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits']
HASH_INFO_FIELDS = ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits',
                    'seed_bits', 'cutoff']
THREAD_INFO_FIELDS = ['name', 'lock', 'version']
STRUCT_TIME_FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
                      'tm_wday', 'tm_yday', 'tm_isdst']


def field_getter(k):
    def get(space, args):
        w_self = args.args_w[0].builtin_value()
        assert isinstance(w_self, W_Tuple)
        return w_self.items_w[k]
    get.__name__ = 'struct_field_%d' % k
    return get


FIELD_GETTERS = [field_getter(k) for k in range(len(FLAGS_FIELDS))]


def make_struct_repr(qualname, fields):
    def struct_repr(space, args):
        w_self = args.args_w[0].builtin_value()
        assert isinstance(w_self, W_Tuple)
        parts = ['%s=%s' % (fields[k], space.repr_str(w_self.items_w[k]))
                 for k in range(len(fields))]
        return space.newstr('%s(%s)' % (qualname, ', '.join(parts)))
    struct_repr.__name__ = 'repr_' + qualname.replace('.', '_')
    return struct_repr


version_info_repr = make_struct_repr('sys.version_info', VERSION_FIELDS)
float_info_repr = make_struct_repr('sys.float_info', FLOAT_INFO_FIELDS)
int_info_repr = make_struct_repr('sys.int_info', INT_INFO_FIELDS)
struct_time_repr = make_struct_repr('time.struct_time', STRUCT_TIME_FIELDS)
flags_repr = make_struct_repr('sys.flags', FLAGS_FIELDS)
hash_info_repr = make_struct_repr('sys.hash_info', HASH_INFO_FIELDS)
thread_info_repr = make_struct_repr('sys.thread_info', THREAD_INFO_FIELDS)


def new_struct_type(space, name, module, fields, repr_impl):
    w_type = space.make_type(name, space.w_tuple)
    for k in range(len(fields)):
        w_get = space.wrap_builtin(fields[k], FIELD_GETTERS[k], w_type)
        w_type.dict_w[fields[k]] = W_Property(w_get, None)
    w_type.dict_w['__repr__'] = space.wrap_builtin('__repr__', repr_impl, w_type)
    w_type.dict_w['__module__'] = space.newstr(module)
    return w_type


def new_struct(space, name, fields, repr_impl, values_w):
    w_type = new_struct_type(space, name, 'sys', fields, repr_impl)
    assert len(values_w) == len(fields)
    return W_BuiltinSubInstance(w_type, space.newtuple(values_w))


def new_flags(space):
    """sys.flags: what `python3 script.py` runs with (gclab takes no options that
    would change them); int_max_str_digits -1: the default limit."""
    values_w = [space.newint(0)] * len(FLAGS_FIELDS)
    values_w[FLAGS_FIELDS.index('hash_randomization')] = space.newint(1)
    values_w[FLAGS_FIELDS.index('dev_mode')] = space.w_False
    values_w[FLAGS_FIELDS.index('safe_path')] = space.w_False
    values_w[FLAGS_FIELDS.index('int_max_str_digits')] = space.newint(-1)
    return new_struct(space, 'flags', FLAGS_FIELDS, flags_repr, values_w)


def new_hash_info(space):
    """sys.hash_info: numbers hash as CPython's (modulo 2**61 - 1, inf 314159,
    imag 1000003); strings and bytes with RPython's string hash (not randomized)."""
    return new_struct(space, 'hash_info', HASH_INFO_FIELDS, hash_info_repr, [
        space.newint(64), space.newint(2 ** 61 - 1), space.newint(314159),
        space.newint(0), space.newint(1000003), space.newstr('rpython'),
        space.newint(64), space.newint(0), space.newint(0)])


def new_thread_info(space):
    return new_struct(space, 'thread_info', THREAD_INFO_FIELDS, thread_info_repr, [
        space.newstr('pthread'), space.newstr('mutex+cond'), space.w_None])


def executable_path():
    """sys.executable: the absolute path of the running binary, as the kernel knows it
    ('' if it cannot be found, as CPython)."""
    try:
        return os.readlink('/proc/self/exe')
    except OSError:
        return ''


def prefix_of(executable):
    """sys.prefix: the parent of the executable's directory ('' if unknown)."""
    if not executable.startswith('/'):
        return ''
    path = executable
    for _ in range(2):          # (os.path.dirname, twice)
        cut = path.rfind('/')
        if cut <= 0:
            return '/'
        path = path[:cut]
    return path


def new_version_info(space):
    w_type = new_struct_type(space, 'version_info', 'sys', VERSION_FIELDS,
                             version_info_repr)
    return W_BuiltinSubInstance(w_type, space.newtuple([
        space.newint(3), space.newint(11), space.newint(0), space.newstr('final'),
        space.newint(0)]))


def new_float_info(space):
    w_type = new_struct_type(space, 'float_info', 'sys', FLOAT_INFO_FIELDS,
                             float_info_repr)
    return W_BuiltinSubInstance(w_type, space.newtuple([
        space.newfloat(1.7976931348623157e+308), space.newint(1024), space.newint(308),
        space.newfloat(2.2250738585072014e-308), space.newint(-1021), space.newint(-307),
        space.newint(15), space.newint(53), space.newfloat(2.220446049250313e-16),
        space.newint(2), space.newint(1)]))


def new_int_info(space):
    """CPython's values (30-bit digits): gclab's ints are machine words and rbigints,
    but programs read these to size things, so they get CPython's numbers."""
    w_type = new_struct_type(space, 'int_info', 'sys', INT_INFO_FIELDS, int_info_repr)
    return W_BuiltinSubInstance(w_type, space.newtuple([
        space.newint(30), space.newint(4), space.newint(numbers.INT_MAX_STR_DIGITS),
        space.newint(numbers.INT_MAX_STR_DIGITS_THRESHOLD)]))


def script_dir(args):
    """sys.path[0] as CPython sets it: the script's directory, made absolute (symbolic
    links are not resolved, where CPython resolves them); '' for -c or stdin.  import
    searches it first (gclab.objspace.importing)."""
    if not args or args[0] == '-c' or args[0] == '-':
        return ''
    path = args[0]
    slash = path.rfind('/')
    if slash == 0:
        return '/'
    folder = ''
    if slash > 0:
        folder = path[:slash]
    if folder.startswith('/'):
        if folder.find('/.') < 0 and folder.find('//') < 0:
            return folder
    else:
        try:
            cwd = os.getcwd()
        except OSError:
            return folder
        folder = cwd + '/' + folder
    return normalized(folder)


def normalized(path):
    """An absolute path without '.', '..' and empty parts (os.path.normpath's)."""
    parts = []
    for part in path.split('/'):
        if part == '' or part == '.':
            continue
        if part == '..':
            if parts:
                parts.pop()
            continue
        parts.append(part)
    return '/' + '/'.join(parts)


def sys_exit(space, args):
    args_w = SYS_EXIT.unpack(space, args)
    # the status becomes the exception's args as CPython's PyErr_SetObject makes them:
    # None none, a tuple its items, anything else itself
    exc_args_w = []
    if args_w and args_w[0] is not space.w_None:
        w_status = args_w[0]
        if isinstance(w_status, W_Tuple):
            exc_args_w = w_status.items_w[:]
        else:
            exc_args_w = [w_status]
    raise OperationError(space.new_exception(space.w_SystemExit, exc_args_w))


def sys_setrecursionlimit(space, args):
    w_n = SYS_SETRECURSIONLIMIT.unpack(space, args)[0]
    n = space.int_w(w_n)
    if n < 1:
        raise space.error(space.w_ValueError, 'recursion limit must be greater or equal '
                          'than 1')
    space.recursion_limit = n
    cstack.set_recursion_limit(n)
    return space.w_None


def sys_getdefaultencoding(space, args):
    SYS_GETDEFAULTENCODING.check(space, args)
    return space.newstr('utf-8')


SYS_GETFILESYSTEMENCODING = Spec('sys.getfilesystemencoding()')
SYS_GETFILESYSTEMENCODEERRORS = Spec('sys.getfilesystemencodeerrors()')


def sys_getfilesystemencoding(space, args):
    SYS_GETFILESYSTEMENCODING.check(space, args)
    return space.newstr('utf-8')


def sys_getfilesystemencodeerrors(space, args):
    SYS_GETFILESYSTEMENCODEERRORS.check(space, args)
    return space.newstr('surrogateescape')


def sys_getrecursionlimit(space, args):
    SYS_GETRECURSIONLIMIT.check(space, args)
    return space.newint(space.recursion_limit)


def sys_set_int_max_str_digits(space, args):
    n = space.int_w(SYS_SET_INT_MAX_STR_DIGITS.values(space, args)[0])
    if n != 0 and n < numbers.INT_MAX_STR_DIGITS_THRESHOLD:
        raise space.error(space.w_ValueError, 'maxdigits must be 0 or larger than %d'
                          % numbers.INT_MAX_STR_DIGITS_THRESHOLD)
    space.int_max_str_digits = n
    return space.w_None


def sys_get_int_max_str_digits(space, args):
    SYS_GET_INT_MAX_STR_DIGITS.check(space, args)
    return space.newint(space.int_max_str_digits)


def sys_is_finalizing(space, args):
    """True once the program has ended and gclab runs the finalizers left at exit."""
    SYS_IS_FINALIZING.check(space, args)
    return space.newbool(space.finalizing)


def sys_exception(space, args):
    """The exception being handled (in this frame or a calling one), or None."""
    SYS_EXCEPTION.check(space, args)
    w_exc = space.outer_handled()
    if w_exc is None:
        return space.w_None
    return w_exc


def sys_exc_info(space, args):
    """(type, value, traceback) of the exception being handled."""
    SYS_EXC_INFO.check(space, args)
    w_exc = space.outer_handled()
    if w_exc is None:
        return space.newtuple([space.w_None, space.w_None, space.w_None])
    return space.newtuple([space.type(w_exc), w_exc,
                           tracebackobject.exception_traceback(space, w_exc)])


def sys_getframe(space, args):
    """sys._getframe(depth=0): a snapshot of the frame `depth` calls out from the
    caller's (gclab.objspace.tracebackobject), with its callers' as f_back."""
    args_w = SYS_GETFRAME.unpack(space, args)
    depth = 0
    if len(args_w) > 0 and args_w[0] is not None:
        depth = space.int_w(args_w[0])
    if depth < 0:
        depth = 0
    frames = space.current_ec().running_frames()
    if depth >= len(frames):
        raise space.error(space.w_ValueError, 'call stack is not deep enough')
    return tracebackobject.frame_snapshots(space, frames, depth)


def sys_gclab_traceback(space, args):
    """sys._gclab_traceback(exc): the traceback of an exception that was raised, as a
    list of (filename, lineno, function name), outermost first -- what gclab/lib/
    traceback.py formats (gclab has no traceback objects)."""
    w_exc = SYS_GCLAB_TRACEBACK.unpack(space, args)[0]
    entries_w = []
    if isinstance(w_exc, W_ExceptionObject):
        entry = w_exc.traceback
        while entry is not None:
            code = entry.code
            entries_w.append(space.newtuple([space.newstr(code.filename),
                                             space.newint(entry.lineno),
                                             space.newstr(code.name)]))
            entry = entry.next
    return space.newlist(entries_w)


class InternTable(object):
    """sys.intern's strings: one str object per value, kept for the process's life."""
    def __init__(self):
        self.strings_w = {}


INTERNED = InternTable()


def sys_intern(space, args):
    w_s = SYS_INTERN.unpack(space, args)[0]
    if not isinstance(w_s, W_Str):
        if space.isinstance_w(w_s, space.w_str):
            raise space.error(space.w_TypeError, "can't intern %s" % space.type(w_s).name)
        raise space.error(space.w_TypeError, 'intern() argument must be str, not %s'
                          % space.type(w_s).name)
    held = freethreading.lock_state(freethreading.REGISTRIES)
    try:
        w_known = INTERNED.strings_w.get(w_s.utf8(), None)
        if w_known is None:
            INTERNED.strings_w[w_s.utf8()] = w_s
            w_known = w_s
    finally:
        freethreading.unlock_state(freethreading.REGISTRIES, held)
    return w_known


SYS_EXCEPTHOOK = Spec('sys.excepthook(exctype, value, traceback, /)')


def sys_excepthook(space, args):
    """sys.excepthook(type, value, traceback) (also sys.__excepthook__): the report of
    an uncaught exception, on stderr (the traceback is the exception's own)."""
    w_value = SYS_EXCEPTHOOK.unpack(space, args)[1]
    if not isinstance(w_value, W_ExceptionObject):
        # (CPython's prints this error, as the report, and returns)
        write_report(space, 'TypeError: print_exception(): Exception expected for '
                     'value, %s found\n' % space.type(w_value).name)
        return space.w_None
    print_exception(space, w_value, 0)
    return space.w_None


SYS_DISPLAYHOOK = Spec('sys.displayhook(object, /)')


def sys_displayhook(space, args):
    """sys.displayhook(value) (also sys.__displayhook__), which compile(..., 'single')
    calls with an expression statement's value: nothing for None, else repr(value)
    and a newline on sys.stdout, and builtins._ bound to the value."""
    w_value = SYS_DISPLAYHOOK.unpack(space, args)[0]
    if w_value is space.w_None:
        return space.w_None
    w_builtins = space.w_builtins_module
    space.setattr(w_builtins, '_', space.w_None)       # (as CPython: before the repr)
    text = space.repr_str(w_value) + '\n'
    w_sys = space.modules_w['sys']
    w_out = space.getattr_or_none(w_sys, 'stdout')
    if w_out is None or w_out is space.w_None:
        raise space.error(space.w_RuntimeError, 'lost sys.stdout')
    if isinstance(w_out, W_TextStream):
        w_out.write_text(space, text)
    else:
        space.call_function(space.getattr(w_out, 'write'), [space.newstr(text)])
    space.setattr(w_builtins, '_', w_value)
    return space.w_None


SYS_ADDAUDITHOOK = Spec('sys.addaudithook(hook)')
SYS_AUDIT = Spec('sys.audit(*args)')
SYS_SETTRACE = Spec('sys.settrace(function, /)')
SYS_SETPROFILE = Spec('sys.setprofile(function, /)')
SYS_GETTRACE = Spec('sys.gettrace()')
SYS_GETPROFILE = Spec('sys.getprofile()')


def sys_addaudithook(space, args):
    """sys.addaudithook(hook): sys.audit() calls it from now on.  gclab raises no
    audit events of its own: only the program's sys.audit() calls reach the hooks."""
    w_hook = SYS_ADDAUDITHOOK.values(space, args)[0]
    held = freethreading.lock_state(freethreading.REGISTRIES)
    hooks_w = space.audit_hooks_w
    if hooks_w is None:
        hooks_w = [w_hook]
    else:
        hooks_w = hooks_w + [w_hook]    # (a new list: sys.audit copies none)
    space.audit_hooks_w = hooks_w
    freethreading.unlock_state(freethreading.REGISTRIES, held)
    return space.w_None


def sys_audit(space, args):
    """sys.audit(event, *args): each hook (sys.addaudithook) called with the event
    and the arguments as a tuple, in the order they were added."""
    SYS_AUDIT.check(space, args)
    args_w = args.args_w
    if not args_w:
        raise space.error(space.w_TypeError,
                          "audit() missing 1 required positional argument: 'event'")
    hooks_w = space.audit_hooks_w       # (never changed: replaced by a longer one)
    if hooks_w is None:
        return space.w_None
    if not isinstance(args_w[0], W_Str):
        raise space.error(space.w_TypeError, "expected str for argument 'event', not %s"
                          % space.type(args_w[0]).name)
    w_event_args = space.newtuple(args_w[1:])
    for w_hook in hooks_w:
        space.call_function(w_hook, [args_w[0], w_event_args])
    return space.w_None


def no_tracing(space, spec, args, what):
    """sys.settrace/setprofile: None (no tracing, the only state gclab has) is
    accepted; a function is refused, as gclab calls no trace or profile hooks."""
    w_func = spec.unpack(space, args)[0]
    if w_func is not space.w_None:
        raise space.error(space.w_NotImplementedError, 'gclab: sys.%s() with a function '
                          'is not supported (gclab has no %s hooks)' % (what[0], what[1]))
    return space.w_None


def sys_settrace(space, args):
    return no_tracing(space, SYS_SETTRACE, args, ('settrace', 'line or call trace'))


def sys_setprofile(space, args):
    return no_tracing(space, SYS_SETPROFILE, args, ('setprofile', 'profile'))


def sys_gettrace(space, args):
    SYS_GETTRACE.check(space, args)
    return space.w_None


def sys_getprofile(space, args):
    SYS_GETPROFILE.check(space, args)
    return space.w_None


SYS_FUNCTIONS = [
    ('addaudithook', sys_addaudithook),
    ('audit', sys_audit),
    ('settrace', sys_settrace),
    ('setprofile', sys_setprofile),
    ('gettrace', sys_gettrace),
    ('getprofile', sys_getprofile),
    ('displayhook', sys_displayhook),
    ('excepthook', sys_excepthook),
    ('intern', sys_intern),
    ('getsizeof', sizeof.sys_getsizeof),
    ('getdefaultencoding', sys_getdefaultencoding),
    ('getfilesystemencoding', sys_getfilesystemencoding),
    ('getfilesystemencodeerrors', sys_getfilesystemencodeerrors),
    ('_gclab_traceback', sys_gclab_traceback),
    ('exit', sys_exit),
    ('exception', sys_exception),
    ('is_finalizing', sys_is_finalizing),
    ('exc_info', sys_exc_info),
    ('_getframe', sys_getframe),
    ('setrecursionlimit', sys_setrecursionlimit),
    ('getrecursionlimit', sys_getrecursionlimit),
    ('set_int_max_str_digits', sys_set_int_max_str_digits),
    ('get_int_max_str_digits', sys_get_int_max_str_digits),
]


# --- time -----------------------------------------------------------------------------------

def time_time(space, args):
    TIME_TIME.check(space, args)
    return space.newfloat(rtime.time())


def time_perf_counter(space, args):
    TIME_PERF_COUNTER.check(space, args)
    return space.newfloat(monotonic())


def time_process_time(space, args):
    TIME_PROCESS_TIME.check(space, args)
    return space.newfloat(rtime.clock())


def make_clock_ns(spec, clock_id):
    """time.<clock>_ns(): clock_gettime(clock_id) in nanoseconds, an exact int."""
    def clock(space, args):
        spec.check(space, args)
        return space.newint(clock_ns(clock_id))
    clock.func_name = 'time_' + spec.short
    return clock


time_ns = make_clock_ns(TIME_TIME_NS, rtime.CLOCK_REALTIME)
time_monotonic_ns = make_clock_ns(TIME_MONOTONIC_NS, rtime.CLOCK_MONOTONIC)
time_perf_counter_ns = make_clock_ns(TIME_PERF_COUNTER_NS, rtime.CLOCK_MONOTONIC)
time_process_time_ns = make_clock_ns(TIME_PROCESS_TIME_NS, rtime.CLOCK_PROCESS_CPUTIME_ID)
time_thread_time_ns = make_clock_ns(TIME_THREAD_TIME_NS, rtime.CLOCK_THREAD_CPUTIME_ID)


def time_thread_time(space, args):
    """The CPU time of the calling thread, in seconds."""
    TIME_THREAD_TIME.check(space, args)
    return space.newfloat(clock_ns(rtime.CLOCK_THREAD_CPUTIME_ID) * 1e-9)


def time_sleep(space, args):
    w_secs = TIME_SLEEP.unpack(space, args)[0]
    if isinstance(w_secs, W_Float):
        secs = w_secs.floatval
        if rfloat.isnan(secs):
            raise space.error(space.w_ValueError, 'Invalid value NaN (not a number)')
    elif is_int(w_secs):
        secs = numbers.float_of(space, w_secs)
    else:
        secs = float(space.int_w(w_secs))
    if secs < 0.0:
        raise space.error(space.w_ValueError, 'sleep length must be non-negative')
    # at least secs, as CPython (PEP 475): a signal cuts RPython's select() short, and
    # Boehm stops every thread for a collection with one
    deadline = monotonic() + secs
    while True:
        rtime.sleep(secs)
        secs = deadline - monotonic()
        if secs <= 0.0:
            break
    return space.w_None


# gmtime, localtime, strftime, asctime, ctime, mktime: gclab's local time is UTC (as
# its datetime's), so localtime is gmtime (tm_zone 'UTC') and mktime its inverse

def days_from_civil(y, m, d):
    """Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's algorithm)."""
    if m <= 2:
        y -= 1
    era = y // 400
    yoe = y - era * 400
    if m > 2:
        mp = m - 3
    else:
        mp = m + 9
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_days(z):
    """(year, month, day) of a day number since 1970-01-01."""
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    if mp < 10:
        m = mp + 3
    else:
        m = mp - 9
    if m <= 2:
        y += 1
    return y, m, d


class TimeTuple(object):
    """A struct tm: year, month 1-12, day, hour, minute, second, weekday (Monday 0),
    day of the year (1-366), isdst, zone name."""
    def __init__(self, fields, zone):
        self.fields = fields
        self.zone = zone


def time_tuple_of(secs, zone):
    days = secs // 86400
    rest = secs - days * 86400
    y, m, d = civil_from_days(days)
    yday = days - days_from_civil(y, 1, 1) + 1
    wday = (days + 3) % 7
    return TimeTuple([y, m, d, rest // 3600, (rest // 60) % 60, rest % 60, wday, yday, 0],
                     zone)


def seconds_arg(space, w_secs):
    """The seconds of gmtime/localtime/ctime: now for None, floats floored."""
    if w_secs is None or w_secs is space.w_None:
        return int(math.floor(rtime.time()))
    if isinstance(w_secs, W_Float):
        x = w_secs.floatval
        if rfloat.isnan(x):
            raise space.error(space.w_ValueError, 'Invalid value NaN (not a number)')
        x = math.floor(x)
        if not (-9.2e18 < x < 9.2e18):
            raise time_t_overflow(space)
        secs = int(x)
    else:
        try:
            secs = space.int_w(w_secs)
        except OperationError:
            if is_int(w_secs):
                raise time_t_overflow(space)
            raise
    if not (-67768040609740800 <= secs <= 67767976233316799):
        # beyond a year an int holds: glibc's gmtime fails
        raise space.error(space.w_OverflowError, 'timestamp out of range for platform '
                          'time_t')
    return secs


def time_t_overflow(space):
    return space.error(space.w_OverflowError, 'timestamp out of range for platform time_t')


def new_struct_time_type(space):
    w_type = new_struct_type(space, 'struct_time', 'time', STRUCT_TIME_FIELDS,
                             struct_time_repr)
    w_type.dict_w['tm_zone'] = W_Property(space.wrap_builtin('tm_zone', struct_time_zone,
                                                             w_type), None)
    w_type.dict_w['tm_gmtoff'] = W_Property(space.wrap_builtin('tm_gmtoff',
                                                               struct_time_gmtoff, w_type),
                                            None)
    w_type.dict_w['n_fields'] = space.newint(11)
    w_type.dict_w['n_sequence_fields'] = space.newint(9)
    w_type.dict_w['n_unnamed_fields'] = space.newint(0)
    return w_type


STRUCT_TIME_NEW = Spec('time.struct_time(sequence, dict=None, /)')


def construct_struct_time(space, w_type, args):
    """time.struct_time(sequence): from 9 to 11 items, as CPython (the first 9 are the
    tuple; a 10th is tm_zone)."""
    w_seq = STRUCT_TIME_NEW.unpack(space, args)[0]
    items_w = space.listview(w_seq)
    if len(items_w) < 9:
        raise space.error(space.w_TypeError, 'time.struct_time() takes an at least '
                          '9-sequence (%d-sequence given)' % len(items_w))
    if len(items_w) > 11:
        raise space.error(space.w_TypeError, 'time.struct_time() takes an at most '
                          '11-sequence (%d-sequence given)' % len(items_w))
    w_res = W_BuiltinSubInstance(w_type, space.newtuple(items_w[:9]))
    if len(items_w) > 9:
        w_res.setdictvalue('tm_zone', items_w[9])
    return w_res


def struct_time_zone(space, args):
    w_self = args.args_w[0]
    if isinstance(w_self, W_BuiltinSubInstance):
        w_zone = w_self.getdictvalue('tm_zone')
        if w_zone is not None:
            return w_zone
    return space.newstr('UTC')


def struct_time_gmtoff(space, args):
    return space.newint(0)


def new_struct_time(space, tt):
    w_type = space.getattr(space.modules_w['time'], 'struct_time')
    assert isinstance(w_type, W_Type)
    w_res = W_BuiltinSubInstance(w_type, space.newtuple(
        [space.newint(v) for v in tt.fields]))
    w_res.setdictvalue('tm_zone', space.newstr(tt.zone))
    return w_res


def time_gmtime(space, args):
    args_w = TIME_GMTIME.unpack(space, args)
    w_secs = args_w[0] if args_w else None
    return new_struct_time(space, time_tuple_of(seconds_arg(space, w_secs), 'GMT'))


def time_localtime(space, args):
    args_w = TIME_LOCALTIME.unpack(space, args)
    w_secs = args_w[0] if args_w else None
    return new_struct_time(space, time_tuple_of(seconds_arg(space, w_secs), 'UTC'))


def time_tuple_arg(space, w_t, funcname):
    """A struct_time or 9-tuple as a TimeTuple, with CPython's checks (strftime's and
    asctime's: zeros stand for month/day 1)."""
    if w_t is None or w_t is space.w_None:
        return time_tuple_of(int(math.floor(rtime.time())), 'UTC')
    zone = 'UTC'
    if isinstance(w_t, W_BuiltinSubInstance):
        w_zone = w_t.getdictvalue('tm_zone')
        if w_zone is not None:
            zone = space.str_w(w_zone)
    w_tuple = w_t.builtin_value()
    if not isinstance(w_tuple, W_Tuple):
        raise space.error(space.w_TypeError, 'Tuple or struct_time argument required')
    if len(w_tuple.items_w) != 9:
        raise space.error(space.w_TypeError, '%s(): illegal time tuple argument' % funcname)
    f = [space.int_w(w_x) for w_x in w_tuple.items_w]
    if f[1] == 0:
        f[1] = 1
    elif f[1] < 1 or f[1] > 12:
        raise space.error(space.w_ValueError, 'month out of range')
    if f[2] == 0:
        f[2] = 1
    elif f[2] < 1 or f[2] > 31:
        raise space.error(space.w_ValueError, 'day of month out of range')
    if f[3] < 0 or f[3] > 23:
        raise space.error(space.w_ValueError, 'hour out of range')
    if f[4] < 0 or f[4] > 59:
        raise space.error(space.w_ValueError, 'minute out of range')
    if f[5] < 0 or f[5] > 61:
        raise space.error(space.w_ValueError, 'seconds out of range')
    f[6] = (f[6] + 1) % 7 - 1           # CPython keeps (wday + 1) % 7 as Sunday-first
    if f[6] < 0:
        f[6] = 6
    if f[7] == 0:
        f[7] = 1
    elif f[7] < 1 or f[7] > 366:
        raise space.error(space.w_ValueError, 'day of year out of range')
    if f[8] < -1:
        f[8] = -1
    elif f[8] > 1:
        f[8] = 1
    return TimeTuple(f, zone)


DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
               'September', 'October', 'November', 'December']


def pad(n, width, fill):
    """n in at least width characters, padded with fill ('0' or ' ') after any sign."""
    digits = str(abs(n))
    while len(digits) < width:
        digits = fill + digits
    if n < 0:
        return '-' + digits
    return digits


def iso_week(year, yday, wday):
    """(ISO year, ISO week) of a date; wday Monday 0, yday 1-based."""
    week = (yday - wday + 9) // 7       # the week of the Thursday of this week
    if week < 1:
        year -= 1
        dec31 = days_from_civil(year, 12, 31) - days_from_civil(year, 1, 1) + 1
        return iso_week(year, dec31 + yday, wday)
    days_in_year = days_from_civil(year + 1, 1, 1) - days_from_civil(year, 1, 1)
    if yday - wday + 3 > days_in_year:      # this week's Thursday is next year's
        return year + 1, 1
    return year, week


def strftime_str(fmt, tt):
    """glibc's strftime in the C locale, for UTC."""
    f = tt.fields
    year, mon, mday, hour, minute, sec, wday, yday, isdst = \
        f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]
    hour12 = hour % 12
    if hour12 == 0:
        hour12 = 12
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        start = i
        i += 1
        flags = ''
        while i < n - 1 and (fmt[i] == '-' or fmt[i] == '_' or fmt[i] == '0' or
                             fmt[i] == '^'):
            flags += fmt[i]                 # glibc's flags (%-d, %_m, %^a)
            i += 1
        d = fmt[i]
        if (d == 'E' or d == 'O') and i + 1 < n:
            i += 1
            d = fmt[i]
        i += 1
        before = len(out)
        if d == '%':
            out.append('%')
        elif d == 'a':
            out.append(DAY_NAMES[wday][:3])
        elif d == 'A':
            out.append(DAY_NAMES[wday])
        elif d == 'b' or d == 'h':
            out.append(MONTH_NAMES[mon - 1][:3])
        elif d == 'B':
            out.append(MONTH_NAMES[mon - 1])
        elif d == 'c':
            out.append(asctime_str(tt))
        elif d == 'C':
            out.append(str(year // 100))
        elif d == 'd':
            out.append(pad(mday, 2, '0'))
        elif d == 'D':
            out.append(strftime_str('%m/%d/%y', tt))
        elif d == 'e':
            out.append(pad(mday, 2, ' '))
        elif d == 'F':
            out.append(strftime_str('%Y-%m-%d', tt))
        elif d == 'G' or d == 'g' or d == 'V':
            iso_year, week = iso_week(year, yday, wday)
            if d == 'G':
                out.append(str(iso_year))
            elif d == 'g':
                out.append(pad(iso_year % 100, 2, '0'))
            else:
                out.append(pad(week, 2, '0'))
        elif d == 'H':
            out.append(pad(hour, 2, '0'))
        elif d == 'I':
            out.append(pad(hour12, 2, '0'))
        elif d == 'j':
            out.append(pad(yday, 3, '0'))
        elif d == 'k':
            out.append(pad(hour, 2, ' '))
        elif d == 'l':
            out.append(pad(hour12, 2, ' '))
        elif d == 'm':
            out.append(pad(mon, 2, '0'))
        elif d == 'M':
            out.append(pad(minute, 2, '0'))
        elif d == 'n':
            out.append('\n')
        elif d == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif d == 'P':
            out.append('am' if hour < 12 else 'pm')
        elif d == 'r':
            out.append(strftime_str('%I:%M:%S %p', tt))
        elif d == 'R':
            out.append(strftime_str('%H:%M', tt))
        elif d == 's':
            days = days_from_civil(year, mon, mday)
            out.append(str(days * 86400 + hour * 3600 + minute * 60 + sec))
        elif d == 'S':
            out.append(pad(sec, 2, '0'))
        elif d == 't':
            out.append('\t')
        elif d == 'T':
            out.append(strftime_str('%H:%M:%S', tt))
        elif d == 'u':
            out.append(str(wday + 1))
        elif d == 'U':
            out.append(pad((yday - 1 + 7 - (wday + 1) % 7) // 7, 2, '0'))
        elif d == 'w':
            out.append(str((wday + 1) % 7))
        elif d == 'W':
            out.append(pad((yday - 1 + 7 - wday) // 7, 2, '0'))
        elif d == 'x':
            out.append(strftime_str('%m/%d/%y', tt))
        elif d == 'X':
            out.append(strftime_str('%H:%M:%S', tt))
        elif d == 'y':
            out.append(pad(year % 100, 2, '0'))
        elif d == 'Y':
            out.append(str(year))
        elif d == 'z':
            out.append('+0000')
        elif d == 'Z':
            out.append(tt.zone)
        else:
            out.append(fmt[start:i])
            flags = ''
        if flags:
            field = strftime_flags(''.join(out[before:]), flags)
            del out[before:]
            out.append(field)
    return ''.join(out)


def strftime_flags(field, flags):
    """A field with glibc's strftime flags applied: '-' no padding, '_' spaces, '0'
    zeros, '^' upper case."""
    for flag in flags:
        if flag == '^':
            field = field.upper()
            continue
        start = 0
        while start < len(field) - 1 and (field[start] == ' ' or field[start] == '0'):
            start += 1
        digits = field[start:]
        if flag == '-':
            field = digits
        elif flag == '_':
            field = ' ' * start + digits
        elif flag == '0':
            field = '0' * start + digits
    return field


def asctime_str(tt):
    f = tt.fields
    return '%s %s %s %s:%s:%s %d' % (DAY_NAMES[f[6]][:3], MONTH_NAMES[f[1] - 1][:3],
                                     pad(f[2], 2, ' '), pad(f[3], 2, '0'),
                                     pad(f[4], 2, '0'), pad(f[5], 2, '0'), f[0])


def time_strftime(space, args):
    args_w = TIME_STRFTIME.unpack(space, args)
    w_fmt = args_w[0]
    if not isinstance(w_fmt, W_Str):
        raise space.error(space.w_TypeError, "strftime() argument 1 must be str, not %s"
                          % space.type(w_fmt).name)
    w_t = args_w[1] if len(args_w) > 1 else None
    tt = time_tuple_arg(space, w_t, 'strftime')
    return space.newstr(strftime_str(w_fmt.utf8(), tt))


def time_strptime(space, args):
    """time.strptime: the parser of gclab/lib/datetime.py (as CPython's time.strptime
    uses its _strptime module), imported on first use."""
    args_w = TIME_STRPTIME.unpack(space, args)
    w_datetime = space.import_module('datetime')
    w_parse = space.getattr(w_datetime, '_time_strptime')
    return space.call_function(w_parse, args_w)


def time_asctime(space, args):
    args_w = TIME_ASCTIME.unpack(space, args)
    w_t = args_w[0] if args_w else None
    return space.newstr(asctime_str(time_tuple_arg(space, w_t, 'asctime')))


def time_ctime(space, args):
    args_w = TIME_CTIME.unpack(space, args)
    w_secs = args_w[0] if args_w else None
    return space.newstr(asctime_str(time_tuple_of(seconds_arg(space, w_secs), 'UTC')))


def time_mktime(space, args):
    """The inverse of localtime (UTC): fields out of range carry over, as C's."""
    w_t = TIME_MKTIME.unpack(space, args)[0]
    w_tuple = w_t.builtin_value()
    if not isinstance(w_tuple, W_Tuple):
        raise space.error(space.w_TypeError, 'Tuple or struct_time argument required')
    if len(w_tuple.items_w) != 9:
        raise space.error(space.w_TypeError, 'mktime(): illegal time tuple argument')
    f = [space.int_w(w_x) for w_x in w_tuple.items_w]
    months = f[0] * 12 + f[1] - 1
    y = months // 12
    m = months - y * 12 + 1
    days = days_from_civil(y, m, 1) + f[2] - 1
    return space.newfloat(float(days * 86400 + f[3] * 3600 + f[4] * 60 + f[5]))


TIME_FUNCTIONS = [
    ('gmtime', time_gmtime),
    ('localtime', time_localtime),
    ('strftime', time_strftime),
    ('asctime', time_asctime),
    ('ctime', time_ctime),
    ('mktime', time_mktime),
    ('strptime', time_strptime),
    ('time', time_time),
    ('perf_counter', time_perf_counter),
    ('monotonic', time_perf_counter),
    ('process_time', time_process_time),
    ('sleep', time_sleep),
    ('time_ns', time_ns),
    ('monotonic_ns', time_monotonic_ns),
    ('perf_counter_ns', time_perf_counter_ns),
    ('process_time_ns', time_process_time_ns),
    ('thread_time', time_thread_time),
    ('thread_time_ns', time_thread_time_ns),
]


# --- math -------------------------------------------------------------------------------------

def float_arg(space, w_x):
    """A float argument as CPython's PyFloat_AsDouble takes it: a float or an int, the
    value of a float subclass, else __float__ (Fraction, Decimal...), then __index__."""
    if numbers.is_number(w_x):
        return numbers.float_of(space, w_x)
    if isinstance(w_x, W_Instance):
        w_value = w_x.builtin_value()
        if isinstance(w_value, W_Float):
            return w_value.floatval
        w_meth = space.lookup_special_or_none(w_x, '__float__')
        if w_meth is not None:
            w_res = space.call_function(w_meth, [])
            w_float = w_res.builtin_value()
            if isinstance(w_float, W_Float):
                return w_float.floatval
            raise space.error(space.w_TypeError, '%s.__float__ returned non-float (type %s)'
                              % (space.type(w_x).name, space.type(w_res).name))
        w_meth = space.lookup_special_or_none(w_x, '__index__')
        if w_meth is not None:
            w_res = space.call_function(w_meth, [])
            if not is_int(w_res):
                raise space.error(space.w_TypeError, '__index__ returned non-int (type %s)'
                                  % space.type(w_res).name)
            return numbers.float_of(space, w_res)
    raise space.error(space.w_TypeError, 'must be real number, not %s'
                      % space.type(w_x).name)


def domain_error(space):
    return space.error(space.w_ValueError, 'math domain error')


def range_error(space):
    return space.error(space.w_OverflowError, 'math range error')


def make_math1(name, func):
    """math.name(x) = func(x) on floats; func raises ValueError or OverflowError."""
    spec = Spec('math.%s(x, /)' % name)

    def impl(space, args):
        x = float_arg(space, spec.unpack(space, args)[0])
        try:
            return space.newfloat(func(x))
        except ValueError:
            raise domain_error(space)
        except OverflowError:
            raise range_error(space)
    impl.func_name = 'math_' + name
    return impl


def make_math2(name, func):
    spec = Spec('math.%s(x, y, /)' % name)

    def impl(space, args):
        args_w = spec.unpack(space, args)
        x = float_arg(space, args_w[0])
        y = float_arg(space, args_w[1])
        try:
            return space.newfloat(func(x, y))
        except ValueError:
            raise domain_error(space)
        except OverflowError:
            raise range_error(space)
    impl.func_name = 'math_' + name
    return impl


def make_predicate(name, func):
    spec = Spec('math.%s(x, /)' % name)

    def impl(space, args):
        return space.newbool(func(float_arg(space, spec.unpack(space, args)[0])))
    impl.func_name = 'math_' + name
    return impl


def log1p(x):
    if x <= -1.0:
        raise ValueError
    return rfloat.log1p(x)


def degrees(x):
    return x * (180.0 / math.pi)


def radians(x):
    return x * (math.pi / 180.0)


def fmod(x, y):
    if rfloat.isinf(x) and not rfloat.isnan(y):
        raise ValueError
    if y == 0.0 and not rfloat.isnan(x):
        raise ValueError
    return math.fmod(x, y)


def checked_exp(x):
    r = math.exp(x)
    if rfloat.isinf(r) and rfloat.isfinite(x):
        raise OverflowError
    return r


def checked_pow(x, y):
    r = math.pow(x, y)
    if rfloat.isinf(r) and rfloat.isfinite(x) and rfloat.isfinite(y):
        if x == 0.0:
            raise ValueError
        raise OverflowError
    return r


def float_log(space, w_x, base):
    """log of a number to base (0.0: natural), accepting ints too large for a float."""
    if is_int(w_x):
        num = bigint_of(w_x)
        if num.sign <= 0:
            raise domain_error(space)
        try:
            x = num.tofloat()
        except OverflowError:
            # as CPython: log(m * 2**e) = log(m) + log(2) * e
            m, e = bigint_frexp(num)
            return log_of(m, base) + log_of(2.0, base) * float(e)
    else:
        x = float_arg(space, w_x)
    if rfloat.isnan(x):
        return x
    if x <= 0.0:
        raise domain_error(space)
    if rfloat.isinf(x):
        return x
    return log_of(x, base)


def log_of(x, base):
    """log of a positive finite float to base 10, 2 or e (0.0)."""
    if base == 10.0:
        return math.log10(x)
    if base == 2.0:
        return rfloat.log2(x)
    return math.log(x)


def bigint_frexp(num):
    """(m, e) with num == m * 2**e, 0.5 <= m <= 1, m correctly rounded; num > 0."""
    e = num.bit_length()
    shift = e - 55
    top = num.rshift(shift)
    if not top.lshift(shift).eq(num):
        top = top.int_or_(1)       # sticky bit: the float conversion rounds correctly
    return top.tofloat() / float(2 ** 55), e


def math_log(space, args):
    if args.has_keywords():
        raise space.error(space.w_TypeError, 'math.log() takes no keyword arguments')
    args_w = args.args_w
    if len(args_w) < 1 or len(args_w) > 2:
        raise space.error(space.w_TypeError, 'math.log requires 1 to 2 arguments')
    num = float_log(space, args_w[0], 0.0)
    if len(args_w) == 1:
        return space.newfloat(num)
    den = float_log(space, args_w[1], 0.0)
    if den == 0.0:
        raise space.error(space.w_ZeroDivisionError, 'float division by zero')
    return space.newfloat(num / den)


def math_log10(space, args):
    return space.newfloat(float_log(space, MATH_LOG10.unpack(space, args)[0], 10.0))


def math_log2(space, args):
    return space.newfloat(float_log(space, MATH_LOG2.unpack(space, args)[0], 2.0))


def int_result(space, w_x, name, special):
    """floor/ceil/trunc: ints unchanged, floats rounded, else __special__."""
    if is_int(w_x):
        if isinstance(w_x, W_Int):
            return space.newint(w_x.intval)
        return w_x
    if isinstance(w_x, W_Instance):
        w_meth = space.lookup_special_or_none(w_x, special)
        if w_meth is not None:
            return space.call_function(w_meth, [])
    if name == 'trunc' and not isinstance(w_x, W_Float):
        raise space.error(space.w_TypeError, "type %s doesn't define __trunc__ method"
                          % space.type(w_x).name)
    x = float_arg(space, w_x)
    if rfloat.isinf(x):
        raise space.error(space.w_OverflowError, 'cannot convert float infinity to integer')
    if rfloat.isnan(x):
        raise space.error(space.w_ValueError, 'cannot convert float NaN to integer')
    if name == 'floor' or (name == 'trunc' and x >= 0.0):
        x = math.floor(x)
    else:
        x = math.ceil(x)
    return space.newlong(rbigint.fromfloat(x))


def math_floor(space, args):
    return int_result(space, MATH_FLOOR.unpack(space, args)[0], 'floor', '__floor__')


def math_ceil(space, args):
    return int_result(space, MATH_CEIL.unpack(space, args)[0], 'ceil', '__ceil__')


def math_trunc(space, args):
    return int_result(space, MATH_TRUNC.unpack(space, args)[0], 'trunc', '__trunc__')


def math_fabs(space, args):
    return space.newfloat(abs(float_arg(space, MATH_FABS.unpack(space, args)[0])))


def math_modf(space, args):
    x = float_arg(space, MATH_MODF.unpack(space, args)[0])
    frac, whole = math.modf(x)
    return space.newtuple([space.newfloat(frac), space.newfloat(whole)])


def math_hypot(space, args):
    if args.has_keywords():
        raise space.error(space.w_TypeError, 'hypot() takes no keyword arguments')
    coords = [abs(float_arg(space, w_x)) for w_x in args.args_w]
    biggest = 0.0
    found_nan = False
    for x in coords:
        if rfloat.isnan(x):
            found_nan = True
        elif x > biggest:
            biggest = x
    return space.newfloat(vector_norm(coords, biggest, found_nan))


DBL_MIN = 2.2250738585072014e-308
T27 = 134217729.0       # 2**27 + 1, splits a double into two halves


def vector_norm(vec, biggest, found_nan):
    """CPython's exactly rounded Euclidean norm (math.hypot), step for step."""
    if rfloat.isinf(biggest):
        return biggest
    if found_nan:
        return rfloat.NAN
    if biggest == 0.0 or len(vec) <= 1:
        return biggest
    _, max_e = math.frexp(biggest)
    if max_e < -1023:       # subnormals: scale them to normals first
        return DBL_MIN * vector_norm([x / DBL_MIN for x in vec], biggest / DBL_MIN,
                                     found_nan)
    scale = math.ldexp(1.0, -max_e)
    csum = 1.0
    frac1 = 0.0
    frac2 = 0.0
    frac3 = 0.0
    for x in vec:
        x *= scale
        t = x * T27
        hi = t - (t - x)
        lo = x - hi
        x = hi * hi
        oldcsum = csum
        csum += x
        frac1 += (oldcsum - csum) + x
        x = 2.0 * hi * lo
        oldcsum = csum
        csum += x
        frac2 += (oldcsum - csum) + x
        frac3 += lo * lo
    h = math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3))
    t = h * T27
    hi = t - (t - h)
    lo = h - hi
    x = -hi * hi
    oldcsum = csum
    csum += x
    frac1 += (oldcsum - csum) + x
    x = -2.0 * hi * lo
    oldcsum = csum
    csum += x
    frac2 += (oldcsum - csum) + x
    x = -lo * lo
    oldcsum = csum
    csum += x
    frac3 += (oldcsum - csum) + x
    x = csum - 1.0 + (frac1 + frac2 + frac3)
    return (h + x / (2.0 * h)) / scale


def math_isclose(space, args):
    w_a, w_b, w_rel, w_abs = MATH_ISCLOSE.values(space, args)
    a = float_arg(space, w_a)
    b = float_arg(space, w_b)
    rel_tol = 1e-09
    abs_tol = 0.0
    if w_rel is not None:
        rel_tol = float_arg(space, w_rel)
    if w_abs is not None:
        abs_tol = float_arg(space, w_abs)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise space.error(space.w_ValueError, 'tolerances must be non-negative')
    if a == b:
        return space.w_True
    if rfloat.isinf(a) or rfloat.isinf(b):
        return space.w_False
    diff = abs(b - a)
    close = (diff <= abs(rel_tol * b) or diff <= abs(rel_tol * a) or diff <= abs_tol)
    return space.newbool(close)


# integer functions -------------------------------------------------------------------

def index_bigint(space, w_x):
    """An int argument as an rbigint (__index__ is used; floats are refused)."""
    if is_int(w_x):
        return bigint_of(w_x)
    if isinstance(w_x, W_Instance):
        w_meth = space.lookup_special_or_none(w_x, '__index__')
        if w_meth is not None:
            w_res = space.call_function(w_meth, [])
            if is_int(w_res):
                return bigint_of(w_res)
            raise space.error(space.w_TypeError, '__index__ returned non-int (type %s)'
                              % space.type(w_res).name)
    raise space.error(space.w_TypeError, "'%s' object cannot be interpreted as an integer"
                      % space.type(w_x).name)


def gcd(a, b):
    a = a.abs()
    b = b.abs()
    while b.sign != 0:
        a, b = b, a.mod(b)
    return a


def math_gcd(space, args):
    if args.has_keywords():
        raise space.error(space.w_TypeError, 'gcd() takes no keyword arguments')
    result = rbigint.fromint(0)
    for w_x in args.args_w:
        result = gcd(result, index_bigint(space, w_x))
    return space.newlong(result)


def math_lcm(space, args):
    if args.has_keywords():
        raise space.error(space.w_TypeError, 'lcm() takes no keyword arguments')
    result = rbigint.fromint(1)
    for w_x in args.args_w:
        x = index_bigint(space, w_x)
        if x.sign == 0 or result.sign == 0:
            result = rbigint.fromint(0)
            continue
        result = result.mul(x).abs().floordiv(gcd(result, x))
    return space.newlong(result)


def math_isqrt(space, args):
    n = index_bigint(space, MATH_ISQRT.unpack(space, args)[0])
    if n.sign < 0:
        raise space.error(space.w_ValueError, 'isqrt() argument must be nonnegative')
    if n.sign == 0:
        return space.newint(0)
    x = rbigint.fromint(1).lshift((n.bit_length() + 1) // 2)     # x >= isqrt(n)
    while True:
        y = x.add(n.floordiv(x)).rshift(1)
        if y.ge(x):
            return space.newlong(x)
        x = y


def math_factorial(space, args):
    n = index_bigint(space, MATH_FACTORIAL.unpack(space, args)[0])
    if n.sign < 0:
        raise space.error(space.w_ValueError, 'factorial() not defined for negative values')
    try:
        count = n.toint()
    except OverflowError:
        raise space.error(space.w_OverflowError, 'factorial() argument should not exceed '
                          '9223372036854775807')
    result = rbigint.fromint(1)
    for i in range(2, count + 1):
        result = result.int_mul(i)
    return space.newlong(result)


def falling_product(n, k):
    """n * (n-1) * ... * (n-k+1)"""
    result = rbigint.fromint(1)
    for i in range(k):
        result = result.mul(n.int_sub(i))
    return result


def comb_perm_args(space, args, spec):
    args_w = spec.unpack(space, args)
    n = index_bigint(space, args_w[0])
    k = n
    if len(args_w) > 1 and args_w[1] is not space.w_None:
        k = index_bigint(space, args_w[1])
    if n.sign < 0:
        raise space.error(space.w_ValueError, 'n must be a non-negative integer')
    if k.sign < 0:
        raise space.error(space.w_ValueError, 'k must be a non-negative integer')
    return n, k


def math_perm(space, args):
    n, k = comb_perm_args(space, args, MATH_PERM)
    if k.gt(n):
        return space.newint(0)
    return space.newlong(falling_product(n, k.toint()))


def math_comb(space, args):
    n, k = comb_perm_args(space, args, MATH_COMB)
    if k.gt(n):
        return space.newint(0)
    kk = k.toint()
    other = n.sub(k)
    if other.lt(k):
        kk = other.toint()
    result = falling_product(n, kk)
    for i in range(2, kk + 1):
        result = result.floordiv(rbigint.fromint(i))
    return space.newlong(result)


def math_prod(space, args):
    w_iterable, w_total = MATH_PROD.values(space, args)
    if w_total is None:
        w_total = space.newint(1)
    w_iter = space.iter(w_iterable)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            return w_total
        w_total = space.binop(op.OP_MUL, w_total, w_item)


def math_fsum(space, args):
    """Shewchuk's exact summation, as CPython's math.fsum."""
    w_iterable = MATH_FSUM.unpack(space, args)[0]
    w_iter = space.iter(w_iterable)
    partials = []
    special_sum = 0.0
    inf_sum = 0.0
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        x = float_arg(space, w_item)
        xsave = x
        new_partials = []
        for y in partials:
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            yr = hi - x
            lo = y - yr
            if lo != 0.0:
                new_partials.append(lo)
            x = hi
        if x != 0.0:
            if not rfloat.isfinite(x):
                # an inf or a nan in the input, or an overflow
                if rfloat.isfinite(xsave):
                    raise space.error(space.w_OverflowError, 'intermediate overflow in fsum')
                if rfloat.isinf(xsave):
                    inf_sum += xsave
                special_sum += xsave
                new_partials = []
            else:
                new_partials.append(x)
        partials = new_partials
    if special_sum != 0.0:
        if rfloat.isnan(inf_sum):
            raise space.error(space.w_ValueError, '-inf + inf in fsum')
        return space.newfloat(special_sum)
    hi = 0.0
    n = len(partials)
    if n > 0:
        n -= 1
        hi = partials[n]
        lo = 0.0
        while n > 0:
            x = hi
            n -= 1
            y = partials[n]
            hi = x + y
            yr = hi - x
            lo = y - yr
            if lo != 0.0:
                break
        # round half to even, as CPython: correct when the rest pushes the sum over
        if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or
                      (lo > 0.0 and partials[n - 1] > 0.0)):
            y = lo * 2.0
            x = hi + y
            yr = x - hi
            if y == yr:
                hi = x
    return space.newfloat(hi)


# frexp, ldexp, dist, gamma, lgamma, remainder, ulp, nextafter; erf, erfc, exp2, cbrt
# and nextafter are the C library's, as in CPython 3.11

MATH_FREXP = Spec('math.frexp(x, /)')
MATH_LDEXP = Spec('math.ldexp(x, i, /)')
MATH_DIST = Spec('math.dist(p, q, /)')
MATH_ULP = Spec('math.ulp(x, /)')

LIBM_ECI = ExternalCompilationInfo(includes=['math.h'], libraries=['m'])


def libm_external(name, nargs):
    return rffi.llexternal(name, [rffi.DOUBLE] * nargs, rffi.DOUBLE, compilation_info=LIBM_ECI,
                           _nowrapper=True, elidable_function=True)


c_erf = libm_external('erf', 1)
c_erfc = libm_external('erfc', 1)
c_exp2 = libm_external('exp2', 1)
c_cbrt = libm_external('cbrt', 1)
c_nextafter = libm_external('nextafter', 2)


def libm_erf(x):
    return c_erf(x)


def libm_erfc(x):
    return c_erfc(x)


def libm_cbrt(x):
    return c_cbrt(x)


def libm_exp2(x):
    r = c_exp2(x)
    if rfloat.isinf(r) and rfloat.isfinite(x):
        raise OverflowError
    return r


def libm_nextafter(x, y):
    return c_nextafter(x, y)


def math_frexp(space, args):
    x = float_arg(space, MATH_FREXP.unpack(space, args)[0])
    if rfloat.isnan(x) or rfloat.isinf(x) or x == 0.0:
        return space.newtuple([space.newfloat(x), space.newint(0)])
    m, e = math.frexp(x)
    return space.newtuple([space.newfloat(m), space.newint(e)])


INT_MAX = 2 ** 31 - 1
INT_MIN = -2 ** 31


def math_ldexp(space, args):
    args_w = MATH_LDEXP.unpack(space, args)
    x = float_arg(space, args_w[0])
    w_i = args_w[1].builtin_value()
    if not is_int(w_i):
        raise space.error(space.w_TypeError, 'Expected an int as second argument to ldexp.')
    if isinstance(w_i, W_Int):
        e = w_i.intval
    elif bigint_of(w_i).sign > 0:
        e = INT_MAX + 1
    else:
        e = INT_MIN - 1
    if x == 0.0 or not rfloat.isfinite(x):
        return space.newfloat(x)
    if e > INT_MAX:
        raise range_error(space)
    if e < INT_MIN:
        return space.newfloat(rfloat.copysign(0.0, x))
    try:
        r = math.ldexp(x, e)
    except OverflowError:
        raise range_error(space)
    if rfloat.isinf(r):
        raise range_error(space)
    return space.newfloat(r)


def math_dist(space, args):
    args_w = MATH_DIST.unpack(space, args)
    p_w = space.listview(args_w[0])
    q_w = space.listview(args_w[1])
    if len(p_w) != len(q_w):
        raise space.error(space.w_ValueError, 'both points must have the same number of '
                          'dimensions')
    diffs = []
    biggest = 0.0
    found_nan = False
    for k in range(len(p_w)):
        x = abs(float_arg(space, p_w[k]) - float_arg(space, q_w[k]))
        diffs.append(x)
        if rfloat.isnan(x):
            found_nan = True
        elif x > biggest:
            biggest = x
    return space.newfloat(vector_norm(diffs, biggest, found_nan))


def math_ulp(space, args):
    x = float_arg(space, MATH_ULP.unpack(space, args)[0])
    if rfloat.isnan(x):
        return space.newfloat(x)
    x = abs(x)
    if rfloat.isinf(x):
        return space.newfloat(x)
    x2 = c_nextafter(x, rfloat.INFINITY)
    if rfloat.isinf(x2):
        # x is the largest positive float
        x2 = c_nextafter(x, -rfloat.INFINITY)
        return space.newfloat(x - x2)
    return space.newfloat(x2 - x)


def remainder(x, y):
    """CPython's m_remainder: x - n*y for n the integer nearest x/y (ties to even)."""
    if rfloat.isfinite(x) and rfloat.isfinite(y):
        if y == 0.0:
            raise ValueError
        absx = abs(x)
        absy = abs(y)
        m = math.fmod(absx, absy)
        c = absy - m
        if m < c:
            r = m
        elif m > c:
            r = -c
        else:
            r = m - 2.0 * math.fmod(0.5 * (absx - m), absy)
        return rfloat.copysign(1.0, x) * r
    if rfloat.isnan(x):
        return x
    if rfloat.isnan(y):
        return y
    if rfloat.isinf(x):
        raise ValueError
    return x


GAMMA_INTEGRALS = [
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0]
LANCZOS_G = 6.024680040776729583740234375
LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375
LOGPI = 1.144729885849400174143427351353058711647


def gamma(x):
    """CPython 3.11's m_tgamma (Lanczos), step for step."""
    if not rfloat.isfinite(x):
        if rfloat.isnan(x) or x > 0.0:
            return x
        raise ValueError
    if x == 0.0:
        raise ValueError
    if x == math.floor(x):
        if x < 0.0:
            raise ValueError
        if x <= float(len(GAMMA_INTEGRALS)):
            return GAMMA_INTEGRALS[int(x) - 1]
    absx = abs(x)
    if absx < 1e-20:
        r = 1.0 / x
        if rfloat.isinf(r):
            raise OverflowError
        return r
    if absx > 200.0:
        if x < 0.0:
            return 0.0 / rfloat._sinpi(x)
        raise OverflowError
    y = absx + LANCZOS_G_MINUS_HALF
    if absx > LANCZOS_G_MINUS_HALF:
        q = y - absx
        z = q - LANCZOS_G_MINUS_HALF
    else:
        q = y - LANCZOS_G_MINUS_HALF
        z = q - absx
    z = z * LANCZOS_G / y
    if x < 0.0:
        r = -math.pi / rfloat._sinpi(absx) / absx * math.exp(y) / rfloat._lanczos_sum(absx)
        r -= z * r
        if absx < 140.0:
            r /= math.pow(y, absx - 0.5)
        else:
            sqrtpow = math.pow(y, absx / 2.0 - 0.25)
            r /= sqrtpow
            r /= sqrtpow
    else:
        r = rfloat._lanczos_sum(absx) / math.exp(y)
        r += z * r
        if absx < 140.0:
            r *= math.pow(y, absx - 0.5)
        else:
            sqrtpow = math.pow(y, absx / 2.0 - 0.25)
            r *= sqrtpow
            r *= sqrtpow
    if rfloat.isinf(r):
        raise OverflowError
    return r


def lgamma(x):
    """CPython 3.11's m_lgamma, step for step."""
    if not rfloat.isfinite(x):
        if rfloat.isnan(x):
            return x
        return rfloat.INFINITY
    if x == math.floor(x) and x <= 2.0:
        if x <= 0.0:
            raise ValueError
        return 0.0
    absx = abs(x)
    if absx < 1e-20:
        return -math.log(absx)
    r = math.log(rfloat._lanczos_sum(absx)) - LANCZOS_G
    r += (absx - 0.5) * (math.log(absx + LANCZOS_G - 0.5) - 1.0)
    if x < 0.0:
        r = LOGPI - math.log(abs(rfloat._sinpi(absx))) - math.log(absx) - r
    if rfloat.isinf(r):
        raise OverflowError
    return r


def make_libm1(name, func, can_overflow):
    """math.name(x) as CPython's math_1: a nan from a number is a domain error, an
    infinity from a finite number a range error (can_overflow) or a domain error."""
    spec = Spec('math.%s(x, /)' % name)

    def impl(space, args):
        x = float_arg(space, spec.unpack(space, args)[0])
        try:
            r = func(x)
        except OverflowError:
            raise range_error(space)
        if rfloat.isnan(r) and not rfloat.isnan(x):
            raise domain_error(space)
        if rfloat.isinf(r) and rfloat.isfinite(x):
            if can_overflow:
                raise range_error(space)
            raise domain_error(space)
        return space.newfloat(r)
    impl.func_name = 'math_' + name
    return impl


MATH_FUNCTIONS = [
    ('frexp', math_frexp),
    ('ldexp', math_ldexp),
    ('dist', math_dist),
    ('ulp', math_ulp),
    ('erf', make_libm1('erf', libm_erf, False)),
    ('erfc', make_libm1('erfc', libm_erfc, False)),
    ('exp2', make_libm1('exp2', libm_exp2, True)),
    ('cbrt', make_libm1('cbrt', libm_cbrt, False)),
    ('gamma', make_math1('gamma', gamma)),
    ('lgamma', make_math1('lgamma', lgamma)),
    ('remainder', make_math2('remainder', remainder)),
    ('nextafter', make_math2('nextafter', libm_nextafter)),
    ('fsum', math_fsum),
    ('sqrt', make_math1('sqrt', math.sqrt)),
    ('exp', make_math1('exp', checked_exp)),
    ('sin', make_math1('sin', math.sin)),
    ('cos', make_math1('cos', math.cos)),
    ('tan', make_math1('tan', math.tan)),
    ('asin', make_math1('asin', math.asin)),
    ('acos', make_math1('acos', math.acos)),
    ('atan', make_math1('atan', math.atan)),
    ('sinh', make_math1('sinh', math.sinh)),
    ('cosh', make_math1('cosh', math.cosh)),
    ('tanh', make_math1('tanh', math.tanh)),
    ('asinh', make_math1('asinh', rfloat.asinh)),
    ('acosh', make_math1('acosh', rfloat.acosh)),
    ('atanh', make_math1('atanh', rfloat.atanh)),
    ('log1p', make_math1('log1p', log1p)),
    ('expm1', make_math1('expm1', rfloat.expm1)),
    ('degrees', make_math1('degrees', degrees)),
    ('radians', make_math1('radians', radians)),
    ('atan2', make_math2('atan2', math.atan2)),
    ('pow', make_math2('pow', checked_pow)),
    ('fmod', make_math2('fmod', fmod)),
    ('copysign', make_math2('copysign', rfloat.copysign)),
    ('isnan', make_predicate('isnan', rfloat.isnan)),
    ('isinf', make_predicate('isinf', rfloat.isinf)),
    ('isfinite', make_predicate('isfinite', rfloat.isfinite)),
    ('log', math_log),
    ('log10', math_log10),
    ('log2', math_log2),
    ('floor', math_floor),
    ('ceil', math_ceil),
    ('trunc', math_trunc),
    ('fabs', math_fabs),
    ('modf', math_modf),
    ('hypot', math_hypot),
    ('isclose', math_isclose),
    ('gcd', math_gcd),
    ('lcm', math_lcm),
    ('isqrt', math_isqrt),
    ('factorial', math_factorial),
    ('perm', math_perm),
    ('comb', math_comb),
    ('prod', math_prod),
]
