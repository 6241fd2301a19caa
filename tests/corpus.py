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
    """Drop what gclab does not reproduce: CPython 3.11's ~~~^^^ position markers, and
    traceback frames inside the threading module (whose lines necessarily differ)."""
    out = []
    skip_source = False
    for line in text.splitlines():
        if skip_source:
            skip_source = False
            if line.startswith('    '):
                continue
        if CARET_LINE.match(line):
            continue
        if LIBRARY_FRAME.match(line):
            skip_source = True
            continue
        out.append(line)
    return '\n'.join(out)


def thread_programs():
    folder = os.path.join(TESTS, 'programs', 'threads')
    return [os.path.join(folder, n) for n in sorted(os.listdir(folder)) if n.endswith('.py')]


def python3_result(path, args):
    """(exit status, stdout, stderr) of python3 running the program."""
    proc = subprocess.Popen(['python3', path] + list(args), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT)
    out, err = proc.communicate()
    return proc.returncode, out.decode('utf-8'), err.decode('utf-8')
