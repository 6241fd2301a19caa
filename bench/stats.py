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


METRICS = ('wall_s', 'user_s', 'sys_s', 'maxrss_kb')


def cell_summaries(runs, cells, baseline, peer='python3'):
    """One summary per cell (program, subject) from the timed runs.

    runs:  raw run dicts with keys program, subject, phase, rep and METRICS
    cells: list of dicts with keys program, subject, status ('ok', 'FAILED', 'MISSING')
           and reason; their order is kept
    Each summary adds 'reps', a summarize() dict per metric, and 'x_baseline' and
    'x_python3': the median of per-repetition wall-time ratios (None if unavailable)."""
    walls = {}   # (program, subject) -> {rep: wall_s}
    for r in runs:
        if r['phase'] == 'timed':
            walls.setdefault((r['program'], r['subject']), {})[r['rep']] = r['wall_s']
    out = []
    for cell in cells:
        key = (cell['program'], cell['subject'])
        mine = [r for r in runs if r['phase'] == 'timed'
                and (r['program'], r['subject']) == key]
        summary = dict(cell, reps=len(mine))
        for metric in METRICS:
            summary[metric] = summarize([r[metric] for r in mine]) if mine else None
        for col, other in (('x_baseline', baseline), ('x_python3', peer)):
            ref = walls.get((cell['program'], other))
            summary[col] = (pairwise_ratio(walls[key], ref)
                            if mine and ref else None)
        out.append(summary)
    return out
