import os

import pytest

from bench import REPO_ROOT
from bench import workloads as wl


def write(path, text):
    path.write_text(text)
    return str(path)


def test_bench_args_comment(tmp_path):
    prog = write(tmp_path / 'alloc.py',
                 '#!/usr/bin/env python3\n'
                 '# Allocates trees.\n'
                 '#   bench-args:  200000 "two words"  \n'
                 '# bench-args-quick: 2000 x\n'
                 'print(1)\n')
    assert wl.comment_args(prog) == ['200000', 'two words']
    assert wl.comment_args(prog, quick=True) == ['2000', 'x']
    assert wl.default_args(prog) == ['200000', 'two words']
    w = wl.program_workload(prog, quick=True)
    assert w.args == ['2000', 'x'] and w.label == 'alloc.py 2000 x'
    assert w.threads is None


def test_bench_args_comment_rules(tmp_path):
    only = write(tmp_path / 'a.py', '# bench-args: 5\n')
    assert wl.comment_args(only, quick=True) == ['5']        # quick falls back
    empty = write(tmp_path / 'b.py', '# bench-args:\nx = 1\n')
    assert wl.comment_args(empty) == []
    first = write(tmp_path / 'c.py', '# bench-args: 1\n# bench-args: 2\n')
    assert wl.comment_args(first) == ['1']
    late = write(tmp_path / 'd.py', 'x = 1\n' * wl.COMMENT_LINES + '# bench-args: 9\n')
    assert wl.comment_args(late) is None                     # only the first lines
    code = write(tmp_path / 'e.py', 'x = "# bench-args: 3"\n')
    assert wl.comment_args(code) is None                     # a comment, not a string
    assert wl.comment_args(str(tmp_path / 'missing.py')) is None


def test_default_args_table_then_nothing(tmp_path):
    fib = write(tmp_path / 'fib.py', 'print(1)\n')
    assert wl.default_args(fib) == ['30'] and wl.default_args(fib, quick=True) == ['25']
    commented = write(tmp_path / 'other.py', 'print(1)\n')
    assert wl.default_args(commented) == []
    (tmp_path / 'd').mkdir()
    own = write(tmp_path / 'd' / 'fib.py', '# bench-args: 12\n')
    assert wl.default_args(own) == ['12']                    # the comment wins


def test_discover_programs(tmp_path):
    assert wl.discover_programs(str(tmp_path / 'absent')) == []
    write(tmp_path / 'b.py', '# bench-args: 2\n')
    write(tmp_path / 'a.py', '# bench-args: 1\n# bench-args-quick: 0\n')
    write(tmp_path / '_helper.py', '')
    write(tmp_path / 'notes.txt', '')
    write(tmp_path / 'fib.py', '')             # the fib and threads suites' programs
    write(tmp_path / 'threaded_fib.py', '')
    write(tmp_path / 'threaded_fib_own.py', '')
    write(tmp_path / 'threaded_shared.py', '')
    found = wl.discover_programs(str(tmp_path))
    assert [(os.path.basename(w.program), w.args, w.suite) for w in found] == [
        ('a.py', ['1'], 'programs'), ('b.py', ['2'], 'programs')]
    assert [w.args for w in wl.discover_programs(str(tmp_path), quick=True)] == [
        ['0'], ['2']]


def test_threads_workloads():
    ws = wl.threads_workloads(27)
    assert [w.label for w in ws] == ['threaded_fib.py 1 27', 'threaded_fib.py 2 27',
                                     'threaded_fib.py 4 27']
    assert [w.args for w in ws] == [['1', '27'], ['2', '27'], ['4', '27']]
    assert [w.threads for w in ws] == [1, 2, 4]
    assert {w.series for w in ws} == {'threaded_fib.py N 27'}
    assert os.path.abspath(ws[0].program) == os.path.join(REPO_ROOT, 'bench', 'programs',
                                                          'threaded_fib.py')
    assert os.path.realpath(ws[0].program) == os.path.join(REPO_ROOT, 'examples',
                                                           'threaded_fib.py')
    assert wl.threads_k() == wl.THREADS_K
    assert wl.threads_k(quick=True) == wl.THREADS_K - wl.THREADS_QUICK_DROP
    assert wl.threads_k(9, quick=True) == 9


def test_suites(tmp_path):
    assert wl.parse_suites('default') == ['fib', 'threads', 'programs']
    assert wl.parse_suites('threads, fib,threads') == ['threads', 'fib']
    assert wl.parse_suites('') == []
    with pytest.raises(ValueError):
        wl.parse_suites('fib,nosuch')
    write(tmp_path / 'p.py', '# bench-args: 3\n')
    ws = wl.suite_workloads(['fib', 'threads', 'programs'], quick=True, k=10, ns=[1, 3],
                            programs_dir=str(tmp_path))
    shared = wl.shared_k(10)
    assert [w.label for w in ws] == [
        'fib.py 25', 'threaded_fib.py 1 10', 'threaded_fib.py 3 10',
        'threaded_fib_own.py 1 10', 'threaded_fib_own.py 3 10',
        'threaded_shared.py 1 %d' % shared, 'threaded_shared.py 3 %d' % shared, 'p.py 3']
    assert [w.suite for w in ws] == ['fib'] + ['threads'] * 6 + ['programs']
    assert [w.label for w in wl.suite_workloads(['fib'])] == ['fib.py 30']


def test_unique_labels_and_display_path(tmp_path):
    ws = wl.unique_labels([wl.Workload('a/x.py', ['1']), wl.Workload('b/x.py', ['1']),
                           wl.Workload('x.py', ['2'])])
    assert [w.label for w in ws] == ['x.py 1', 'x.py 1 #2', 'x.py 2']
    assert wl.display_path(str(tmp_path / 'q' / 'p.py'), cwd=str(tmp_path)) == \
        os.path.join('q', 'p.py')
    assert wl.display_path('/elsewhere/p.py', cwd=str(tmp_path)) == '/elsewhere/p.py'
    assert wl.Workload('p.py', []).to_dict() == {
        'label': 'p.py', 'program': 'p.py', 'args': [], 'suite': 'cli',
        'threads': None, 'series': None}


def test_threads_suite_three_series():
    """The threads suite: threaded_fib, threaded_fib_own (K = the suite's K) and
    threaded_shared (its own K, shared_k of the suite's), one series each."""
    ws = wl.suite_workloads(['threads'])
    assert [(os.path.basename(w.program), w.args, w.threads, w.series) for w in ws] == [
        (name, [str(n), str(k)], n, '%s N %d' % (name, k))
        for name, k in (('threaded_fib.py', wl.THREADS_K),
                        ('threaded_fib_own.py', wl.THREADS_K),
                        ('threaded_shared.py', wl.SHARED_K))
        for n in wl.THREADS_N]
    assert all(w.suite == 'threads' for w in ws)
    for w in ws:
        assert os.path.isfile(w.program)
    # --threads-k: K itself for the fib programs, shared_k(K) for threaded_shared
    ws = wl.suite_workloads(['threads'], k=28, ns=[2])
    assert [w.label for w in ws] == ['threaded_fib.py 2 28', 'threaded_fib_own.py 2 28',
                                     'threaded_shared.py 2 %d' % wl.shared_k(28)]
    quick = wl.suite_workloads(['threads'], quick=True, ns=[1])
    k = wl.THREADS_K - wl.THREADS_QUICK_DROP
    assert [w.args for w in quick] == [['1', str(k)], ['1', str(k)],
                                       ['1', str(wl.shared_k(k))]]


def test_shared_k():
    assert wl.shared_k(wl.THREADS_K) == wl.SHARED_K
    # each step of K multiplies fib's work by the golden ratio, and shared_k alike
    assert 1.6 < wl.shared_k(wl.THREADS_K + 1) / wl.SHARED_K < 1.65
    assert wl.shared_k(wl.THREADS_K - 4) < wl.SHARED_K / 6
    assert wl.shared_k(wl.THREADS_K + 3) > 4 * wl.SHARED_K
    assert wl.shared_k(0) == 1 and wl.shared_k(-5) == 1
    ks = [wl.shared_k(k) for k in range(20, 40)]
    assert ks == sorted(ks)


def test_programs_suite_leaves_the_threads_programs():
    assert set(wl.OWN_SUITE_PROGRAMS) == {'fib.py', 'threaded_fib.py',
                                          'threaded_fib_own.py', 'threaded_shared.py'}
    names = [os.path.basename(w.program) for w in wl.discover_programs()]
    assert names and not set(names) & set(wl.OWN_SUITE_PROGRAMS)
