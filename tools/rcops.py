#!/usr/bin/env python3
"""The reference-count updates in the generated C of one RPython function of a refcount
plan's build: where the hundreds of updates per guest call come from.

    tools/rcops.py PLAN FUNCTION [--context N] [--list]

PLAN is a refcount plan translated here (`make translate MM=PLAN` keeps its C under
build/usession/PLAN/); FUNCTION a C function name or a part of one (`Frame_dispatch`,
`pypy_g_W_List_append`...): a part matching several functions lists them.  For each
update the tool prints its line, whether it is an increment or a decrement, the
variable whose header it updates and N lines of the C before it.  `--list` prints only
the functions of that C with the most updates (a table: increments, decrements, name).

How an update is recognised (tests/bench/test_rcops.py holds examples of each): the
plain plans write `RPyField(hdr, h_refcount) = v` where v is `OP_INT_ADD(..., 1L, v)`
(increment) or `OP_INT_SUB(..., 1L, v)` (decrement); the immortal plans do the same
behind a test of the sign; the atomic plans call `gclab_rc_incref*` /
`gclab_rc_decref*`.  A store of anything else (a deallocator setting a count around a
destructor) is not an update.  Helpers that RPython did not inline (ll_release, the
deallocators) are calls, shown as such by the C, not counted here."""

import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

FUNC_START = re.compile(r'^[A-Za-z_][\w \*]*?\b(pypy_g_\w+)\(.*\)\s*\{\s*$')
STORE = re.compile(r'RPyField\((\w+), h_refcount\) = (\w+);')
ARITH = re.compile(r'OP_INT_(ADD|SUB)\((\w+), 1L, (\w+)\);')
ATOMIC = re.compile(r'\bgclab_rc_(incref|decref)\w*\(')


def c_files(plan):
    sessions = glob.glob(os.path.join(ROOT, 'build', 'usession', plan, 'usession-*',
                                      'testing_1'))
    if not sessions:
        raise SystemExit('rcops: no generated C for plan %s under build/usession/%s '
                         '(run make translate MM=%s)' % (plan, plan, plan))
    newest = max(sessions, key=os.path.getmtime)
    return sorted(glob.glob(os.path.join(newest, '*.c')))


def functions(paths):
    """{C function name: [(path, line number, text)]} of every pypy_g_ function."""
    found = {}
    for path in paths:
        with open(path, errors='replace') as f:
            lines = f.read().split('\n')
        name = None
        for number, text in enumerate(lines, 1):
            if name is None:
                match = FUNC_START.match(text)
                if match:
                    name = match.group(1)
                    body = found.setdefault(name, [])
                continue
            body.append((path, number, text))
            if text == '}':
                name = None
    return found


def updates(body):
    """[(index in body, 'inc' or 'dec', variable)] of the count updates in a body."""
    result = []
    arith = {}
    for i, (path, number, text) in enumerate(body):
        match = ARITH.search(text)
        if match:
            arith[match.group(3)] = 'inc' if match.group(1) == 'ADD' else 'dec'
        match = STORE.search(text)
        if match and match.group(2) in arith:
            result.append((i, arith[match.group(2)], match.group(1)))
        match = ATOMIC.search(text)
        if match:
            result.append((i, 'inc' if match.group(1) == 'incref' else 'dec',
                           text.strip()))
    return result


def main(argv):
    args = [a for a in argv if not a.startswith('--')]
    context = 3
    if '--context' in argv:
        context = int(argv[argv.index('--context') + 1])
        args.remove(argv[argv.index('--context') + 1])
    if len(args) < 1 or (len(args) < 2 and '--list' not in argv):
        raise SystemExit(__doc__)
    found = functions(c_files(args[0]))
    if '--list' in argv:
        rows = []
        for name, body in found.items():
            ups = updates(body)
            if ups:
                rows.append((len(ups), len([u for u in ups if u[1] == 'inc']), name))
        rows.sort(reverse=True)
        print('%6s %6s  %s' % ('inc', 'dec', 'function'))
        for total, inc, name in rows[:int(args[1]) if len(args) > 1 else 30]:
            print('%6d %6d  %s' % (inc, total - inc, name))
        return 0
    wanted = args[1]
    names = [n for n in found if n == wanted or n == 'pypy_g_' + wanted]
    if not names:
        names = sorted(n for n in found if wanted in n)
    if len(names) != 1:
        print('rcops: %d C functions match %r%s' % (len(names), wanted,
              ':' if names else ''))
        for name in names[:50]:
            print('  ' + name)
        return 1
    name = names[0]
    body = found[name]
    ups = updates(body)
    inc = len([u for u in ups if u[1] == 'inc'])
    print('%s (%s): %d increments, %d decrements' % (
        name, os.path.basename(body[0][0]) if body else '?', inc, len(ups) - inc))
    for i, kind, var in ups:
        path, number, text = body[i]
        print('\n%s line %d: %s of %s' % (os.path.basename(path), number,
                                           'increment' if kind == 'inc' else 'decrement',
                                           var))
        for j in range(max(0, i - context), i + 1):
            print('    ' + body[j][2].strip())
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
