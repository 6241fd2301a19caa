#!/usr/bin/env python3
"""Answers questions about the plan registry for the Makefile and the README.

    tools/plans.py names [--headline|--ci]   working plans (headline / in CI), one per line
    tools/plans.py order NAME...        the NAMEs in the order `make -j2` should translate
                                        them: the slowest first, so that no long
                                        translation starts last
    tools/plans.py table                the README's Markdown table of plans
    tools/plans.py check NAME           exit 0 if NAME is a working plan, else explain
    tools/plans.py field NAME FIELD     one field of a plan's declaration (as JSON)"""

import json

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                'gclab', 'gc'))
import plans  # noqa: E402


def table():
    """One row per manager; its plans with other axes in the last columns."""
    others = [a for a in sorted(plans.ALLOCATORS) if a != plans.DEFAULT_ALLOCATOR]
    rows = ['| plan | kind | RPython | what it is | `__del__`, weakrefs | '
            '`-nogil` (free-threaded) |' + ''.join(' `-%s` |' % a for a in others),
            '| --- | --- | --- | --- | --- | --- |' + ' --- |' * len(others)]
    for m in plans.MANAGERS:
        p = plans.get(m['name'])
        extra = ' + `%s`' % p.gc_policy.split(':')[1] if p.gc_policy else ''
        nogil = plans.get(plans.compose(m['name'], 'nogil', plans.DEFAULT_ALLOCATOR))
        cells = ''
        for allocator in others:
            try:
                cells += ' %s |' % plans.get(plans.compose(
                    m['name'], plans.THREADING_MODES[0], allocator)).status
            except KeyError:
                cells += ' no: not declared |'
        rows.append('| `%s` | %s | `--gc=%s`%s | %s | %s | %s |%s'
                    % (p.name, p.kind, p.rpython_gc, extra, p.description,
                       p.finalization, nogil.status, cells))
    rows.append('')
    rows.append('`make test` (and so CI) translates and tests %d of the %d plans: %s.  '
                'The others run the same gclab code in other combinations; '
                '`make test PLANS=all` runs the full matrix:'
                % (len(plans.ci_names()), len(plans.PLANS),
                   ', '.join('`%s`' % n for n in plans.ci_names())))
    rows.append('')
    for p in plans.PLANS:
        if not p.in_ci():
            rows.append('* `%s`: %s' % (p.name, p.ci[len('no: '):]))
    return '\n'.join(rows) + '\n'


def translation_minutes(p):
    """About how long translating p takes on one core of the 2-core CI machine (read
    off CI logs, session 17): the refcount transformer and the deferred freeing of
    the free-threaded plans are the slow parts."""
    minutes = {'refcount': 5.0, 'tracing': 4.0, 'none': 3.0}[p.kind]
    if 'biased' in p.properties:
        minutes += 4.0
    if p.threading == 'nogil' and p.kind == 'refcount':
        minutes += 3.0
    return minutes


def main(argv):
    if len(argv) >= 2 and argv[1] == 'names':
        for p in plans.PLANS:
            if p.works() and (p.headline or '--headline' not in argv) and \
                    (p.in_ci() or '--ci' not in argv):
                print(p.name)
        return 0
    if len(argv) >= 2 and argv[1] == 'order':
        try:
            chosen = [plans.get(name) for name in argv[2:]]
        except KeyError as e:
            sys.stderr.write('%s\n' % e.args[0])
            return 1
        chosen.sort(key=lambda p: -translation_minutes(p))   # (a stable sort)
        print(' '.join(p.name for p in chosen))
        return 0
    if len(argv) == 2 and argv[1] == 'table':
        sys.stdout.write(table())
        return 0
    if len(argv) == 3 and argv[1] == 'check':
        try:
            plan = plans.get(argv[2])
        except KeyError as e:
            sys.stderr.write('%s\n' % e.args[0])
            return 1
        if not plan.works():
            sys.stderr.write('plan %s cannot translate: %s\n' % (plan.name, plan.status))
            return 1
        return 0
    if len(argv) == 4 and argv[1] == 'field':
        try:
            plan = plans.get(argv[2])
        except KeyError as e:
            sys.stderr.write('%s\n' % e.args[0])
            return 1
        print(json.dumps(getattr(plan, argv[3])))
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
