from bench.compare import compare, table, verdict


def w(median, lo, hi):
    return {'median': median, 'min': lo, 'max': hi, 'spread': (hi - lo) / median}


def cell(workload, subject, wall, status='ok'):
    return {'workload': workload, 'subject': subject, 'status': status,
            'wall_s': wall if status == 'ok' else None}


def test_verdict_only_when_intervals_do_not_overlap():
    a = w(1.0, 0.9, 1.1)
    assert verdict(a, w(0.8, 0.75, 0.85)) == 'faster'
    assert verdict(a, w(1.3, 1.2, 1.4)) == 'slower'
    assert verdict(a, w(0.8, 0.7, 0.9)) == 'within noise'       # touches A's min
    assert verdict(a, w(1.5, 1.05, 2.0)) == 'within noise'      # medians far, overlap
    assert verdict(a, w(1.0, 0.5, 1.5)) == 'within noise'
    assert verdict(a, a) == 'within noise'


def test_compare_rows():
    doc_a = {'cells': [cell('fib.py 30', 'inc', w(2.0, 1.9, 2.1)),
                       cell('fib.py 30', 'rc', w(3.0, 2.9, 3.1)),
                       cell('fib.py 30', 'gone', w(1.0, 1.0, 1.0)),
                       cell('fib.py 30', 'bad', None, status='FAILED')]}
    doc_b = {'cells': [cell('fib.py 30', 'rc', w(3.3, 3.2, 3.4)),
                       cell('fib.py 30', 'inc', w(1.5, 1.4, 1.6)),
                       cell('fib.py 30', 'bad', w(1.0, 1.0, 1.0)),
                       cell('fib.py 30', 'new', w(1.0, 1.0, 1.0))]}
    rows = compare(doc_a, doc_b)
    got = {r['subject']: r for r in rows}
    assert [r['subject'] for r in rows] == ['inc', 'rc', 'gone', 'bad', 'new']
    assert got['inc']['verdict'] == 'faster' and got['inc']['change'] == -0.25
    assert got['rc']['verdict'] == 'slower'
    assert abs(got['rc']['change'] - 0.1) < 1e-12
    assert got['gone']['verdict'] == 'only in A'
    assert got['new']['verdict'] == 'only in B'
    assert got['bad']['verdict'] == 'not comparable (A FAILED, B ok)'
    lines = table(rows).splitlines()
    inc = [c.strip() for c in lines[2].strip().strip('|').split('|')]
    assert inc == ['fib.py 30', 'inc', '2.000', '1.900–2.100', '1.500', '1.400–1.600',
                   '-25.0', 'faster']


def test_compare_reads_schema_1_cells():
    old = {'cells': [{'program': 'examples/fib.py', 'subject': 'inc', 'status': 'ok',
                      'wall_s': w(1.0, 0.9, 1.1)}]}
    assert compare(old, old)[0]['verdict'] == 'within noise'
    assert compare(old, old)[0]['workload'] == 'examples/fib.py'
