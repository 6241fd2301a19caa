"""The command line of a gclab binary: read a .py file, compile it, run it, and report
errors the way python3 does (RPython)."""

import os

from rpython.rlib import rstackovf, rbigint, rgc
from rpython.rlib.objectmodel import specialize
from rpython.rlib.rarithmetic import r_longlong

from gclab.interp.error import OperationError, CompileError
from gclab.interp.compiler import compile_source
from gclab.interp.frame import Frame
from gclab.interp.util import hex_padded, read_all
from gclab.interp.disasm import disassemble
from gclab.interp.procstats import rusage, address_space_limit
from gclab.objspace.threads import monotonic
from gclab.gc import stats
from gclab.objspace.typeobject import W_ExceptionObject, W_Type, EMPTY_MAP
from gclab.lib import SOURCES
from gclab.objspace.objects import W_Int, W_Long, W_List
from gclab.objspace.function import W_Module
from gclab.objspace.output import write_all
from gclab.objspace.excreport import print_exception, report_exception  # noqa: F401

VERSION = '0.1'
EXIT_INTERNAL_ERROR = 70        # EX_SOFTWARE: an interpreter bug, never a guest error

USAGE = """usage: %s [option] ... [-c cmd | file] [arg] ...
Options:
  -c cmd     program passed in as string
  --dis      print the bytecode of the program instead of running it
  --gc-stats at exit, print one line to stderr: GCLAB_STATS {json} with the plan,
             wall and CPU time, peak RSS and the plan's GC counters
  --version  print the version and memory-manager plan, and exit
  -h, --help print this help message and exit
gclab %s, memory-manager plan: %s
"""


def entry_point(space, argv):
    limit_heap_to_address_space(space)
    prepare_runtime_state(space)
    status = run_main(space, argv)
    if space.gc_stats:
        # here, after main() returned, the program's code and frames are released
        try:
            gc_stats_report(space)
        except MemoryError:
            write_all(2, 'gclab: --gc-stats: out of memory\n')
            return EXIT_INTERNAL_ERROR
    return status


# RPython's GCs whose heap limit (PYPY_GC_MAX, rgc.set_max_heap_size) makes an
# allocation beyond it raise MemoryError; past the process's address-space limit they
# would instead abort ("out of memory: couldn't allocate the next arena")
HEAP_LIMIT_GCS = ['incminimark', 'minimark']


def limit_heap_to_address_space(space):
    """Under an address-space limit (`ulimit -v`) and without PYPY_GC_MAX, give the
    GC a heap limit of half of it, so that a program that needs more memory gets a
    MemoryError instead of an abort."""
    if space.plan_gc not in HEAP_LIMIT_GCS or os.environ.get('PYPY_GC_MAX'):
        return
    limit = address_space_limit()
    if limit > 0:
        rgc.set_max_heap_size(limit // 2)


def run_main(space, argv):
    try:
        return main(space, argv)
    except OperationError as e:
        space.write_stderr('gclab: uncaught guest exception outside the program: %s\n'
                           % space.type(e.w_value).name)
        return EXIT_INTERNAL_ERROR
    except rstackovf.StackOverflow:
        rstackovf.check_stack_overflow()
        space.write_stderr('gclab: internal error: stack overflow\n')
        return EXIT_INTERNAL_ERROR
    except MemoryError:
        report_out_of_memory(space)
        return EXIT_INTERNAL_ERROR
    except Exception as e:
        space.write_stderr('gclab: internal error: %s\n' % internal_error_name(e))
        return EXIT_INTERNAL_ERROR


def report_out_of_memory(space):
    """With the memory exhausted: what the program printed, if that can be done, then
    the report, which allocates nothing (a prebuilt string, written whole)."""
    for piece in space.stdout_buf:      # (flush_stdout would join them: a new string)
        write_all(1, piece)
    space.stdout_size = 0
    try:
        del space.stdout_buf[:]
    except MemoryError:
        pass
    write_all(2, 'gclab: fatal error: out of memory\n')


def internal_error_name(e):
    for cls, name in [(IndexError, 'IndexError'), (KeyError, 'KeyError'),
                      (ValueError, 'ValueError'), (AssertionError, 'AssertionError'),
                      (ZeroDivisionError, 'ZeroDivisionError'),
                      (OverflowError, 'OverflowError'), (TypeError, 'TypeError'),
                      (NotImplementedError, 'NotImplementedError'),
                      (AttributeError, 'AttributeError'), (OSError, 'OSError'),
                      (RuntimeError, 'RuntimeError')]:
        if isinstance(e, cls):
            return name
    return 'Exception'


def main(space, argv):
    prog = argv[0]
    dis = False
    i = 1
    while i < len(argv):
        arg = argv[i]
        if arg == '--dis':
            dis = True
            i += 1
            continue
        if arg == '--gc-stats':
            space.gc_stats = True
            gc_stats_start(space)
            i += 1
            continue
        if arg == '--version' or arg == '-V':
            space.write_stdout('gclab %s (memory-manager plan: %s)\n' % (VERSION,
                                                                          space.plan_name))
            space.flush_stdout()
            return 0
        if arg == '-h' or arg == '--help':
            space.write_stdout(USAGE % (prog, VERSION, space.plan_name))
            space.flush_stdout()
            return 0
        if arg == '-c':
            if i + 1 >= len(argv):
                space.write_stderr('Argument expected for the -c option\n')
                return 2
            return run_source(space, '<string>', argv[i + 1], ['-c'] + argv[i + 2:], dis)
        if arg == '-u' or arg == '-B' or arg == '-E' or arg == '-s':
            i += 1          # CPython options that change nothing here
            continue
        if arg.startswith('-') and arg != '-':
            space.write_stderr('unknown option %s\n' % arg)
            space.write_stderr('usage: %s [option] ... [-c cmd | file] [arg] ...\n' % prog)
            return 2
        break
    if i >= len(argv):
        space.write_stderr('usage: %s [option] ... [-c cmd | file] [arg] ...\n' % prog)
        space.write_stderr('gclab has no interactive mode: give a .py file or -c CODE\n')
        return 2
    filename = argv[i]
    source = read_file(space, prog, filename)
    if source is None:
        return 2 if not is_directory(filename) else 1
    return run_source(space, absolute(filename), source, argv[i:], dis)


def is_directory(path):
    try:
        st = os.stat(path)
    except OSError:
        return False
    return (st.st_mode & 0o170000) == 0o040000


def absolute(path):
    if path.startswith('/'):
        return path
    try:
        cwd = os.getcwd()
    except OSError:
        return path
    if path.startswith('./'):
        path = path[2:]
    return cwd + '/' + path


def read_file(space, prog, filename):
    """The file's contents, or None after printing python3's error."""
    if is_directory(filename):
        space.write_stderr("%s: can't find '__main__' module in '%s'\n" % (prog, filename))
        return None
    try:
        fd = os.open(filename, os.O_RDONLY, 0)
    except OSError as e:
        space.write_stderr("%s: can't open file '%s': [Errno %d] %s\n"
                           % (prog, absolute(filename), e.errno, os.strerror(e.errno)))
        return None
    try:
        return read_all(fd)
    finally:
        os.close(fd)


def check_utf8(s):
    """Index of the first byte that is not valid UTF-8, or -1."""
    i = 0
    n = len(s)
    while i < n:
        c = ord(s[i])
        if c < 0x80:
            i += 1
            continue
        if 0xC2 <= c <= 0xDF:
            k = 1
        elif 0xE0 <= c <= 0xEF:
            k = 2
        elif 0xF0 <= c <= 0xF4:
            k = 3
        else:
            return i
        for j in range(1, k + 1):
            if i + j >= n or (ord(s[i + j]) & 0xC0) != 0x80:
                return i
        i += k + 1
    return -1


def run_source(space, filename, source, args, dis=False):
    space.sources[filename] = source
    space.set_argv(args)
    bad = check_utf8(source)
    if bad >= 0:
        lineno = 1
        for k in range(bad):
            if source[k] == '\n':
                lineno += 1
        space.write_stderr("SyntaxError: Non-UTF-8 code starting with '\\x%s' in file %s "
                           "on line %d, but no encoding declared; see "
                           "https://peps.python.org/pep-0263/ for details\n"
                           % (hex_padded(ord(source[bad]), 2), filename, lineno))
        return 1
    if source.startswith('\xef\xbb\xbf'):
        source = source[3:]
    try:
        code = compile_source(space, source, filename)
    except CompileError as e:
        report_syntax_error(space, filename, source, e)
        return 1
    if dis:
        space.write_stdout(disassemble(space, code))
        space.flush_stdout()
        return 0
    w_main = space.new_module('__main__')
    w_main.dict_w['__file__'] = space.newstr(filename)
    space.modules_w['__main__'] = w_main
    status = 0
    try:
        space.run_frame(Frame(space, code, w_main, None))
    except OperationError as e:
        status = handle_uncaught(space, e)
    status = wait_for_threads(space, status)
    space.flush_stdout()
    return status


# counters each kind of plan maintains (gclab.gc.stats); the others print as null
KIND_COUNTERS = {'tracing': [stats.MINOR_COLLECTIONS, stats.MAJOR_COLLECTIONS,
                             stats.PAUSE_TOTAL_NS, stats.PAUSE_MAX_NS],
                 'refcount': [stats.OBJECTS_ALLOCATED, stats.OBJECTS_FREED]}


def gc_stats_start(space):
    space.gc_stats_t0 = monotonic()
    maintained = KIND_COUNTERS.get(space.plan_kind, []) + [stats.EXCEPTIONS_RAISED,
                                                           stats.FRAMES_UNWOUND]
    for i in range(stats.NUM_COUNTERS):
        stats.COUNTERS[i] = 0 if i in maintained else -1


def prepare_runtime_state(space):
    """At startup, before the program and the counters of --gc-stats start: set up the
    interpreter's mutable state so that what the program does to it can be undone at
    exit (release_program_state)."""
    index_prebuilt_dicts(space)
    new_runtime_lists(space)


def new_runtime_lists(space):
    """Replace the interpreter's growable lists with new, empty ones: at startup and at
    exit.  A prebuilt list lives as long as the process, and so would the storage it
    gets when it grows (RPython shrinks a list's storage only when it is much too
    large: `del l[:]` keeps up to a dozen slots); a list made at run time is freed with
    its storage when replaced."""
    space.stdout_buf = []
    space.ec.handled_w = []
    space.repr_stack = []
    space.classes_w = []
    space.code_objects = []


def index_prebuilt_dicts(space):
    """Give the interpreter's prebuilt dicts their hash index now, at startup.

    RPython translates a prebuilt dict without its index and builds it at the dict's
    first lookup (rordereddict: ll_no_initial_index, ll_ensure_indexes); as these dicts
    live as long as the process, so would the index.  Built here, before the program
    and the counters of --gc-stats start, it is part of the interpreter's startup state
    instead of an object that the first use of a builtin type, module or name leaves
    behind (refcount plans: objects_allocated - objects_freed would depend on which
    builtins the program happened to touch).  A few hundred lookups, once."""
    _index_str_dict(space.builtins_w)
    _index_str_dict(space.modules_w)
    _index_str_dict(space.sources)
    _index_str_dict(space.exception_types_w)
    _index_str_dict(space.object_methods_w)
    _index_str_dict(SOURCES)
    for w_module in space.modules_w.values():
        assert isinstance(w_module, W_Module)
        _index_str_dict(w_module.dict_w)
    for w_type in space.builtin_types_w:
        assert isinstance(w_type, W_Type)
        _index_str_dict(w_type.dict_w)
        _index_map(w_type.root_map)
    _index_map(EMPTY_MAP)
    # rbigint's prebuilt table of powers of two (its pow(), lshift of a power of two)
    if rbigint.ptwotable.get(r_longlong(2), 0):
        pass
    if 0 in space.threads.ecs:
        pass


@specialize.call_location()
def _index_str_dict(d):
    if '' in d:       # any lookup builds the index
        pass


def _index_map(map):
    _index_str_dict(map.indexes)
    _index_str_dict(map.transitions)


def release_program_state(space):
    """At exit, before --gc-stats reads its counters: drop what the finished program
    left behind, so that on the refcount plans everything it made is freed unless the
    program itself built a reference cycle.  Runs on every plan, once the program and
    its non-daemon threads are done; nothing here costs anything while it runs.

    Released: __main__'s globals; the inline caches of every code object compiled
    (function -> code -> cache -> function is a cycle); the classes the program
    created (each is in a cycle through its own MRO, and its dict's methods may refer
    back to it); the dicts of gclab's library modules that the program imported; the
    map transitions of the builtin types and EMPTY_MAP (instance layouts); the
    exceptions being handled and the repr() recursion stack; RPython's cache of the
    powers used to format big ints.  What remains is what the interpreter keeps by
    design: see README.md, "GC statistics"."""
    space.flush_stdout()
    w_main = space.modules_w.get('__main__', None)
    if w_main is not None:
        w_main.dict_w.clear()
        w_main.changed()
    for code in space.code_objects:
        code.clear_caches()
    if space.threads.running > 0:
        return      # daemon threads may still run guest code: leave them their world
    for w_type in space.classes_w:
        assert isinstance(w_type, W_Type)
        w_type.release()
    for name, w_module in space.modules_w.items():
        if name in SOURCES:         # a library module, compiled at run time
            assert isinstance(w_module, W_Module)
            w_module.dict_w.clear()
            w_module.changed()
    for w_type in space.builtin_types_w:
        assert isinstance(w_type, W_Type)
        w_type.root_map.transitions.clear()
    EMPTY_MAP.transitions.clear()
    new_runtime_lists(space)
    parts_cache = rbigint._parts_cache.parts_cache
    for i in range(len(parts_cache)):
        parts_cache[i] = None


def gc_stats_report(space):
    """The one machine-readable line of --gc-stats, as JSON."""
    release_program_state(space)
    stats.snapshot()        # before this report allocates anything
    wall = monotonic() - space.gc_stats_t0
    user, system, maxrss = rusage()
    fields = ['"plan": "%s"' % space.plan_name, '"kind": "%s"' % space.plan_kind,
              '"wall_s": %s' % float_json(wall), '"user_s": %s' % float_json(user),
              '"sys_s": %s' % float_json(system),
              '"cpu_s": %s' % float_json(user + system), '"peak_rss_kb": %d' % maxrss]
    for i in range(stats.NUM_COUNTERS):
        value = stats.SNAPSHOT[i]
        if value < 0:
            fields.append('"%s": null' % stats.NAMES[i])
        else:
            fields.append('"%s": %d' % (stats.NAMES[i], value))
    nursery = stats.NURSERY_BYTES[0]
    if nursery > 0:
        fields.append('"nursery_kb": %d' % (nursery // 1024))
    else:
        fields.append('"nursery_kb": null')
    pause_total = stats.SNAPSHOT[stats.PAUSE_TOTAL_NS]
    pause_max = stats.SNAPSHOT[stats.PAUSE_MAX_NS]
    if pause_total >= 0:
        fields.append('"pause_total_ms": %s' % float_json(pause_total / 1e6))
        fields.append('"pause_max_ms": %s' % float_json(pause_max / 1e6))
    space.write_stderr('GCLAB_STATS {' + ', '.join(fields) + '}\n')


def float_json(x):
    from rpython.rlib import rfloat
    return rfloat.formatd(x, 'f', 6)


def wait_for_threads(space, status):
    """As CPython at exit: wait for every non-daemon thread (threading._shutdown)."""
    w_threading = space.modules_w.get('threading', None)
    if w_threading is None:
        return status
    w_shutdown = w_threading.dict_w.get('_shutdown', None)
    if w_shutdown is None:
        return status
    try:
        space.call_function(w_shutdown, [])
    except OperationError as e:
        return handle_uncaught(space, e)
    return status


def handle_uncaught(space, operr):
    w_exc = operr.w_value
    assert isinstance(w_exc, W_ExceptionObject)
    if space.exception_is(w_exc, space.w_SystemExit):
        return system_exit_status(space, w_exc)
    space.attach_traceback(w_exc, operr)
    space.flush_stdout()
    print_exception(space, w_exc, 0)
    return 1


def system_exit_status(space, w_exc):
    args_w = w_exc.args_w
    if len(args_w) == 0:
        return 0
    w_code = args_w[0]
    if len(args_w) > 1:
        w_code = space.newtuple(args_w)
    if w_code is space.w_None:
        return 0
    if isinstance(w_code, W_Int):
        return w_code.intval & 0xFF
    space.flush_stdout()
    space.write_stderr(space.str_str(w_code) + '\n')
    return 1


def report_syntax_error(space, filename, source, e):
    space.flush_stdout()
    out = ['  File "%s", line %d\n' % (filename, e.lineno)]
    lines = source.split('\n')
    if 1 <= e.lineno <= len(lines):
        line = lines[e.lineno - 1]
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        text = stripped.rstrip()
        if text:
            out.append('    ' + text + '\n')
            if e.col >= 0:
                col = e.col - indent
                if col < 0:
                    col = 0
                if col > len(text):
                    col = len(text)
                out.append('    ' + ' ' * col + '^\n')
    out.append('%s: %s\n' % (e.kind, e.msg))
    space.write_stderr(''.join(out))
