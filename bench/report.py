"""The harness's outputs: the Markdown tables, results.json and results.csv."""

import csv
import hashlib
import json
import os
import platform
import subprocess

from bench.stats import GC_COUNTERS, gc_counters

COLUMNS = ['program', 'subject', 'wall s (median)', 'min–max', 'spread %', 'user s',
           'sys s', 'peak RSS MiB', 'GC minor/major', 'pause ms total/max',
           'objects alloc/freed', '×baseline', '×none', '×python3']

THREADS_COLUMNS = ['subject', 'N', 'wall s', 'user s', 'sys s', 'CPU/wall', 'wall ×(N=1)']

CSV_FIELDS = (['workload', 'program', 'args', 'suite', 'threads', 'subject', 'kind',
               'phase', 'rep', 'returncode', 'wall_s', 'user_s', 'sys_s', 'cpu_s',
               'maxrss_kb'] + list(GC_COUNTERS) + ['gc_stats', 'argv'])

SCHEMA = 'gclab-bench/2'

DASH = '—'


def _num(x, fmt):
    return DASH if x is None else fmt % x


def fmt_count(x):
    """A counter, short: 12, 2.5, 34.6k, 1.35M."""
    if x is None:
        return DASH
    if abs(x) >= 1e6:
        return '%.2fM' % (x / 1e6)
    if abs(x) >= 1e4:
        return '%.1fk' % (x / 1e3)
    return '%g' % x


def fmt_ms(x):
    if x is None:
        return DASH
    return '%.2f' % x if abs(x) < 10 else '%.1f' % x


def _pair(a, b, fmt):
    if a is None and b is None:
        return DASH
    return '%s/%s' % (fmt(a), fmt(b))


def gc_cells(gc):
    """The three GC columns from a summary's 'gc' dict (medians of GC_COUNTERS):
    'minor/major' collections, 'total/max' pause ms, 'allocated/freed' objects; a
    column whose counters the plan does not maintain is '—'."""
    gc = gc or {}
    return [_pair(gc.get('minor_collections'), gc.get('major_collections'), fmt_count),
            _pair(gc.get('pause_total_ms'), gc.get('pause_max_ms'), fmt_ms),
            _pair(gc.get('objects_allocated'), gc.get('objects_freed'), fmt_count)]


def aligned_table(columns, rows, left=2):
    """A Markdown table padded to aligned columns; the first `left` columns (or the
    columns whose indexes are in the set `left`) are text (left-aligned), the others
    numbers (right-aligned)."""
    widths = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(columns)]
    text = set(left) if isinstance(left, (set, frozenset)) else set(range(left))

    def line(cells):
        out = []
        for i, (c, w) in enumerate(zip(cells, widths)):
            out.append(c.ljust(w) if i in text else c.rjust(w))
        return '| ' + ' | '.join(out) + ' |'

    rule = '|' + '|'.join('-' * (w + 2) if i in text else '-' * (w + 1) + ':'
                          for i, w in enumerate(widths)) + '|'
    return '\n'.join([line(columns), rule] + [line(r) for r in rows])


def _label(s):
    return s.get('workload', s.get('program'))


def _failed_row(s, width):
    """FAILED (timeout), FAILED (signal SIGSEGV), FAILED (exit 3), FAILED (output),
    MISSING: no figures."""
    label = s['status']
    if s.get('failure'):
        label += ' (%s)' % s['failure']
    return [label] + [DASH] * (width - 1)


def markdown_table(summaries):
    """The table of the single-threaded workloads (summaries of threads cells are
    left out)."""
    rows = []
    for s in summaries:
        if s.get('threads') is not None:
            continue
        if s['status'] != 'ok' or not s['wall_s']:
            cells = _failed_row(s, len(COLUMNS) - 2)
        else:
            w = s['wall_s']
            cells = (['%.3f' % w['median'], '%.3f–%.3f' % (w['min'], w['max']),
                      '%.1f' % (100 * w['spread']),
                      '%.3f' % s['user_s']['median'], '%.3f' % s['sys_s']['median'],
                      '%.1f' % (s['maxrss_kb']['median'] / 1024.0)]
                     + gc_cells(s.get('gc'))
                     + [_num(s.get('x_baseline'), '%.2f'), _num(s.get('x_none'), '%.2f'),
                        _num(s.get('x_python3'), '%.2f')])
        rows.append([_label(s), s['subject']] + cells)
    return aligned_table(COLUMNS, rows)


def threads_series(summaries):
    """[(series, [summaries of its cells])] of the threads experiment, in order."""
    out = []
    for s in summaries:
        if s.get('threads') is None:
            continue
        for series, members in out:
            if series == s.get('series'):
                members.append(s)
                break
        else:
            out.append((s.get('series'), [s]))
    return out


def threads_table(members):
    """The threads table of one series: per subject, one row per N."""
    subjects = []
    for s in members:
        if s['subject'] not in subjects:
            subjects.append(s['subject'])
    rows = []
    for subject in subjects:
        for s in sorted((m for m in members if m['subject'] == subject),
                        key=lambda m: m['threads']):
            if s['status'] != 'ok' or not s['wall_s']:
                cells = _failed_row(s, len(THREADS_COLUMNS) - 2)
            else:
                cells = ['%.3f' % s['wall_s']['median'], '%.3f' % s['user_s']['median'],
                         '%.3f' % s['sys_s']['median'],
                         _num(s['cpu_per_wall'] and s['cpu_per_wall']['median'], '%.2f'),
                         _num(s.get('x_n1'), '%.2f')]
            rows.append([subject, str(s['threads'])] + cells)
    return aligned_table(THREADS_COLUMNS, rows, left=1)


def nursery_line(runs):
    """One line naming the nursery size (--gc-stats `nursery_kb`) each plan ran with,
    or None if no run reported one.  A subject whose runs disagree (PYPY_GC_NURSERY
    changed between them) lists every size."""
    sizes = {}
    order = []
    for r in runs:
        kb = (r.get('gc_stats') or {}).get('nursery_kb')
        if kb is None:
            continue
        if r['subject'] not in sizes:
            order.append(r['subject'])
        sizes.setdefault(r['subject'], set()).add(kb)
    if not order:
        return None
    return 'nursery (--gc-stats nursery_kb): ' + ', '.join(
        '%s %s KiB' % (name, '/'.join(str(kb) for kb in sorted(sizes[name])))
        for name in order)


def text_report(summaries):
    """Every table of a run, as printed."""
    parts = []
    if any(s.get('threads') is None for s in summaries):
        parts.append('Single-threaded workloads (wall, user, sys: s; ×: median of '
                     'per-repetition wall-time ratios)\n\n' + markdown_table(summaries))
    for series, members in threads_series(summaries):
        parts.append('Threads: %s, N = %s (N threads, each computing the same work; '
                     'CPU/wall = (user + sys) / wall)\n\n%s'
                     % (series, ', '.join(str(n) for n in
                                          sorted({m['threads'] for m in members})),
                        threads_table(members)))
    return '\n\n'.join(parts)


def machine_info():
    cpu = None
    try:
        with open('/proc/cpuinfo') as f:
            for line in f:
                if line.lower().startswith('model name'):
                    cpu = line.split(':', 1)[1].strip()
                    break
    except OSError:
        pass
    uname = platform.uname()
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = None
    return {'cpu_model': cpu or platform.processor() or None,
            'cores': os.cpu_count(), 'cores_usable': usable,
            'kernel': uname.release, 'system': uname.system,
            'kernel_version': uname.version, 'machine': uname.machine,
            'hostname': uname.node, 'platform': platform.platform()}


def git_commit(cwd=None):
    try:
        out = subprocess.run(['git', 'rev-parse', 'HEAD'], cwd=cwd, capture_output=True,
                             text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def git_dirty(cwd=None):
    """True if the work tree has uncommitted changes, None if unknown."""
    try:
        out = subprocess.run(['git', 'status', '--porcelain', '--untracked-files=no'],
                             cwd=cwd, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    return bool(out.stdout.strip()) if out.returncode == 0 else None


def _git(cwd, *args):
    """stdout (bytes) of a git command, or None if it fails."""
    try:
        out = subprocess.run(['git'] + list(args), cwd=cwd, capture_output=True,
                             timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout if out.returncode == 0 else None


def git_state(cwd=None):
    """What the measured tree was, beyond its commit: {'status': the lines of `git
    status --porcelain` (untracked files included, ignored ones not), 'diff_sha256':
    the SHA-256 of `git diff --binary HEAD` (the uncommitted changes to tracked files;
    None if there are none), 'diff_stat': `git diff --stat HEAD`'s lines}.  None if
    git cannot say (not a work tree)."""
    status = _git(cwd, 'status', '--porcelain', '--untracked-files=all')
    diff = _git(cwd, 'diff', '--binary', 'HEAD')
    stat = _git(cwd, 'diff', '--stat', 'HEAD')
    if status is None or diff is None or stat is None:
        return None
    return {'status': status.decode('utf-8', 'replace').splitlines(),
            'diff_sha256': hashlib.sha256(diff).hexdigest() if diff else None,
            'diff_stat': stat.decode('utf-8', 'replace').splitlines()}


def dirty_refusal(state):
    """Why a report of this git state must not be saved (tracked files with uncommitted
    changes), or None.  Untracked files do not count."""
    changed = [line for line in state['status'] if not line.startswith('??')]
    if not changed:
        return None
    return 'tracked files have uncommitted changes:\n  ' + '\n  '.join(changed)


def report_dir(parent, date, commit):
    """parent/<YYYY-MM-DD>-<commit's first 7 digits>, or with -2, -3... if taken."""
    base = os.path.join(parent, '%s-%s' % (date.isoformat(), commit[:7]))
    path, n = base, 1
    while os.path.exists(path):
        n += 1
        path = '%s-%d' % (base, n)
    return path


def report_readme(document, tables, nurseries=None):
    """The README.md of a saved report: what was run, on what, from which tree, and
    the tables; the reader adds what they show."""
    state = document.get('git_state') or {}
    machine = document.get('machine') or {}
    lines = ['# Benchmark report, %s, commit %s' % (document['created'][:10],
                                                    (document['git_commit'] or '?')[:7]),
             '',
             'Written by `python -m bench --save-report`; raw runs in `results.json` '
             '(every run, the machine, the plan registry, the git state) and '
             '`results.csv`.',
             '',
             '- command: `%s`' % ' '.join(['python', '-m', 'bench']
                                          + document['command'][3:]),
             '- created: %s' % document['created'],
             '- commit: %s' % document['git_commit'],
             '- machine: %s, %s cores (%s usable), %s' % (
                 machine.get('cpu_model'), machine.get('cores'),
                 machine.get('cores_usable'), machine.get('platform'))]
    if state.get('status'):
        lines.append('- uncommitted when measured (`git status --porcelain`; diff '
                     'SHA-256 %s):' % state.get('diff_sha256'))
        lines += ['  - `%s`' % line for line in state['status']]
    else:
        lines.append('- work tree clean when measured')
    if nurseries:
        lines.append('- %s' % nurseries)
    lines += ['', tables, '']
    for name in document.get('plots') or []:
        lines.append('![%s](%s)' % (name, name))
    if document.get('plots'):
        lines.append('')
    return '\n'.join(lines) + '\n'


def plan_dicts(plans):
    return [dict(vars(p)) for p in plans]


def write_json(path, document):
    with open(path, 'w') as f:
        json.dump(document, f, indent=2, sort_keys=True)
        f.write('\n')


def write_csv(path, runs):
    with open(path, 'w', newline='') as f:
        writer = csv.DictWriter(f, fieldnames=CSV_FIELDS, extrasaction='ignore')
        writer.writeheader()
        for r in runs:
            row = dict(r)
            row.update(gc_counters(r.get('gc_stats')))
            row['cpu_s'] = r['user_s'] + r['sys_s']
            row['gc_stats'] = json.dumps(r['gc_stats']) if r.get('gc_stats') else ''
            row['args'] = ' '.join(r['args'])
            row['argv'] = ' '.join(r['argv'])
            writer.writerow(row)
