import os
import sys

import pytest

from bench.runner import (Subject, check_output, find_python3, measure, plan_subject,
                          pypy3_subjects, run_failure, schedule, translate_missing)


def test_schedule_interleaves_cells_after_warmup():
    order = schedule(['A', 'B', 'C'], reps=2, warmup=1)
    assert [(phase, i, c) for phase, i, c in order] == [
        ('warmup', 0, 'A'), ('warmup', 0, 'B'), ('warmup', 0, 'C'),
        ('timed', 0, 'A'), ('timed', 0, 'B'), ('timed', 0, 'C'),
        ('timed', 1, 'A'), ('timed', 1, 'B'), ('timed', 1, 'C')]
    assert schedule(['A'], reps=2, warmup=0) == [('timed', 0, 'A'), ('timed', 1, 'A')]


def test_measure_reports_output_exit_time_and_rss():
    run = measure([sys.executable, '-c',
                   'import sys; print("x" * 1000000); sys.stderr.write("err\\n"); '
                   'sys.exit(3)'])
    assert run.returncode == 3
    assert run.stdout == 'x' * 1000000 + '\n'      # larger than a pipe buffer
    assert run.stderr == 'err\n'
    assert run.wall_s > 0 and run.user_s >= 0 and run.sys_s >= 0
    assert run.maxrss_kb > 1000                   # a python process is several MiB
    assert run.gc_stats is None


def test_measure_keeps_stats_line():
    run = measure([sys.executable, '-c',
                   'import sys; sys.stderr.write(\'GCLAB_STATS {"plan": "p"}\\n\')'])
    assert run.gc_stats == {'plan': 'p'}


def test_check_output():
    ok = measure([sys.executable, '-c', 'print(1); print(2)'])
    differs = measure([sys.executable, '-c', 'print(1); print(3)'])
    crashed = measure([sys.executable, '-c', 'raise SystemExit("boom")'])
    assert check_output(ok, ok) is None
    assert 'line 2' in check_output(differs, ok)
    assert check_output(crashed, ok).startswith('exit 1')


def test_subjects_argv():
    s = plan_subject('build/', 'refcount', gc_stats=True)
    assert s.argv('p.py', ['7']) == ['build/gclab-refcount', '--gc-stats', 'p.py', '7']
    assert Subject('python3', ['/x/python3'], 'python3').argv('p.py', []) == [
        '/x/python3', 'p.py']


def test_find_python3_is_outside_the_venv():
    exe = find_python3()
    assert os.path.isfile(exe)
    if sys.prefix != sys.base_prefix:
        assert not os.path.abspath(exe).startswith(os.path.abspath(sys.prefix))


def test_plan_subject_from_a_registry_plan():
    class Plan(object):
        name, kind, threads = 'inc', 'tracing', 'ok'
    s = plan_subject('b', Plan())
    assert s.argv('p.py', []) == [os.path.join('b', 'gclab-inc'), '--gc-stats', 'p.py']
    assert s.threads and s.gc_kind == 'tracing' and s.kind == 'plan'
    Plan.threads = 'no: reason'
    assert not plan_subject('b', Plan(), gc_stats=False).threads
    assert plan_subject('b', Plan(), gc_stats=False).command == [
        os.path.join('b', 'gclab-inc')]


def test_runs_on_threads_workloads_only_with_threads():
    from bench.__main__ import runs_on
    from bench.workloads import Workload
    single, threaded = Workload('p.py', []), Workload('t.py', ['2'], threads=2)
    gil = Subject('a', ['a'], 'plan', threads=True)
    nothreads = Subject('b', ['b'], 'plan', threads=False)
    assert runs_on(single, gil) and runs_on(threaded, gil)
    assert runs_on(single, nothreads) and not runs_on(threaded, nothreads)


def test_pypy3_subjects(tmp_path):
    subjects, reason = pypy3_subjects(str(tmp_path / 'absent'))
    assert subjects == [] and 'tools/setup_peers.sh' in reason
    binary = tmp_path / 'usr' / 'bin' / 'pypy3'
    binary.parent.mkdir(parents=True)
    binary.write_text('#!/bin/sh\necho "$LD_LIBRARY_PATH $*"\n')
    binary.chmod(0o755)
    subjects, reason = pypy3_subjects(str(tmp_path))
    assert reason is None
    assert [s.name for s in subjects] == ['pypy3', 'pypy3-nojit']
    assert subjects[1].argv('p.py', ['1']) == [str(binary), '--jit', 'off', 'p.py', '1']
    run = measure(subjects[1].argv('p.py', []), env=subjects[1].environ())
    libdir = str(tmp_path / 'usr' / 'lib' / 'x86_64-linux-gnu')
    assert run.stdout.split()[0].split(':')[0] == libdir
    assert run.stdout.split()[1:] == ['--jit', 'off', 'p.py']


def test_translate_missing(tmp_path):
    build = tmp_path / 'build'
    build.mkdir()
    (build / 'gclab-have').write_text('')
    (build / 'gclab-have').chmod(0o755)
    fake = tmp_path / 'translate.py'
    fake.write_text('import os, sys\n'
                    'for name in sys.argv[1:]:\n'
                    '    path = os.path.join("build", "gclab-" + name)\n'
                    '    open(path, "w").close(); os.chmod(path, 0o755)\n'
                    'print("translated", *sys.argv[1:])\n')
    messages = []
    tried = translate_missing(['have', 'a', 'b'], str(build), str(tmp_path),
                              command=[sys.executable, str(fake)], log=messages.append)
    assert tried == ['a', 'b']
    assert os.access(str(build / 'gclab-a'), os.X_OK)
    assert messages == ['translating missing plans: a, b '
                        '(python3 tools/translate.py a b)']
    assert translate_missing(['have', 'a'], str(build), str(tmp_path),
                             command=['false'], log=messages.append) == []
    other = tmp_path / 'other'
    other.mkdir()
    assert translate_missing(['x'], str(other), str(tmp_path), command=['false'],
                             log=messages.append) == []
    assert "not translating x: --build-dir %s is not the repository's build/" % other \
        in messages[-1]


def test_peak_rss_is_the_programs_not_the_harnesses():
    """Linux keeps ru_maxrss across exec: the launcher forks from a small image."""
    import resource
    import shutil
    if not (shutil.which('cc') or shutil.which('gcc')):
        pytest.skip('no C compiler: measure() falls back to wait4 in the harness')
    mine = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    small = measure(['sh', '-c', 'exit 0'])
    assert small.returncode == 0 and 0 < small.maxrss_kb < min(mine, 8000)
    direct = measure(['sh', '-c', 'exit 0'], use_launcher=False)
    assert direct.maxrss_kb >= small.maxrss_kb


def test_measure_statuses_through_the_launcher():
    assert measure(['sh', '-c', 'kill -9 $$']).returncode == -9
    missing = measure(['/nonexistent/program'])
    assert missing.returncode == 127 and 'No such file' in missing.stderr
    for use_launcher in (True, False):
        run = measure([sys.executable, '-c', 'import os; print(os.getcwd(), '
                       'os.environ["X_BENCH"])'], cwd='/',
                      env=dict(os.environ, X_BENCH='7'),
                      use_launcher=use_launcher)
        assert run.stdout == '/ 7\n'


@pytest.mark.parametrize('use_launcher', [True, False], ids=['launcher', 'wait4'])
def test_measure_kills_a_hung_subject_and_its_children(tmp_path, use_launcher):
    """A subject that hangs (here: a shell whose child sleeps) is killed with its whole
    process group when the timeout is up, and the run says so."""
    import time
    pidfile = tmp_path / 'child.pid'
    start = time.time()
    run = measure(['sh', '-c', 'sleep 300 & echo $! > %s; echo started; wait' % pidfile],
                  timeout=1.5, use_launcher=use_launcher)
    assert time.time() - start < 30
    assert run.timed_out and run.returncode == -9
    assert run.failure == 'timeout after 1.5 s'
    assert run.stdout == 'started\n'
    child = int(pidfile.read_text())
    for _ in range(50):                         # killed: gone once reaped by init
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        raise AssertionError('the hung subject\'s child %d survived' % child)


def test_measure_within_its_timeout_is_not_timed_out():
    run = measure(['sh', '-c', 'exit 0'], timeout=60)
    assert run.returncode == 0 and not run.timed_out and run.failure is None


def test_run_failure_names_signals_and_exits():
    assert run_failure(0) is None
    assert run_failure(3) == 'exit 3'
    assert run_failure(-11) == 'signal SIGSEGV'
    assert run_failure(-9, timed_out=True, timeout_s=2.0) == 'timeout after 2 s'
    crashed = measure(['sh', '-c', 'kill -SEGV $$'])
    assert crashed.failure == 'signal SIGSEGV'
    reference = measure(['sh', '-c', 'exit 0'])
    assert check_output(crashed, reference).startswith('signal SIGSEGV')
