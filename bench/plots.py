"""PNG charts of a run with matplotlib (Agg backend), when it is importable
(pinned in bench/requirements.txt):

  wall-cpu-<workload>.png   per single-threaded workload: wall and CPU (user + sys) time
                            per subject, bars of the median with min–max whiskers
  threads-<series>.png      the threads experiment, one per series: wall and CPU time
                            against the thread count N, one line per subject (the
                            Gilectomy's chart), in seconds on a log scale and divided
                            by the subject's own wall time at N=1 (plot_threads)
"""

import math
import os
import re

from bench.report import threads_series


def load_pyplot():
    """matplotlib.pyplot with the Agg backend; ImportError if matplotlib is missing."""
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    return plt


def usable_cores():
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:
        return os.cpu_count() or 1


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


# the line style of each subject of a threads chart: a free-threaded plan (-nogil) is
# dashed, in the colour of its GIL build
NOGIL = '-nogil'


def _subject_styles(subjects):
    """{subject: (colour, line style)}: a -nogil plan shares its GIL twin's colour and
    is dashed."""
    bases = []
    for subject in subjects:
        base = subject.replace(NOGIL, '')
        if base not in bases:
            bases.append(base)
    palette = ['C%d' % i for i in range(10)]
    styles = {}
    for subject in subjects:
        base = subject.replace(NOGIL, '')
        colour = palette[bases.index(base) % len(palette)]
        styles[subject] = (colour, '--' if NOGIL in subject else '-')
    return styles


def _by_subject(members):
    """[(subject, its cells sorted by N)] in order of appearance."""
    subjects = []
    for s in members:
        if s['subject'] not in subjects:
            subjects.append(s['subject'])
    return [(subject, sorted((s for s in members if s['subject'] == subject),
                             key=lambda s: s['threads']))
            for subject in subjects]


def _one_thread_wall(mine):
    """The median wall time of a subject's N=1 cell, or None."""
    for s in mine:
        if s['threads'] == 1 and s['wall_s'] and s['wall_s']['median']:
            return s['wall_s']['median']
    return None


def _plain_log_labels(ax, ticker):
    """Tick labels of a log-scale y axis as plain numbers (0.05, 0.1, 2): the powers of
    ten, and the minor ticks too when the axis spans at most three decades (2 and 5 of
    each decade if more than one, every one if less)."""
    low, high = ax.get_ylim()
    decades = math.log10(high / low) if low > 0 and high > low else 0
    plain = ticker.FuncFormatter(lambda y, _: '%g' % float('%.2g' % y))
    ax.yaxis.set_major_formatter(plain)
    if decades > 3:
        ax.yaxis.set_minor_formatter(ticker.NullFormatter())
        return
    keep = None if decades < 1 else ('2', '5')

    def minor(y, _):
        text = '%g' % float('%.2g' % y)
        if keep is None or text.strip('0.').startswith(keep) and \
                len(text.strip('0.')) == 1:
            return text
        return ''
    ax.yaxis.set_minor_formatter(ticker.FuncFormatter(minor))


def plot_threads(plt, series, members, path, cores=None):
    """The threads chart of one series, four panels against N, one line per subject
    (a -nogil plan dashed, in its GIL build's colour):

      wall time, CPU time (user + sys)    seconds, log scale (every subject readable,
                                          however slow the slowest)
      wall ÷ own N=1 wall                 1: perfect scaling; N: GIL (one at a time)
      CPU ÷ own N=1 wall                  N: N threads' work at no extra cost

    cores: the cores the runs could use (default: this process's, the machine that just
    ran them): perfect scaling is at best max(1, N / cores), drawn dash-dotted."""
    from matplotlib import ticker
    members = _ok(members)
    cores = cores or usable_cores()
    by_subject = _by_subject(members)
    styles = _subject_styles([subject for subject, _ in by_subject])
    ns = sorted({s['threads'] for s in members})
    fig, axes = plt.subplots(2, 2, figsize=(13.5, 9))
    (wall_ax, cpu_ax), (nwall_ax, ncpu_ax) = axes
    for ax, metric, title in ((wall_ax, 'wall_s', 'wall time'),
                              (cpu_ax, 'cpu_s', 'CPU time (user + sys)')):
        for subject, mine in by_subject:
            colour, style = styles[subject]
            medians, err = _whiskers(mine, metric)
            ax.errorbar([s['threads'] for s in mine], medians, yerr=err, marker='o',
                        capsize=3, color=colour, linestyle=style, label=subject)
        ax.set_yscale('log')
        _plain_log_labels(ax, ticker)
        ax.set_ylabel('seconds, log scale (median; whiskers: min–max)')
        ax.set_title(title)
    for ax, metric, title in (
            (nwall_ax, 'wall_s', 'wall time ÷ own wall time at N=1'),
            (ncpu_ax, 'cpu_s', 'CPU time ÷ own wall time at N=1')):
        for subject, mine in by_subject:
            one = _one_thread_wall(mine)
            if one is None:
                continue
            colour, style = styles[subject]
            medians, err = _whiskers(mine, metric)
            ax.errorbar([s['threads'] for s in mine], [m / one for m in medians],
                        yerr=[[e / one for e in err[0]], [e / one for e in err[1]]],
                        marker='o', capsize=3, color=colour, linestyle=style,
                        label=subject)
        ax.set_ylabel('× own N=1 wall time (median)')
        ax.set_title(title)
    grid = [ns[0] + (ns[-1] - ns[0]) * i / 50.0 for i in range(51)] if ns else []
    wall_refs = [
        nwall_ax.plot(grid, grid, color='0.2', linestyle='-', linewidth=5, alpha=0.15,
                      zorder=0, label='GIL (one thread at a time): N')[0],
        nwall_ax.plot(grid, [max(1.0, n / float(cores)) for n in grid], color='0.5',
                      linestyle='-.', linewidth=1.2, zorder=0,
                      label='perfect scaling on %d cores: max(1, N/%d)'
                            % (cores, cores))[0],
        nwall_ax.plot(grid, [1.0] * len(grid), color='0.3', linestyle=':',
                      linewidth=1.5, zorder=0, label='perfect scaling: 1')[0]]
    cpu_refs = [
        ncpu_ax.plot(grid, grid, color='0.2', linestyle='-', linewidth=5, alpha=0.15,
                     zorder=0, label="N threads' work at no extra cost: N")[0]]
    for ax in (nwall_ax, ncpu_ax):      # the data and the line y = N, from 0
        ax.set_ylim(0, 1.08 * max([max(ns or [1])] + [max(line.get_ydata())
                                                      for line in ax.get_lines()
                                                      if len(line.get_ydata())]))
    nwall_ax.legend(handles=wall_refs, fontsize=7, loc='upper left')
    ncpu_ax.legend(handles=cpu_refs, fontsize=7, loc='upper left')
    for ax in axes.flat:
        ax.set_xticks(ns)
        ax.set_xlabel('threads N')
        ax.grid(alpha=0.3, which='both')
    handles, labels = wall_ax.get_legend_handles_labels()
    fig.legend(handles, labels, loc='center right', fontsize=8, title='subject',
               title_fontsize=8)
    fig.suptitle('%s: N threads, each doing the same work\n(dashed: free-threaded '
                 '-nogil plan, in the colour of its GIL build)' % series)
    fig.tight_layout(rect=(0, 0, 0.86, 1))
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
