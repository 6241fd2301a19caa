import pytest

from bench.stats import summarize

try:
    import matplotlib  # noqa: F401
    HAVE_MATPLOTLIB = True
except ImportError:
    HAVE_MATPLOTLIB = False

needs_matplotlib = pytest.mark.skipif(
    not HAVE_MATPLOTLIB,
    reason='matplotlib is not installed (pip install -r bench/requirements.txt)')

PNG = b'\x89PNG\r\n\x1a\n'


def _summary(workload, subject, wall, threads=None, status='ok'):
    cell = {'workload': workload, 'subject': subject, 'status': status, 'reps': 3,
            'threads': threads, 'series': 'threaded_fib.py N 20' if threads else None}
    if status != 'ok':
        return dict(cell, wall_s=None, cpu_s=None)
    return dict(cell, wall_s=summarize([wall * 0.9, wall, wall * 1.2]),
                cpu_s=summarize([wall * 0.8, wall * 0.95, wall]))


def test_slug():
    from bench.plots import slug
    assert slug('fib.py 30') == 'fib.py_30'
    assert slug('threaded_fib.py N 27') == 'threaded_fib.py_N_27'
    assert slug('a/b c #2') == 'a_b_c_2'


@needs_matplotlib
def test_write_plots(tmp_path):
    from bench.plots import write_plots
    summaries = [_summary('fib.py 30', 'incminimark', 1.0),
                 _summary('fib.py 30', 'refcount', 1.5),
                 _summary('fib.py 30', 'atomic-refcount', None, status='FAILED'),
                 _summary('x.py', 'refcount', None, status='MISSING')]
    for subject, base in (('incminimark', 1.0), ('python3', 0.5)):
        for n in (1, 2, 4):
            summaries.append(_summary('threaded_fib.py %d 20' % n, subject, base * n,
                                      threads=n))
    paths = write_plots(summaries, str(tmp_path))
    assert [p.rsplit('/', 1)[1] for p in paths] == [
        'wall-cpu-fib.py_30.png', 'threads-threaded_fib.py_N_20.png']
    for p in paths:                   # x.py has no successful cell: no chart
        with open(p, 'rb') as f:
            assert f.read(8) == PNG
    import matplotlib
    assert matplotlib.get_backend().lower() == 'agg'


@needs_matplotlib
def test_write_plots_without_threads(tmp_path):
    from bench.plots import write_plots
    assert write_plots([], str(tmp_path)) == []


def _threads_cells(series, subjects, ns=(1, 2, 4)):
    """Synthetic summaries of a threads series: {subject: (N=1 wall, free-threaded)}; a
    GIL subject's wall grows as N, a free-threaded one's as N/2 (2 cores)."""
    cells = []
    for subject, (base, nogil) in subjects.items():
        for n in ns:
            wall = base * (max(1.0, n / 2.0) if nogil else n)
            cells.append({'workload': '%s %d' % (series, n), 'subject': subject,
                          'status': 'ok', 'reps': 3, 'threads': n, 'series': series,
                          'wall_s': summarize([wall * 0.95, wall, wall * 1.1]),
                          'cpu_s': summarize([base * n * 0.9, base * n, base * n])})
    return cells


def subject_lines(ax):
    """{subject: y values} of the errorbar lines of a panel."""
    return {c.get_label(): list(c.lines[0].get_ydata()) for c in ax.containers}


@needs_matplotlib
def test_plot_threads_log_and_normalised_panels(tmp_path):
    """Subjects 30x apart, three series: one PNG per series, four panels each -- wall and
    CPU on a log scale, and both divided by the subject's own N=1 wall time, with the
    reference lines perfect scaling (1) and GIL (N)."""
    from bench.plots import load_pyplot, plot_threads, write_plots
    subjects = {'incminimark': (0.3, False), 'boehm': (0.7, False),
                'boehm-nogil': (0.75, True), 'atomic-refcount': (9.0, False),
                'none-nogil': (3.0, True), 'python3': (0.35, False)}
    summaries = []
    for series in ('threaded_fib.py N 31', 'threaded_fib_own.py N 31',
                   'threaded_shared.py N 600000'):
        summaries += _threads_cells(series, subjects)
    # a subject whose N=1 cell failed: in the absolute panels, not the normalised ones
    failed = _threads_cells('threaded_fib.py N 31', {'refcount': (0.6, False)})
    failed[0].update(status='FAILED', wall_s=None, cpu_s=None)
    summaries += failed
    paths = write_plots(summaries, str(tmp_path))
    assert [p.rsplit('/', 1)[1] for p in paths] == [
        'threads-threaded_fib.py_N_31.png', 'threads-threaded_fib_own.py_N_31.png',
        'threads-threaded_shared.py_N_600000.png']
    for p in paths:
        with open(p, 'rb') as f:
            assert f.read(8) == PNG

    # the figure itself, kept open to look at its panels
    plt = load_pyplot()
    figures = []
    close = plt.close
    plt.close = figures.append
    try:
        plot_threads(plt, 'threaded_fib.py N 31',
                     [s for s in summaries if s['series'] == 'threaded_fib.py N 31'],
                     str(tmp_path / 'one.png'), cores=2)
    finally:
        plt.close = close
    (fig,) = figures
    wall, cpu, nwall, ncpu = fig.axes[:4]
    assert wall.get_yscale() == 'log' and cpu.get_yscale() == 'log'
    assert nwall.get_yscale() == 'linear' and ncpu.get_yscale() == 'linear'
    lines = {line.get_label(): line for line in nwall.get_lines()}
    assert list(lines['perfect scaling: 1'].get_ydata()) == [1.0] * 51
    gil = lines['GIL (one thread at a time): N']
    assert list(gil.get_ydata()) == list(gil.get_xdata())
    assert gil.get_xdata()[0] == 1 and gil.get_xdata()[-1] == 4
    # normalised: wall ÷ own N=1 wall; GIL subjects on y = N, free-threaded on max(1, N/2)
    points = subject_lines(nwall)
    assert points['atomic-refcount'] == pytest.approx([1, 2, 4])
    assert points['boehm-nogil'] == pytest.approx([1, 1, 2])
    assert 'refcount' not in points                      # no N=1 wall to divide by
    cpu_points = subject_lines(ncpu)
    assert cpu_points['none-nogil'] == pytest.approx([1, 2, 4])
    assert nwall.get_ylim()[1] >= 4 and ncpu.get_ylim()[1] >= 4
    # one colour per GIL build and its -nogil twin, dashed for the free-threaded one
    by_label = {c.get_label(): c.lines[0] for c in wall.containers}
    assert by_label['boehm'].get_color() == by_label['boehm-nogil'].get_color()
    assert by_label['boehm-nogil'].get_linestyle() == '--'
    assert by_label['boehm'].get_linestyle() == '-'
    legend = fig.legends[0]
    assert [t.get_text() for t in legend.get_texts()] == list(subjects) + ['refcount']
    close(fig)
