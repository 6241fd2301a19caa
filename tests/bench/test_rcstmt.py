"""tools/rcstmt.py, the per-statement table of reference-count updates, run against a
fake binary whose counts are known (nothing is translated here): the table is the
difference of two loop lengths per iteration, minus the loop's own row."""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TOOL = os.path.join(ROOT, 'tools', 'rcstmt.py')

# a stand-in for build/gclab-counting-refcount: start-up costs 1000 + 900 updates, each
# loop iteration 6 + 6, and the statement its own cost on top, per iteration
FAKE = r'''#!%s
import json, re, sys
src = open(sys.argv[-1]).read()
runs = int(re.search(r'range\((\d+)\)', src).group(1))
stmt = src.split('for i in range(%%d):' %% runs)[1].strip().split('\n')[0]
cost = {'pass': 0, 'x': 3, 'g': 2, 'x < y': 11, 'x - y': 11, 'g(x)': 26, 'fib(1)': 30}
inc = 1000 + runs * (6 + cost[stmt])
dec = 900 + runs * (6 + cost[stmt])
counts = {'rc_increments': inc, 'rc_decrements': dec} if '%s' == 'counts' else {
    'rc_increments': None, 'rc_decrements': None}
sys.stderr.write('GCLAB_STATS ' + json.dumps(counts) + '\n')
'''


def fake(tmp_path, mode):
    path = tmp_path / ('gclab-' + mode)
    path.write_text(FAKE % (sys.executable, mode))
    path.chmod(0o755)
    return str(path)


def test_the_table_is_the_cost_of_one_iteration_beyond_the_loop(tmp_path):
    out = subprocess.run([sys.executable, TOOL, fake(tmp_path, 'counts')],
                         capture_output=True, text=True, check=True).stdout
    assert '| `pass` | the loop alone | 6.00 + 6.00 | 0.00 + 0.00 |' in out
    assert '| `x < y` | 2 LOAD_FAST, COMPARE_OP, POP_TOP | 17.00 + 17.00 | ' \
           '11.00 + 11.00 |' in out
    assert '| `fib(1)` | a leaf call of fib | 36.00 + 36.00 | 30.00 + 30.00 |' in out


def test_a_binary_that_does_not_count_is_a_clear_error(tmp_path):
    proc = subprocess.run([sys.executable, TOOL, fake(tmp_path, 'plain')],
                          capture_output=True, text=True)
    assert proc.returncode != 0
    assert 'does not count updates' in proc.stderr
    proc = subprocess.run([sys.executable, TOOL, str(tmp_path / 'missing')],
                          capture_output=True, text=True)
    assert proc.returncode != 0 and 'make translate MM=counting-refcount' in proc.stderr
