"""Shared by the untranslated (PyPy 2.7) and translated (python3) test tiers: the program
corpus, how to run python3 on it, and how outputs are compared.  Works on both Pythons."""

import os
import re
import subprocess

TESTS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TESTS)

# program -> its command-line arguments (default: none)
ARGS = {'fib.py': ['20'], 'threaded_fib.py': ['3', '15'], 'binary_trees.py': ['6']}

CARET_LINE = re.compile(r'^\s*[~^]+\s*$')
ADDRESS = re.compile(r' at 0x[0-9a-f]+>')


def programs(with_threads=True):
    """Every corpus program: tests/programs/*.py and examples/*.py (sorted paths);
    with_threads=False leaves out those that start threads."""
    paths = []
    for folder in [os.path.join(TESTS, 'programs'), os.path.join(ROOT, 'examples')]:
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if name.endswith('.py') and (with_threads or not uses_threads(path)):
                paths.append(path)
    return paths


def uses_threads(path):
    with open(path) as f:
        text = f.read()
    return 'import threading' in text or 'import _thread' in text


def program_id(path):
    return os.path.relpath(path, ROOT)


def args_of(path):
    return ARGS.get(os.path.basename(path), [])


LIBRARY_FRAME = re.compile(r'^  File "(.*/threading\.py|<gclab threading>)", line')


def normalize_stderr(text):
    """Drop what gclab does not reproduce: traceback frames inside the threading module
    (whose lines necessarily differ), with their source line and its ~~~^^^ markers.
    Everything else is compared: the markers under the program's own source lines
    (gclab prints CPython 3.11's) and the caret of a syntax error.  Object addresses in
    reprs ("<function C.__del__ at 0x7f...>", as "Exception ignored in" prints them)
    differ from run to run: each becomes ' at 0x?>'."""
    text = ADDRESS.sub(' at 0x?>', text)
    out = []
    skip = 0            # lines still to drop after a library frame's File line
    for line in text.splitlines():
        if skip == 2:
            skip = 1 if line.startswith('    ') else 0
            if skip:
                continue
        if skip == 1:
            skip = 0
            if CARET_LINE.match(line):
                continue
        if LIBRARY_FRAME.match(line):
            skip = 2
            continue
        out.append(line)
    return '\n'.join(out)


def thread_programs():
    folder = os.path.join(TESTS, 'programs', 'threads')
    return [os.path.join(folder, n) for n in sorted(os.listdir(folder)) if n.endswith('.py')]


# The python3 the corpus is compared with: CPython 3.11 (its messages, its caret
# columns, its traceback format are what gclab reproduces).
PYTHON3 = 'python3'
PYTHON3_SERIES = (3, 11)
_python3_checked = {}


class WrongPython3(Exception):
    pass


def check_python3(executable=PYTHON3):
    """The version (major, minor, micro) of the python3 the corpus is compared with;
    WrongPython3, with a clear message, if it is not CPython 3.11.x or cannot run."""
    if executable not in _python3_checked:
        try:
            proc = subprocess.Popen(
                [executable, '-c', 'import sys, platform; print("%d %d %d %s" % '
                 '(sys.version_info[:3] + (platform.python_implementation(),)))'],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=python3_env())
            out, err = proc.communicate()
        except OSError as e:
            raise WrongPython3('the corpus is compared with python3 %d.%d.x, and %s '
                               'cannot run: %s' % (PYTHON3_SERIES + (executable, e)))
        fields = out.decode('utf-8', 'replace').split()
        if proc.returncode != 0 or len(fields) != 4:
            raise WrongPython3('the corpus is compared with python3 %d.%d.x, and %s '
                               'does not say its version (exit %d): %s'
                               % (PYTHON3_SERIES + (executable, proc.returncode,
                                                    err.decode('utf-8', 'replace'))))
        version = tuple(int(x) for x in fields[:3])
        if version[:2] != PYTHON3_SERIES or fields[3] != 'CPython':
            raise WrongPython3(
                'the corpus is compared with CPython %d.%d.x (its error messages and '
                'carets), but %s is %s %s: install python3.11 and put it first on PATH'
                % (PYTHON3_SERIES + (executable, fields[3],
                                     '.'.join(str(x) for x in version))))
        _python3_checked[executable] = version
    return _python3_checked[executable]


def python3_env():
    """The environment python3 runs in: this one without the PyPy host's PYTHONPATH
    (tools/env.sh puts RPython, the host's Python 2 packages and the project there: under
    the untranslated tier python3 imported the Python 2 backport of `typing` from it),
    in UTC: gclab's local time is UTC (time.localtime, datetime)."""
    env = dict(os.environ)
    for name in ('PYTHONPATH', 'PYTHONHOME', 'PYTHONSTARTUP'):
        env.pop(name, None)
    env['TZ'] = 'UTC'
    return env


def python3_result(path, args):
    """(exit status, stdout, stderr) of python3 (checked: CPython 3.11) running the
    program."""
    check_python3()
    proc = subprocess.Popen([PYTHON3, path] + list(args), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT, env=python3_env())
    out, err = proc.communicate()
    return proc.returncode, out.decode('utf-8'), err.decode('utf-8')


def finalizer_programs():
    """tests/programs/finalizers/*.py: programs whose __del__ calls and weak references
    depend on when the plan finds objects dead (its `finalization`: gclab/gc/plans.py).
    Each prints what python3 prints, unless an expected output for the plan's
    finalization sits beside it (name.<finalization>.out): that file is then what the
    plan must print (docs/language.md, "Finalizers")."""
    folder = os.path.join(TESTS, 'programs', 'finalizers')
    return [os.path.join(folder, n) for n in sorted(os.listdir(folder)) if n.endswith('.py')]


def finalization_output(path, finalization):
    """The expected stdout of the finalizer program on a plan with that finalization,
    if it is not python3's; None otherwise."""
    out = path[:-len('.py')] + '.' + finalization + '.out'
    if not os.path.exists(out):
        return None
    with open(out) as f:
        return f.read()
