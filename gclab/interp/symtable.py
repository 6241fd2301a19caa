"""Scope analysis: which names are local, global, cell or free in each scope (RPython)."""

from gclab.interp import ast
from gclab.interp.error import CompileError

MODULE = 0
FUNCTION = 1
CLASS = 2

# how a name is reached from inside one scope
SC_LOCAL = 0        # fast local of a function
SC_GLOBAL = 1       # module globals (then builtins)
SC_CELL = 2         # local of this function, captured by an inner function
SC_FREE = 3         # local of an enclosing function
SC_NAME = 4         # class body or module level: looked up by name

# what CPython calls each kind of comprehension in its error messages
COMPREHENSION_NAMES = {'<listcomp>': 'list comprehension',
                       '<setcomp>': 'set comprehension',
                       '<dictcomp>': 'dict comprehension',
                       '<genexpr>': 'generator expression'}


def forbidden_debug(node, what):
    """A binding or deletion of `__debug__` (a constant): CPython's SyntaxError, at the
    node CPython's compiler stands on."""
    raise CompileError('cannot %s __debug__' % what, node.lineno, node.col)


def check_delete_debug(target):
    if isinstance(target, ast.Name):
        if target.name == '__debug__':
            forbidden_debug(target, 'delete')
    elif isinstance(target, ast.TupleExpr):
        for e in target.elts:
            check_delete_debug(e)
    elif isinstance(target, ast.ListExpr):
        for e in target.elts:
            check_delete_debug(e)


def before(assigned):
    """CPython 3.11's wording: 'assigned to before' but 'used prior to'."""
    if assigned:
        return 'assigned to before'
    return 'used prior to'


class Scope(object):
    def __init__(self, name, kind, parent, lineno):
        self.name = name
        self.kind = kind
        self.parent = parent
        self.lineno = lineno
        self.params = []
        self.assigned = {}          # name -> None
        self.used = {}
        self.declared_global = {}
        self.declared_nonlocal = {}
        self.annotated = {}         # names of `name: annotation` statements
        self.cells = {}
        self.frees = {}
        self.children = []
        self.comprehension = False      # a comprehension's own scope
        self.generator = False          # a function with yield: calling it makes a generator
        self.coroutine = False          # an async def, or a comprehension in one that
                                        # awaits: calling it makes a coroutine
        self.needs_class_cell = False   # a method that calls super() without arguments
        self.has_class_cell = False     # a class body whose methods need __class__
        self.names_by_name = False      # module of exec/eval: LOAD_NAME, as class bodies

    def unlink(self):
        """Break the parent <-> children cycle once compiling is done, so that the
        refcount plans free the scopes (they cannot free cycles)."""
        self.parent = None
        self.children = []

    def is_local(self, name):
        return (name in self.assigned or name in self.params) and \
            name not in self.declared_global and name not in self.declared_nonlocal

    def lookup(self, name):
        if name in self.declared_global:
            return SC_GLOBAL
        if self.kind == FUNCTION:
            if name in self.cells:
                return SC_CELL
            if name in self.frees:
                return SC_FREE
            if self.is_local(name):
                return SC_LOCAL
            return SC_GLOBAL
        if self.kind == CLASS:
            if name in self.frees and not self.is_local(name):
                return SC_FREE
            return SC_NAME
        if self.names_by_name:
            return SC_NAME
        return SC_GLOBAL


class SymtableBuilder(ast.ASTVisitor):
    """Walks the tree once, recording names per scope; then resolves free variables."""

    def __init__(self):
        self.scopes = {}        # id of the defining node -> Scope (RPython: keyed by node)
        self.current = None
        self.in_comp_iter = False   # visiting a comprehension's iterable expression

    def build(self, module):
        top = Scope('<module>', MODULE, None, 1)
        self.scopes[module] = top
        self.current = top
        for stmt in module.body:
            self.visit(stmt)
        resolve(top)
        return self.scopes

    def visit(self, node):
        if node is not None:
            node.accept(self)

    def visit_list(self, nodes):
        for n in nodes:
            self.visit(n)

    def add_assigned(self, name, node):
        if name == '__debug__':
            forbidden_debug(node, 'assign to')
        scope = self.current
        if name in scope.declared_global and scope.kind != MODULE:
            pass
        scope.assigned[name] = None

    def add_used(self, name):
        self.current.used[name] = None

    def new_scope(self, node, name, kind, params, lineno):
        scope = Scope(name, kind, self.current, lineno)
        for p in params:
            scope.params.append(p)
        self.current.children.append(scope)
        self.scopes[node] = scope
        return scope

    def enter_function(self, node, name, args, body_stmts, body_expr, is_async=False):
        params = list(args.args)
        for p in args.kwonlyargs:
            params.append(p)
        if args.vararg is not None:
            params.append(args.vararg)
        if args.kwarg is not None:
            params.append(args.kwarg)
        for p in params:
            if p == '__debug__':
                forbidden_debug(node, 'assign to')
        # defaults are evaluated in the enclosing scope
        self.visit_list(args.defaults)
        for d in args.kw_defaults:
            self.visit(d)
        self.visit_list(args.ann_values)    # so are the annotations
        scope = self.new_scope(node, name, FUNCTION, params, node.lineno)
        scope.coroutine = is_async
        saved = self.current
        self.current = scope
        if body_stmts is not None:
            self.visit_list(body_stmts)
        if body_expr is not None:
            self.visit(body_expr)
        self.current = saved

    # --- statements ---------------------------------------------------------------
    def visit_FunctionDef(self, node):
        self.visit_list(node.decorators)
        self.add_assigned(node.bound, node)
        self.enter_function(node, node.name, node.args, node.body, None, node.is_async)

    def visit_ClassDef(self, node):
        self.visit_list(node.decorators)
        self.visit_list(node.bases)
        for kw in node.keywords:
            if kw.arg == '__debug__':
                forbidden_debug(node, 'assign to')
            self.visit(kw.value)
        self.add_assigned(node.bound, node)
        scope = self.new_scope(node, node.name, CLASS, [], node.lineno)
        saved = self.current
        self.current = scope
        self.visit_list(node.body)
        self.current = saved

    def visit_Lambda(self, node):
        self.enter_function(node, '<lambda>', node.args, None, node.body)

    def comprehension(self, node, name, generators, elts):
        # the first iterable is evaluated in the enclosing scope
        self.visit_comp_iter(generators[0].iter)
        scope = self.new_scope(node, name, FUNCTION, ['.0'], node.lineno)
        scope.comprehension = True
        saved = self.current
        self.current = scope
        for i in range(len(generators)):
            gen = generators[i]
            if gen.is_async:
                self.mark_async(gen, "'async for'")
            if i > 0:
                self.visit_comp_iter(gen.iter)
            self.visit_target(gen.target)
            self.visit_list(gen.ifs)
        self.visit_list(elts)
        self.current = saved

    def visit_comp_iter(self, node):
        saved = self.in_comp_iter
        self.in_comp_iter = True
        self.visit(node)
        self.in_comp_iter = saved

    def visit_ListComp(self, node):
        self.comprehension(node, '<listcomp>', node.generators, [node.elt])

    def visit_SetComp(self, node):
        self.comprehension(node, '<setcomp>', node.generators, [node.elt])

    def visit_DictComp(self, node):
        self.comprehension(node, '<dictcomp>', node.generators, [node.key, node.value])

    def visit_GeneratorExp(self, node):
        # evaluated eagerly, as a list comprehension (see the compiler)
        self.comprehension(node, '<genexpr>', node.generators, [node.elt])

    def visit_NamedExpr(self, node):
        """`name := value` binds name in the scope it is written in -- except in a
        comprehension, where it binds in the nearest enclosing scope that is not one
        (PEP 572): the comprehension then reaches it as a free variable, or as a global
        when that scope is the module."""
        if self.in_comp_iter:
            raise CompileError('assignment expression cannot be used in a comprehension '
                               'iterable expression', node.lineno, node.col)
        self.visit(node.value)
        target = node.target
        assert isinstance(target, ast.Name)
        name = target.name
        scope = self.current
        if not scope.comprehension:
            self.add_assigned(name, target)
            return
        owner = scope
        while owner.comprehension:
            if name in owner.assigned:
                raise CompileError("assignment expression cannot rebind comprehension "
                                   "iteration variable '%s'" % name, node.lineno,
                                   node.col)
            owner = owner.parent
        if owner.kind == CLASS:
            raise CompileError('assignment expression within a comprehension cannot be '
                               'used in a class body', node.lineno, node.col)
        global_in_owner = owner.kind == MODULE or name in owner.declared_global
        if not global_in_owner:
            owner.assigned[name] = None
        s = scope
        while s is not owner:
            if global_in_owner:
                s.declared_global[name] = None
            else:
                s.declared_nonlocal[name] = node.lineno
            s = s.parent

    def visit_Yield(self, node):
        self.mark_generator(node)       # (in an async def: an asynchronous generator)
        self.visit(node.value)

    def visit_YieldFrom(self, node):
        self.mark_generator(node)
        if self.current.coroutine:
            raise CompileError("'yield from' inside async function", node.lineno,
                               node.col)
        self.visit(node.value)

    def visit_Await(self, node):
        self.mark_async(node, "'await'")
        self.visit(node.value)

    def mark_async(self, node, what):
        """An await, `async for` or `async with` (what) here: only in an async def --
        or in a comprehension in one, which then is a coroutine itself (and so are the
        comprehensions around it, which await it)."""
        scope = self.current
        if scope.comprehension:
            owner = scope
            while owner.comprehension:
                if owner.name == '<genexpr>':
                    # an asynchronous generator expression: allowed anywhere
                    while scope is not owner:
                        scope.coroutine = True
                        scope = scope.parent
                    owner.coroutine = True
                    return
                owner = owner.parent
            if owner.kind == FUNCTION and owner.coroutine:
                while scope.comprehension:
                    scope.coroutine = True
                    scope = scope.parent
                return
            raise CompileError('asynchronous comprehension outside of an asynchronous '
                               'function', node.lineno, node.col)
        if scope.kind == FUNCTION and scope.coroutine:
            return
        if what == "'await'" and scope.kind != FUNCTION:
            raise CompileError("'await' outside function", node.lineno, node.col)
        raise CompileError('%s outside async function' % what, node.lineno, node.col)

    def mark_generator(self, node):
        scope = self.current
        if scope.comprehension:
            raise CompileError("'yield' inside %s" % COMPREHENSION_NAMES[scope.name],
                               node.lineno, node.col)
        if scope.kind != FUNCTION:
            raise CompileError("'yield' outside function", node.lineno, node.col)
        scope.generator = True

    def visit_target(self, node):
        if isinstance(node, ast.Name):
            self.add_assigned(node.name, node)
        elif isinstance(node, ast.TupleExpr):
            for e in node.elts:
                self.visit_target(e)
        elif isinstance(node, ast.ListExpr):
            for e in node.elts:
                self.visit_target(e)
        elif isinstance(node, ast.Starred):
            self.visit_target(node.value)
        else:
            if isinstance(node, ast.Attribute) and node.attr == '__debug__':
                forbidden_debug(node, 'assign to')
            self.visit(node)

    def visit_ExprStmt(self, node):
        self.visit(node.value)

    def visit_Assign(self, node):
        self.visit(node.value)
        for t in node.targets:
            self.visit_target(t)

    def visit_AugAssign(self, node):
        self.visit(node.value)
        target = node.target
        if isinstance(target, ast.Name):
            self.add_used(target.name)
        if isinstance(target, ast.Attribute):
            self.visit(target)          # (`x.__debug__ += 1` is allowed, as in CPython)
        else:
            self.visit_target(target)

    def visit_AnnAssign(self, node):
        self.visit(node.value)
        target = node.target
        if (isinstance(target, ast.Name) and target.name == '__debug__') or \
                (isinstance(target, ast.Attribute) and target.attr == '__debug__'):
            forbidden_debug(node, 'assign to')
        if isinstance(target, ast.Name):
            scope = self.current
            what = None
            if target.name in scope.declared_global:
                what = 'global'
            elif target.name in scope.declared_nonlocal:
                what = 'nonlocal'
            if what is not None:
                raise CompileError("annotated name '%s' can't be %s" % (target.name, what),
                                   node.lineno, node.col)
            scope.annotated[target.name] = None
        if node.value is not None:
            self.visit_target(target)
        elif isinstance(target, ast.Attribute):
            self.visit(target.value)        # evaluated (as CPython) when there is no value
        elif isinstance(target, ast.Subscript):
            self.visit(target.value)
            self.visit(target.index)
        if self.current.kind != FUNCTION:
            self.visit(node.annotation)     # evaluated in modules and classes only

    def visit_If(self, node):
        self.visit(node.test)
        self.visit_list(node.body)
        self.visit_list(node.orelse)

    def visit_While(self, node):
        self.visit(node.test)
        self.visit_list(node.body)
        self.visit_list(node.orelse)

    def visit_For(self, node):
        if node.is_async:
            self.mark_async(node, "'async for'")
        self.visit(node.iter)
        self.visit_target(node.target)
        self.visit_list(node.body)
        self.visit_list(node.orelse)

    def visit_Match(self, node):
        self.visit(node.subject)
        for case in node.cases:
            self.visit_pattern(case.pattern)
            self.visit(case.guard)
            self.visit_list(case.body)

    def visit_pattern(self, node):
        """The names a match statement's pattern binds, the expressions it reads."""
        if isinstance(node, ast.MatchValue):
            self.visit(node.value)
        elif isinstance(node, ast.MatchSequence):
            for p in node.patterns:
                self.visit_pattern(p)
        elif isinstance(node, ast.MatchMapping):
            self.visit_list(node.keys)
            for p in node.patterns:
                self.visit_pattern(p)
            if node.rest is not None:
                self.add_assigned(node.rest, node)
        elif isinstance(node, ast.MatchClass):
            self.visit(node.cls)
            for p in node.patterns:
                self.visit_pattern(p)
            for i in range(len(node.kwd_patterns)):
                if node.kwd_attrs[i] == '__debug__':
                    forbidden_debug(node.kwd_patterns[i], 'assign to')
                self.visit_pattern(node.kwd_patterns[i])
        elif isinstance(node, ast.MatchStar):
            if node.name is not None:
                self.add_assigned(node.name, node)
        elif isinstance(node, ast.MatchAs):
            if node.pattern is not None:
                self.visit_pattern(node.pattern)
            if node.name is not None:
                self.add_assigned(node.name, node)
        elif isinstance(node, ast.MatchOr):
            for p in node.patterns:
                self.visit_pattern(p)

    def visit_Return(self, node):
        if self.current.kind != FUNCTION:
            raise CompileError("'return' outside function", node.lineno, node.col)
        self.visit(node.value)

    def visit_Pass(self, node):
        pass

    def visit_Break(self, node):
        pass

    def visit_Continue(self, node):
        pass

    def visit_Global(self, node):
        scope = self.current
        for name in node.names:
            if name in scope.params:
                raise CompileError("name '%s' is parameter and global" % name, node.lineno,
                                   node.col)
            if name in scope.annotated:
                raise CompileError("annotated name '%s' can't be global" % name,
                                   node.lineno, node.col)
            if name in scope.used or name in scope.assigned:
                raise CompileError("name '%s' is %s global declaration"
                                   % (name, before(name in scope.assigned)),
                                   node.lineno, node.col)
            if name in scope.declared_nonlocal:
                raise CompileError("name '%s' is nonlocal and global" % name, node.lineno,
                                   node.col)
            scope.declared_global[name] = None

    def visit_Nonlocal(self, node):
        scope = self.current
        if scope.kind == MODULE:
            raise CompileError('nonlocal declaration not allowed at module level',
                               node.lineno, node.col)
        for name in node.names:
            if name in scope.params:
                raise CompileError("name '%s' is parameter and nonlocal" % name, node.lineno,
                                   node.col)
            if name in scope.annotated:
                raise CompileError("annotated name '%s' can't be nonlocal" % name,
                                   node.lineno, node.col)
            if name in scope.used or name in scope.assigned:
                raise CompileError("name '%s' is %s nonlocal declaration"
                                   % (name, before(name in scope.assigned)),
                                   node.lineno, node.col)
            if name in scope.declared_global:
                raise CompileError("name '%s' is nonlocal and global" % name, node.lineno,
                                   node.col)
            scope.declared_nonlocal[name] = node.lineno

    def visit_Delete(self, node):
        for t in node.targets:
            check_delete_debug(t)
            self.delete_target(t)

    def delete_target(self, node):
        if isinstance(node, ast.TupleExpr):
            for e in node.elts:
                self.delete_target(e)
        elif isinstance(node, ast.ListExpr):
            for e in node.elts:
                self.delete_target(e)
        elif isinstance(node, ast.Attribute):
            self.visit(node)            # (`del x.__debug__` is allowed, as in CPython)
        else:
            self.visit_target(node)

    def visit_Import(self, node):
        for alias in node.names:
            if alias.asname is not None:
                self.add_assigned(alias.asname, node)
            else:
                self.add_assigned(alias.name.split('.')[0], node)

    def visit_ImportFrom(self, node):
        for alias in node.names:
            if alias.name == '*':
                if self.current.kind != MODULE:
                    raise CompileError('import * only allowed at module level', node.lineno,
                                       node.col)
                continue
            if alias.asname is not None:
                self.add_assigned(alias.asname, node)
            else:
                self.add_assigned(alias.name, node)

    def visit_Raise(self, node):
        self.visit(node.exc)
        self.visit(node.cause)

    def visit_Assert(self, node):
        self.visit(node.test)
        self.visit(node.msg)

    def visit_Try(self, node):
        self.visit_list(node.body)
        for h in node.handlers:
            self.visit(h.type)
            if h.name is not None:
                self.add_assigned(h.name, h)
            self.visit_list(h.body)
        self.visit_list(node.orelse)
        self.visit_list(node.finalbody)

    def visit_With(self, node):
        if node.is_async:
            self.mark_async(node, "'async with'")
        for item in node.items:
            self.visit(item.context_expr)
            if item.optional_vars is not None:
                self.visit_target(item.optional_vars)
        self.visit_list(node.body)

    # --- expressions --------------------------------------------------------------
    def visit_Name(self, node):
        self.add_used(node.name)
        if node.name == 'super' or node.name == '__class__':
            # zero-argument super() and __class__ need the enclosing class's cell
            self.current.needs_class_cell = True

    def visit_Constant(self, node):
        pass

    def visit_JoinedStr(self, node):
        self.visit_list(node.values_w)

    def visit_FormattedValue(self, node):
        self.visit(node.value)
        self.visit(node.format_spec)

    def visit_BinOp(self, node):
        self.visit(node.left)
        self.visit(node.right)

    def visit_UnaryOp(self, node):
        self.visit(node.operand)

    def visit_BoolOp(self, node):
        self.visit_list(node.values)

    def visit_Compare(self, node):
        self.visit(node.left)
        self.visit_list(node.comparators)

    def visit_Call(self, node):
        self.visit(node.func)
        self.visit_list(node.args)
        for kw in node.keywords:
            if kw.arg == '__debug__':
                forbidden_debug(node, 'assign to')
            self.visit(kw.value)

    def visit_Attribute(self, node):
        self.visit(node.value)

    def visit_Subscript(self, node):
        self.visit(node.value)
        self.visit(node.index)

    def visit_Slice(self, node):
        self.visit(node.lower)
        self.visit(node.upper)
        self.visit(node.step)

    def visit_Starred(self, node):
        self.visit(node.value)

    def visit_ListExpr(self, node):
        self.visit_list(node.elts)

    def visit_TupleExpr(self, node):
        self.visit_list(node.elts)

    def visit_SetExpr(self, node):
        self.visit_list(node.elts)

    def visit_DictExpr(self, node):
        for k in node.keys:
            self.visit(k)
        self.visit_list(node.values)

    def visit_IfExp(self, node):
        self.visit(node.test)
        self.visit(node.body)
        self.visit(node.orelse)

    def visit_Keyword(self, node):
        self.visit(node.value)


def resolve(scope):
    """Bind every free name to the nearest enclosing function that defines it."""
    for child in scope.children:
        resolve(child)
    if scope.kind == FUNCTION or scope.kind == CLASS:
        for name in scope.declared_nonlocal:
            if find_binding(scope.parent, name) is None:
                raise CompileError("no binding for nonlocal '%s' found" % name,
                                   scope.declared_nonlocal[name], 0)
            make_free(scope, name)
        names = scope.used.keys()
        for name in names:
            if name in scope.declared_global or scope.is_local(name) or name in scope.frees:
                continue
            owner = find_binding(scope.parent, name)
            if owner is not None:
                make_free(scope, name)
        if scope.kind == FUNCTION and scope.needs_class_cell:
            cls = scope.parent
            if cls is not None and cls.kind == CLASS:
                cls.has_class_cell = True
                scope.frees['__class__'] = None


def find_binding(scope, name):
    """The nearest enclosing function scope (skipping classes) where name is local."""
    while scope is not None:
        if scope.kind == FUNCTION:
            if scope.is_local(name) or name in scope.cells:
                return scope
            if name in scope.declared_global:
                return None
        elif scope.kind == MODULE:
            return None
        scope = scope.parent
    return None


def make_free(scope, name):
    """Mark name free in scope and every scope between it and its owner; a cell there."""
    s = scope
    while True:
        s.frees[name] = None
        parent = s.parent
        if parent is None:
            return
        if parent.kind == FUNCTION and (parent.is_local(name) or name in parent.cells):
            parent.cells[name] = None
            return
        s = parent
