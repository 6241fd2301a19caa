"""The command line of a gclab binary: read a .py file, compile it, run it, and report
errors the way python3 does (RPython)."""

import os
from signal import SIGINT

from rpython.rlib import rstackovf
from rpython.rlib.objectmodel import we_are_translated

from gclab.gc import nogil
from gclab.interp.error import syntax_error_where, OperationError, CompileError
from gclab.interp.compiler import compile_source
from gclab.interp.frame import Frame
from gclab.interp.util import (read_all, universal_newlines, non_utf8_message,
                               is_directory)
from gclab.interp.disasm import disassemble
from gclab.interp.accounting import (limit_heap_to_address_space, prepare_runtime_state,
                                     gc_stats_start, gc_stats_report)
from gclab.objspace.typeobject import W_ExceptionObject
from gclab.objspace.numberobject import W_Int
from gclab.objspace import finalizers
from gclab.objspace.output import write_all
from gclab.objspace.excreport import (print_exception, report_exception,  # noqa: F401
                                     write_report)

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
    nogil.register_thread_roots()       # free-threaded Boehm builds: this thread's roots
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
    if space.interrupted and we_are_translated():
        # an uncaught KeyboardInterrupt: as CPython, the process ends by SIGINT (its
        # parent sees a death by the signal; a shell, status 130)
        os.kill(os.getpid(), SIGINT)
    return status


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
            threading = ', free-threaded' if nogil.ACTIVE else ''
            space.write_stdout('gclab %s (memory-manager plan: %s%s)\n'
                               % (VERSION, space.plan_name, threading))
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


def run_source(space, filename, source, args, dis=False):
    source = universal_newlines(source)
    space.sources[filename] = source
    space.set_argv(args)
    message = non_utf8_message(source, filename)
    if message:
        space.write_stderr('SyntaxError: %s\n' % message)
        return 1
    if source.startswith('\xef\xbb\xbf'):
        source = source[3:]
    try:
        code = compile_source(space, source, filename)
    except CompileError as e:
        report_syntax_error(space, filename, source, e)
        return 1
    except OperationError as e:     # a source nested too deeply to compile
        status = handle_uncaught(space, e)
        space.flush_stdout()
        return status
    if dis:
        space.write_stdout(disassemble(space, code))
        space.flush_stdout()
        return 0
    w_main = space.new_module('__main__')
    w_main.dict_w['__builtins__'] = space.modules_w['builtins']    # as CPython's __main__
    # the names CPython's __main__ has: a script's __file__ and __cached__, not -c
    # code's (its __loader__ is a loader object; gclab has no loaders: None)
    if filename != '<string>':
        w_main.dict_w['__file__'] = space.newstr(filename)
        w_main.dict_w['__cached__'] = space.w_None
    w_main.dict_w['__annotations__'] = space.newdict()
    for name in ['__loader__', '__package__', '__spec__']:
        w_main.dict_w[name] = space.w_None
    space.modules_w['__main__'] = w_main
    status = 0
    try:
        space.run_frame(Frame(space, code, w_main, None), True)
    except OperationError as e:
        status = handle_uncaught(space, e)
    status = wait_for_threads(space, status)
    run_atexit_callbacks(space)
    space.finalizing = True
    finalizers.at_exit(space)
    space.flush_stdout()
    return status


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


def run_atexit_callbacks(space):
    """As CPython at exit, once the threads are done: the functions registered with
    atexit, if the program imported it (gclab/lib/atexit.py reports their errors)."""
    w_atexit = space.modules_w.get('atexit', None)
    if w_atexit is None:
        return
    w_run = w_atexit.dict_w.get('_run_exitfuncs', None)
    if w_run is None:
        return
    try:
        space.call_function(w_run, [])
    except OperationError as e:
        handle_uncaught(space, e)


def handle_uncaught(space, operr):
    w_exc = operr.w_value
    assert isinstance(w_exc, W_ExceptionObject)
    if space.exception_is(w_exc, space.w_SystemExit):
        return system_exit_status(space, w_exc)
    space.attach_traceback(w_exc, operr)
    space.flush_stdout()
    if not call_excepthook(space, w_exc):
        print_exception(space, w_exc, 0)
    if space.exception_is(w_exc, space.w_KeyboardInterrupt):
        space.interrupted = True
        return 130          # (if SIGINT is ignored, the status a shell would show)
    return 1


def call_excepthook(space, w_exc):
    """A sys.excepthook the program set, called for the uncaught w_exc (as CPython:
    its own error reported before the original exception's); False when the report is
    still to print (the default hook, or none: 'sys.excepthook is missing')."""
    w_sys = space.modules_w.get('sys', None)
    if w_sys is None:
        return False
    w_hook = w_sys.dict_w.get('excepthook', None)
    if w_hook is None:
        space.write_stderr('sys.excepthook is missing\n')
        return False
    if w_hook is w_sys.dict_w.get('__excepthook__', None):
        return False
    try:
        space.call_function(w_hook, [space.type(w_exc), w_exc,
                                     space.getattr(w_exc, '__traceback__')])
    except OperationError as e:
        w_err = e.w_value
        if space.exception_is(w_err, space.w_SystemExit):
            return True
        space.attach_traceback(w_err, e)
        space.flush_stdout()
        write_report(space, 'Error in sys.excepthook:\n')
        print_exception(space, w_err, 0)
        write_report(space, '\nOriginal exception was:\n')
        return False
    space.flush_stdout()
    return True


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
    write_report(space, space.str_str(w_code) + '\n')
    return 1


def report_syntax_error(space, filename, source, e):
    space.flush_stdout()
    lines = source.split('\n')
    line = ''
    if 1 <= e.lineno <= len(lines):
        line = lines[e.lineno - 1]
    space.write_stderr(syntax_error_where(filename, e.lineno, line, e.col) +
                       '%s: %s\n' % (e.kind, e.msg))
