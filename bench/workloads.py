"""Workloads and benchmark suites.

A workload is a program, its argument list and a label ("fib.py 30").  The suites:

  fib       bench/programs/fib.py 30 (25 with --quick): the really bad recursive Fibonacci
  threads   the Gilectomy's experiment, three series of N = 1, 2, 4 threads, run only on
            subjects with threads (THREADS_PROGRAMS):
              threaded_fib.py N K      N threads each computing fib(K), sharing the
                                       function, its code and the module's globals
              threaded_fib_own.py N K  the same, each thread with its own copy of fib
                                       (function, code, globals): the scaling ceiling
              threaded_shared.py N K'  N threads updating one shared list and one
                                       shared dict, K' rounds each (shared_k(K))
  programs  every other bench/programs/*.py, with its arguments from a `# bench-args:
            ...` comment in its first lines, or from DEFAULT_ARGS, or none

  default   all three (what `python -m bench` and `make bench` run)

fib.py, threaded_fib.py and binary_trees.py in bench/programs are links to examples/,
where users meet them first; threaded_fib_own.py and threaded_shared.py live here only.

The comment convention, in the first COMMENT_LINES lines of a program:

    # bench-args: 200000 3            arguments of a normal run (shell-quoted)
    # bench-args-quick: 20000 3       arguments with --quick (default: the same)
"""

import os
import re
import shlex

from bench import REPO_ROOT

# K of the threads experiment, sized so that the default `make bench` (the headline
# plans, none and the peers, all suites, 5 timed runs) finishes in minutes: the slowest
# cell is atomic-refcount, whose threads run one at a time (GIL) and whose fib is about
# 10x incminimark's.  Session 2 (after the call-path and attribute-cache work), on the
# 2-core machine with other work running, CPU time of `build/gclab-incminimark
# examples/threaded_fib.py 1 K`: K=29 0.06 s, K=30 0.10 s, K=31 0.16 s; each step of K
# multiplies the work by about 1.6.  `--threads-k 34` gives the one-second threads of
# the README's threads chart.  --quick uses THREADS_K - THREADS_QUICK_DROP.
# Plan none never frees: fib(34) peaks at about 3.4 GB per thread (13.5 GB for N=4).
THREADS_K = 31
THREADS_QUICK_DROP = 4
THREADS_N = (1, 2, 4)

# K of threaded_shared.py (rounds of list and dict updates per thread) that goes with
# THREADS_K: sized so that one thread takes about as long as threaded_fib.py 1 31.
# Measured 2026-12 on build/gclab-boehm (2 cores, other work running), wall time of 3
# runs: threaded_fib.py 1 31 0.64-0.90 s (median 0.70), threaded_shared.py 1 500000
# 0.58-0.64 s, 1 600000 0.71-0.86 s (median 0.77); python3: 0.35 s and 0.60 s.
SHARED_K = 600000
# fib(K + 1) does PHI times the work of fib(K); shared_k(k) scales SHARED_K alike.
PHI = (1 + 5 ** 0.5) / 2

PROGRAMS_DIR = os.path.join(REPO_ROOT, 'bench', 'programs')
FIB_PROGRAM = os.path.join(PROGRAMS_DIR, 'fib.py')
THREADS_PROGRAM = os.path.join(PROGRAMS_DIR, 'threaded_fib.py')
THREADS_OWN_PROGRAM = os.path.join(PROGRAMS_DIR, 'threaded_fib_own.py')
THREADS_SHARED_PROGRAM = os.path.join(PROGRAMS_DIR, 'threaded_shared.py')


def fib_k(k):
    """K of threaded_fib.py and threaded_fib_own.py for the threads suite's K: K."""
    return k


def shared_k(k):
    """K of threaded_shared.py for the threads suite's K (--threads-k): SHARED_K at
    THREADS_K, times PHI per step of K above it (divided below), at least 1 -- so that
    its series stays about as long as threaded_fib's at any --threads-k (--quick: K - 4,
    so SHARED_K / PHI ** 4, about 87500)."""
    return max(1, int(round(SHARED_K * PHI ** (k - THREADS_K))))


# The threads suite: one series per program, in this order, with the K of the program
# for the suite's K (THREADS_K, --threads-k, or THREADS_K - THREADS_QUICK_DROP with
# --quick): threaded_fib.py and threaded_fib_own.py take K itself, threaded_shared.py
# takes shared_k(K).
THREADS_PROGRAMS = ((THREADS_PROGRAM, fib_k),
                    (THREADS_OWN_PROGRAM, fib_k),
                    (THREADS_SHARED_PROGRAM, shared_k))

# the programs of the fib and threads suites, which the programs suite leaves to them
OWN_SUITE_PROGRAMS = ('fib.py',) + tuple(os.path.basename(program)
                                         for program, _ in THREADS_PROGRAMS)

# Default program arguments by program file name: (normal, --quick), shell-quoted.
DEFAULT_ARGS = {'fib.py': ('30', '25')}

SUITES = ('fib', 'threads', 'programs')
DEFAULT_SUITES = SUITES

COMMENT_LINES = 10
_COMMENT = re.compile(r'^\s*#\s*bench-args(-quick)?\s*:(.*)$')


class Workload(object):
    """A program with its arguments, as one row of the tables.

    suite:   'fib', 'threads', 'programs' or 'cli' (named by --programs)
    threads: N for the threads experiment's workloads (threads table; run only on
             subjects with threads), None for the single-threaded table
    series:  the threads experiment's name without N (one threads table per series)"""

    def __init__(self, program, args, label=None, suite='cli', threads=None, series=None):
        self.program = program
        self.args = list(args)
        self.label = label or ' '.join([os.path.basename(program)] + self.args)
        self.suite = suite
        self.threads = threads
        self.series = series

    def to_dict(self):
        return {'label': self.label, 'program': self.program, 'args': self.args,
                'suite': self.suite, 'threads': self.threads, 'series': self.series}

    def __repr__(self):
        return 'Workload(%r)' % (self.label,)


def display_path(path, cwd=None):
    """path relative to cwd when it is inside it, else as given."""
    cwd = os.path.abspath(cwd or os.getcwd())
    absolute = os.path.abspath(path)
    if absolute == cwd or absolute.startswith(cwd + os.sep):
        return os.path.relpath(absolute, cwd)
    return path


def comment_args(path, quick=False):
    """The argument list of a `# bench-args: ...` comment in the first COMMENT_LINES
    lines of the file (with quick, `# bench-args-quick: ...` first), or None."""
    found = {}
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            for i, line in enumerate(f):
                if i >= COMMENT_LINES:
                    break
                m = _COMMENT.match(line)
                if m:
                    found.setdefault(bool(m.group(1)), shlex.split(m.group(2)))
    except OSError:
        return None
    if quick and True in found:
        return found[True]
    return found.get(False)


def default_args(path, quick=False):
    """A program's default arguments: its `# bench-args:` comment, else DEFAULT_ARGS by
    file name, else none."""
    args = comment_args(path, quick)
    if args is not None:
        return args
    default = DEFAULT_ARGS.get(os.path.basename(path))
    if default:
        return shlex.split(default[1] if quick else default[0])
    return []


def program_workload(path, args=None, quick=False, suite='cli'):
    """A workload of one program; args None means its default arguments."""
    if args is None:
        args = default_args(path, quick)
    return Workload(display_path(path), args, suite=suite)


def threads_k(k=None, quick=False):
    if k is None:
        k = THREADS_K - THREADS_QUICK_DROP if quick else THREADS_K
    return k


def threads_workloads(k, ns=THREADS_N, program=THREADS_PROGRAM):
    name = os.path.basename(program)
    series = '%s N %d' % (name, k)
    return [Workload(display_path(program), [str(n), str(k)],
                     label='%s %d %d' % (name, n, k), suite='threads', threads=n,
                     series=series)
            for n in ns]


def threads_suite(k, ns=THREADS_N):
    """The threads suite's workloads for its K: one series per THREADS_PROGRAMS entry,
    each with that program's K."""
    workloads = []
    for program, program_k in THREADS_PROGRAMS:
        workloads.extend(threads_workloads(program_k(k), ns, program))
    return workloads


def discover_programs(directory=PROGRAMS_DIR, quick=False):
    """One workload per directory/*.py (sorted) but those of the fib and threads suites,
    none if the directory is absent."""
    if not os.path.isdir(directory):
        return []
    names = sorted(n for n in os.listdir(directory)
                   if n.endswith('.py') and not n.startswith(('_', '.'))
                   and n not in OWN_SUITE_PROGRAMS)
    return [program_workload(os.path.join(directory, n), quick=quick, suite='programs')
            for n in names]


def parse_suites(spec):
    """['fib', 'threads', ...] from 'default' or a comma-separated list; ValueError if a
    name is unknown."""
    out = []
    for name in (s.strip() for s in spec.split(',')):
        if not name:
            continue
        names = DEFAULT_SUITES if name in ('default', 'all') else (name,)
        for n in names:
            if n not in SUITES:
                raise ValueError('unknown suite %r; suites: %s, default'
                                 % (n, ', '.join(SUITES)))
            if n not in out:
                out.append(n)
    return out


def suite_workloads(suites, quick=False, k=None, ns=THREADS_N,
                    programs_dir=PROGRAMS_DIR):
    workloads = []
    for suite in suites:
        if suite == 'fib':
            workloads.append(program_workload(FIB_PROGRAM, quick=quick, suite='fib'))
        elif suite == 'threads':
            workloads.extend(threads_suite(threads_k(k, quick), ns))
        elif suite == 'programs':
            workloads.extend(discover_programs(programs_dir, quick))
    return workloads


def unique_labels(workloads):
    """Make labels unique (the same program twice with the same arguments gets #2...)."""
    seen = {}
    for w in workloads:
        n = seen.get(w.label, 0) + 1
        seen[w.label] = n
        if n > 1:
            w.label = '%s #%d' % (w.label, n)
    return workloads
