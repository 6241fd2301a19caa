"""Runs programs on python3 and on gclab binaries, and compares what they did.

A run's outcome is its stdout, its exit status (or the signal that killed it, or a
timeout) and the exception type named by the last line of stderr.  A binary fails on a
program when it times out, is killed by a signal, reports an internal error (exit status
70), or differs from python3 in stdout, exit status or exception type."""

import os
import re
import signal
import subprocess
import time

PYTHON3 = 'python3'
EXC_LINE = re.compile(r'^([A-Za-z_][A-Za-z0-9_.]*)(:.*)?$')


class Outcome(object):
    def __init__(self, status, out, err, timed_out=False, seconds=0.0):
        self.status = status          # exit status; -N when killed by signal N; None on timeout
        self.out = out
        self.err = err
        self.timed_out = timed_out
        self.seconds = seconds

    @property
    def signal(self):
        if self.status is not None and self.status < 0:
            return -self.status
        return None

    @property
    def exc(self):
        """The exception type on the last line of stderr ('' when there is none)."""
        lines = [l for l in self.err.splitlines() if l.strip()]
        if not lines:
            return ''
        m = EXC_LINE.match(lines[-1])
        return m.group(1) if m else lines[-1][:200]

    def describe(self):
        if self.timed_out:
            return 'timeout after %.1f s' % self.seconds
        if self.signal:
            return 'killed by %s' % signal_name(self.signal)
        return 'exit %s%s' % (self.status, ', %s' % self.exc if self.exc else '')


def signal_name(n):
    try:
        return signal.Signals(n).name
    except ValueError:
        return 'signal %d' % n


def run(cmd, timeout, env=None, cwd=None):
    """Run cmd; a timeout kills the whole process group."""
    start = time.time()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, env=env, cwd=cwd,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        out, err = proc.communicate()
        timed_out = True
    return Outcome(None if timed_out else proc.returncode,
                   out.decode('utf-8', 'replace'), err.decode('utf-8', 'replace'),
                   timed_out, time.time() - start)


def python3_env(hashseed):
    env = dict(os.environ)
    env['PYTHONHASHSEED'] = str(hashseed)
    for name in ('PYTHONPATH', 'PYTHONHOME', 'PYTHONSTARTUP'):
        env.pop(name, None)     # e.g. the PyPy host's (tools/env.sh), when run under it
    return env


def run_python3(path, timeout, hashseed=0):
    return run([PYTHON3, path], timeout, env=python3_env(hashseed))


def python3_problem(first, second=None):
    """Why python3's outcome(s) make the program unusable, or None.  A valid program
    ends normally or with an uncaught exception, and two runs with different hash seeds
    agree (the generator's determinism)."""
    if first.timed_out:
        return 'python3 timed out'
    if first.signal:
        return 'python3 killed by %s' % signal_name(first.signal)
    if first.status not in (0, 1):
        return 'python3 exited %d' % first.status
    if first.status == 1 and first.exc == 'SyntaxError':
        return 'python3: SyntaxError'
    if second is not None and (second.status, second.out, second.exc) != \
            (first.status, first.out, first.exc):
        return 'python3 is not deterministic (PYTHONHASHSEED 0 and 1 differ)'
    return None


def compare(expected, got):
    """None when got (a gclab run) behaves as expected (python3's run), else the kind of
    failure: timeout, signal, internal-error, stdout, exit-status, exception-type."""
    if got.timed_out:
        return 'timeout'
    if got.signal:
        return 'signal-%s' % signal_name(got.signal)
    if got.status == 70 or 'gclab: internal error' in got.err or 'gclab: fatal' in got.err:
        return 'internal-error'
    if got.out != expected.out:
        return 'stdout'
    if got.status != expected.status:
        return 'exit-status'
    if expected.status != 0 and got.exc != expected.exc:
        return 'exception-type'
    return None


def signature(kind, expected, got):
    """What 'fails the same way' means while shrinking: the kind of failure, and for
    crashes and exception differences which exception/error it was."""
    if kind == 'internal-error':
        lines = [l for l in got.err.splitlines() if 'gclab:' in l]
        text = lines[-1] if lines else got.err.strip()[-200:]
        return (kind, re.sub(r'\d+', 'N', text)[:120])
    if kind == 'exception-type':
        return (kind, expected.exc, got.exc)
    if kind == 'exit-status':
        return (kind, expected.status, got.status, got.exc)
    return (kind,)


def binary_path(bin_dir, plan):
    return os.path.join(bin_dir, 'gclab-' + plan)
