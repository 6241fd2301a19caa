"""`python -m bench compare A.json B.json`: the change of median wall time per
(workload, subject) from result set A to result set B, with each side's noise.

The verdict is 'faster' or 'slower' only when B's min–max interval of wall times lies
wholly below or above A's (the intervals do not overlap); otherwise 'within noise'."""

import argparse
import json
import sys

from bench.report import DASH, aligned_table

COLUMNS = ['program', 'subject', 'A wall s', 'A min–max', 'B wall s', 'B min–max',
           'change %', 'verdict']


def cell_key(cell):
    return (cell.get('workload') or cell.get('program'), cell['subject'])


def verdict(a, b):
    """a, b: {'median', 'min', 'max'} of wall times; B compared with A."""
    if b['max'] < a['min']:
        return 'faster'
    if b['min'] > a['max']:
        return 'slower'
    return 'within noise'


def _wall(cell):
    if cell is None or cell.get('status') != 'ok':
        return None
    return cell.get('wall_s')


def compare(doc_a, doc_b):
    """Rows {'workload', 'subject', 'a', 'b', 'change', 'verdict'} for every cell of
    either document (A's order, then B's new cells); a and b are wall summaries or
    None, change the relative change of the median (B - A) / A or None."""
    cells_a = {cell_key(c): c for c in doc_a.get('cells', [])}
    cells_b = {cell_key(c): c for c in doc_b.get('cells', [])}
    keys = list(cells_a) + [k for k in cells_b if k not in cells_a]
    rows = []
    for key in keys:
        ca, cb = cells_a.get(key), cells_b.get(key)
        a, b = _wall(ca), _wall(cb)
        if a and b:
            change = (b['median'] - a['median']) / a['median'] if a['median'] else None
            word = verdict(a, b)
        else:
            change = None
            if ca is None:
                word = 'only in B'
            elif cb is None:
                word = 'only in A'
            else:
                word = 'not comparable (A %s, B %s)' % (ca.get('status'), cb.get('status'))
        rows.append({'workload': key[0], 'subject': key[1], 'a': a, 'b': b,
                     'change': change, 'verdict': word})
    return rows


def _side(w):
    if not w:
        return [DASH, DASH]
    return ['%.3f' % w['median'], '%.3f–%.3f' % (w['min'], w['max'])]


def table(rows):
    body = []
    for r in rows:
        change = DASH if r['change'] is None else '%+.1f' % (100 * r['change'])
        body.append([r['workload'], r['subject']] + _side(r['a']) + _side(r['b'])
                    + [change, r['verdict']])
    return aligned_table(COLUMNS, body, left={0, 1, len(COLUMNS) - 1})


def _describe(name, path, doc):
    options = doc.get('options', {})
    return '%s: %s (%s, commit %s, %s reps)' % (
        name, path, doc.get('created', '?'), (doc.get('git_commit') or '?')[:12],
        options.get('reps', '?'))


def main(argv):
    p = argparse.ArgumentParser(
        prog='python -m bench compare',
        description='Compare two results.json files: the change of median wall time '
                    'per (workload, subject) from A to B.  The verdict is faster/slower '
                    'only when the min–max intervals of the two sides do not overlap.')
    p.add_argument('a', metavar='A.json')
    p.add_argument('b', metavar='B.json')
    args = p.parse_args(argv)
    docs = []
    for path in (args.a, args.b):
        try:
            with open(path) as f:
                docs.append(json.load(f))
        except (OSError, ValueError) as e:
            print('compare: cannot read %s: %s' % (path, e), file=sys.stderr)
            return 2
    print(_describe('A', args.a, docs[0]))
    print(_describe('B', args.b, docs[1]))
    print()
    print(table(compare(docs[0], docs[1])))
    return 0
