from bench.report import COLUMNS, machine_info, markdown_table


def test_markdown_table_rows():
    summary = {'median': 2.0, 'min': 1.5, 'max': 2.5, 'spread': 0.5}
    ok = {'program': 'p.py', 'subject': 'refcount', 'status': 'ok', 'reason': None,
          'reps': 3, 'wall_s': summary, 'user_s': summary, 'sys_s': summary,
          'maxrss_kb': dict(summary, median=2048), 'x_baseline': 1.234,
          'x_python3': None}
    failed = {'program': 'p.py', 'subject': 'atomic-refcount', 'status': 'FAILED',
              'reason': 'exit 1', 'reps': 0, 'wall_s': None, 'user_s': None,
              'sys_s': None, 'maxrss_kb': None, 'x_baseline': None, 'x_python3': None}
    lines = markdown_table([ok, failed]).splitlines()
    assert lines[0] == '| ' + ' | '.join(COLUMNS) + ' |'
    assert lines[2] == ('| p.py | refcount | 2.000 | 1.500–2.500 | 50.0 | 2.000 | 2.000 '
                        '| 2.0 | 1.23 | — |')
    assert lines[3].startswith('| p.py | atomic-refcount | FAILED | — |')
    assert lines[3].count('|') == len(COLUMNS) + 1


def test_machine_info_keys():
    info = machine_info()
    assert {'cpu_model', 'cores', 'kernel'} <= set(info)
    assert info['cores'] >= 1 and info['kernel']
