import os
import sys

from bench.runner import (Subject, check_output, find_python3, measure, plan_subject,
                          schedule)


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
