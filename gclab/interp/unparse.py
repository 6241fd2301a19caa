"""The source text of an annotation, as CPython's compiler gives it under
`from __future__ import annotations` (its ast_unparse: `int | None`, `list[int]`,
`'Node'` for a string literal, with the parentheses operator precedence needs).

Covered: names, attributes, subscripts (tuples and slices inside), constants, unary,
binary and boolean operators, comparisons, conditional expressions, calls (keywords and
stars), list/tuple/set/dict displays and starred items.  Lambdas, comprehensions,
f-strings, walrus and yield expressions -- never seen in annotations -- give '...'
(CPython gives their source)."""

from gclab.interp import ast

PR_TUPLE = 0
PR_TEST = 1
PR_OR = 2
PR_AND = 3
PR_NOT = 4
PR_CMP = 5
PR_BOR = 6
PR_BXOR = 7
PR_BAND = 8
PR_SHIFT = 9
PR_ARITH = 10
PR_TERM = 11
PR_FACTOR = 12
PR_POWER = 13
PR_ATOM = 15


def binop_precedence(opname):
    if opname == '|':
        return PR_BOR
    if opname == '^':
        return PR_BXOR
    if opname == '&':
        return PR_BAND
    if opname == '<<' or opname == '>>':
        return PR_SHIFT
    if opname == '+' or opname == '-':
        return PR_ARITH
    if opname == '**':
        return PR_POWER
    return PR_TERM          # * / // % @


def unparse(space, node):
    return expr(space, node, PR_TEST)


def paren(text, needed):
    if needed:
        return '(' + text + ')'
    return text


def join(space, nodes, level):
    return ', '.join([expr(space, n, level) for n in nodes])


def expr(space, node, level):
    if isinstance(node, ast.Name):
        return node.name
    if isinstance(node, ast.Constant):
        return constant(space, node)
    if isinstance(node, ast.Attribute):
        return expr(space, node.value, PR_ATOM) + '.' + node.attr
    if isinstance(node, ast.Subscript):
        return '%s[%s]' % (expr(space, node.value, PR_ATOM), subscript(space, node.index))
    if isinstance(node, ast.BinOp):
        pr = binop_precedence(node.op)
        left_pr = pr
        right_pr = pr + 1
        if node.op == '**':
            left_pr = pr + 1
            right_pr = pr
        text = '%s %s %s' % (expr(space, node.left, left_pr), node.op,
                             expr(space, node.right, right_pr))
        return paren(text, level > pr)
    if isinstance(node, ast.UnaryOp):
        if node.op == 'not':
            return paren('not ' + expr(space, node.operand, PR_NOT), level > PR_NOT)
        return paren(node.op + expr(space, node.operand, PR_FACTOR), level > PR_FACTOR)
    if isinstance(node, ast.BoolOp):
        pr = PR_AND
        if node.op == 'or':
            pr = PR_OR
        parts = [expr(space, v, pr + 1) for v in node.values]
        return paren((' %s ' % node.op).join(parts), level > pr)
    if isinstance(node, ast.Compare):
        text = expr(space, node.left, PR_CMP + 1)
        for i in range(len(node.ops)):
            text += ' %s %s' % (node.ops[i], expr(space, node.comparators[i], PR_CMP + 1))
        return paren(text, level > PR_CMP)
    if isinstance(node, ast.IfExp):
        text = '%s if %s else %s' % (expr(space, node.body, PR_TEST + 1),
                                     expr(space, node.test, PR_TEST + 1),
                                     expr(space, node.orelse, PR_TEST))
        return paren(text, level > PR_TEST)
    if isinstance(node, ast.Call):
        parts = [expr(space, a, PR_TEST) for a in node.args]
        for kw in node.keywords:
            if kw.arg is None:
                parts.append('**' + expr(space, kw.value, PR_TEST))
            else:
                parts.append('%s=%s' % (kw.arg, expr(space, kw.value, PR_TEST)))
        return '%s(%s)' % (expr(space, node.func, PR_ATOM), ', '.join(parts))
    if isinstance(node, ast.Starred):
        return '*' + expr(space, node.value, PR_BOR)
    if isinstance(node, ast.ListExpr):
        return '[%s]' % join(space, node.elts, PR_TEST)
    if isinstance(node, ast.SetExpr):
        return '{%s}' % join(space, node.elts, PR_TEST)
    if isinstance(node, ast.TupleExpr):
        return '(%s)' % tuple_items(space, node.elts)
    if isinstance(node, ast.DictExpr):
        parts = []
        for i in range(len(node.keys)):
            key = node.keys[i]
            if key is None:
                parts.append('**' + expr(space, node.values[i], PR_BOR))
            else:
                parts.append('%s: %s' % (expr(space, key, PR_TEST),
                                         expr(space, node.values[i], PR_TEST)))
        return '{%s}' % ', '.join(parts)
    if isinstance(node, ast.Slice):
        return slice_text(space, node)
    return '...'        # see the module's docstring


def tuple_items(space, elts):
    if len(elts) == 1:
        return expr(space, elts[0], PR_TEST) + ','
    return join(space, elts, PR_TEST)


def subscript(space, index):
    """The index of a subscript: a non-empty tuple without its parentheses."""
    if isinstance(index, ast.TupleExpr) and len(index.elts) > 0:
        return tuple_items(space, index.elts)
    return expr(space, index, PR_TUPLE)


def slice_text(space, node):
    text = ''
    if node.lower is not None:
        text += expr(space, node.lower, PR_TEST)
    text += ':'
    if node.upper is not None:
        text += expr(space, node.upper, PR_TEST)
    if node.step is not None:
        text += ':' + expr(space, node.step, PR_TEST)
    return text


def constant(space, node):
    kind = node.kind
    if kind == 'none':
        return 'None'
    if kind == 'true':
        return 'True'
    if kind == 'false':
        return 'False'
    if kind == 'ellipsis':
        return '...'
    if kind == 'str':
        return space.repr_str(space.newstr(node.value))
    if kind == 'bytes':
        return space.repr_str(space.newbytes(node.value))
    if kind == 'int':
        return space.repr_str(space.int_from_literal(node.value))
    if kind == 'float':
        return space.repr_str(space.float_from_literal(node.value))
    return node.value
