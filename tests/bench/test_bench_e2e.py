"""The harness end to end, with shell-script stand-ins for the gclab binaries."""

import csv
import json
import os
import subprocess
import sys

import pytest

from bench import REPO_ROOT
from bench.report import COLUMNS
from bench.runner import find_python3

FIB = '''\
import sys
n = int(sys.argv[1])
a, b = 0, 1
for i in range(n):
    a, b = b, a + b
print("fib(%d) = %d" % (n, a))
'''

FAKE = '''\
#!/bin/sh
if [ "$1" = "--gc-stats" ]; then
    shift
    echo 'GCLAB_STATS {"plan": "%(plan)s", "minor_collections": 2}' >&2
fi
%(body)s
'''


def make_fake(build, plan, body=None):
    path = build / ('gclab-' + plan)
    path.write_text(FAKE % {'plan': plan,
                            'body': body or 'exec "%s" "$@"' % find_python3()})
    path.chmod(0o755)


@pytest.fixture
def work(tmp_path):
    (tmp_path / 'fib.py').write_text(FIB)
    build = tmp_path / 'build'
    build.mkdir()
    make_fake(build, 'incminimark')
    make_fake(build, 'refcount')
    return tmp_path


def bench(cwd, *options):
    env = dict(os.environ, PYTHONPATH=REPO_ROOT)
    return subprocess.run([sys.executable, '-m', 'bench'] + list(options), cwd=str(cwd),
                          env=env, capture_output=True, text=True, timeout=300)


def table_rows(stdout):
    rows = [line for line in stdout.splitlines() if line.startswith('| ')]
    return [[c.strip() for c in row.strip('|').split('|')] for row in rows]


def test_help():
    out = bench(REPO_ROOT, '--help')
    assert out.returncode == 0
    for option in ('--plans', '--programs', '--args', '--reps', '--warmup', '--baseline',
                   '--no-python3', '--quick', '--out', '--build-dir', '--allow-missing',
                   '--gc-stats'):
        assert option in out.stdout


def test_quick_run_writes_table_json_and_csv(work):
    out = bench(work, '--quick', '--reps', '2', '--plans', 'incminimark,refcount',
                '--programs', 'fib.py', '--build-dir', 'build', '--out', 'out')
    assert out.returncode == 0, out.stderr
    rows = table_rows(out.stdout)
    assert rows[0] == COLUMNS
    body = {row[1]: row for row in rows[1:]}
    assert list(body) == ['incminimark', 'refcount', 'python3']
    assert all(row[0] == 'fib.py' for row in body.values())
    assert body['incminimark'][8] == '1.00'          # ×baseline of the baseline
    assert body['python3'][9] == '1.00'              # ×python3 of python3
    float(body['refcount'][2])                      # a number, not FAILED

    doc = json.loads((work / 'out' / 'results.json').read_text())
    for key in ('schema', 'created', 'command', 'options', 'machine', 'git_commit',
                'plans', 'subjects', 'cells', 'runs'):
        assert key in doc
    for key in ('cpu_model', 'cores', 'kernel'):
        assert key in doc['machine']
    assert doc['machine']['cores'] >= 1
    assert [p['name'] for p in doc['plans']][:2] == ['incminimark', 'refcount']
    assert {'name', 'description', 'gc', 'kind', 'policy', 'status',
            'headline'} <= set(doc['plans'][0])
    assert doc['options']['reps'] == 2 and doc['options']['quick'] is True
    assert doc['options']['plans'] == ['incminimark', 'refcount']
    for cell in doc['cells']:
        assert cell['status'] == 'ok' and cell['reps'] == 2
        for metric in ('wall_s', 'user_s', 'sys_s', 'maxrss_kb'):
            assert set(cell[metric]) == {'median', 'min', 'max', 'spread'}
        assert 'x_baseline' in cell and 'x_python3' in cell
    runs = doc['runs']
    for run in runs:
        for key in ('program', 'args', 'subject', 'kind', 'phase', 'rep', 'argv',
                    'returncode', 'wall_s', 'user_s', 'sys_s', 'maxrss_kb', 'gc_stats'):
            assert key in run
        assert run['args'] == ['25']                 # --quick: fib 25
        assert run['returncode'] == 0
    # checks: python3 + 2 plans; then 1 warm-up round and 2 timed rounds of 3 cells
    assert [r['phase'] for r in runs] == ['check'] * 3 + ['warmup'] * 3 + ['timed'] * 6
    timed = [(r['rep'], r['subject']) for r in runs if r['phase'] == 'timed']
    assert timed == [(0, 'incminimark'), (0, 'refcount'), (0, 'python3'),
                     (1, 'incminimark'), (1, 'refcount'), (1, 'python3')]
    assert all(r['gc_stats'] is None for r in runs)  # --gc-stats not given

    with open(str(work / 'out' / 'results.csv')) as f:
        csv_rows = list(csv.DictReader(f))
    assert len(csv_rows) == len(runs)
    assert float(csv_rows[-1]['wall_s']) > 0


def test_gc_stats_and_no_python3(work):
    out = bench(work, '--reps', '1', '--warmup', '0', '--plans', 'incminimark',
                '--programs', 'fib.py', '--args', '10', '--build-dir', 'build',
                '--out', 'out', '--gc-stats', '--no-python3')
    assert out.returncode == 0, out.stderr
    assert [row[1] for row in table_rows(out.stdout)[1:]] == ['incminimark']
    runs = json.loads((work / 'out' / 'results.json').read_text())['runs']
    plan_runs = [r for r in runs if r['subject'] == 'incminimark']
    assert len(plan_runs) == 2                       # check + 1 timed
    assert all(r['gc_stats'] == {'plan': 'incminimark', 'minor_collections': 2}
               for r in plan_runs)
    assert all(r['argv'][1] == '--gc-stats' for r in plan_runs)
    assert [r['subject'] for r in runs if r['phase'] == 'timed'] == ['incminimark']


def test_missing_binary_is_an_error(work):
    out = bench(work, '--quick', '--plans', 'incminimark,atomic-refcount',
                '--programs', 'fib.py', '--build-dir', 'build', '--out', 'out')
    assert out.returncode != 0
    assert ('MISSING build/gclab-atomic-refcount (run make translate MM=atomic-refcount)'
            in out.stdout + out.stderr)
    assert not (work / 'out' / 'results.json').exists()


def test_allow_missing(work):
    out = bench(work, '--quick', '--reps', '1', '--plans', 'incminimark,atomic-refcount',
                '--programs', 'fib.py', '--build-dir', 'build', '--out', 'out',
                '--allow-missing')
    assert out.returncode == 0, out.stderr
    assert 'MISSING build/gclab-atomic-refcount' in out.stderr
    statuses = {row[1]: row[2] for row in table_rows(out.stdout)[1:]}
    assert statuses['atomic-refcount'] == 'MISSING'


def test_wrong_output_is_failed_and_not_timed(work):
    make_fake(work / 'build', 'atomic-refcount', body='echo "fib(25) = 42"')
    out = bench(work, '--quick', '--reps', '2', '--plans',
                'incminimark,refcount,atomic-refcount', '--programs', 'fib.py',
                '--build-dir', 'build', '--out', 'out')
    assert out.returncode == 1
    rows = {row[1]: row for row in table_rows(out.stdout)[1:]}
    assert rows['atomic-refcount'][2] == 'FAILED'
    assert 'FAILED atomic-refcount' in out.stderr
    doc = json.loads((work / 'out' / 'results.json').read_text())
    timed = {r['subject'] for r in doc['runs'] if r['phase'] != 'check'}
    assert timed == {'incminimark', 'refcount', 'python3'}
    cell = [c for c in doc['cells'] if c['subject'] == 'atomic-refcount'][0]
    assert cell['status'] == 'FAILED' and 'line 1' in cell['reason']


def test_unknown_plan_is_a_usage_error(work):
    out = bench(work, '--plans', 'nosuch', '--build-dir', 'build')
    assert out.returncode == 2
    assert 'unknown memory-manager plan' in out.stderr
