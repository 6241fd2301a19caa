import pytest

from bench.stats import (GC_COUNTERS, cell_summaries, gc_counters, gc_medians, median,
                         pairwise_ratio, parse_stats_line, spread, summarize)


def test_parse_stats_line_among_other_output():
    text = ('warning: something\n'
            'GCLAB_STATS {"plan": "refcount", "minor_collections": 0, '
            '"pause_max_ms": 1.5}\n'
            'trailing line\n')
    assert parse_stats_line(text) == {'plan': 'refcount', 'minor_collections': 0,
                                      'pause_max_ms': 1.5}


def test_parse_stats_line_absent_or_bad():
    assert parse_stats_line('') is None
    assert parse_stats_line('Traceback...\nError\n') is None
    assert parse_stats_line('GCLAB_STATS {not json}\n') is None
    assert parse_stats_line('GCLAB_STATS [1, 2]\n') is None
    assert parse_stats_line('xGCLAB_STATS {"plan": "x"}\n') is None


def test_parse_stats_line_last_valid_wins_and_whitespace():
    text = 'GCLAB_STATS {"a": 1}\r\n  GCLAB_STATS {"a": 2}  \nGCLAB_STATS oops\n'
    assert parse_stats_line(text) == {'a': 2}


def test_median():
    assert median([3]) == 3
    assert median([5, 1, 3]) == 3
    assert median([4, 1, 3, 2]) == 2.5
    with pytest.raises(ValueError):
        median([])


def test_spread_and_summarize():
    assert spread([1.0, 2.0, 3.0]) == pytest.approx(1.0)     # (3 - 1) / 2
    assert spread([2.0, 2.0]) == 0.0
    assert spread([0, 0]) == 0.0
    assert summarize([1.1, 0.9, 1.0]) == {
        'median': 1.0, 'min': 0.9, 'max': 1.1, 'spread': pytest.approx(0.2)}


def test_pairwise_ratio_is_median_of_per_rep_ratios_not_ratio_of_medians():
    subject = [1.0, 10.0, 3.0]
    baseline = [2.0, 5.0, 1.0]
    # per-rep ratios 0.5, 2.0, 3.0 -> median 2.0; the ratio of medians would be 1.5
    assert pairwise_ratio(subject, baseline) == 2.0
    assert median(subject) / median(baseline) == 1.5


def test_pairwise_ratio_pairs_by_repetition_index():
    assert pairwise_ratio({0: 2.0, 1: 6.0, 2: 100.0}, {1: 3.0, 0: 1.0}) == 2.0
    assert pairwise_ratio({0: 1.0}, {1: 1.0}) is None
    assert pairwise_ratio([1.0], [0.0]) is None


def _run(program, subject, rep, wall, phase='timed', returncode=0, timed_out=False):
    return {'program': program, 'subject': subject, 'phase': phase, 'rep': rep,
            'wall_s': wall, 'user_s': wall / 2, 'sys_s': 0.01, 'maxrss_kb': 1024,
            'returncode': returncode, 'timed_out': timed_out}


def test_failed_runs_fail_their_cell_and_stay_out_of_every_statistic():
    """A cell marked ok whose timed runs include a crash (signal) and a non-zero exit:
    FAILED, no statistics; and its wall times are no reference for other cells'
    ratios.  (Before: status ok, reps 5, a median taken over the crashed runs.)"""
    runs = []
    for rep in range(5):
        crashed = rep in (1, 3)
        runs += [_run('p', 'inc', rep, 1.0),
                 _run('p', 'rc', rep, 0.01 if crashed else 2.0,
                      returncode=-11 if crashed else 0)]
    runs += [_run('p', 'hung', 0, 600.0, returncode=-9, timed_out=True),
             _run('p', 'exits', 0, 1.0, phase='warmup', returncode=3)]
    cells = [{'program': 'p', 'subject': s, 'status': 'ok', 'reason': None}
             for s in ('inc', 'rc', 'hung', 'exits')]
    inc, rc, hung, exits = cell_summaries(runs, cells, baseline='rc', peer='rc')
    assert rc['status'] == 'FAILED' and rc['failure'] == 'signal 11'
    assert rc['reason'] == 'timed run 1: signal 11'
    assert rc['reps'] == 0 and rc['wall_s'] is None and rc['x_baseline'] is None
    assert inc['status'] == 'ok' and inc['reps'] == 5
    assert inc['x_baseline'] is None and inc['x_python3'] is None   # rc FAILED
    assert hung['status'] == 'FAILED' and hung['failure'] == 'timeout'
    assert exits['status'] == 'FAILED' and exits['reason'] == 'warmup run 0: exit 3'


def test_run_without_exit_status_is_a_failure():
    from bench.stats import run_failed
    run = _run('p', 'inc', 0, 1.0)
    assert run_failed(run) is None
    del run['returncode']
    assert run_failed(run) == 'no exit status'
    assert run_failed(dict(run, returncode=-11, failure='signal SIGSEGV')) == \
        'signal SIGSEGV'


def test_cell_summaries():
    runs = [_run('p', 'inc', 0, 99.0, phase='warmup'),
            _run('p', 'python3', 0, 99.0, phase='check')]
    for rep, (inc, rc, py) in enumerate([(1.0, 2.0, 4.0), (2.0, 2.0, 4.0),
                                         (1.0, 3.0, 1.0)]):
        runs += [_run('p', 'inc', rep, inc), _run('p', 'rc', rep, rc),
                 _run('p', 'python3', rep, py)]
    cells = [{'program': 'p', 'subject': s, 'status': 'ok', 'reason': None}
             for s in ('inc', 'rc', 'python3')]
    cells.append({'program': 'p', 'subject': 'bad', 'status': 'FAILED', 'reason': 'x'})
    inc, rc, py, bad = cell_summaries(runs, cells, baseline='inc')
    assert inc['reps'] == 3 and inc['wall_s']['max'] == 2.0   # warm-up not counted
    assert inc['x_baseline'] == 1.0
    assert rc['x_baseline'] == 2.0            # ratios 2, 1, 3
    assert rc['x_python3'] == 0.5             # ratios 0.5, 0.5, 3
    assert py['x_python3'] == 1.0
    assert rc['maxrss_kb']['median'] == 1024
    assert bad['status'] == 'FAILED' and bad['reps'] == 0
    assert bad['wall_s'] is None and bad['x_baseline'] is None


def test_cell_summaries_x_none_is_pairwise_per_rep():
    runs = []
    for rep, (inc, none) in enumerate([(2.0, 1.0), (3.0, 1.0), (100.0, 200.0)]):
        runs += [_run('p', 'inc', rep, inc), _run('p', 'none', rep, none)]
    cells = [{'program': 'p', 'subject': s, 'status': 'ok', 'reason': None}
             for s in ('inc', 'none')]
    inc, none = cell_summaries(runs, cells, baseline='inc')
    # per-rep ratios 2, 3, 0.5 -> 2; the ratio of medians would be 3 / 1 = 3
    assert inc['x_none'] == 2.0
    assert none['x_none'] == 1.0 and none['x_baseline'] == 0.5
    assert inc['x_python3'] is None                       # no python3 runs
    assert cell_summaries(runs, cells, baseline='inc', floor='absent')[0]['x_none'] is None


def test_cell_summaries_cpu_and_gc_medians():
    runs = [dict(_run('p', 'inc', rep, 1.0),
                 gc_stats={'minor_collections': minor, 'major_collections': 1,
                           'pause_total_ns': 3000000, 'objects_allocated': None})
            for rep, minor in enumerate([10, 30, 20])]
    runs.append(dict(_run('p', 'py', 0, 1.0), gc_stats=None))
    cells = [{'workload': 'p', 'subject': s, 'status': 'ok', 'reason': None}
             for s in ('inc', 'py')]
    inc, py = cell_summaries(runs, cells, baseline='inc')
    assert inc['cpu_s']['median'] == 0.51                 # user 0.5 + sys 0.01
    assert inc['cpu_per_wall']['median'] == pytest.approx(0.51)
    assert inc['gc'] == {'minor_collections': 20, 'major_collections': 1,
                         'pause_total_ms': 3.0, 'pause_max_ms': None,
                         'objects_allocated': None, 'objects_freed': None}
    assert py['gc'] == dict.fromkeys(GC_COUNTERS)


def test_gc_counters_from_a_stats_line():
    line = ('GCLAB_STATS {"plan": "incminimark", "kind": "tracing", "wall_s": 0.5, '
            '"minor_collections": 12, "major_collections": 0, "pause_total_ns": 1500000, '
            '"pause_max_ns": 250000, "pause_total_ms": 1.5, "pause_max_ms": 0.25, '
            '"objects_allocated": null, "objects_freed": null}')
    assert gc_counters(parse_stats_line(line)) == {
        'minor_collections': 12, 'major_collections': 0, 'pause_total_ms': 1.5,
        'pause_max_ms': 0.25, 'objects_allocated': None, 'objects_freed': None}
    refcount = parse_stats_line('GCLAB_STATS {"kind": "refcount", "minor_collections": '
                                'null, "objects_allocated": 7, "objects_freed": 5}')
    counters = gc_counters(refcount)
    assert counters['objects_allocated'] == 7 and counters['objects_freed'] == 5
    assert counters['minor_collections'] is None and counters['pause_total_ms'] is None
    assert gc_counters({'pause_max_ns': 2000000})['pause_max_ms'] == 2.0
    assert gc_counters({'minor_collections': True})['minor_collections'] is None
    assert gc_counters(None) == dict.fromkeys(GC_COUNTERS)
    assert gc_medians([]) == dict.fromkeys(GC_COUNTERS)
    assert gc_medians([{'objects_freed': 1}, None, {'objects_freed': 3}])[
        'objects_freed'] == 2
