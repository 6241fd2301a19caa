"""PNG charts of a run with matplotlib (Agg backend), when it is importable
(pinned in bench/requirements.txt):

  wall-cpu-<workload>.png   per single-threaded workload: wall and CPU (user + sys) time
                            per subject, bars of the median with min–max whiskers
  threads-<series>.png      the threads experiment: wall and CPU time against the
                            thread count N, one line per subject (the Gilectomy's chart)
"""

import os
import re

from bench.report import threads_series


def load_pyplot():
    """matplotlib.pyplot with the Agg backend; ImportError if matplotlib is missing."""
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    return plt


def slug(text):
    return re.sub(r'[^A-Za-z0-9.+-]+', '_', text).strip('_') or 'workload'


def _ok(members):
    return [s for s in members if s['status'] == 'ok' and s.get('wall_s')]


def _whiskers(summaries, metric):
    medians = [s[metric]['median'] for s in summaries]
    low = [s[metric]['median'] - s[metric]['min'] for s in summaries]
    high = [s[metric]['max'] - s[metric]['median'] for s in summaries]
    return medians, [low, high]


def plot_workload(plt, label, members, path):
    members = _ok(members)
    fig, ax = plt.subplots(figsize=(max(6.0, 1.1 * len(members) + 2), 4.5))
    xs = list(range(len(members)))
    width = 0.38
    for offset, metric, name in ((-width / 2, 'wall_s', 'wall'),
                                 (width / 2, 'cpu_s', 'CPU (user + sys)')):
        medians, err = _whiskers(members, metric)
        bars = ax.bar([x + offset for x in xs], medians, width, yerr=err, capsize=4,
                      label=name)
        ax.bar_label(bars, fmt='%.3g', fontsize=7, padding=2)
    ax.set_xticks(xs)
    ax.set_xticklabels([s['subject'] for s in members], rotation=20, ha='right')
    ax.set_ylabel('seconds (median; whiskers: min–max)')
    reps = max([s['reps'] for s in members] or [0])
    ax.set_title('%s — %d reps' % (label, reps))
    ax.legend()
    ax.grid(axis='y', alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_threads(plt, series, members, path):
    members = _ok(members)
    subjects = []
    for s in members:
        if s['subject'] not in subjects:
            subjects.append(s['subject'])
    fig, axes = plt.subplots(1, 2, figsize=(11, 4.5))
    ns = sorted({s['threads'] for s in members})
    for ax, metric, title in ((axes[0], 'wall_s', 'wall time'),
                              (axes[1], 'cpu_s', 'CPU time (user + sys)')):
        for subject in subjects:
            mine = sorted((s for s in members if s['subject'] == subject),
                          key=lambda s: s['threads'])
            medians, err = _whiskers(mine, metric)
            ax.errorbar([s['threads'] for s in mine], medians, yerr=err, marker='o',
                        capsize=3, label=subject)
        ax.set_xticks(ns)
        ax.set_xlabel('threads N')
        ax.set_ylabel('seconds (median; whiskers: min–max)')
        ax.set_title(title)
        ax.set_ylim(bottom=0)
        ax.grid(alpha=0.3)
    axes[1].legend(fontsize=8)
    fig.suptitle('%s: N threads, each doing the same work' % series)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write_plots(summaries, out_dir, plt=None):
    """Write every chart of the summaries into out_dir; returns their paths.
    ImportError if matplotlib is missing."""
    plt = plt or load_pyplot()
    paths = []
    workloads = []
    for s in summaries:
        if s.get('threads') is None:
            label = s.get('workload', s.get('program'))
            if label not in workloads:
                workloads.append(label)
    for label in workloads:
        members = [s for s in summaries if s.get('threads') is None
                   and s.get('workload', s.get('program')) == label]
        if not _ok(members):
            continue
        path = os.path.join(out_dir, 'wall-cpu-%s.png' % slug(label))
        plot_workload(plt, label, members, path)
        paths.append(path)
    for series, members in threads_series(summaries):
        if not _ok(members):
            continue
        path = os.path.join(out_dir, 'threads-%s.png' % slug(series or 'threads'))
        plot_threads(plt, series, members, path)
        paths.append(path)
    return paths
