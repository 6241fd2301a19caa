"""The threads suite's programs under python3 (the reference every subject's output is
compared with): their output, and that it does not depend on how threads interleave."""

import os
import subprocess

import pytest

from bench import workloads as wl
from bench.runner import find_python3


def run(program, *args):
    out = subprocess.run([find_python3(), program] + [str(a) for a in args],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stderr == ''
    return out.stdout


def test_threads_programs_exist_in_order():
    assert [os.path.basename(p) for p, _ in wl.THREADS_PROGRAMS] == [
        'threaded_fib.py', 'threaded_fib_own.py', 'threaded_shared.py']
    for program, _ in wl.THREADS_PROGRAMS:
        assert os.path.isfile(program)


@pytest.mark.parametrize('n', [1, 3])
def test_threaded_fib_own(n):
    assert run(wl.THREADS_OWN_PROGRAM, n, 15) == (
        '%d threads, each with its own fib: fib(15) = %s\n' % (n, [610] * n))
    # the same results as threaded_fib.py, which shares fib
    assert run(wl.THREADS_PROGRAM, n, 15) == (
        '%d threads: fib(15) = %s\n' % (n, [610] * n))


def test_threaded_fib_own_gives_each_thread_its_own_fib():
    """No fib at module level to share: each worker compiles FIB_SOURCE and execs it
    into a dict of its own, so every thread has its own function, code and globals."""
    import runpy
    module = runpy.run_path(wl.THREADS_OWN_PROGRAM, run_name='not_main')
    assert 'fib' not in module and 'def fib(n)' in module['FIB_SOURCE']
    seen = []
    import builtins
    real_exec = getattr(builtins, 'exec')   # (tests are also parsed by Python 2)

    def spy(code, namespace):
        real_exec(code, namespace)
        seen.append((namespace['fib'], code, namespace))

    module['worker'].__globals__['exec'] = spy
    results = [None, None]
    module['worker'](10, results, 0)
    module['worker'](10, results, 1)
    assert results == [55, 55]
    (f0, c0, g0), (f1, c1, g1) = seen
    assert f0 is not f1 and c0 is not c1 and g0 is not g1
    assert f0.__globals__ is g0 and f1.__globals__ is g1


def shared_output(n, k, slots=16):
    own = [k] * n
    shared = n * len(range(0, k, 4))          # every 4th round, under the lock
    window = min(k, 8)
    return ('%d threads, one shared list and dict: K = %d list %d conserved sum %d '
            'own keys %s shared keys %d dict %d\n'
            % (n, k, n * k, n * (k * (k - 1) // 2) + k * sum(range(n)), own, shared,
               slots + n + n * window))


@pytest.mark.parametrize('n,k', [(1, 1), (1, 100), (2, 5), (4, 3000)])
def test_threaded_shared(n, k):
    assert run(wl.THREADS_SHARED_PROGRAM, n, k) == shared_output(n, k)


def test_threaded_shared_is_deterministic_under_contention():
    """Switching threads every microsecond interleaves them as much as python3 can; the
    output must not change."""
    code = ('import sys, runpy; sys.setswitchinterval(1e-6); '
            'sys.argv = [%r, "4", "20000"]; runpy.run_path(%r, run_name="__main__")'
            % (wl.THREADS_SHARED_PROGRAM, wl.THREADS_SHARED_PROGRAM))
    out = subprocess.run([find_python3(), '-c', code], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout == shared_output(4, 20000)
