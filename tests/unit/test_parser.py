"""Parser tests (gclab.interp.parser, gclab.interp.ast): the tree's shape for expressions
and statements, rendered as compact text by a visitor, node positions, and syntax errors
with CPython 3.11's messages and line numbers."""

import pytest

from gclab.interp import ast
from gclab.interp.parser import parse
from gclab.interp.compiler import compile_source
from gclab.interp.error import CompileError
from gclab.objspace.space import ObjSpace

# The strict xfails below name the exception they expect, so that a crash of the tested
# code (any other exception) fails: AssertionError for a message or position that
# differs from CPython's, DID_NOT_RAISE (pytest.raises' "DID NOT RAISE") for input that
# gclab accepts and CPython rejects.  Each deviation is listed in docs/language.md ("Running
# programs", differences from CPython).
DID_NOT_RAISE = pytest.fail.Exception


class Dumper(ast.ASTVisitor):
    """Renders a tree as compact text: every compound expression is parenthesised, so
    the text shows the tree's shape; statements one per line, bodies indented."""

    def __init__(self):
        self.lines = []
        self.indent = 0

    # --- expressions -----------------------------------------------------------
    def e(self, node):
        if node is None:
            return ''
        return node.accept(self)

    def es(self, nodes):
        return ', '.join([self.e(n) for n in nodes])

    def visit_Name(self, node):
        return node.name

    def visit_Constant(self, node):
        if node.kind == 'str':
            return repr(node.value)
        if node.kind in ('int', 'float'):
            return node.value
        return {'none': 'None', 'true': 'True', 'false': 'False',
                'ellipsis': '...'}[node.kind]

    def visit_JoinedStr(self, node):
        return 'f(%s)' % self.es(node.values_w)

    def visit_FormattedValue(self, node):
        s = '{' + self.e(node.value)
        if node.conversion:
            s += '!' + node.conversion
        if node.format_spec is not None:
            s += ':' + self.e(node.format_spec)
        return s + '}'

    def visit_BinOp(self, node):
        return '(%s %s %s)' % (self.e(node.left), node.op, self.e(node.right))

    def visit_UnaryOp(self, node):
        if node.op == 'not':
            return '(not %s)' % self.e(node.operand)
        return '(%s%s)' % (node.op, self.e(node.operand))

    def visit_BoolOp(self, node):
        return '(%s)' % (' %s ' % node.op).join([self.e(v) for v in node.values])

    def visit_Compare(self, node):
        parts = [self.e(node.left)]
        for op, c in zip(node.ops, node.comparators):
            parts.append(op)
            parts.append(self.e(c))
        return '(%s)' % ' '.join(parts)

    def visit_Call(self, node):
        return '%s(%s)' % (self.e(node.func), self.es(node.args + node.keywords))

    def visit_Keyword(self, node):
        if node.arg is None:
            return '**' + self.e(node.value)
        return '%s=%s' % (node.arg, self.e(node.value))

    def visit_Attribute(self, node):
        return '%s.%s' % (self.e(node.value), node.attr)

    def visit_Subscript(self, node):
        return '%s[%s]' % (self.e(node.value), self.e(node.index))

    def visit_Slice(self, node):
        s = '%s:%s' % (self.e(node.lower), self.e(node.upper))
        if node.step is not None:
            s += ':' + self.e(node.step)
        return s

    def visit_Starred(self, node):
        return '*' + self.e(node.value)

    def visit_ListExpr(self, node):
        return '[%s]' % self.es(node.elts)

    def visit_TupleExpr(self, node):
        return 'Tuple(%s)' % self.es(node.elts)

    def visit_SetExpr(self, node):
        return 'Set(%s)' % self.es(node.elts)

    def visit_DictExpr(self, node):
        items = []
        for k, v in zip(node.keys, node.values):
            if k is None:
                items.append('**' + self.e(v))
            else:
                items.append('%s: %s' % (self.e(k), self.e(v)))
        return '{%s}' % ', '.join(items)

    def visit_IfExp(self, node):
        return '(%s if %s else %s)' % (self.e(node.body), self.e(node.test),
                                       self.e(node.orelse))

    def visit_NamedExpr(self, node):
        return '(%s := %s)' % (self.e(node.target), self.e(node.value))

    def visit_Yield(self, node):
        if node.value is None:
            return '(yield)'
        return '(yield %s)' % self.e(node.value)

    def visit_YieldFrom(self, node):
        return '(yield from %s)' % self.e(node.value)

    def visit_Await(self, node):
        return '(await %s)' % self.e(node.value)

    def visit_Lambda(self, node):
        params = self.params(node.args)
        return '(lambda%s: %s)' % (' ' + params if params else '', self.e(node.body))

    def comprehensions(self, generators):
        return ''.join([gen.accept(self) for gen in generators])

    def visit_Comprehension(self, node):
        s = ' %sfor %s in %s' % ('async ' if node.is_async else '', self.e(node.target),
                                 self.e(node.iter))
        for cond in node.ifs:
            s += ' if ' + self.e(cond)
        return s

    def visit_ListComp(self, node):
        return 'ListComp(%s%s)' % (self.e(node.elt), self.comprehensions(node.generators))

    def visit_SetComp(self, node):
        return 'SetComp(%s%s)' % (self.e(node.elt), self.comprehensions(node.generators))

    def visit_GeneratorExp(self, node):
        return 'Gen(%s%s)' % (self.e(node.elt), self.comprehensions(node.generators))

    def visit_DictComp(self, node):
        return 'DictComp(%s: %s%s)' % (self.e(node.key), self.e(node.value),
                                       self.comprehensions(node.generators))

    def params(self, args):
        out = []
        ndefaults = len(args.defaults)
        first_default = len(args.args) - ndefaults
        for i, name in enumerate(args.args):
            if i >= first_default:
                out.append('%s=%s' % (name, self.e(args.defaults[i - first_default])))
            else:
                out.append(name)
        if args.vararg is not None:
            out.append('*' + args.vararg)
        elif args.kwonlyargs:
            out.append('*')
        for name, default in zip(args.kwonlyargs, args.kw_defaults):
            if default is None:
                out.append(name)
            else:
                out.append('%s=%s' % (name, self.e(default)))
        if args.kwarg is not None:
            out.append('**' + args.kwarg)
        return ', '.join(out)

    # --- statements --------------------------------------------------------------
    def line(self, text):
        self.lines.append('  ' * self.indent + text)

    def body(self, stmts):
        self.indent += 1
        for s in stmts:
            s.accept(self)
        self.indent -= 1

    def visit_Module(self, node):
        for s in node.body:
            s.accept(self)

    def visit_ExprStmt(self, node):
        self.line(self.e(node.value))

    def visit_Assign(self, node):
        self.line(' = '.join([self.e(t) for t in node.targets] + [self.e(node.value)]))

    def visit_AugAssign(self, node):
        self.line('%s %s= %s' % (self.e(node.target), node.op, self.e(node.value)))

    def visit_AnnAssign(self, node):
        s = '%s: %s' % (self.e(node.target), self.e(node.annotation))
        if node.value is not None:
            s += ' = ' + self.e(node.value)
        self.line(s)

    def orelse(self, stmts):
        if stmts:
            self.line('else:')
            self.body(stmts)

    def visit_If(self, node):
        self.line('if %s:' % self.e(node.test))
        self.body(node.body)
        self.orelse(node.orelse)

    def visit_While(self, node):
        self.line('while %s:' % self.e(node.test))
        self.body(node.body)
        self.orelse(node.orelse)

    def visit_For(self, node):
        self.line('%sfor %s in %s:' % ('async ' if node.is_async else '',
                                       self.e(node.target), self.e(node.iter)))
        self.body(node.body)
        self.orelse(node.orelse)

    def decorators(self, decorators):
        for d in decorators:
            self.line('@' + self.e(d))

    def visit_FunctionDef(self, node):
        self.decorators(node.decorators)
        self.line('%sdef %s(%s):' % ('async ' if node.is_async else '', node.name,
                                     self.params(node.args)))
        self.body(node.body)

    def visit_ClassDef(self, node):
        self.decorators(node.decorators)
        self.line('class %s(%s):' % (node.name, self.es(node.bases + node.keywords)))
        self.body(node.body)

    def visit_Return(self, node):
        self.line(('return ' + self.e(node.value)).rstrip())

    def visit_Pass(self, node):
        self.line('pass')

    def visit_Break(self, node):
        self.line('break')

    def visit_Continue(self, node):
        self.line('continue')

    def visit_Global(self, node):
        self.line('global ' + ', '.join(node.names))

    def visit_Nonlocal(self, node):
        self.line('nonlocal ' + ', '.join(node.names))

    def visit_Delete(self, node):
        self.line('del ' + self.es(node.targets))

    def visit_Alias(self, node):
        if node.asname is None:
            return node.name
        return '%s as %s' % (node.name, node.asname)

    def visit_Import(self, node):
        self.line('import ' + ', '.join([a.accept(self) for a in node.names]))

    def visit_ImportFrom(self, node):
        self.line('from %s%s import %s' % ('.' * node.level, node.module,
                                           ', '.join([a.accept(self) for a in node.names])))

    def visit_Raise(self, node):
        s = 'raise'
        if node.exc is not None:
            s += ' ' + self.e(node.exc)
        if node.cause is not None:
            s += ' from ' + self.e(node.cause)
        self.line(s)

    def visit_Assert(self, node):
        s = 'assert ' + self.e(node.test)
        if node.msg is not None:
            s += ', ' + self.e(node.msg)
        self.line(s)

    def visit_Try(self, node):
        self.line('try:')
        self.body(node.body)
        for h in node.handlers:
            h.accept(self)
        self.orelse(node.orelse)
        if node.finalbody:
            self.line('finally:')
            self.body(node.finalbody)

    def visit_ExceptHandler(self, node):
        s = 'except'
        if node.type is not None:
            s += ' ' + self.e(node.type)
        if node.name is not None:
            s += ' as ' + node.name
        self.line(s + ':')
        self.body(node.body)

    def visit_With(self, node):
        items = []
        for item in node.items:
            s = self.e(item.context_expr)
            if item.optional_vars is not None:
                s += ' as ' + self.e(item.optional_vars)
            items.append(s)
        self.line('%swith %s:' % ('async ' if node.is_async else '', ', '.join(items)))
        self.body(node.body)

    def visit_Match(self, node):
        self.line('match %s:' % self.e(node.subject))
        self.indent += 1
        for case in node.cases:
            s = 'case ' + case.pattern.accept(self)
            if case.guard is not None:
                s += ' if ' + self.e(case.guard)
            self.line(s + ':')
            self.body(case.body)
        self.indent -= 1

    def visit_MatchValue(self, node):
        return self.e(node.value)

    def visit_MatchSingleton(self, node):
        return self.e(node.value)

    def visit_MatchSequence(self, node):
        return '[%s]' % ', '.join([p.accept(self) for p in node.patterns])

    def visit_MatchMapping(self, node):
        items = ['%s: %s' % (self.e(node.keys[i]), node.patterns[i].accept(self))
                 for i in range(len(node.keys))]
        if node.rest is not None:
            items.append('**' + node.rest)
        return '{%s}' % ', '.join(items)

    def visit_MatchClass(self, node):
        args = [p.accept(self) for p in node.patterns]
        for i in range(len(node.kwd_attrs)):
            args.append('%s=%s' % (node.kwd_attrs[i], node.kwd_patterns[i].accept(self)))
        return '%s(%s)' % (self.e(node.cls), ', '.join(args))

    def visit_MatchStar(self, node):
        return '*' + (node.name or '_')

    def visit_MatchAs(self, node):
        if node.pattern is None:
            return node.name or '_'
        return '(%s as %s)' % (node.pattern.accept(self), node.name)

    def visit_MatchOr(self, node):
        return '(%s)' % ' | '.join([p.accept(self) for p in node.patterns])


def dump(source):
    d = Dumper()
    parse(source).accept(d)
    return '\n'.join(d.lines)


def dump_expr(source):
    text = dump(source + '\n')
    assert '\n' not in text
    return text


def stmts(source):
    """dump() of a module, as a list of lines."""
    return dump(source).split('\n')


@pytest.fixture(scope='module')
def space():
    return ObjSpace('untranslated')


def parse_error(source):
    with pytest.raises(CompileError) as excinfo:
        parse(source)
    e = excinfo.value
    return e.kind, e.msg, e.lineno


def compile_error(space, source):
    """The error of any compilation phase (parser, scopes, code generation)."""
    with pytest.raises(CompileError) as excinfo:
        compile_source(space, source, '<test>')
    e = excinfo.value
    return e.kind, e.msg, e.lineno


# --- the dump helper itself -----------------------------------------------------------

def test_dump_visits_every_node_class():
    # every node class has a visit method in the dumper, so no test silently falls
    # back on ASTVisitor.visit_default
    for name, _ in ast.EXPRS + ast.STMTS:
        assert 'visit_' + name in Dumper.__dict__, name


@pytest.mark.parametrize('source, tree', [
    ('(x := 1)', '(x := 1)'),
    ('f(y := g(), 2)', 'f((y := g()), 2)'),
    ('[a := 1, *b]', '[(a := 1), *b]'),
    ('def f():\n    x = yield\n    yield a, b\n    yield from g()',
     'def f():\n  x = (yield)\n  (yield Tuple(a, b))\n  (yield from g())'),
])
def test_named_and_yield_expressions(source, tree):
    assert dump(source + "\n") == tree


def test_default_visit_raises():
    with pytest.raises(NotImplementedError):
        ast.Name('x', 1, 0).accept(ast.ASTVisitor())


# --- expressions: precedence and associativity ----------------------------------------------

@pytest.mark.parametrize('source, expected', [
    ('a - b - c', '((a - b) - c)'),
    ('a / b * c // d % e', '((((a / b) * c) // d) % e)'),
    ('2 ** 3 ** 2', '(2 ** (3 ** 2))'),
    ('-x ** 2', '(-(x ** 2))'),
    ('a ** -b', '(a ** (-b))'),
    ('-a * b', '((-a) * b)'),
    ('+-~x', '(+(-(~x)))'),
    ('a + b * c', '(a + (b * c))'),
    ('(a + b) * c', '((a + b) * c)'),
    ('a | b ^ c & d << e + f * g', '(a | (b ^ (c & (d << (e + (f * g))))))'),
    ('a >> b << c', '((a >> b) << c)'),
    ('a @ b', '(a @ b)'),
    ('not a == b', '(not (a == b))'),
    ('not not a', '(not (not a))'),
    ('not a and b', '((not a) and b)'),
    ('a or b and c', '(a or (b and c))'),
    ('a and b or c', '((a and b) or c)'),
    ('a or b or c', '(a or b or c)'),
    ('a + 1 < b * 2', '((a + 1) < (b * 2))'),
    ('a < b <= c != d', '(a < b <= c != d)'),
    ('a in b not in c is d is not e', '(a in b not in c is d is not e)'),
    ('a == b == c', '(a == b == c)'),
])
def test_operator_precedence(source, expected):
    assert dump_expr(source) == expected


@pytest.mark.parametrize('source, expected', [
    ('a if b else c', '(a if b else c)'),
    ('a if b else c if d else e', '(a if b else (c if d else e))'),
    ('a or b if c and d else e', '((a or b) if (c and d) else e)'),
    ('lambda: 0', '(lambda: 0)'),
    ('lambda x: x if x else y', '(lambda x: (x if x else y))'),
    ('a if b else lambda: c', '(a if b else (lambda: c))'),
    ('lambda x, y=1, *a, z, w=2, **k: x', '(lambda x, y=1, *a, z, w=2, **k: x)'),
    ('lambda *, k: k', '(lambda *, k: k)'),
])
def test_conditional_expressions_and_lambda(source, expected):
    assert dump_expr(source) == expected


@pytest.mark.parametrize('source, expected', [
    ('f()', 'f()'),
    ('f(a, b=1, *c, **d)', 'f(a, *c, b=1, **d)'),
    ('f(*a, *b, k=1, **c, **d)', 'f(*a, *b, k=1, **c, **d)'),
    ('f(a,)', 'f(a)'),
    ('f()()', 'f()()'),
    ('f(x for x in y)', 'f(Gen(x for x in y))'),
    ('a.b.c', 'a.b.c'),
    ('a.b(c).d[e]', 'a.b(c).d[e]'),
    ('a[i][j]', 'a[i][j]'),
    ('a[1:2]', 'a[1:2]'),
    ('a[:]', 'a[:]'),
    ('a[::2]', 'a[::2]'),
    ('a[1:]', 'a[1:]'),
    ('a[:-1]', 'a[:(-1)]'),
    ('a[x:y:z]', 'a[x:y:z]'),
    ('a[1:2, 3]', 'a[Tuple(1:2, 3)]'),
    ('a[i,]', 'a[Tuple(i)]'),
])
def test_calls_attributes_subscripts(source, expected):
    assert dump_expr(source) == expected


@pytest.mark.parametrize('source, expected', [
    ('(a)', 'a'),
    ('((a))', 'a'),
    ('(a,)', 'Tuple(a)'),
    ('a,', 'Tuple(a)'),
    ('a, b', 'Tuple(a, b)'),
    ('()', 'Tuple()'),
    ('(a, b,)', 'Tuple(a, b)'),
    ('[]', '[]'),
    ('[a, b,]', '[a, b]'),
    ('[*a, b]', '[*a, b]'),
    ('{}', '{}'),
    ('{1: 2, **d,}', '{1: 2, **d}'),
    ('{1, 2}', 'Set(1, 2)'),
])
def test_tuples_lists_dicts(source, expected):
    assert dump_expr(source) == expected


@pytest.mark.parametrize('source, expected', [
    ('[x * y for x in r if x for y in s]', 'ListComp((x * y) for x in r if x for y in s)'),
    ('[x for x in y if a if b]', 'ListComp(x for x in y if a if b)'),
    ('{k: v for k, v in items}', 'DictComp(k: v for Tuple(k, v) in items)'),
    ('{x for x in y}', 'SetComp(x for x in y)'),
    ('(x for x in y)', 'Gen(x for x in y)'),
    ('[x for x in a or b if (lambda: 1)]', 'ListComp(x for x in (a or b) if (lambda: 1))'),
])
def test_comprehensions(source, expected):
    assert dump_expr(source) == expected


@pytest.mark.parametrize('source, expected', [
    ('1_000', '1000'),
    ('0XFF', '0xff'),
    ('0o17', '0o17'),
    ('1.5e3', '1.5e3'),
    ('1_0.5', '10.5'),
    ('...', '...'),
    ('None', 'None'),
    ('True', 'True'),
    ('False', 'False'),
    ("'a' 'b' \"c\"", "'abc'"),
    ("'a'\\\n'b'", "'ab'"),
])
def test_constants(source, expected):
    assert dump_expr(source) == expected


def test_constant_kinds():
    kinds = [parse(src).body[0].value.kind
             for src in ['1\n', '1.0\n', '1e3\n', "'s'\n", 'None\n', 'True\n', 'False\n',
                         '...\n', '0x10\n']]
    assert kinds == ['int', 'float', 'float', 'str', 'none', 'true', 'false', 'ellipsis',
                     'int']


@pytest.mark.parametrize('source, expected', [
    ("f'x{y}z'", "f('x', {y}, 'z')"),
    ("f'{y!r:>{w}}'", "f({y!r:f('>', {w})})"),
    ("f'{a=}'", "f('a=', {a!r})"),
    ("f'{a = !s}'", "f('a = ', {a!s})"),
    ("f'{{x}}'", "f('{x}')"),
    ("'a' f'{b}' 'c'", "f('a', {b}, 'c')"),
    ("f'{x[\"k\"]:.2f}'", "f({x['k']:f('.2f')})"),
    ("f'{a + b}'", "f({(a + b)})"),
])
def test_fstrings(source, expected):
    assert dump_expr(source) == expected


# --- statements -----------------------------------------------------------------------

def test_assignments():
    assert stmts('x = y = 1\n'
                 'a, b = c\n'
                 '(a, b), [c, *d] = e\n'
                 'a.b, c[0] = 1, 2\n'
                 'x, = y\n'
                 '*a, b = c\n') == [
        'x = y = 1',
        'Tuple(a, b) = c',
        'Tuple(Tuple(a, b), [c, *d]) = e',
        'Tuple(a.b, c[0]) = Tuple(1, 2)',
        'Tuple(x) = y',
        'Tuple(*a, b) = c']


def test_augmented_and_annotated_assignment():
    assert stmts('x += 1\nx **= 2\nx //= 3\na.b >>= c\nd[0] @= e\nx: int = 5\ny: str\n') == [
        'x += 1', 'x **= 2', 'x //= 3', 'a.b >>= c', 'd[0] @= e', 'x: int = 5', 'y: str']


def test_augassign_op_field():
    ops = [parse('x %s 1\n' % o).body[0].op
           for o in ['+=', '-=', '*=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=',
                     '^=']]
    assert ops == ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^']


def test_if_elif_else():
    assert stmts('if a:\n    x\nelif b:\n    y\nelif c: z\nelse:\n    w\n') == [
        'if a:', '  x', 'else:', '  if b:', '    y', '  else:', '    if c:', '      z',
        '    else:', '      w']


def test_while_and_for_with_else():
    assert stmts('while x:\n    break\nelse:\n    continue\n'
                 'for i, j in k, l:\n    pass\nelse:\n    pass\n') == [
        'while x:', '  break', 'else:', '  continue',
        'for Tuple(i, j) in Tuple(k, l):', '  pass', 'else:', '  pass']


def test_for_targets():
    assert stmts('for x in y: pass\nfor a.b in c: pass\nfor (a, b), c in d: pass\n') == [
        'for x in y:', '  pass', 'for a.b in c:', '  pass',
        'for Tuple(Tuple(a, b), c) in d:', '  pass']


def test_try_except_else_finally():
    source = ('try:\n    a\n'
              'except (E, F) as e:\n    b\n'
              'except G:\n    c\n'
              'except:\n    d\n'
              'else:\n    e\n'
              'finally:\n    f\n'
              'try:\n    pass\nfinally:\n    pass\n')
    assert stmts(source) == [
        'try:', '  a', 'except Tuple(E, F) as e:', '  b', 'except G:', '  c', 'except:',
        '  d', 'else:', '  e', 'finally:', '  f',
        'try:', '  pass', 'finally:', '  pass']


def test_function_definitions():
    source = ('def f(a, b=1, *args, c, d=2, **kw):\n    return a, b\n'
              'def g(*, a): return\n'
              'def h(a, /, b): pass\n'
              'def k(x: int, *y: str, **z: bool) -> None: pass\n')
    assert stmts(source) == [
        'def f(a, b=1, *args, c, d=2, **kw):', '  return Tuple(a, b)',
        'def g(*, a):', '  return',
        'def h(a, b):', '  pass',
        'def k(x, *y, **z):', '  pass']


def test_function_arguments_fields():
    node = parse('def f(a, b=1, *args, c, d=2, **kw): pass\n').body[0]
    args = node.args
    assert node.name == 'f'
    assert args.args == ['a', 'b']
    assert [d.value for d in args.defaults] == ['1']
    assert args.vararg == 'args'
    assert args.kwonlyargs == ['c', 'd']
    assert args.kw_defaults[0] is None
    assert args.kw_defaults[1].value == '2'
    assert args.kwarg == 'kw'


def test_class_definitions_and_decorators():
    source = ('@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    x = 1\n'
              'class D: pass\n'
              '@staticmethod\ndef f(): pass\n')
    assert stmts(source) == [
        '@dec', '@dec2(1)', 'class C(B, metaclass=M):', '  x = 1',
        'class D():', '  pass',
        '@staticmethod', 'def f():', '  pass']


def test_simple_statements():
    source = ('global a, b\nnonlocal c\ndel a, b[0], c.d\nassert x, "msg"\nassert y\n'
              'raise\nraise E\nraise E(1) from None\npass\nreturn\nreturn *a, b\n')
    assert stmts(source) == [
        'global a, b', 'nonlocal c', 'del a, b[0], c.d', "assert x, 'msg'", 'assert y',
        'raise', 'raise E', 'raise E(1) from None', 'pass', 'return', 'return Tuple(*a, b)']


def test_imports():
    source = ('import a.b.c as d, e\nfrom . import x\nfrom ..m import (a as b, c,)\n'
              'from m import *\n')
    assert stmts(source) == [
        'import a.b.c as d, e', 'from . import x', 'from ..m import a as b, c',
        'from m import *']


def test_import_from_fields():
    node = parse('from ...pkg.mod import name as alias\n').body[0]
    assert (node.module, node.level) == ('pkg.mod', 3)
    assert [(a.name, a.asname) for a in node.names] == [('name', 'alias')]


def test_with_statement():
    assert stmts('with a as b, c:\n    pass\nwith f() as (x, y): pass\n') == [
        'with a as b, c:', '  pass', 'with f() as Tuple(x, y):', '  pass']


def test_semicolons_split_simple_statements():
    assert stmts('x = 1; y = 2;\nif a: b; c\n') == ['x = 1', 'y = 2', 'if a:', '  b', '  c']


def test_module_body_skips_blank_lines_and_comments():
    module = parse('\n# comment\n\nx\n\n\ny\n')
    assert isinstance(module, ast.Module)
    assert [s.lineno for s in module.body] == [4, 7]


# --- positions ---------------------------------------------------------------------------

def test_expression_positions_follow_cpython():
    # CPython: a BinOp, Call, Attribute or Subscript starts where its left part starts,
    # at the '(' of a parenthesized left part; it ends where its last token ends (the
    # values of CPython 3.11's ast, end_col_offset included)
    expr = parse('x = (a +\n     b) * f(c).d[0]\n').body[0].value
    assert isinstance(expr, ast.BinOp)
    assert (expr.lineno, expr.col, expr.end_lineno, expr.end_col) == (1, 4, 2, 19)
    assert (expr.left.lineno, expr.left.col, expr.left.end_lineno, expr.left.end_col) == \
        (1, 5, 2, 6)
    right = expr.right
    assert isinstance(right, ast.Subscript)
    assert (right.lineno, right.col) == (2, 10)
    assert (right.value.lineno, right.value.col) == (2, 10)
    assert (expr.left.right.lineno, expr.left.right.col) == (2, 5)


def test_statement_positions():
    module = parse('if a:\n    pass\nelif b:\n    x = 1\n@d\ndef f():\n  return 2\n')
    if_stmt = module.body[0]
    elif_stmt = if_stmt.orelse[0]
    assert (if_stmt.lineno, elif_stmt.lineno, elif_stmt.col) == (1, 3, 0)
    assert (elif_stmt.body[0].lineno, elif_stmt.body[0].col) == (4, 4)
    func = module.body[1]
    assert (func.lineno, func.col) == (6, 0)       # the 'def' line, as CPython 3.8+
    assert (func.body[0].lineno, func.body[0].col) == (7, 2)


# --- syntax errors ------------------------------------------------------------------------

@pytest.mark.parametrize('source, expected', [
    ('a b\n', ('SyntaxError', 'invalid syntax', 1)),
    ('x = 1 +\n', ('SyntaxError', 'invalid syntax', 1)),
    ('x = 1\nx = 5 +* 3\n', ('SyntaxError', 'invalid syntax', 2)),
    ('import\n', ('SyntaxError', 'invalid syntax', 1)),
    ('else: pass\n', ('SyntaxError', 'invalid syntax', 1)),
    ('if x\n    pass\n', ('SyntaxError', "expected ':'", 1)),
    ('x = 1\nwhile x\n    pass\n', ('SyntaxError', "expected ':'", 2)),
    ('class C\n    pass\n', ('SyntaxError', "expected ':'", 1)),
    ('def f()\n    pass\n', ('SyntaxError', "expected ':'", 1)),
    ('if x:\npass\n', ('IndentationError',
                       "expected an indented block after 'if' statement on line 1", 2)),
    ('if x:\n    pass\nelif y:\nz\n',
     ('IndentationError', "expected an indented block after 'elif' statement on line 3", 4)),
    ('def f():\nreturn 1\n',
     ('IndentationError', 'expected an indented block after function definition on line 1',
      2)),
    ('class C:\nz\n',
     ('IndentationError', 'expected an indented block after class definition on line 1', 2)),
    ('try:\n    pass\nexcept E:\nz\n',
     ('IndentationError', "expected an indented block after 'except' statement on line 3",
      4)),
    ('x = 1\n    y = 2\n', ('IndentationError', 'unexpected indent', 2)),
    ('try:\n    pass\nx = 1\n', ('SyntaxError', "expected 'except' or 'finally' block", 3)),
    ('x = a if b\n', ('SyntaxError', "expected 'else' after 'if' expression", 1)),
    ('1 = x\n', ('SyntaxError',
                 "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1)),
    ('f() = 3\n', ('SyntaxError', "cannot assign to function call here. Maybe you meant "
                   "'==' instead of '='?", 1)),
    ('x + 1 = 2\n', ('SyntaxError', "cannot assign to expression here. Maybe you meant '==' "
                     "instead of '='?", 1)),
    ('{} = 1\n', ('SyntaxError', "cannot assign to dict literal here. Maybe you meant '==' "
                  "instead of '='?", 1)),
    ('f() += 1\n', ('SyntaxError',
                    "'function call' is an illegal expression for augmented assignment", 1)),
    ('a, b += 1\n', ('SyntaxError', "'tuple' is an illegal expression for augmented "
                     "assignment", 1)),
    ('def f(a=1, b):\n    pass\n',
     ('SyntaxError', 'non-default argument follows default argument', 1)),
    ('def f(a, a):\n    pass\n',
     ('SyntaxError', "duplicate argument 'a' in function definition", 1)),
    ('def f(a, *b, *c): pass\n', ('SyntaxError', '* argument may appear only once', 1)),
    ('f(a=1, 2)\n', ('SyntaxError', 'positional argument follows keyword argument', 1)),
    ('f(**k, 2)\n',
     ('SyntaxError', 'positional argument follows keyword argument unpacking', 1)),
    ('try:\n    pass\nexcept E, F:\n    pass\n',
     ('SyntaxError', 'multiple exception types must be parenthesized', 3)),
    ('x = 0777\n', ('SyntaxError', 'leading zeros in decimal integer literals are not '
                    'permitted; use an 0o prefix for octal integers', 1)),
    ("x = f'{}'\n", ('SyntaxError', 'f-string: empty expression not allowed', 1)),
    ("x = f'{a!x}'\n", ('SyntaxError', "f-string: invalid conversion character: expected "
                        "'s', 'r', or 'a'", 1)),
    ("x = f'}'\n", ('SyntaxError', "f-string: single '}' is not allowed", 1)),
])
def test_parser_errors_match_cpython(source, expected):
    assert parse_error(source) == expected


@pytest.mark.parametrize('source, expected', [
    ('return 1\n', ('SyntaxError', "'return' outside function", 1)),
    ('class C:\n    return 1\n', ('SyntaxError', "'return' outside function", 2)),
    ('def f():\n    pass\nbreak\n', ('SyntaxError', "'break' outside loop", 3)),
    ('for x in y:\n    def g():\n        break\n', ('SyntaxError', "'break' outside loop", 3)),
    ('nonlocal x\n', ('SyntaxError', 'nonlocal declaration not allowed at module level', 1)),
    ('def f():\n    nonlocal y\n', ('SyntaxError', "no binding for nonlocal 'y' found", 2)),
    ('def f(x):\n    global x\n', ('SyntaxError', "name 'x' is parameter and global", 2)),
    ('def f():\n    x = 1\n    global x\n',
     ('SyntaxError', "name 'x' is assigned to before global declaration", 3)),
    ('def f():\n    x = 1\n    nonlocal x\n',
     ('SyntaxError', "name 'x' is assigned to before nonlocal declaration", 3)),
    ('def f():\n    print(x)\n    global x\n',
     ('SyntaxError', "name 'x' is used prior to global declaration", 3)),
    ('def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n',
     ('SyntaxError', "name 'x' is nonlocal and global", 5)),
    ('def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n',
     ('SyntaxError', "name 'x' is nonlocal and global", 5)),
    ('f"{x:{y:{z}}}"\n', ('SyntaxError', 'f-string: expressions nested too deeply', 1)),
    ('f(a=1, a=2)\n', ('SyntaxError', 'keyword argument repeated: a', 1)),
    ('try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n',
     ('SyntaxError', "default 'except:' must be last", 3)),
    ('a, *b, *c = d\n', ('SyntaxError', 'multiple starred expressions in assignment', 1)),
    ('*a = b\n', ('SyntaxError', 'starred assignment target must be in a list or tuple', 1)),
    ('x = *a\n', ('SyntaxError', "can't use starred expression here", 1)),
])
def test_compile_errors_match_cpython(space, source, expected):
    assert compile_error(space, source) == expected


def test_error_columns_match_cpython():
    # CompileError.col is 0-based; these agree with CPython's offset - 1
    for source, col in [('a b\n', 2), ('x = 1 +\n', 7), ('if x\n    pass\n', 4),
                        ('1 = x\n', 0), ('def f(a=1, b):\n    pass\n', 11),
                        ('def f(a, a):\n    pass\n', 9), ('f(**k, 2)\n', 8)]:
        with pytest.raises(CompileError) as excinfo:
            parse(source)
        assert excinfo.value.col == col, source


def test_async_generators_compile_as_cpython(space):
    from gclab.interp.pycode import CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR
    code = compile_source(space, 'async def f():\n    yield 1\n'
                                 'def g(y):\n    return (await x for x in y)\n'
                                 'async def h(y):\n    return [x async for x in y]\n', '<t>')
    flags = dict((c.name, c.flags) for c in code.all_code())
    assert flags['f'] & CO_ASYNC_GENERATOR and not flags['f'] & CO_COROUTINE
    assert flags['<genexpr>'] & CO_ASYNC_GENERATOR and not flags['<genexpr>'] & CO_GENERATOR
    assert flags['<listcomp>'] & CO_COROUTINE
    assert not flags['g'] & (CO_ASYNC_GENERATOR | CO_COROUTINE | CO_GENERATOR)
    assert compile_error(space, 'async def f():\n    yield 1\n    return 2\n') == (
        'SyntaxError', "'return' with value in async generator", 3)


@pytest.mark.parametrize('source, tree', [
    ('async def f(a):\n    return await g(a) ** 2\n',
     'async def f(a):\n  return ((await g(a)) ** 2)'),
    ('async def f():\n    x = -await a.b[c]()\n', 'async def f():\n  x = (-(await a.b[c]()))'),
    ('@d\nasync def f():\n    async for x in y:\n        pass\n    else:\n        pass\n',
     '@d\nasync def f():\n  async for x in y:\n    pass\n  else:\n    pass'),
    ('async def f():\n    async with a as b, c:\n        pass\n',
     'async def f():\n  async with a as b, c:\n    pass'),
    ('async def f():\n    return [x async for x in y if await x for z in x]\n',
     'async def f():\n  return ListComp(x async for x in y if (await x) for z in x)'),
    ('def f():\n    await = 1\n', None),
])
def test_async_statements_and_await(source, tree):
    if tree is None:
        assert parse_error(source) == ('SyntaxError', 'invalid syntax', 2)
    else:
        assert dump(source) == tree


def test_async_statement_positions_are_the_async_keywords():
    module = parse('if 1:\n    pass\nasync def f():\n    async  with a:\n        pass\n')
    f = module.body[1]
    assert (f.is_async, f.lineno, f.col) == (True, 3, 0)
    w = f.body[0]
    assert (w.is_async, w.lineno, w.col) == (True, 4, 4)


@pytest.mark.parametrize('source, expected', [
    ('await x\n', ('SyntaxError', "'await' outside function", 1)),
    ('def f():\n    await x\n', ('SyntaxError', "'await' outside async function", 2)),
    ('async def f():\n    g = lambda: await x\n',
     ('SyntaxError', "'await' outside async function", 2)),
    ('def f():\n    async with a:\n        pass\n',
     ('SyntaxError', "'async with' outside async function", 2)),
    ('async for a in b:\n    pass\n', ('SyntaxError', "'async for' outside async function", 1)),
    ('def f():\n    return [x async for x in y]\n',
     ('SyntaxError', 'asynchronous comprehension outside of an asynchronous function', 2)),
    ('def f():\n    return [await x for x in y]\n',
     ('SyntaxError', 'asynchronous comprehension outside of an asynchronous function', 2)),
    ('async def f():\n    yield from x\n', ('SyntaxError', "'yield from' inside async function", 2)),
    ('async def f():\n    await x = 1\n', ('SyntaxError', "cannot assign to await expression "
                                              "here. Maybe you meant '==' instead of '='?", 2)),
])
def test_async_compile_errors_match_cpython(space, source, expected):
    assert compile_error(space, source) == expected


def test_match_statement_parses():
    module = parse('x = 1\nmatch x:\n    case 1 | -2:\n        pass\n'
                   '    case [a, *rest] if a:\n        pass\n'
                   "    case {'k': v, **kw}:\n        pass\n"
                   '    case P(0, y=(q as z)) | P(q, y=z):\n        pass\n'
                   '    case m.CONST:\n        pass\n'
                   '    case _:\n        pass\n')
    node = module.body[1]
    assert isinstance(node, ast.Match)
    assert len(node.cases) == 6
    p0 = node.cases[0].pattern
    assert isinstance(p0, ast.MatchOr) and len(p0.patterns) == 2
    p1 = node.cases[1].pattern
    assert isinstance(p1, ast.MatchSequence) and node.cases[1].guard is not None
    assert isinstance(p1.patterns[1], ast.MatchStar) and p1.patterns[1].name == 'rest'
    p2 = node.cases[2].pattern
    assert isinstance(p2, ast.MatchMapping) and p2.rest == 'kw'
    p3 = node.cases[3].pattern.patterns[0]
    assert isinstance(p3, ast.MatchClass) and p3.kwd_attrs == ['y']
    assert isinstance(p3.kwd_patterns[0], ast.MatchAs)
    assert isinstance(node.cases[4].pattern, ast.MatchValue)
    last = node.cases[5].pattern
    assert isinstance(last, ast.MatchAs) and last.name is None and last.pattern is None
    # a tuple subject and an open sequence pattern
    node = parse('match a, *b:\n    case x, y:\n        pass\n').body[0]
    assert isinstance(node.subject, ast.TupleExpr)
    assert isinstance(node.cases[0].pattern, ast.MatchSequence)


def test_match_dump():
    assert stmts('match a, b:\n    case (1 | -2) as n if n:\n        pass\n'
                 "    case [x, *_] | (x, {'k': None, **r}):\n        pass\n"
                 '    case p.Q(1, y=[]):\n        pass\n') == [
        'match Tuple(a, b):',
        '  case ((1 | (-2)) as n) if n:',
        '    pass',
        "  case ([x, *_] | [x, {'k': None, **r}]):",
        '    pass',
        '  case p.Q(1, y=[]):',
        '    pass']


def test_match_soft_keywords_stay_names():
    # `match`, `case` and `_` stay ordinary names everywhere else (soft keywords)
    parse('match = 3\nmatch(match)\nmatch: int = 4\nmatch[0] = match.x\n'
          'def match(a, b): return a\ncase = 1\n_ = case\nprint(match, case, _)\n'
          'match.y = lambda: 0\n')
    node = parse('match match:\n    case case:\n        pass\n').body[0]
    assert isinstance(node, ast.Match)
    assert node.cases[0].pattern.name == 'case'


@pytest.mark.parametrize('source, expected', [
    ('match x:\n    case f"a":\n        pass\n',
     ('SyntaxError', 'patterns may only match literals and attribute lookups', 2)),
    ('match x:\n    case C(a=1, 2):\n        pass\n',
     ('SyntaxError', 'positional patterns follow keyword patterns', 2)),
    ('match x:\n    case 1 as _:\n        pass\n',
     ('SyntaxError', "cannot use '_' as a target", 2)),
    ('match x:\n    case {**_}:\n        pass\n', ('SyntaxError', 'invalid syntax', 2)),
    ('match x:\nx = 1\n', ('IndentationError',
                           "expected an indented block after 'match' statement on line 1", 2)),
])
def test_match_parser_errors_match_cpython(source, expected):
    assert parse_error(source) == expected


@pytest.mark.parametrize('source, expected', [
    ('match x:\n    case a:\n        pass\n    case 1:\n        pass\n',
     ('SyntaxError', "name capture 'a' makes remaining patterns unreachable", 2)),
    ('match x:\n    case _:\n        pass\n    case 1:\n        pass\n',
     ('SyntaxError', 'wildcard makes remaining patterns unreachable', 2)),
    ('match x:\n    case a | 1:\n        pass\n',
     ('SyntaxError', "name capture 'a' makes remaining patterns unreachable", 2)),
    ('match x:\n    case [a, a]:\n        pass\n',
     ('SyntaxError', "multiple assignments to name 'a' in pattern", 2)),
    ('match x:\n    case [a] | [b]:\n        pass\n',
     ('SyntaxError', 'alternative patterns bind different names', 2)),
    ('match x:\n    case C(a=1, a=2):\n        pass\n',
     ('SyntaxError', 'attribute name repeated in class pattern: a', 2)),
    ('match x:\n    case [*a, *b]:\n        pass\n',
     ('SyntaxError', 'multiple starred names in sequence pattern', 2)),
    ("match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
     ('SyntaxError', "mapping pattern checks duplicate key ('a')", 2)),
])
def test_match_compile_errors_match_cpython(space, source, expected):
    assert compile_error(space, source) == expected


def test_match_irrefutable_allowed_with_guard_or_last():
    compile_source(ObjSpace('untranslated'),
                   'match x:\n    case a if a:\n        pass\n    case [b] | b:\n'
                   '        pass\n', '<t>')


# CPython 3.11 adds "here. Maybe you meant '==' instead of '='?" only when the bad target
# is a plain operand (not None/True/False, not inside a tuple or list, not followed by
# another '=', not a comparison, boolean operation, conditional expression or lambda).
@pytest.mark.parametrize('source, msg', [
    ('None = 1\n', 'cannot assign to None'),
    ('True = 1\n', 'cannot assign to True'),
    ('(a, 1) = t\n', 'cannot assign to literal'),
    ('[a, f()] = t\n', 'cannot assign to function call'),
    ('x = 1 = 2\n', 'cannot assign to literal'),
    ('a < b = 3\n', 'cannot assign to comparison'),
    ('a and b = 1\n', 'cannot assign to expression'),
    ('a if b else c = 1\n', 'cannot assign to conditional expression'),
    ('lambda: 1 = 1\n', 'cannot assign to lambda'),
])
def test_assignment_target_messages(source, msg):
    assert parse_error(source)[1] == msg


def test_continue_outside_loop(space):
    assert compile_error(space, 'continue\n') == (
        'SyntaxError', "'continue' not properly in loop", 1)


def test_cannot_delete_messages(space):
    assert compile_error(space, 'del 1\n')[1] == 'cannot delete literal'
    assert compile_error(space, 'del f()\n')[1] == 'cannot delete function call'


def test_for_target_literal(space):
    assert compile_error(space, 'for 1 in x: pass\n')[1] == 'cannot assign to literal'


def test_bare_star_without_named_arguments():
    assert parse_error('def f(*, **k): pass\n') == (
        'SyntaxError', 'named arguments must follow bare *', 1)


def test_star_after_double_star_argument():
    assert parse_error('f(**a, *b)\n') == (
        'SyntaxError', 'iterable argument unpacking follows keyword argument unpacking', 1)


def test_unparenthesized_generator_argument():
    assert parse_error('f(x for x in y, 1)\n') == (
        'SyntaxError', 'Generator expression must be parenthesized', 1)


@pytest.mark.parametrize('source, msg', [
    ('print "a"\n', "Missing parentheses in call to 'print'. Did you mean print(...)?"),
    ('def f(**k, a): pass\n', 'arguments cannot follow var-keyword argument'),
])
def test_specialised_invalid_syntax_messages(source, msg):
    assert parse_error(source)[1] == msg


@pytest.mark.parametrize('source, msg, col', [
    # (col: CPython's offset - 1)
    ('x = {1: 2, 3}\n', "':' expected after dictionary key", 11),
    ('x = {1: 2, x\n}\n', "':' expected after dictionary key", 11),
    ('x = {1: 2, f(x)}\n', "':' expected after dictionary key", 14),
    ('{1:}\n', "expression expected after dictionary key and ':'", 2),
    ('{1: 2, 3: *a}\n', 'cannot use a starred expression in a dictionary value', 10),
    ('x = (1 2)\n', 'invalid syntax. Perhaps you forgot a comma?', 5),
    ('f(a, b c)\n', 'invalid syntax. Perhaps you forgot a comma?', 5),
    ("x = {'a': 1 'b': 2}\n", 'invalid syntax. Perhaps you forgot a comma?', 10),
    ('[lambda: 1 2]\n', 'invalid syntax. Perhaps you forgot a comma?', 9),
    ('x = (yield a b)\n', 'invalid syntax. Perhaps you forgot a comma?', 11),
    ('x = (1,\n 2\n 3)\n', 'invalid syntax. Perhaps you forgot a comma?', 1),
    ('[print 1]\n', "Missing parentheses in call to 'print'. Did you mean print(...)?", 1),
    ('if x = 1:\n    pass\n', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
     3),
    ('while (x = 1):\n    pass\n',
     "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 7),
    ('if x.y = 1:\n    pass\n',
     "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 3),
    ('def f x:\n    pass\n', "expected '('", 6),
    ('def f() x:\n    pass\n', "expected ':'", 8),
    ('try x:\n    pass\n', "expected ':'", 4),
    ('del a, *b\n', 'cannot delete starred', 7),
    ("x = f'{'\n", "f-string: expecting '}'", 8),
    ("x = (f'}' 'a')\n", "f-string: single '}' is not allowed", 13),
    ("f'{!r}'\n", "f-string: expression required before '!'", 7),
    ("f'{a)}'\n", "f-string: unmatched ')'", 7),
    ("f'{a b}'\n", 'f-string: invalid syntax. Perhaps you forgot a comma?', 1),
    ("x = 'ab\\x1'\n", "(unicode error) 'unicodeescape' codec can't decode bytes in "
     "position 2-4: truncated \\xXX escape", 11),
    ("x = b'\\x1' + 1\n", '(value error) invalid \\x escape at position 0', 11),
    ("x = '\\N{foo' 'a'\n", "(unicode error) 'unicodeescape' codec can't decode bytes in "
     "position 0-5: malformed \\N character escape", 16),
])
def test_specialised_syntax_errors(source, msg, col):
    """CPython 3.11's messages for common mistakes, and where it puts the caret."""
    with pytest.raises(CompileError) as excinfo:
        parse(source)
    assert (excinfo.value.msg, excinfo.value.col) == (msg, col)


@pytest.mark.parametrize('source', ['[_ 1]\n', '[a "s"]\n', '[x for x in y z]\n',
                                    '[a if b else c d]\n', 'def f(a b): pass\n',
                                    'if x = 1 = 2:\n    pass\n', 'f(x=y=1)\n',
                                    'assert x = 1\n', 'class C x:\n    pass\n',
                                    'f(a for a in b c)\n'])
def test_plain_invalid_syntax_where_cpython_has_no_better_message(source):
    assert parse_error(source)[1] == 'invalid syntax'


@pytest.mark.parametrize('source, msg, lineno, col', [
    ('def f(:\n    pass\n', 'invalid syntax', 1, 6),
    ('x = [1, 2\ny = 3\n', "'[' was never closed", 1, 4),
    ('x = [1, 2 3\n', "'[' was never closed", 1, 4),
    ('foo(1,\n 2,\n', "'(' was never closed", 1, 3),
    ('x = (1,\n2]\n', "closing parenthesis ']' does not match opening parenthesis '(' on "
     'line 1', 2, 1),
    ("x = '''abc\n", 'unterminated triple-quoted string literal (detected at line 1)', 1, 4),
    ("x = '''abc\ndef\n\n", 'unterminated triple-quoted string literal (detected at line 3)',
     1, 4),
    ("x = 1 +\ny = '\\x1'\n", 'invalid syntax', 1, 7),
])
def test_errors_at_the_end_of_input_and_brackets(source, msg, lineno, col):
    """As CPython, whose tokenizer runs as its parser asks: an unclosed bracket is
    reported when the parser reaches the end inside it or fails on a later line; a bad
    escape when the parser has passed the string."""
    with pytest.raises(CompileError) as excinfo:
        parse(source)
    e = excinfo.value
    assert (e.msg, e.lineno, e.col) == (msg, lineno, col)


@pytest.mark.parametrize('source, col', [
    ('f(a=1, 2)\n', 8),
    ('f(a=1, 2 + x)\n', 12),
    ('f(**a, 2, b)\n', 11),
    ('x = a if b\n', 4),
])
def test_error_columns_as_cpython(source, col):
    """A positional argument after a keyword argument: CPython points after the
    arguments; 'expected else': at the start of the expression."""
    with pytest.raises(CompileError) as excinfo:
        parse(source)
    assert excinfo.value.col == col


@pytest.mark.parametrize('source, msg, lineno, col', [
    ('__debug__ = 1\n', 'cannot assign to __debug__', 1, 0),
    ('del __debug__\n', 'cannot delete __debug__', 1, 4),
    ('del (a, __debug__)\n', 'cannot delete __debug__', 1, 8),
    ('def f(__debug__): pass\n', 'cannot assign to __debug__', 1, 0),
    ('def f(*, __debug__): pass\n', 'cannot assign to __debug__', 1, 0),
    ('def f(**__debug__): pass\n', 'cannot assign to __debug__', 1, 0),
    ('x = lambda __debug__: 1\n', 'cannot assign to __debug__', 1, 4),
    ('for __debug__ in x: pass\n', 'cannot assign to __debug__', 1, 4),
    ('x = f(__debug__=1)\n', 'cannot assign to __debug__', 1, 4),
    ('class C(__debug__=1): pass\n', 'cannot assign to __debug__', 1, 0),
    ('x.__debug__ = 1\n', 'cannot assign to __debug__', 1, 0),
    ('__debug__ += 1\n', 'cannot assign to __debug__', 1, 0),
    ('__debug__: int\n', 'cannot assign to __debug__', 1, 0),
    ('import x as __debug__\n', 'cannot assign to __debug__', 1, 0),
    ('with a as __debug__: pass\n', 'cannot assign to __debug__', 1, 10),
    ('(__debug__ := 1)\n', 'cannot assign to __debug__', 1, 1),
    ('x = [1 for __debug__ in y]\n', 'cannot assign to __debug__', 1, 11),
    ('try:\n    pass\nexcept E as __debug__:\n    pass\n', 'cannot assign to __debug__',
     3, 0),
    ('match x:\n    case [a, *__debug__]: pass\n', 'cannot assign to __debug__', 2, 13),
    ('def f():\n    global __debug__\n    __debug__ = 1\n', 'cannot assign to __debug__',
     3, 4),
])
def test_debug_cannot_be_bound(space, source, msg, lineno, col):
    with pytest.raises(CompileError) as excinfo:
        compile_source(space, source, '<test>')
    e = excinfo.value
    assert (e.msg, e.lineno, e.col) == (msg, lineno, col)


@pytest.mark.parametrize('source', ['x.__debug__ += 1\n', 'del x.__debug__\n',
                                    'print(__debug__)\n', 'global __debug__\n',
                                    'x = x.__debug__\n'])
def test_debug_may_be_read(space, source):
    compile_source(space, source, '<test>')


@pytest.mark.parametrize('source, col', [
    ('try:\n    pass\nexcept E, F:\n    pass\n', 7),
    ('try:\n    pass\nexcept* E, F:\n    pass\n', 8),
    ('try:\n    pass\nexcept* :\n    pass\n', 8),
    ('try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass\n', 0),
])
def test_except_error_columns(source, col):
    """As CPython 3.11: unparenthesized types at the first type; a bare except* at
    the ':'; except mixed with except* at the clause that differs."""
    with pytest.raises(CompileError) as excinfo:
        parse(source)
    assert excinfo.value.col == col


@pytest.mark.parametrize('source, col', [("x = b'a' 'b'\n", 12), ("x = 'a' b'b'\n", 12),
                                         ("x = f'a' b'b'\n", 13), ("x = (b'a' 'b')\n", 13),
                                         ("x = b'a' b'b' 'c'\n", 17)])
def test_bytes_and_str_literals_do_not_mix(source, col):
    """As CPython 3.11: the error is where the parser stands after the literals."""
    with pytest.raises(CompileError) as excinfo:
        parse(source)
    assert (excinfo.value.msg, excinfo.value.col) == ('cannot mix bytes and nonbytes '
                                                      'literals', col)


def test_adjacent_bytes_literals_concatenate():
    (stmt,) = parse("b'a' rb'\\n' B'c'\n").body
    assert (stmt.value.kind, stmt.value.value) == ('bytes', 'a\\nc')


# --- syntax errors that still differ from CPython (docs/language.md) --------------------

@pytest.mark.xfail(strict=True, raises=DID_NOT_RAISE,
                   reason='a backslash in an f-string replacement field is accepted '
                   '(the lexer has decoded the escape before the field is scanned)')
def test_backslash_in_fstring_field():
    assert parse_error("x = f'{\"\\t\"}'\n")[1] == \
        'f-string expression part cannot include a backslash'


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="an f-string field's expression is parsed as a whole: "
                   "'a = 1' gets the '==' guess, CPython's scanner expects '}'")
def test_fstring_field_with_assignment():
    assert parse_error("x = f'{a = 1}'\n")[1] == "f-string: expecting '}'"


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="':' expected after a triple-quoted dict key: the caret is at "
                   "the key's start, CPython's at its last character")
def test_dict_key_triple_quoted_caret():
    with pytest.raises(CompileError) as excinfo:
        parse("d = {1: 2, '''k'''}\n")
    assert excinfo.value.col == 17


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="'$' is invalid syntax where it stands, even after a bad "
                   "escape that CPython's parser reports first")
def test_bad_escape_before_dollar():
    assert parse_error("x = '\\x1' + $\n")[1].startswith('(unicode error)')


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason='__debug__ errors are found with the symbol table, before '
                   "the code generator's errors that come first in the source")
def test_debug_error_after_break_outside_loop(space):
    assert compile_error(space, 'break\n__debug__ = 1\n')[1] == "'break' outside loop"
