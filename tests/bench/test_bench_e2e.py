"""The harness end to end, with shell-script stand-ins for the gclab binaries and for
pypy3 (they run the real python3 underneath)."""

import csv
import json
import os
import subprocess
import sys

import pytest

from bench import REPO_ROOT, load_plans
from bench import workloads as wl
from bench.report import COLUMNS, SCHEMA, THREADS_COLUMNS
from bench.runner import find_python3

FIB = '''\
import sys
n = int(sys.argv[1])
a, b = 0, 1
for i in range(n):
    a, b = b, a + b
print("fib(%d) = %d" % (n, a))
'''

WORK = '''\
# A GC workload of the programs suite.
# bench-args: 3000 2
# bench-args-quick: 300 2
import sys
n, k = int(sys.argv[1]), int(sys.argv[2])
print(sum(len([i] * k) for i in range(n)))
'''

STATS = {
    'tracing': '"minor_collections": 7, "major_collections": 1, "pause_total_ms": 2.5, '
               '"pause_max_ms": 0.75, "objects_allocated": null, "objects_freed": null',
    'refcount': '"minor_collections": null, "major_collections": null, '
                '"pause_total_ms": null, "pause_max_ms": null, '
                '"objects_allocated": 12345, "objects_freed": 12000',
    'none': '"minor_collections": null, "objects_allocated": null',
}

FAKE = '''\
#!/bin/sh
if [ "$1" = "--gc-stats" ]; then
    shift
    echo 'GCLAB_STATS {"plan": "%(plan)s", "kind": "%(kind)s", %(stats)s}' >&2
fi
%(body)s
'''

FAKE_PYPY3 = '''\
#!/bin/sh
# stands in for pypy3: drops --jit off, checks that the harness set LD_LIBRARY_PATH
case "$LD_LIBRARY_PATH" in
    */usr/lib/x86_64-linux-gnu*) ;;
    *) echo "LD_LIBRARY_PATH not set" >&2; exit 99 ;;
esac
if [ "$1" = "--jit" ]; then shift 2; fi
exec "%s" "$@"
'''


def make_fake(build, plan, body=None, kind='tracing'):
    path = build / ('gclab-' + plan)
    path.write_text(FAKE % {'plan': plan, 'kind': kind, 'stats': STATS[kind],
                            'body': body or 'exec "%s" "$@"' % find_python3()})
    path.chmod(0o755)


def make_fake_pypy3(root):
    binary = root / 'usr' / 'bin' / 'pypy3'
    binary.parent.mkdir(parents=True)
    (root / 'usr' / 'lib' / 'x86_64-linux-gnu').mkdir(parents=True)
    binary.write_text(FAKE_PYPY3 % find_python3())
    binary.chmod(0o755)


@pytest.fixture
def work(tmp_path):
    (tmp_path / 'fib.py').write_text(FIB)
    build = tmp_path / 'build'
    build.mkdir()
    make_fake(build, 'incminimark')
    make_fake(build, 'refcount', kind='refcount')
    return tmp_path


def bench(cwd, *options):
    env = dict(os.environ, PYTHONPATH=REPO_ROOT)
    return subprocess.run([sys.executable, '-m', 'bench'] + list(options), cwd=str(cwd),
                          env=env, capture_output=True, text=True, timeout=300)


def table_rows(stdout, header=None):
    """The rows of the table whose header row starts with `header` (default: the
    single-threaded table), header row included."""
    header = header or COLUMNS
    tables, current = [], None
    for line in stdout.splitlines():
        if line.startswith('| '):
            row = [c.strip() for c in line.strip().strip('|').split('|')]
            if current is None:
                current = [row]
                tables.append(current)
            else:
                current.append(row)
        elif not line.startswith('|'):
            current = None
    for t in tables:
        if t[0] == header:
            return t
    return []


# Core options for tests: no translation, no peers but python3, fake binaries.
CORE = ('--build-dir', 'build', '--out', 'out', '--no-translate', '--peers', 'python3')


def default_plan_names(registry):
    """What the default subjects must be, from the registry: the headline plans, every
    working free-threaded plan of the default allocator and its GIL twin, and none, in
    the registry's order."""
    nogil = [p for p in registry.PLANS if p.threading == 'nogil' and p.works()
             and p.allocator == 'default']
    twins = {registry.compose(p.manager, 'gil', p.allocator) for p in nogil}
    return [p.name for p in registry.PLANS
            if p.works() and (p.headline or p in nogil or p.name in twins
                              or p.name == 'none')]


def test_help():
    out = bench(REPO_ROOT, '--help')
    assert out.returncode == 0
    for option in ('--plans', '--suite', '--programs', '--programs-dir', '--args',
                   '--threads-k', '--threads-n', '--reps', '--warmup', '--baseline',
                   '--peers', '--no-python3', '--pypy3', '--quick', '--out',
                   '--build-dir', '--allow-missing', '--no-translate', '--gc-stats',
                   '--no-gc-stats', '--no-plots', 'bench-args', 'compare'):
        assert option in out.stdout


def test_quick_default_suites_end_to_end(work):
    """A tiny --quick run of the default suites and subjects: every plan of the registry
    as a fake binary, pypy3 as a fake too, one program in the programs suite."""
    registry = load_plans()
    for plan in registry.PLANS:
        make_fake(work / 'build', plan.name,
                  kind=plan.kind if plan.kind in STATS else 'none')
    programs = work / 'programs'
    programs.mkdir()
    (programs / 'work.py').write_text(WORK)
    make_fake_pypy3(work / 'pypy3')
    out = bench(work, '--quick', '--reps', '2', '--warmup', '0', '--threads-k', '12',
                '--build-dir',
                'build', '--out', 'out', '--no-translate', '--programs-dir', 'programs',
                '--pypy3', 'pypy3')
    assert out.returncode == 0, out.stderr
    plans = default_plan_names(registry)
    assert 'none' in plans and 'none-nogil' in plans
    subjects = plans + ['python3', 'pypy3', 'pypy3-nojit']

    rows = table_rows(out.stdout)
    assert rows[0] == COLUMNS
    body = rows[1:]
    labels = [r[0] for r in body]
    assert labels == ['fib.py 25'] * len(subjects) + ['work.py 300 2'] * len(subjects)
    assert [r[1] for r in body[:len(subjects)]] == subjects
    cells = {(r[0], r[1]): dict(zip(COLUMNS, r)) for r in body}
    inc = cells[('fib.py 25', 'incminimark')]
    assert inc['×baseline'] == '1.00'
    assert inc['GC minor/major'] == '7/1'
    assert inc['pause ms total/max'] == '2.50/0.75'
    assert inc['objects alloc/freed'] == '—'
    rc = cells[('fib.py 25', 'refcount')]
    assert rc['GC minor/major'] == '—' and rc['objects alloc/freed'] == '12.3k/12.0k'
    assert cells[('fib.py 25', 'none')]['×none'] == '1.00'
    assert cells[('fib.py 25', 'python3')]['×python3'] == '1.00'
    assert cells[('fib.py 25', 'python3')]['GC minor/major'] == '—'
    float(cells[('fib.py 25', 'pypy3-nojit')]['×none'])
    float(cells[('work.py 300 2', 'pypy3')]['wall s (median)'])

    # three series, each its own table; the floor none runs them as none-nogil's twin
    assert 'notice: the floor plan none is not run' not in out.stderr
    thread_subjects = [s for s in subjects if s in ('python3', 'pypy3', 'pypy3-nojit')
                       or registry.get(s).threads == 'ok']
    for series in ('threaded_fib.py N 12', 'threaded_fib_own.py N 12',
                   'threaded_shared.py N %d' % wl.shared_k(12)):
        assert 'Threads: %s, N = 1, 2, 4' % series in out.stdout
    tables = out.stdout.split('Threads: ')[1:]
    assert len(tables) == 3
    for text in tables:
        threads = table_rows(text, THREADS_COLUMNS)
        assert threads[0] == THREADS_COLUMNS
        assert [(r[0], r[1]) for r in threads[1:]] == [
            (s, n) for s in thread_subjects for n in ('1', '2', '4')]
        for r in threads[1:]:
            row = dict(zip(THREADS_COLUMNS, r))
            float(row['CPU/wall'])
            if row['N'] == '1':
                assert row['wall ×(N=1)'] == '1.00'

    doc = json.loads((work / 'out' / 'results.json').read_text())
    assert doc['schema'] == SCHEMA
    for key in ('created', 'command', 'options', 'machine', 'git_commit', 'git_dirty',
                'git_state', 'measurement', 'plans', 'subjects', 'workloads', 'cells',
                'runs', 'plots'):
        assert key in doc
    assert set(doc['git_state']) == {'status', 'diff_sha256', 'diff_stat'}
    assert doc['git_dirty'] == any(not line.startswith('??')
                                   for line in doc['git_state']['status'])
    assert doc['options']['quick'] is True and doc['options']['reps'] == 2
    assert doc['options']['plans'] == plans
    assert [s['name'] for s in doc['subjects']] == subjects
    pypy3 = {s['name']: s for s in doc['subjects']}
    assert pypy3['pypy3-nojit']['command'][1:] == ['--jit', 'off']
    assert pypy3['pypy3']['env']['LD_LIBRARY_PATH'].startswith(
        str(work / 'pypy3' / 'usr' / 'lib' / 'x86_64-linux-gnu'))
    shared = wl.shared_k(12)
    assert [w['label'] for w in doc['workloads']] == [
        'fib.py 25', 'threaded_fib.py 1 12', 'threaded_fib.py 2 12',
        'threaded_fib.py 4 12', 'threaded_fib_own.py 1 12', 'threaded_fib_own.py 2 12',
        'threaded_fib_own.py 4 12', 'threaded_shared.py 1 %d' % shared,
        'threaded_shared.py 2 %d' % shared, 'threaded_shared.py 4 %d' % shared,
        'work.py 300 2']
    assert [w['suite'] for w in doc['workloads']] == ['fib'] + ['threads'] * 9 + [
        'programs']
    assert all(c['status'] == 'ok' and c['reps'] == 2 for c in doc['cells'])
    thread_cells = [c for c in doc['cells'] if c['threads'] is not None]
    assert all(c['x_n1'] is not None and c['cpu_per_wall'] for c in thread_cells)
    inc_cell = [c for c in doc['cells']
                if (c['workload'], c['subject']) == ('fib.py 25', 'incminimark')][0]
    assert inc_cell['gc'] == {'minor_collections': 7, 'major_collections': 1,
                              'pause_total_ms': 2.5, 'pause_max_ms': 0.75,
                              'objects_allocated': None, 'objects_freed': None}
    for run in doc['runs']:
        assert run['returncode'] == 0
        if run['kind'] == 'plan':
            assert run['argv'][1] == '--gc-stats'
            assert run['gc_stats']['plan'] == run['subject']
        else:
            assert run['gc_stats'] is None

    with open(str(work / 'out' / 'results.csv')) as f:
        csv_rows = list(csv.DictReader(f))
    assert len(csv_rows) == len(doc['runs'])
    inc_csv = [r for r in csv_rows if r['subject'] == 'incminimark'][0]
    assert inc_csv['minor_collections'] == '7' and inc_csv['workload'] == 'fib.py 25'
    assert float(inc_csv['cpu_s']) >= 0

    try:
        import matplotlib  # noqa: F401
    except ImportError:
        assert 'matplotlib is not installed' in out.stderr
    else:
        assert doc['plots'] == ['wall-cpu-fib.py_25.png', 'wall-cpu-work.py_300_2.png',
                                'threads-threaded_fib.py_N_12.png',
                                'threads-threaded_fib_own.py_N_12.png',
                                'threads-threaded_shared.py_N_%d.png' % shared]
        for name in doc['plots']:
            assert (work / 'out' / name).read_bytes()[:8] == b'\x89PNG\r\n\x1a\n'
            assert 'chart:   %s' % os.path.join('out', name) in out.stdout


def test_programs_run_alone_with_schedule(work):
    out = bench(work, '--quick', '--reps', '2', '--plans', 'incminimark,refcount',
                '--programs', 'fib.py', '--no-plots', *CORE)
    assert out.returncode == 0, out.stderr
    rows = table_rows(out.stdout)
    assert [r[1] for r in rows[1:]] == ['incminimark', 'refcount', 'python3']
    assert table_rows(out.stdout, THREADS_COLUMNS) == []
    doc = json.loads((work / 'out' / 'results.json').read_text())
    runs = doc['runs']
    assert all(r['args'] == ['25'] for r in runs)
    # checks: python3 (the reference) + 2 plans; 1 warm-up round, 2 timed rounds
    assert [r['phase'] for r in runs] == ['check'] * 3 + ['warmup'] * 3 + ['timed'] * 6
    timed = [(r['rep'], r['subject']) for r in runs if r['phase'] == 'timed']
    assert timed == [(0, 'incminimark'), (0, 'refcount'), (0, 'python3'),
                     (1, 'incminimark'), (1, 'refcount'), (1, 'python3')]
    assert doc['plots'] == []


def test_args_no_python3_no_gc_stats(work):
    out = bench(work, '--reps', '1', '--warmup', '0', '--plans', 'incminimark',
                '--programs', 'fib.py', '--args', '10', '--no-python3', '--no-gc-stats',
                '--no-plots', *CORE)
    assert out.returncode == 0, out.stderr
    assert [row[1] for row in table_rows(out.stdout)[1:]] == ['incminimark']
    runs = json.loads((work / 'out' / 'results.json').read_text())['runs']
    plan_runs = [r for r in runs if r['subject'] == 'incminimark']
    assert len(plan_runs) == 2                       # check + 1 timed
    assert all(r['gc_stats'] is None and r['argv'][1:] == ['fib.py', '10']
               for r in plan_runs)
    assert [r['subject'] for r in runs if r['phase'] == 'timed'] == ['incminimark']


def test_missing_pypy3_is_a_notice(work):
    out = bench(work, '--reps', '1', '--warmup', '0', '--plans', 'incminimark',
                '--programs', 'fib.py', '--no-plots', '--build-dir', 'build', '--out',
                'out', '--no-translate', '--pypy3', 'nowhere')
    assert out.returncode == 0, out.stderr
    assert 'notice: peers pypy3 and pypy3-nojit skipped' in out.stderr
    assert 'tools/setup_peers.sh' in out.stderr
    assert [row[1] for row in table_rows(out.stdout)[1:]] == ['incminimark', 'python3']


def test_missing_binary_is_an_error(work):
    out = bench(work, '--quick', '--plans', 'incminimark,atomic-refcount',
                '--programs', 'fib.py', *CORE)
    assert out.returncode != 0
    assert ('MISSING build/gclab-atomic-refcount (run make translate MM=atomic-refcount)'
            in out.stdout + out.stderr)
    assert not (work / 'out' / 'results.json').exists()


def test_missing_binary_is_not_translated_outside_the_repo_build(work):
    out = bench(work, '--quick', '--plans', 'incminimark,atomic-refcount',
                '--programs', 'fib.py', '--build-dir', 'build', '--out', 'out')
    assert out.returncode == 2
    assert "not translating atomic-refcount: --build-dir build is not the repository's" \
        in out.stderr


def test_allow_missing(work):
    out = bench(work, '--quick', '--reps', '1', '--plans', 'incminimark,atomic-refcount',
                '--programs', 'fib.py', '--allow-missing', '--no-plots', *CORE)
    assert out.returncode == 0, out.stderr
    assert 'MISSING build/gclab-atomic-refcount' in out.stderr
    statuses = {row[1]: row[2] for row in table_rows(out.stdout)[1:]}
    assert statuses['atomic-refcount'] == 'MISSING'


def test_missing_floor_is_a_notice(work):
    """The default plans include none as the floor (and as none-nogil's twin); its
    absence is not an error."""
    registry = load_plans()
    for name in default_plan_names(registry):
        if name != 'none':
            make_fake(work / 'build', name)
    out = bench(work, '--reps', '1', '--warmup', '0', '--programs', 'fib.py',
                '--no-plots', *CORE)
    assert out.returncode == 0, out.stderr
    assert 'notice: no binary build/gclab-none of the floor plan none' in out.stderr
    rows = {row[1]: dict(zip(COLUMNS, row)) for row in table_rows(out.stdout)[1:]}
    assert rows['none']['wall s (median)'] == 'MISSING'
    assert rows['incminimark']['×none'] == '—'
    assert rows['none-nogil']['wall s (median)'] != 'MISSING'


def test_wrong_output_is_failed_and_not_timed(work):
    make_fake(work / 'build', 'atomic-refcount', body='echo "fib(25) = 42"',
              kind='refcount')
    out = bench(work, '--quick', '--reps', '2', '--plans',
                'incminimark,refcount,atomic-refcount', '--programs', 'fib.py',
                '--no-plots', *CORE)
    assert out.returncode == 1
    rows = {row[1]: row for row in table_rows(out.stdout)[1:]}
    assert rows['atomic-refcount'][2] == 'FAILED (output)'
    assert 'FAILED atomic-refcount' in out.stderr
    doc = json.loads((work / 'out' / 'results.json').read_text())
    timed = {r['subject'] for r in doc['runs'] if r['phase'] != 'check'}
    assert timed == {'incminimark', 'refcount', 'python3'}
    cell = [c for c in doc['cells'] if c['subject'] == 'atomic-refcount'][0]
    assert cell['status'] == 'FAILED' and 'line 1' in cell['reason']


def test_binary_without_gc_stats_gets_a_hint(work):
    old = work / 'build' / 'gclab-refcount'         # a binary from before --gc-stats
    old.write_text('#!/bin/sh\necho "unknown option $1" >&2; exit 2\n')
    out = bench(work, '--reps', '1', '--plans', 'incminimark,refcount', '--programs',
                'fib.py', '--no-plots', *CORE)
    assert out.returncode == 1
    assert 'rebuild it with make translate MM=refcount, or pass --no-gc-stats' in out.stderr


def test_unknown_plan_suite_or_peer_is_a_usage_error(work):
    for option, value, message in (('--plans', 'nosuch', 'unknown memory-manager plan'),
                                   ('--suite', 'nosuch', 'unknown suite'),
                                   ('--peers', 'jython', 'unknown peer')):
        out = bench(work, option, value, '--build-dir', 'build', '--no-translate')
        assert out.returncode == 2
        assert message in out.stderr


def test_compare_command(work):
    for out_dir, sleep in (('a', '0'), ('b', '0.3')):
        make_fake(work / 'build', 'incminimark',
                  body='sleep %s; exec "%s" "$@"' % (sleep, find_python3()))
        out = bench(work, '--reps', '2', '--warmup', '0', '--plans', 'incminimark',
                    '--programs', 'fib.py', '--no-plots', '--build-dir', 'build',
                    '--out', out_dir, '--no-translate', '--peers', 'none')
        assert out.returncode == 0, out.stderr
    out = bench(work, 'compare', 'a/results.json', 'b/results.json')
    assert out.returncode == 0, out.stderr
    rows = table_rows(out.stdout, ['program', 'subject', 'A wall s', 'A min–max',
                                   'B wall s', 'B min–max', 'change %', 'verdict'])
    assert [(r[0], r[1], r[-1]) for r in rows[1:]] == [
        ('fib.py 30', 'incminimark', 'slower')]
    assert float(rows[1][-2]) > 0
    out = bench(work, 'compare', 'a/results.json', 'nosuch.json')
    assert out.returncode == 2 and 'cannot read nosuch.json' in out.stderr


def test_plan_selection():
    from bench.__main__ import select_plans
    registry = load_plans()
    plans, optional = select_plans(None, registry)
    names = [p.name for p in plans]
    assert names == default_plan_names(registry) and optional == {'none'}
    assert set(names) >= {p.name for p in registry.PLANS if p.headline and p.works()}
    nogil = [p for p in registry.PLANS if p.threading == 'nogil' and p.works()
             and p.allocator == 'default']
    assert len(nogil) >= 4        # boehm, atomic and atomic-immortal refcount, none
    assert not [p for p in plans if p.allocator != 'default']   # no debug builds
    for p in nogil:
        assert p.name in names
        twin = registry.get(registry.compose(p.manager, 'gil', p.allocator))
        assert twin.threading == 'gil' and twin.allocator == p.allocator
        assert twin.name in names and names.index(twin.name) < names.index(p.name)
    assert {'boehm', 'boehm-nogil', 'none', 'none-nogil'} <= set(names)
    plans, optional = select_plans('all', registry)
    assert plans == [p for p in registry.PLANS if p.works()] and optional == set()
    plans, optional = select_plans('refcount, none', registry)
    assert [p.name for p in plans] == ['refcount', 'none'] and optional == set()


def test_threads_twins():
    from bench.__main__ import select_plans, threads_twins
    registry = load_plans()
    plans, _ = select_plans(None, registry)
    assert threads_twins(plans, registry) >= {'boehm', 'none'}
    assert threads_twins([registry.get('none')], registry) == set()
    assert threads_twins([registry.get('none'), registry.get('none-nogil')],
                         registry) == {'none'}


class FakeRegistry(object):
    """A registry without free-threaded plans: none is only the implied floor."""

    def __init__(self, registry):
        self.PLANS = [p for p in registry.PLANS if p.threading == 'gil']
        self.compose = registry.compose
        self._by_name = {p.name: p for p in self.PLANS}

    def get(self, name):
        return self._by_name[name]


def test_plan_selection_without_free_threaded_plans():
    from bench.__main__ import select_plans, threads_twins
    registry = FakeRegistry(load_plans())
    plans, optional = select_plans(None, registry)
    headline = [p for p in registry.PLANS if p.headline and p.works()]
    assert plans == headline + [registry.get('none')] and optional == {'none'}
    assert threads_twins(plans, registry) == set()


def test_named_floor_runs_the_threads_suite(work):
    make_fake(work / 'build', 'none', kind='none')
    out = bench(work, '--reps', '1', '--warmup', '0', '--plans', 'none', '--suite',
                'threads', '--threads-k', '5', '--threads-n', '1,3', '--no-plots', *CORE)
    assert out.returncode == 0, out.stderr
    rows = table_rows(out.stdout, THREADS_COLUMNS)
    assert [(r[0], r[1]) for r in rows[1:]] == [('none', '1'), ('none', '3'),
                                                ('python3', '1'), ('python3', '3')]
    assert table_rows(out.stdout) == []               # no single-threaded workloads


# A fake binary that counts its runs in a file and misbehaves on some of them.
COUNTED = '''n=$(cat "%(count)s" 2>/dev/null || echo 0); n=$((n + 1)); echo $n > "%(count)s"
case " %(runs)s " in *" $n "*) %(action)s ;; esac
exec "%(python3)s" "$@"'''


def make_counted_fake(work, plan, runs, action, kind='refcount'):
    make_fake(work / 'build', plan, kind=kind, body=COUNTED % {
        'count': work / ('count-' + plan), 'runs': ' '.join(str(n) for n in runs),
        'action': action, 'python3': find_python3()})


def test_timed_run_that_crashes_fails_its_cell(work):
    """Two of five timed repetitions segfault (runs 3 and 5: run 1 is the output
    check, there is no warm-up): the cell is FAILED, has no figures, the harness exits
    1.  (Before: the cell was ok, its median taken over the crashed runs, exit 0.)"""
    make_counted_fake(work, 'refcount', [3, 5], 'kill -SEGV $$')
    out = bench(work, '--reps', '5', '--warmup', '0', '--plans', 'incminimark,refcount',
                '--programs', 'fib.py', '--args', '15', '--no-plots', '--baseline',
                'refcount', *CORE)
    assert out.returncode == 1, out.stderr
    rows = {row[1]: row for row in table_rows(out.stdout)[1:]}
    assert rows['refcount'][2:] == ['FAILED (signal SIGSEGV)'] + ['—'] * 11
    assert rows['incminimark'][2] != 'FAILED' and float(rows['incminimark'][2]) >= 0
    assert rows['incminimark'][11] == '—'    # ×baseline: no ratio to a failed cell
    assert 'FAILED refcount on fib.py 15: timed run 1: signal SIGSEGV' in out.stderr
    doc = json.loads((work / 'out' / 'results.json').read_text())
    cell = [c for c in doc['cells'] if c['subject'] == 'refcount'][0]
    assert cell['status'] == 'FAILED' and cell['reps'] == 0 and cell['wall_s'] is None
    assert cell['failure'] == 'signal SIGSEGV'
    rc_runs = [r for r in doc['runs'] if r['subject'] == 'refcount']
    # check, rep 0, rep 1 (crashed); the cell is not run again once it failed
    assert [(r['phase'], r['rep'], r['failure']) for r in rc_runs] == [
        ('check', 0, None), ('timed', 0, None), ('timed', 1, 'signal SIGSEGV')]
    assert rc_runs[-1]['returncode'] == -11


def test_failing_exit_status_in_a_timed_run_fails_its_cell(work):
    make_counted_fake(work, 'refcount', [2], 'exit 3')
    out = bench(work, '--reps', '2', '--warmup', '0', '--plans', 'incminimark,refcount',
                '--programs', 'fib.py', '--args', '15', '--no-plots', *CORE)
    assert out.returncode == 1, out.stderr
    rows = {row[1]: row for row in table_rows(out.stdout)[1:]}
    assert rows['refcount'][2] == 'FAILED (exit 3)'


def test_hung_subject_is_killed_and_failed_on_timeout(work):
    """A subject that hangs in its first timed run: killed after --timeout seconds,
    the cell FAILED (timeout after 3 s), the other cells measured, exit 1.  (Before:
    measure() had no timeout, and the harness hung with it.)"""
    make_counted_fake(work, 'refcount', [2], 'sleep 600')
    import time
    start = time.time()
    out = bench(work, '--reps', '2', '--warmup', '0', '--plans', 'incminimark,refcount',
                '--programs', 'fib.py', '--args', '15', '--no-plots', '--timeout', '3',
                *CORE)
    assert time.time() - start < 120
    assert out.returncode == 1, out.stderr
    rows = {row[1]: row for row in table_rows(out.stdout)[1:]}
    assert rows['refcount'][2] == 'FAILED (timeout after 3 s)'
    float(rows['incminimark'][2])
    doc = json.loads((work / 'out' / 'results.json').read_text())
    assert doc['options']['timeout'] == 3
    hung = [r for r in doc['runs'] if r['subject'] == 'refcount'][-1]
    assert hung['timed_out'] is True and hung['failure'] == 'timeout after 3 s'


def test_timeout_option_is_checked(work):
    out = bench(work, '--timeout', '-1', *CORE)
    assert out.returncode == 2 and '--timeout must be >= 0' in out.stderr


def test_save_report_writes_a_dated_folder_with_its_readme(work):
    out = bench(work, '--reps', '1', '--warmup', '0', '--plans', 'incminimark',
                '--programs', 'fib.py', '--args', '10', '--no-plots', '--save-report',
                '--allow-dirty', '--reports-dir', 'reports', '--build-dir', 'build',
                '--no-translate', '--peers', 'none')
    assert out.returncode == 0, out.stderr
    (folder,) = list((work / 'reports').iterdir())
    doc = json.loads((folder / 'results.json').read_text())
    assert folder.name == '%s-%s' % (doc['created'][:10], doc['git_commit'][:7])
    readme = (folder / 'README.md').read_text()
    assert readme.startswith('# Benchmark report, %s, commit %s'
                             % (doc['created'][:10], doc['git_commit'][:7]))
    assert [row[:2] for row in table_rows(readme)[1:]] == [['fib.py 10', 'incminimark']]
    assert (folder / 'results.csv').exists()
    assert 'report:  reports/%s/README.md' % folder.name in out.stdout
    out = bench(work, '--save-report', '--out', 'x', '--build-dir', 'build')
    assert out.returncode == 2 and 'no --out' in out.stderr
