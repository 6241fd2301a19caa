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
