"""Delta debugging of a program over its Python syntax tree.

`shrink(source, still_fails)` returns a smaller program for which still_fails(text) is
true.  It repeats three passes until none makes progress (or the budget is spent):

1. remove statements: from every statement list (module, function and class bodies,
   branches, loop bodies), chunks of halving size down to single statements;
2. unwrap compound statements: an if/for/while/try/with replaced by one of its bodies;
3. simplify expressions: a subexpression replaced by one of its own subexpressions, or by
   a constant (0, '', None), and constants made smaller.

A candidate is kept only when still_fails accepts it; the caller's predicate checks
that the program still runs fine on python3 and still fails the same way on the binary.
Nodes are addressed by their position in ast.walk order, which is the same in a tree and
in its deep copy."""

import ast
import copy
import time
import warnings

STMT_FIELDS = ('body', 'orelse', 'finalbody')
COMPOUND = (ast.If, ast.For, ast.While, ast.Try, ast.With)


def unparse(tree):
    return ast.unparse(ast.fix_missing_locations(tree)) + '\n'


def compiles(text):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            compile(text, '<shrink>', 'exec')
        return True
    except (SyntaxError, ValueError):
        return False


def stmt_slots(tree):
    """[(walk index of owner, field)] for every non-empty statement list."""
    out = []
    for i, node in enumerate(ast.walk(tree)):
        for field in STMT_FIELDS:
            value = getattr(node, field, None)
            if isinstance(value, list) and value and isinstance(value[0], ast.stmt):
                out.append((i, field))
    return out


def removals(tree):
    nodes = list(ast.walk(tree))
    for owner, field in stmt_slots(tree):
        n = len(getattr(nodes[owner], field))
        size = n
        sizes = []
        while size >= 1:
            sizes.append(size)
            size //= 2
        for size in sizes:
            for start in range(0, n, size):
                yield ('remove', owner, field, start, size)


def unwraps(tree):
    nodes = list(ast.walk(tree))
    for owner, field in stmt_slots(tree):
        stmts = getattr(nodes[owner], field)
        for j, s in enumerate(stmts):
            if not isinstance(s, COMPOUND):
                continue
            alts = ['body']
            if getattr(s, 'orelse', None):
                alts.append('orelse')
            if isinstance(s, ast.Try):
                alts += ['handler%d' % k for k in range(len(s.handlers))]
                if s.finalbody:
                    alts.append('finalbody')
            for alt in alts:
                yield ('unwrap', owner, field, j, alt)


def simplifiable(node, parent):
    if not isinstance(node, ast.expr):
        return False
    if isinstance(getattr(node, 'ctx', None), (ast.Store, ast.Del)):
        return False
    if isinstance(parent, (ast.JoinedStr, ast.FormattedValue)):
        return False      # a format spec or f-string part must stay a string part
    if isinstance(node, ast.Starred):
        return False
    return True


def simplifications(tree):
    nodes = list(ast.walk(tree))
    parents = {}
    for p in nodes:
        for c in ast.iter_child_nodes(p):
            parents[id(c)] = p
    for i, node in enumerate(nodes):
        if not simplifiable(node, parents.get(id(node))):
            continue
        kids = [c for c in ast.iter_child_nodes(node)
                if isinstance(c, ast.expr) and simplifiable(c, node)]
        for k in range(len(kids)):
            yield ('child', i, k)
        if isinstance(node, ast.Constant):
            v = node.value
            if isinstance(v, bool) or v is None:
                continue
            if isinstance(v, int) and v not in (0, 1):
                yield ('const', i, 0)
                yield ('const', i, 1)
            elif isinstance(v, float) and v != 0.0:
                yield ('const', i, 0.0)
            elif isinstance(v, str) and v:
                yield ('const', i, '')
                if len(v) > 1:
                    yield ('const', i, v[:1])
        else:
            for c in (0, '', None):
                yield ('const', i, c)


def apply(tree, change):
    """A deep copy of tree with change applied, or None if it does not apply."""
    t = copy.deepcopy(tree)
    nodes = list(ast.walk(t))
    kind = change[0]
    if kind == 'remove':
        _, owner, field, start, size = change
        stmts = getattr(nodes[owner], field)
        if start >= len(stmts):
            return None
        del stmts[start:start + size]
        if not stmts and not isinstance(nodes[owner], ast.Module):
            if field == 'body':
                stmts.append(ast.Pass())
        return t
    if kind == 'unwrap':
        _, owner, field, j, alt = change
        stmts = getattr(nodes[owner], field)
        s = stmts[j]
        if alt.startswith('handler'):
            body = s.handlers[int(alt[len('handler'):])].body
        else:
            body = getattr(s, alt)
        stmts[j:j + 1] = body
        return t
    if kind == 'child':
        _, i, k = change
        target = nodes[i]
        kids = [c for c in ast.iter_child_nodes(target)
                if isinstance(c, ast.expr) and simplifiable(c, target)]
        return replace(t, target, kids[k])
    if kind == 'const':
        _, i, value = change
        return replace(t, nodes[i], ast.Constant(value=value))
    raise ValueError(change)


def replace(tree, old, new):
    for parent in ast.walk(tree):
        for field, value in ast.iter_fields(parent):
            if value is old:
                setattr(parent, field, new)
                return tree
            if isinstance(value, list):
                for j, v in enumerate(value):
                    if v is old:
                        value[j] = new
                        return tree
    return None


PASSES = (removals, unwraps, simplifications)


class Budget(object):
    def __init__(self, max_tests, seconds):
        self.tests = 0
        self.max_tests = max_tests
        self.deadline = time.time() + seconds

    def left(self):
        return self.tests < self.max_tests and time.time() < self.deadline


def shrink(source, still_fails, max_tests=2000, seconds=300, log=None):
    """The smallest program found (text) for which still_fails holds; source itself if
    nothing smaller does.  still_fails(source) is assumed true."""
    budget = Budget(max_tests, seconds)
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return source, budget.tests
    best = unparse(tree)
    budget.tests += 1
    if not still_fails(best):
        return source, budget.tests      # the unparsed text no longer fails: keep the original
    progress = True
    while progress and budget.left():
        progress = False
        for make in PASSES:
            i = 0
            while budget.left():
                changes = list(make(tree))
                if i >= len(changes):
                    break
                cand = apply(tree, changes[i])
                text = unparse(cand) if cand is not None else None
                if text is None or len(text) >= len(best) or not compiles(text):
                    i += 1
                    continue
                budget.tests += 1
                if still_fails(text):
                    tree, best = cand, text
                    progress = True
                    if log:
                        log('shrunk to %d bytes (%d tests)' % (len(best), budget.tests))
                else:
                    i += 1
    return best, budget.tests
