"""Arithmetic for the benchmark harness: medians, spreads, pairwise ratios, and the
parser of the `GCLAB_STATS {json}` line the binaries print with --gc-stats."""

import json

STATS_PREFIX = 'GCLAB_STATS '


def median(values):
    """The median of a non-empty sequence of numbers (mean of the middle two if even)."""
    xs = sorted(values)
    if not xs:
        raise ValueError('median of an empty sequence')
    mid = len(xs) // 2
    if len(xs) % 2:
        return xs[mid]
    return (xs[mid - 1] + xs[mid]) / 2.0


def spread(values):
    """Relative spread (max - min) / median; 0.0 when the median is 0."""
    m = median(values)
    if m == 0:
        return 0.0
    return (max(values) - min(values)) / m


def summarize(values):
    """{'median', 'min', 'max', 'spread'} of a non-empty sequence of numbers."""
    return {'median': median(values), 'min': min(values), 'max': max(values),
            'spread': spread(values)}


def pairwise_ratio(subject, baseline):
    """Median over repetitions i of subject[i] / baseline[i].

    Both arguments map a repetition index to a time (dicts), or are sequences indexed
    by repetition.  Only repetitions present in both count; None if there are none
    (or if a baseline time is zero)."""
    if not isinstance(subject, dict):
        subject = dict(enumerate(subject))
    if not isinstance(baseline, dict):
        baseline = dict(enumerate(baseline))
    common = sorted(set(subject) & set(baseline))
    if not common or any(baseline[i] == 0 for i in common):
        return None
    return median([subject[i] / baseline[i] for i in common])


def parse_stats_line(stderr_text):
    """The dict of the last `GCLAB_STATS {json}` line in stderr_text, or None.

    Lines that are not valid JSON objects are ignored."""
    found = None
    for line in stderr_text.splitlines():
        line = line.strip()
        if not line.startswith(STATS_PREFIX):
            continue
        try:
            data = json.loads(line[len(STATS_PREFIX):])
        except ValueError:
            continue
        if isinstance(data, dict):
            found = data
    return found


METRICS = ('wall_s', 'user_s', 'sys_s', 'cpu_s', 'maxrss_kb')

# The GC counters of a GCLAB_STATS line the tables show (median over repetitions):
# tracing plans maintain the collections and pauses, refcount plans the objects; a
# counter a plan does not maintain is null.
GC_COUNTERS = ('minor_collections', 'major_collections', 'pause_total_ms', 'pause_max_ms',
               'objects_allocated', 'objects_freed')


def _number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def gc_counters(stats):
    """{counter: number or None} for GC_COUNTERS from one GCLAB_STATS dict (or None).
    pause_*_ms is derived from pause_*_ns when only that is given."""
    stats = stats or {}
    out = {}
    for name in GC_COUNTERS:
        value = stats.get(name)
        if not _number(value) and name.endswith('_ms'):
            ns = stats.get(name[:-3] + '_ns')
            value = ns / 1e6 if _number(ns) else None
        out[name] = value if _number(value) else None
    return out


def gc_medians(stats_list):
    """{counter: median over the runs that report it, or None} (None if no run does)."""
    per_run = [gc_counters(s) for s in stats_list]
    out = {}
    for name in GC_COUNTERS:
        values = [c[name] for c in per_run if c[name] is not None]
        out[name] = median(values) if values else None
    return out


def cpu_s(run):
    """CPU time of a run: user + sys."""
    return run['user_s'] + run['sys_s']


def _key(r):
    return (r['workload'] if 'workload' in r else r['program'], r['subject'])


def run_failed(r):
    """Why a raw run dict failed ('exit 3', 'signal SIGSEGV', 'timeout after 600 s'), or
    None if it exited 0 in time.  A run without a returncode is a failure too."""
    if r.get('timed_out'):
        return r.get('failure') or 'timeout'
    code = r.get('returncode')
    if code is None:
        return 'no exit status'
    if code != 0:
        return r.get('failure') or ('signal %d' % -code if code < 0 else 'exit %d' % code)
    return None


def cell_summaries(runs, cells, baseline, peer='python3', floor='none'):
    """One summary per cell (workload, subject) from the timed runs.

    runs:  raw run dicts with keys workload (or program), subject, phase, rep,
           returncode (and timed_out, failure), the METRICS but cpu_s (user_s +
           sys_s), and gc_stats (optional)
    cells: dicts with keys workload (or program), subject, status ('ok', 'FAILED',
           'MISSING'), reason, and for the threads experiment threads (N) and series;
           their order is kept
    A cell with a failed run (run_failed: a non-zero exit, a signal, a timeout) in any
    phase is FAILED whatever its status said, and a FAILED or MISSING cell has no
    statistics: its runs count nowhere, neither in its own summary nor in another
    cell's ratios.
    Each summary adds 'reps'; a summarize() dict per metric; 'cpu_per_wall' (summary of
    per-repetition (user + sys) / wall); 'gc' (gc_medians of the timed runs); the
    medians of per-repetition wall-time ratios 'x_baseline', 'x_none' (to the floor
    plan), 'x_python3'; and for threads cells 'x_n1', the same ratio to the subject's
    N = 1 run of the series (None where unavailable)."""
    failed = {}  # (workload, subject) -> (phase, rep, reason) of its first failed run
    for r in runs:
        why = run_failed(r)
        if why and _key(r) not in failed:
            failed[_key(r)] = (r['phase'], r['rep'], why)
    status = {}  # (workload, subject) -> (status, reason, failure)
    for cell in cells:
        key = (cell.get('workload', cell.get('program')), cell['subject'])
        if cell['status'] == 'ok' and key in failed:
            phase, rep, why = failed[key]
            status[key] = ('FAILED', '%s run %d: %s' % (phase, rep, why), why)
        else:
            status[key] = (cell['status'], cell.get('reason'), cell.get('failure'))
    walls = {}   # (workload, subject) -> {rep: wall_s}, cells that are ok only
    timed = {}   # (workload, subject) -> [run]
    for r in runs:
        if r['phase'] == 'timed' and status.get(_key(r), ('?',))[0] == 'ok':
            walls.setdefault(_key(r), {})[r['rep']] = r['wall_s']
            timed.setdefault(_key(r), []).append(r)
    n1 = {}      # (series, subject) -> workload of N = 1
    for cell in cells:
        if cell.get('threads') == 1:
            n1[(cell.get('series'), cell['subject'])] = cell.get('workload',
                                                                 cell.get('program'))
    out = []
    for cell in cells:
        workload = cell.get('workload', cell.get('program'))
        key = (workload, cell['subject'])
        cell_status, reason, failure = status[key]
        mine = timed.get(key, []) if cell_status == 'ok' else []
        summary = dict(cell, status=cell_status, reason=reason, failure=failure,
                       reps=len(mine))
        for metric in METRICS:
            values = [cpu_s(r) if metric == 'cpu_s' else r[metric] for r in mine]
            summary[metric] = summarize(values) if mine else None
        summary['cpu_per_wall'] = (summarize([cpu_s(r) / r['wall_s'] for r in mine])
                                   if mine and all(r['wall_s'] > 0 for r in mine)
                                   else None)
        summary['gc'] = gc_medians([r.get('gc_stats') for r in mine])
        for col, other in (('x_baseline', baseline), ('x_none', floor),
                           ('x_python3', peer)):
            ref = walls.get((workload, other))
            summary[col] = pairwise_ratio(walls[key], ref) if mine and ref else None
        if cell.get('threads') is not None:
            ref = walls.get((n1.get((cell.get('series'), cell['subject'])),
                             cell['subject']))
            summary['x_n1'] = pairwise_ratio(walls[key], ref) if mine and ref else None
        out.append(summary)
    return out
