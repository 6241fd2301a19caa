"""The harness's outputs: a Markdown table, results.json and results.csv."""

import csv
import json
import os
import platform
import subprocess

COLUMNS = ['program', 'subject', 'wall s (median)', 'min–max', 'spread %', 'user s',
           'sys s', 'peak RSS MiB', '×baseline', '×python3']

CSV_FIELDS = ['program', 'args', 'subject', 'kind', 'phase', 'rep', 'returncode',
              'wall_s', 'user_s', 'sys_s', 'maxrss_kb', 'gc_stats', 'argv']

SCHEMA = 'gclab-bench/1'


def _num(x, fmt):
    return '—' if x is None else fmt % x


def markdown_table(summaries):
    lines = ['| ' + ' | '.join(COLUMNS) + ' |',
             '|' + '|'.join(['---'] * 2 + ['---:'] * (len(COLUMNS) - 2)) + '|']
    for s in summaries:
        if s['status'] != 'ok' or not s['wall_s']:
            cells = [s['status']] + ['—'] * (len(COLUMNS) - 3)
        else:
            w = s['wall_s']
            cells = ['%.3f' % w['median'], '%.3f–%.3f' % (w['min'], w['max']),
                     '%.1f' % (100 * w['spread']),
                     '%.3f' % s['user_s']['median'], '%.3f' % s['sys_s']['median'],
                     '%.1f' % (s['maxrss_kb']['median'] / 1024.0),
                     _num(s['x_baseline'], '%.2f'), _num(s['x_python3'], '%.2f')]
        lines.append('| ' + ' | '.join([s['program'], s['subject']] + cells) + ' |')
    return '\n'.join(lines)


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
            row['gc_stats'] = json.dumps(r['gc_stats']) if r['gc_stats'] else ''
            row['args'] = ' '.join(r['args'])
            row['argv'] = ' '.join(r['argv'])
            writer.writerow(row)
