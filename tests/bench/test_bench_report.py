import json

from bench.report import (COLUMNS, THREADS_COLUMNS, aligned_table, fmt_count, gc_cells,
                          nursery_line,
                          machine_info, markdown_table, text_report, threads_table,
                          write_csv)
from bench.stats import cell_summaries


def _cells(line):
    return [c.strip() for c in line.strip().strip('|').split('|')]


def _summary(median, lo, hi):
    return {'median': median, 'min': lo, 'max': hi,
            'spread': (hi - lo) / median if median else 0.0}


def test_markdown_table_rows():
    summary = _summary(2.0, 1.5, 2.5)
    ok = {'workload': 'p.py 7', 'subject': 'refcount', 'status': 'ok', 'reason': None,
          'threads': None, 'reps': 3, 'wall_s': summary, 'user_s': summary,
          'sys_s': summary, 'maxrss_kb': dict(summary, median=2048),
          'gc': {'objects_allocated': 1234567, 'objects_freed': 1234000},
          'x_baseline': 1.234, 'x_none': 1.5, 'x_python3': None}
    failed = {'workload': 'p.py 7', 'subject': 'atomic-refcount', 'status': 'FAILED',
              'reason': 'exit 1', 'threads': None, 'reps': 0, 'wall_s': None}
    threads = dict(ok, threads=2, subject='incminimark')    # not in this table
    lines = markdown_table([ok, failed, threads]).splitlines()
    assert len(lines) == 4
    assert _cells(lines[0]) == COLUMNS
    assert _cells(lines[2]) == ['p.py 7', 'refcount', '2.000', '1.500–2.500', '50.0',
                                '2.000', '2.000', '2.0', '—', '—', '1.23M/1.23M',
                                '1.23', '1.50', '—']
    assert _cells(lines[3]) == ['p.py 7', 'atomic-refcount', 'FAILED'] + ['—'] * 11
    assert len({len(line) for line in lines}) == 1           # aligned


def test_aligned_table_is_markdown():
    text = aligned_table(['name', 'n'], [['a', '1'], ['bbb', '22']], left=1)
    assert text.splitlines() == ['| name |  n |', '|------|---:|', '| a    |  1 |',
                                 '| bbb  | 22 |']


def test_gc_cells_per_plan_kind():
    tracing = {'minor_collections': 120, 'major_collections': 3, 'pause_total_ms': 12.345,
               'pause_max_ms': 0.5, 'objects_allocated': None, 'objects_freed': None}
    refcount = {'minor_collections': None, 'major_collections': None,
                'pause_total_ms': None, 'pause_max_ms': None,
                'objects_allocated': 45678, 'objects_freed': 45000}
    assert gc_cells(tracing) == ['120/3', '12.3/0.50', '—']
    assert gc_cells(refcount) == ['—', '—', '45.7k/45.0k']
    assert gc_cells(None) == ['—', '—', '—']
    assert gc_cells({'minor_collections': 5}) == ['5/—', '—', '—']
    assert [fmt_count(x) for x in (0, 2.5, 9999, 10000, 2500000)] == [
        '0', '2.5', '9999', '10.0k', '2.50M']


def _run(workload, subject, rep, wall, user, sys_, threads=None):
    return {'workload': workload, 'subject': subject, 'phase': 'timed', 'rep': rep,
            'wall_s': wall, 'user_s': user, 'sys_s': sys_, 'maxrss_kb': 1024,
            'returncode': 0, 'gc_stats': None}


def test_threads_table_arithmetic():
    """CPU/wall = (user + sys) / wall per repetition (median); wall ×(N=1) = median of
    per-repetition wall(N) / wall(N=1) of the same subject."""
    runs = []
    walls = {1: (1.0, 1.2, 0.8), 2: (2.0, 2.6, 1.6), 4: (4.0, 4.4, 4.0)}
    for n, ws in walls.items():
        for rep, w in enumerate(ws):
            runs.append(_run('t %d' % n, 'inc', rep, w, 0.9 * w, 0.1 * w))
            runs.append(_run('t %d' % n, 'gilfree', rep, w / n, 0.5 * w, 0.0))
    cells = [{'workload': 't %d' % n, 'subject': s, 'status': 'ok', 'reason': None,
              'threads': n, 'series': 't N'}
             for s in ('inc', 'gilfree') for n in (1, 2, 4)]
    summaries = cell_summaries(runs, cells, baseline='inc')
    by = {(s['subject'], s['threads']): s for s in summaries}
    assert by[('inc', 2)]['x_n1'] == 2.0                # 2/1, 2.6/1.2, 1.6/0.8 -> 2.0
    assert by[('inc', 4)]['x_n1'] == 4.0                # 4/1, 4.4/1.2, 4/0.8 -> 4.0
    assert by[('inc', 1)]['x_n1'] == 1.0
    assert by[('inc', 4)]['cpu_per_wall']['median'] == 1.0
    assert by[('gilfree', 4)]['cpu_per_wall']['median'] == 2.0   # 0.5 w / (w / 4)
    assert by[('gilfree', 2)]['x_n1'] == 1.0
    lines = threads_table(summaries).splitlines()
    assert _cells(lines[0]) == THREADS_COLUMNS
    rows = [_cells(line) for line in lines[2:]]
    assert rows[0] == ['inc', '1', '1.000', '0.900', '0.100', '1.00', '1.00']
    assert rows[2] == ['inc', '4', '4.000', '3.600', '0.400', '1.00', '4.00']
    assert rows[5] == ['gilfree', '4', '1.000', '2.000', '0.000', '2.00', '1.00']
    report = text_report(summaries)
    assert 'Threads: t N, N = 1, 2, 4' in report
    assert 'Single-threaded' not in report


def test_write_csv_flattens_gc_stats(tmp_path):
    run = {'workload': 'p.py 1', 'program': 'p.py', 'args': ['1'], 'suite': 'cli',
           'threads': None, 'subject': 'incminimark', 'kind': 'plan', 'phase': 'timed',
           'rep': 0, 'returncode': 0, 'wall_s': 1.0, 'user_s': 0.75, 'sys_s': 0.25,
           'maxrss_kb': 100, 'argv': ['b', '--gc-stats', 'p.py', '1'],
           'gc_stats': {'minor_collections': 3, 'pause_total_ns': 2000000}}
    path = tmp_path / 'r.csv'
    write_csv(str(path), [run])
    header, row = path.read_text().splitlines()
    fields = dict(zip(header.split(','), row.split(',', len(header.split(',')) - 1)))
    assert fields['cpu_s'] == '1.0' and fields['minor_collections'] == '3'
    assert fields['pause_total_ms'] == '2.0' and fields['objects_freed'] == ''


def test_machine_info_keys():
    info = machine_info()
    assert {'cpu_model', 'cores', 'kernel'} <= set(info)
    assert info['cores'] >= 1 and info['kernel']
    json.dumps(info)


def test_nursery_line_names_each_plans_nursery():
    runs = [{'subject': 'incminimark', 'gc_stats': {'nursery_kb': 896}},
            {'subject': 'refcount', 'gc_stats': {'nursery_kb': None}},
            {'subject': 'python3', 'gc_stats': None},
            {'subject': 'generation', 'gc_stats': {'nursery_kb': 3072}},
            {'subject': 'incminimark', 'gc_stats': {'nursery_kb': 896}},
            {'subject': 'generation', 'gc_stats': {'nursery_kb': 2048}}]
    assert nursery_line(runs) == ('nursery (--gc-stats nursery_kb): incminimark 896 KiB, '
                                  'generation 2048/3072 KiB')
    assert nursery_line(runs[1:3]) is None


def _git(repo, *args):
    import subprocess
    subprocess.run(['git', '-c', 'user.name=t', '-c', 'user.email=t@t', '-C', str(repo)]
                   + list(args), check=True, capture_output=True)


def test_git_state_records_what_was_uncommitted(tmp_path):
    """results.json names what the tree had beyond its commit (before: only a
    git_dirty flag, so a dirty run could not be reproduced or even described)."""
    import hashlib
    import subprocess
    from bench.report import dirty_refusal, git_state
    _git(tmp_path, 'init', '-q')
    (tmp_path / 'a.py').write_text('x = 1\n')
    _git(tmp_path, 'add', 'a.py')
    _git(tmp_path, 'commit', '-qm', 'a')
    clean = git_state(str(tmp_path))
    assert clean == {'status': [], 'diff_sha256': None, 'diff_stat': []}
    assert dirty_refusal(clean) is None
    (tmp_path / 'b.txt').write_text('untracked\n')
    assert dirty_refusal(git_state(str(tmp_path))) is None
    (tmp_path / 'a.py').write_text('x = 2\n')
    state = git_state(str(tmp_path))
    assert state['status'] == [' M a.py', '?? b.txt']
    diff = subprocess.run(['git', 'diff', '--binary', 'HEAD'], cwd=str(tmp_path),
                          capture_output=True).stdout
    assert state['diff_sha256'] == hashlib.sha256(diff).hexdigest()
    assert 'a.py' in state['diff_stat'][0]
    assert ' M a.py' in dirty_refusal(state)
    assert git_state(str(tmp_path / 'nowhere')) is None


def test_report_dir_and_readme(tmp_path):
    import datetime
    from bench.report import report_dir, report_readme
    day = datetime.date(2026, 12, 2)
    first = report_dir(str(tmp_path), day, 'abcdef0123456789')
    assert first == str(tmp_path / '2026-12-02-abcdef0')
    (tmp_path / '2026-12-02-abcdef0').mkdir()
    assert report_dir(str(tmp_path), day, 'abcdef0123456789') == first + '-2'
    doc = {'created': '2026-12-02T06:00:00+00:00', 'git_commit': 'abcdef0123456789',
           'command': ['/py', '-m', 'bench', '--quick'], 'machine': {'cores': 2},
           'git_state': {'status': [' M bench/x.py'], 'diff_sha256': 'f00',
                         'diff_stat': []}, 'plots': ['w.png']}
    text = report_readme(doc, '| table |')
    assert text.startswith('# Benchmark report, 2026-12-02, commit abcdef0\n')
    assert '- command: `python -m bench --quick`' in text
    assert 'diff SHA-256 f00' in text and '  - ` M bench/x.py`' in text
    assert '| table |' in text and '![w.png](w.png)' in text
    doc['git_state']['status'] = []
    assert '- work tree clean when measured' in report_readme(doc, '')
