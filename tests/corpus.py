"""Shared by the untranslated (PyPy 2.7) and translated (python3) test tiers: the program
corpus, how to run python3 on it, and how outputs are compared.  Works on both Pythons."""

import os
import re
import subprocess

TESTS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TESTS)

# program -> its command-line arguments (default: none)
ARGS = {'fib.py': ['20']}

CARET_LINE = re.compile(r'^\s*[~^]+\s*$')


def programs():
    """Every corpus program: tests/programs/*.py and examples/*.py (sorted paths)."""
    paths = []
    for folder in [os.path.join(TESTS, 'programs'), os.path.join(ROOT, 'examples')]:
        for name in sorted(os.listdir(folder)):
            if name.endswith('.py'):
                paths.append(os.path.join(folder, name))
    return paths


def program_id(path):
    return os.path.relpath(path, ROOT)


def args_of(path):
    return ARGS.get(os.path.basename(path), [])


def normalize_stderr(text):
    """Drop what gclab does not reproduce: CPython 3.11's ~~~^^^ position markers."""
    lines = [l for l in text.splitlines() if not CARET_LINE.match(l)]
    return '\n'.join(lines)


def python3_result(path, args):
    """(exit status, stdout, stderr) of python3 running the program."""
    proc = subprocess.Popen(['python3', path] + list(args), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT)
    out, err = proc.communicate()
    return proc.returncode, out.decode('utf-8'), err.decode('utf-8')
