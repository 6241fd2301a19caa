#!/usr/bin/env python3
"""Reference-count updates per run of one statement, measured with plan counting-refcount.

    tools/rcstmt.py [BINARY]        (default build/gclab-counting-refcount)

For each statement below, a program runs it in a loop inside a function (locals x = 500,
y = 1) 1,000 and 11,000 times; the difference of --gc-stats' rc_increments and
rc_decrements over the 10,000 extra runs is the cost of one iteration; the `pass` row is
the loop itself (FOR_ITER, STORE_FAST, the jump), and the last column subtracts it.  This
is the per-statement table of docs/measuring.md ("Fewer updates")."""

import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
from bench.stats import parse_stats_line    # noqa: E402

STATEMENTS = [
    ('pass', 'the loop alone'),
    ('x', 'LOAD_FAST, POP_TOP'),
    ('g', 'LOAD_GLOBAL, POP_TOP'),
    ('x < y', '2 LOAD_FAST, COMPARE_OP, POP_TOP'),
    ('x - y', '2 LOAD_FAST, BINARY_OP, POP_TOP'),
    ('g(x)', 'a call of a function returning its argument'),
    ('fib(1)', 'a leaf call of fib'),
]

PROGRAM = '''def g(a):
    return a


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    x = 500
    y = 1
    for i in range(%d):
        %s


main()
'''

SMALL, LARGE = 1000, 11000


def updates(binary, statement, runs, folder):
    path = os.path.join(folder, 'stmt.py')
    with open(path, 'w') as f:
        f.write(PROGRAM % (runs, statement))
    proc = subprocess.run([binary, '--gc-stats', path], capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit('rcstmt: %s failed on %r: %s' % (binary, statement,
                                                         proc.stderr[-300:]))
    stats = parse_stats_line(proc.stderr)
    if stats is None:
        raise SystemExit('rcstmt: no GCLAB_STATS line from %s' % binary)
    if stats.get('rc_increments') is None:
        raise SystemExit('rcstmt: %s does not count updates (use plan '
                         'counting-refcount)' % binary)
    return stats['rc_increments'], stats['rc_decrements']


def main(argv):
    binary = argv[1] if len(argv) > 1 else os.path.join(ROOT, 'build',
                                                          'gclab-counting-refcount')
    if not os.path.exists(binary):
        raise SystemExit('rcstmt: no %s (make translate MM=counting-refcount)' % binary)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for statement, what in STATEMENTS:
            inc0, dec0 = updates(binary, statement, SMALL, folder)
            inc1, dec1 = updates(binary, statement, LARGE, folder)
            n = float(LARGE - SMALL)
            rows.append((statement, what, (inc1 - inc0) / n, (dec1 - dec0) / n))
    loop_inc, loop_dec = rows[0][2], rows[0][3]
    print('| statement | bytecode | inc + dec per iteration | beyond the loop |')
    print('| --- | --- | --- | --- |')
    for statement, what, inc, dec in rows:
        print('| `%s` | %s | %.2f + %.2f | %.2f + %.2f |'
              % (statement, what, inc, dec, inc - loop_inc, dec - loop_dec))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
