"""Syntax tree of gclab's Python subset.  Each node has lineno and col (0-based) and an
accept(visitor) method that calls visitor.visit_<ClassName>(node)."""


class Node(object):
    _attrs_ = ['lineno', 'col', 'end_lineno', 'end_col']
    lineno = 0
    col = 0
    # where an expression's text ends (the column after it), for the ~~~^^^ markers of
    # a traceback; -1 where the parser did not record it (statements, f-string fields)
    end_lineno = -1
    end_col = -1

    def accept(self, visitor):
        raise NotImplementedError


def _make(name, fields, base):
    """Create a node class with the given fields (a space-separated string)."""
    fieldnames = fields.split()

    # unrolled at import time: RPython needs a fixed __init__ per class
    src = 'def __init__(self, %s lineno, col):\n' % ''.join([f + ', ' for f in fieldnames])
    for f in fieldnames:
        src += '    self.%s = %s\n' % (f, f)
    src += '    self.lineno = lineno\n    self.col = col\n'
    src += 'def accept(self, visitor):\n    return visitor.visit_%s(self)\n' % name
    ns = {}
    exec(src, ns)
    cls = type(name, (base,), {'__init__': ns['__init__'], 'accept': ns['accept'],
                               '_attrs_': fieldnames, '_fields': fieldnames})
    globals()[name] = cls
    return cls


class Expr(Node):
    _attrs_ = []


class Stmt(Node):
    _attrs_ = []


EXPRS = [
    ('Name', 'name'),
    ('Constant', 'kind value'),         # kind: 'int', 'float', 'str', 'none', 'true', 'false', 'ellipsis'
    ('JoinedStr', 'values_w'),          # f-string: list of Expr (Constant str or FormattedValue)
    ('FormattedValue', 'value conversion format_spec'),   # format_spec: Expr or None
    ('BinOp', 'left op right'),
    ('UnaryOp', 'op operand'),
    ('BoolOp', 'op values'),            # op: 'and'/'or'
    ('Compare', 'left ops comparators'),
    ('Call', 'func args keywords'),     # args: list of Expr (Starred allowed), keywords: list of Keyword
    ('Attribute', 'value attr'),
    ('Subscript', 'value index'),
    ('Slice', 'lower upper step'),      # each may be None
    ('Starred', 'value'),
    ('ListExpr', 'elts'),
    ('TupleExpr', 'elts'),
    ('DictExpr', 'keys values'),        # key None means **value
    ('SetExpr', 'elts'),
    ('IfExp', 'test body orelse'),
    ('NamedExpr', 'target value'),      # target := value; target is a Name
    ('Lambda', 'args body'),
    ('ListComp', 'elt generators'),
    ('DictComp', 'key value generators'),
    ('SetComp', 'elt generators'),
    ('GeneratorExp', 'elt generators'),
    ('Yield', 'value'),                 # value may be None
    ('YieldFrom', 'value'),
    ('Await', 'value'),
]

STMTS = [
    ('ExprStmt', 'value'),
    ('Assign', 'targets value'),
    ('AugAssign', 'target op value'),
    ('AnnAssign', 'target annotation value'),
    ('If', 'test body orelse'),
    ('While', 'test body orelse'),
    ('For', 'target iter body orelse'),
    ('FunctionDef', 'name args body decorators bound'),   # bound: name mangled (below)
    ('ClassDef', 'name bases keywords body decorators bound'),
    # bound: the name the statement binds -- name, or name mangled when it is private
    # (`__x` in a class body: `_Class__x`, gclab.interp.parser.mangle); name is what
    # __name__ shows
    ('Return', 'value'),
    ('Pass', ''),
    ('Break', ''),
    ('Continue', ''),
    ('Global', 'names'),
    ('Nonlocal', 'names'),
    ('Delete', 'targets'),
    ('Import', 'names'),                # list of Alias
    ('ImportFrom', 'module names level'),
    ('Raise', 'exc cause'),
    ('Assert', 'test msg'),
    ('Try', 'body handlers orelse finalbody'),
    ('With', 'items body'),             # items: list of WithItem
    ('Match', 'subject cases'),         # cases: list of MatchCase
]


class Pattern(Node):
    _attrs_ = []


# the patterns of a match statement's cases (PEP 634), as CPython's ast names them
PATTERNS = [
    ('MatchValue', 'value'),                    # a literal or a dotted name: ==
    ('MatchSingleton', 'value'),                # a Constant None/True/False: is
    ('MatchSequence', 'patterns'),              # [a, *b] or (a, b)
    ('MatchMapping', 'keys patterns rest'),     # rest: the name of **rest or None
    ('MatchClass', 'cls patterns kwd_attrs kwd_patterns'),
    ('MatchStar', 'name'),                      # *name in a sequence; None for *_
    ('MatchAs', 'pattern name'),                # pattern None: a capture (name None: _)
    ('MatchOr', 'patterns'),
]

for _name, _fields in EXPRS:
    _make(_name, _fields, Expr)
for _name, _fields in STMTS:
    _make(_name, _fields, Stmt)
for _name, _fields in PATTERNS:
    _make(_name, _fields, Pattern)

_make('Keyword', 'arg value', Node)             # arg None means **value
_make('Comprehension', 'target iter ifs', Node)

# `async def`, `async for`, `async with` and `async for` in a comprehension: the node of
# the plain statement with is_async set (by the parser, after it is made)
for _cls in [FunctionDef, For, With, Comprehension]:
    _cls._attrs_ = _cls._attrs_ + ['is_async']
    _cls.is_async = False
# try/except* (PEP 654): the Try node with is_star set (by the parser)
Try._attrs_ = Try._attrs_ + ['is_star']
Try.is_star = False
_make('ExceptHandler', 'type name body', Node)
_make('Alias', 'name asname', Node)
_make('WithItem', 'context_expr optional_vars', Node)
_make('Module', 'body', Node)
_make('MatchCase', 'pattern guard body', Node)   # guard: Expr or None


class Arguments(object):
    """Parameters of a def or lambda."""

    def __init__(self, args, defaults, vararg, kwonlyargs, kw_defaults, kwarg):
        self.args = args                # list of names
        self.defaults = defaults        # list of Expr, for the last len(defaults) args
        self.vararg = vararg            # name or None
        self.kwonlyargs = kwonlyargs    # list of names
        self.kw_defaults = kw_defaults  # list of Expr or None, parallel to kwonlyargs
        self.kwarg = kwarg              # name or None
        self.posonlyargcount = 0        # the first args before a `/`
        self.ann_names = []             # the annotated parameters (and 'return'), in
        self.ann_values = []            # CPython's order, with their annotations


class ASTVisitor(object):
    """Base class of every tree visitor (RPython needs one class for accept's argument).
    Each visit_<Node> of the base raises; a visitor overrides what it handles."""

    def visit_default(self, node):
        raise NotImplementedError('no visitor method for this node')


def _add_default_visit(name):
    def visit(self, node):
        return self.visit_default(node)
    visit.__name__ = 'visit_' + name
    setattr(ASTVisitor, 'visit_' + name, visit)


for _name, _fields in EXPRS + STMTS + PATTERNS + [('MatchCase', ''), ('Keyword', ''), ('Comprehension', ''),
                                       ('ExceptHandler', ''), ('Alias', ''),
                                       ('WithItem', ''), ('Module', '')]:
    _add_default_visit(_name)
