"""Running subjects and measuring them from the OS (os.wait4's rusage)."""

import os
import shutil
import subprocess
import sys
import tempfile
import time

from bench.stats import parse_stats_line


class Subject(object):
    """Something that runs a program: a gclab binary of one plan, or python3."""

    def __init__(self, name, command, kind):
        self.name = name          # plan name, or 'python3'
        self.command = command    # argv prefix; PROGRAM ARGS... are appended
        self.kind = kind          # 'plan' or 'python3'

    def argv(self, program, args):
        return list(self.command) + [program] + list(args)

    def __repr__(self):
        return 'Subject(%r)' % (self.name,)


def binary_path(build_dir, plan_name):
    return os.path.join(build_dir, 'gclab-' + plan_name)


def plan_subject(build_dir, plan_name, gc_stats=False):
    command = [binary_path(build_dir, plan_name)]
    if gc_stats:
        command.append('--gc-stats')
    return Subject(plan_name, command, 'plan')


def find_python3():
    """The real python3 outside any venv: sys._base_executable when we run in a venv,
    else sys.executable; failing both, the first `python3` on PATH outside the venv."""
    candidates = [getattr(sys, '_base_executable', None), sys.executable]
    in_venv = sys.prefix != sys.base_prefix
    for exe in candidates:
        if exe and os.path.isfile(exe) and not (
                in_venv and os.path.abspath(exe).startswith(os.path.abspath(sys.prefix))):
            return exe
    venv = os.path.abspath(sys.prefix)
    path = os.pathsep.join(d for d in os.environ.get('PATH', '').split(os.pathsep)
                           if d and not os.path.abspath(d).startswith(venv))
    return shutil.which('python3', path=path) or sys.executable


class Run(object):
    """One measured run of a command."""

    def __init__(self, argv, returncode, wall_s, user_s, sys_s, maxrss_kb, stdout, stderr):
        self.argv = argv
        self.returncode = returncode
        self.wall_s = wall_s
        self.user_s = user_s
        self.sys_s = sys_s
        self.maxrss_kb = maxrss_kb   # ru_maxrss: KiB on Linux
        self.stdout = stdout
        self.stderr = stderr
        self.gc_stats = parse_stats_line(stderr)


def measure(argv, cwd=None):
    """Run argv once; its output goes to temporary files (no pipe deadlock), its time
    and peak RSS come from os.wait4."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # Popen must not wait again
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode('utf-8', 'replace')
        stderr = err.read().decode('utf-8', 'replace')
    return Run(argv, proc.returncode, wall, usage.ru_utime, usage.ru_stime,
               usage.ru_maxrss, stdout, stderr)


def check_output(run, reference):
    """None if run is good (exit 0, stdout equal to the reference's), else the reason."""
    if run.returncode != 0:
        tail = run.stderr.strip().splitlines()[-1:] or ['']
        return 'exit %d: %s' % (run.returncode, tail[0][:200])
    if run.stdout != reference.stdout:
        got, want = run.stdout.splitlines(), reference.stdout.splitlines()
        for i in range(max(len(got), len(want))):
            g = got[i] if i < len(got) else '<end of output>'
            w = want[i] if i < len(want) else '<end of output>'
            if g != w:
                return 'output differs at line %d: got %r, python3 gave %r' % (
                    i + 1, g[:80], w[:80])
        return 'output differs (line endings)'
    return None


def schedule(cells, reps, warmup):
    """The interleaved order of runs: every cell once per round (A B C A B C ...),
    first `warmup` warm-up rounds, then `reps` timed rounds.

    Returns a list of (phase, index, cell) with phase 'warmup' or 'timed'."""
    order = []
    for phase, count in (('warmup', warmup), ('timed', reps)):
        for i in range(count):
            for cell in cells:
                order.append((phase, i, cell))
    return order
