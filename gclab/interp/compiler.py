"""Compiler: syntax tree -> PyCode (RPython).  One CodeGen per code object."""

import os

from rpython.rlib import rstackovf

from gclab.interp import ast, util, opcodes as op
from gclab.interp.error import CompileError, TEXT_NONE
from gclab.objspace import freethreading
from gclab.interp.parser import parse, parse_eval, describe
from gclab.interp.unparse import unparse
from gclab.interp.pycode import PyCode, CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR, \
    CO_COROUTINE, CO_ASYNC_GENERATOR, pack_position
from gclab.interp.symtable import (SymtableBuilder, MODULE, FUNCTION, CLASS, SC_LOCAL,
                                   SC_GLOBAL, SC_CELL, SC_FREE, SC_NAME)


def position_of(node):
    """The packed position (pycode.pack_position) of a node's text, or -1."""
    return pack_position(node.lineno, node.col, node.end_lineno, node.end_col)


AWAIT_AEXIT = 2         # GET_AWAITABLE's arg for __aexit__'s (gclab.objspace.generator)

# kinds of frame blocks the compiler tracks, for break/continue/return
FB_LOOP = 0            # while loop
FB_FOR = 1             # for loop: the iterator is on the stack
FB_TRY_FINALLY = 2     # body of try with finally: its finalbody runs on the way out
FB_FINALLY_END = 3     # finalbody on the exception path: [prev, exc] on the stack
FB_HANDLER = 4         # body of an except clause: [prev] on the stack
FB_TRY_EXCEPT = 5      # body of a try with except clauses: a SETUP_FINALLY block is active
FB_WITH = 6            # body of a with: __exit__ is on the stack, a block is active
FB_POP_VALUE = 7       # a finalbody run by a return: the pending return value is on
                       # the stack below (a return in it replaces it, break and continue
                       # drop it)
FB_EXCEPT_STAR = 8     # body of an except* clause: break, continue and return may not
                       # leave it (a SyntaxError, as CPython's)

EXCEPT_STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block"


class Label(object):
    def __init__(self):
        self.target = -1
        self.refs = []


class FBlock(object):
    def __init__(self, kind, start, end, node):
        self.kind = kind
        self.start = start      # Label: continue target
        self.end = end          # Label: break target
        self.node = node        # the Try node, for its finalbody; the handler name; the
                                # With node, for its line


def compile_source(space, source, filename):
    return compile_module(space, parse_checked(space, source, False), filename, False,
                          False)


def parse_checked(space, source, is_eval):
    """The syntax tree of source; a source nested too deeply for the C stack is CPython's
    MemoryError of the parser."""
    try:
        if is_eval:
            return parse_eval(source)
        return parse(source)
    except rstackovf.StackOverflow:
        rstackovf.check_stack_overflow()
        raise space.memory_error()


def compile_dynamic(space, source, filename, mode):
    """compile(), exec() and eval() of source text: module-level names are looked up
    by name (LOAD_NAME), as CPython compiles them, so that a frame's class_ns can be a
    separate locals namespace; mode 'eval' is one expression whose value is returned
    ('single' is one statement, compiled as 'exec' but for its expression statements
    outside functions and classes, whose values go to sys.displayhook)."""
    is_eval = mode == 'eval'
    if is_eval:
        i = 0
        while i < len(source) and (source[i] == ' ' or source[i] == '\t'):
            i += 1
        source = source[i:]
        try:
            module = parse_checked(space, source, True)
        except CompileError as e:
            lines = source.split('\n')
            if e.lineno == len(lines) and e.col >= len(lines[-1]):
                e.col = -1      # CPython: no offset for an expression cut short
            raise
    else:
        module = parse_checked(space, source, False)
        if mode == 'single':
            check_single(source, module.body)
    return compile_module(space, module, filename, True, is_eval, mode == 'single')


def is_compound(stmt):
    return (isinstance(stmt, ast.If) or isinstance(stmt, ast.While) or
            isinstance(stmt, ast.For) or isinstance(stmt, ast.FunctionDef) or
            isinstance(stmt, ast.ClassDef) or isinstance(stmt, ast.Try) or
            isinstance(stmt, ast.With) or isinstance(stmt, ast.Match))


def check_single(source, body):
    """compile(..., 'single') takes one statement, or simple ones on one line joined
    by ';': CPython's errors for more."""
    if not body:
        return
    first = body[0]
    for stmt in body[1:]:
        if stmt.lineno == first.lineno:
            continue
        if is_compound(first):
            raise CompileError('invalid syntax', stmt.lineno, stmt.col)
        lines = source.split('\n')
        line = lines[first.lineno - 1] if first.lineno <= len(lines) else ''
        raise CompileError('multiple statements found while compiling a single '
                           'statement', first.lineno, len(line.rstrip()))


def compile_module(space, module, filename, by_name, is_eval, interactive=False):
    builder = SymtableBuilder()
    try:
        try:
            scopes = builder.build(module)
        except CompileError as e:
            e.text_mode = TEXT_NONE     # (CPython's symbol table's and compiler's errors)
            raise
        bind_class_cells(scopes)
        top = scopes[module]
        top.names_by_name = by_name
        gen = CodeGen(space, scopes, top, '<module>', filename, 1)
        gen.future_imports = future_prefix(module.body)
        gen.future_annotations = has_future_annotations(gen.future_imports)
        gen.interactive = interactive
        if not is_eval and has_annotations(module.body):
            gen.emit(op.SETUP_ANNOTATIONS, 0)
        if is_eval:
            stmt = module.body[0]
            assert isinstance(stmt, ast.ExprStmt)
            gen.lineno = stmt.lineno
            gen.expr(stmt.value)
        else:
            body = module.body
            doc = None if interactive else docstring_of(body)
            if doc is not None:             # as CPython: the module's __doc__
                gen.lineno = body[0].lineno
                gen.expr(doc)
                gen.name_op('__doc__', 1)
                body = body[1:]
            for stmt in body:
                gen.stmt(stmt)
            gen.emit(op.LOAD_CONST, gen.const_none())
        gen.emit(op.RETURN_VALUE, 0)
        code = gen.assemble(0, 0, 0)
    except rstackovf.StackOverflow:
        rstackovf.check_stack_overflow()
        raise space.error(space.w_RecursionError,
                          'maximum recursion depth exceeded during compilation')
    finally:
        # also on a SyntaxError: the refcount plans cannot free the scopes' cycles
        for scope in builder.scopes.values():
            scope.unlink()
    held = freethreading.lock_state(freethreading.REGISTRIES)
    space.code_objects.extend(code.all_code())
    freethreading.unlock_state(freethreading.REGISTRIES, held)
    return code


def bind_class_cells(scopes):
    """__class__ and zero-argument super() in a function nested in a method (a lambda,
    an inner def, a comprehension) or in the body of a class defined in one: as in
    CPython, __class__ is a free variable of it and of every function between it and
    the nearest enclosing class, whose body makes the cell.  (The symbol table binds
    only a class's direct children.)"""
    for scope in scopes.values():
        if not scope.needs_class_cell:
            continue
        if scope.kind == FUNCTION:
            outer = scope
        elif scope.kind == CLASS and scope.parent is not None and \
                scope.parent.kind == FUNCTION:
            outer = scope.parent
        else:
            continue
        while outer.parent is not None and outer.parent.kind == FUNCTION:
            outer = outer.parent
        cls = outer.parent
        if cls is None or cls.kind != CLASS or outer is scope:
            continue        # no class around (a NameError), or bound by the symbol table
        cls.has_class_cell = True
        s = scope
        while s is not cls:
            s.frees['__class__'] = None
            s = s.parent


class CodeGen(ast.ASTVisitor):
    def __init__(self, space, scopes, scope, name, filename, firstlineno, qualname=None):
        self.space = space
        self.scopes = scopes
        self.scope = scope
        self.qualname = qualname or name    # C.f, f.<locals>.g: CPython's __qualname__
        self.doc = None                     # a function's docstring (its __doc__)
        self.name = name
        self.filename = filename
        self.firstlineno = firstlineno
        self.lineno = firstlineno
        self.code = []
        self.lines = []
        self.positions = []     # of each instruction: pycode.pack_position, or -1
        self.position = -1      # of the expression being compiled (-1: a statement's)
        self.consts_w = []
        self.const_keys = {}
        self.names = []
        self.name_index = {}
        self.varnames = []
        self.cellvars = []
        self.freevars = []
        self.fblocks = []
        self.argcount = 0       # a function's positional parameters (zero-argument super())
        self.future_imports = []   # the `from __future__` statements allowed where they are
        self.future_annotations = False     # annotations are kept as strings
        self.interactive = False    # compile(..., 'single')'s module code: PRINT_EXPR
        # compiling a match statement's pattern (see visit_Match)
        self.pat_fail = []          # per count of values above the subject: its label
        self.pat_on_top = 0         # values on the stack the pattern has not consumed
        self.pat_stores = []        # the names the case's pattern binds so far
        self.pat_allow = True       # an irrefutable pattern is allowed here
        self.pat_base = 0           # values of the enclosing or-pattern's alternative
        self.pat_captures = []      # the values captured above pat_base, bottom first
        if scope.kind == FUNCTION:
            for p in scope.params:
                self.varnames.append(p)
        for name in sorted_keys(scope.cells):
            self.cellvars.append(name)
        if scope.has_class_cell:
            self.cellvars.append('__class__')
        for name in sorted_keys(scope.frees):
            self.freevars.append(name)

    # --- emitting -------------------------------------------------------------------
    def emit(self, opcode, arg):
        self.code.append(opcode)
        self.code.append(arg)
        self.lines.append(self.lineno)
        self.positions.append(self.position)

    def emit_jump(self, opcode, label, arg=0):
        """Emit a jump to label; arg holds the bits a packed jump keeps beside its
        target (COMPARE_AND_BRANCH's comparison and sense), 0 for plain jumps."""
        if label.target >= 0:
            self.emit(opcode, op.with_jump_target(opcode, arg, label.target))
        else:
            label.refs.append(len(self.code) + 1)
            if op.TARGET_SHIFT[opcode] == 0:
                arg = -1        # not yet placed (a negative arg fails in PyCode)
            self.emit(opcode, arg)

    def place(self, label):
        label.target = len(self.code)
        for ref in label.refs:
            self.code[ref] = op.with_jump_target(self.code[ref - 1], self.code[ref],
                                                 label.target)

    def const_index(self, key, w_value):
        try:
            return self.const_keys[key]
        except KeyError:
            index = len(self.consts_w)
            self.consts_w.append(w_value)
            self.const_keys[key] = index
            return index

    def const_none(self):
        return self.const_index('N', self.space.w_None)

    def const_str(self, s):
        return self.const_index('s' + s, self.space.newstr(s))

    def const_object(self, w_obj):
        """A constant that is never shared (code objects, tuples of names)."""
        self.consts_w.append(w_obj)
        return len(self.consts_w) - 1

    def name_idx(self, name):
        try:
            return self.name_index[name]
        except KeyError:
            index = len(self.names)
            self.names.append(name)
            self.name_index[name] = index
            return index

    def var_index(self, name):
        for i in range(len(self.varnames)):
            if self.varnames[i] == name:
                return i
        self.varnames.append(name)
        return len(self.varnames) - 1

    def deref_index(self, name):
        for i in range(len(self.cellvars)):
            if self.cellvars[i] == name:
                return i
        for i in range(len(self.freevars)):
            if self.freevars[i] == name:
                return len(self.cellvars) + i
        raise CompileError('internal: no cell for %s' % name, self.lineno, -1)

    def free_index(self, name):
        """The cell index of free variable name (after the cellvars)."""
        for i in range(len(self.freevars)):
            if self.freevars[i] == name:
                return len(self.cellvars) + i
        return self.deref_index(name)

    def check_int_literal(self, node):
        """A decimal literal within sys.get_int_max_str_digits(), as CPython checks it."""
        text = node.value
        if text.startswith('0x') or text.startswith('0o') or text.startswith('0b'):
            return
        ndigits = len(text) - text.count('_')
        limit = self.space.int_max_str_digits
        if limit > 0 and ndigits > limit:
            self.error('Exceeds the limit (%d digits) for integer string conversion: value '
                       'has %d digits; use sys.set_int_max_str_digits() to increase the '
                       'limit - Consider hexadecimal for huge integer literals to avoid '
                       'decimal conversion limits.' % (limit, ndigits), node)

    def error(self, msg, node):
        e = CompileError(msg, node.lineno, node.col)
        # (what CPython's parser reports has the line as its text; its compiler's, None)
        if not (msg.startswith('cannot assign to ') or msg.startswith('cannot delete ') or
                msg.endswith('illegal expression for augmented assignment') or
                msg == 'invalid syntax'):
            e.text_mode = TEXT_NONE
        raise e

    # --- assembling -----------------------------------------------------------------
    def assemble(self, argcount, kwonlyargcount, flags):
        cell_args = []
        for name in self.cellvars:
            index = -1
            if self.scope.kind == FUNCTION:
                for i in range(len(self.scope.params)):
                    if self.scope.params[i] == name:
                        index = i
            cell_args.append(index)
        max_stack = compute_max_stack(self.code, self.lineno)
        code = PyCode(self.name, self.filename, self.firstlineno, argcount, kwonlyargcount,
                      flags, self.code[:], self.lines[:], self.consts_w[:], self.names[:],
                      self.varnames[:], self.cellvars[:], self.freevars[:], cell_args,
                      max_stack, self.qualname)
        code.doc = self.doc
        code.positions = self.positions[:]
        return code

    def child_qualname(self, name):
        """The __qualname__ of a function or class named name defined in this scope."""
        if self.scope.kind == MODULE:
            return name
        if self.scope.kind == CLASS or self.scope.comprehension:
            return self.qualname + '.' + name   # (as CPython: f.<locals>.<listcomp>.g)
        return self.qualname + '.<locals>.' + name

    # --- names ----------------------------------------------------------------------
    def name_op(self, name, ctx):
        """ctx: 0 load, 1 store, 2 delete."""
        scope = self.scope
        how = scope.lookup(name)
        if how == SC_LOCAL:
            ops = [op.LOAD_FAST, op.STORE_FAST, op.DELETE_FAST]
            self.emit(ops[ctx], self.var_index(name))
        elif how == SC_CELL or how == SC_FREE:
            if scope.kind == CLASS and ctx == 0:
                # (a class body's free __class__ is the enclosing class's, not the
                # cell of its own that its methods get)
                self.emit(op.LOAD_CLASSDEREF, self.free_index(name))
            else:
                ops = [op.LOAD_DEREF, op.STORE_DEREF, op.DELETE_DEREF]
                self.emit(ops[ctx], self.deref_index(name))
        elif how == SC_NAME:
            ops = [op.LOAD_NAME, op.STORE_NAME, op.DELETE_NAME]
            self.emit(ops[ctx], self.name_idx(name))
        else:
            ops = [op.LOAD_GLOBAL, op.STORE_GLOBAL, op.DELETE_GLOBAL]
            if scope.kind == CLASS and ctx != 0:
                ops = [op.LOAD_GLOBAL, op.STORE_GLOBAL, op.DELETE_GLOBAL]
            self.emit(ops[ctx], self.name_idx(name))

    # --- statements -----------------------------------------------------------------
    def stmt(self, node):
        # (a simple statement's instructions are placed at it; a compound statement
        # has no end recorded, and its own instructions no position)
        self.lineno = node.lineno
        self.position = position_of(node)
        node.accept(self)
        self.position = -1

    def body(self, stmts):
        for s in stmts:
            self.stmt(s)

    def visit_ExprStmt(self, node):
        self.expr(node.value)
        if self.interactive:
            self.emit(op.PRINT_EXPR, 0)
        else:
            self.emit(op.POP_TOP, 0)

    def visit_Pass(self, node):
        pass

    def visit_Assign(self, node):
        self.expr(node.value)
        n = len(node.targets)
        for i in range(n):
            if i < n - 1:
                self.emit(op.DUP_TOP, 0)
            self.store(node.targets[i])

    def visit_AnnAssign(self, node):
        """As CPython: the value is stored, then in a module or class body the
        annotation of a name is evaluated (kept as its source text under `from
        __future__ import annotations`) into __annotations__; the annotation of another
        target is evaluated and dropped; in a function it is not evaluated."""
        target = node.target
        if node.value is not None:
            self.expr(node.value)
            self.store(target)
        elif isinstance(target, ast.Attribute):
            self.expr(target.value)
            self.emit(op.POP_TOP, 0)
        elif isinstance(target, ast.Subscript):
            self.expr(target.value)
            self.emit(op.POP_TOP, 0)
            self.expr(target.index)
            self.emit(op.POP_TOP, 0)
        if self.scope.kind == FUNCTION:
            return
        if isinstance(target, ast.Name):
            self.annotation(node.annotation)
            self.name_op('__annotations__', 0)
            self.emit(op.LOAD_CONST, self.const_str(target.name))
            self.emit(op.STORE_SUBSCR, 0)
        elif not self.future_annotations:
            self.expr(node.annotation)
            self.emit(op.POP_TOP, 0)

    def annotation(self, node):
        """Push an annotation's value, or its source text under the future import."""
        if self.future_annotations:
            self.emit(op.LOAD_CONST, self.const_str(unparse(self.space, node)))
        else:
            self.expr(node)

    def visit_AugAssign(self, node):
        binop = op.BINOPS.index(node.op)
        target = node.target
        if isinstance(target, ast.Name):
            self.name_op(target.name, 0)
            self.expr(node.value)
            self.emit(op.INPLACE_OP, binop)
            self.name_op(target.name, 1)
        elif isinstance(target, ast.Attribute):
            self.expr(target.value)
            self.emit(op.DUP_TOP, 0)
            self.emit_at(target, op.LOAD_ATTR, self.name_idx(target.attr))
            self.expr(node.value)
            self.emit(op.INPLACE_OP, binop)
            self.emit(op.ROT_TWO, 0)
            self.emit_at(target, op.STORE_ATTR, self.name_idx(target.attr))
        elif isinstance(target, ast.Subscript):
            self.expr(target.value)
            self.expr(target.index)
            self.emit(op.DUP_TOP_TWO, 0)
            self.emit_at(target, op.BINARY_SUBSCR, 0)
            self.expr(node.value)
            self.emit(op.INPLACE_OP, binop)
            self.emit(op.ROT_THREE, 0)
            self.emit_at(target, op.STORE_SUBSCR, 0)
        else:
            self.error("'%s' is an illegal expression for augmented assignment" %
                       'expression', node)

    def emit_at(self, node, opcode, arg):
        """Emit an instruction whose errors a traceback places at node (a target)."""
        saved = self.position
        self.position = position_of(node)
        self.emit(opcode, arg)
        self.position = saved

    def store(self, target):
        if isinstance(target, ast.Name):
            self.name_op(target.name, 1)
        elif isinstance(target, ast.Attribute):
            self.expr(target.value)
            self.emit_at(target, op.STORE_ATTR, self.name_idx(target.attr))
        elif isinstance(target, ast.Subscript):
            self.expr(target.value)
            self.expr(target.index)
            self.emit_at(target, op.STORE_SUBSCR, 0)
        elif isinstance(target, ast.TupleExpr):
            self.store_sequence(target.elts, target)
        elif isinstance(target, ast.ListExpr):
            self.store_sequence(target.elts, target)
        elif isinstance(target, ast.Starred):
            self.error('starred assignment target must be in a list or tuple', target)
        else:
            self.error('cannot assign to %s' % describe(target), target)

    def store_sequence(self, elts, node):
        star = -1
        for i in range(len(elts)):
            if isinstance(elts[i], ast.Starred):
                if star >= 0:
                    self.error('multiple starred expressions in assignment', node)
                star = i
        if star < 0:
            self.emit_at(node, op.UNPACK_SEQUENCE, len(elts))
            for e in elts:
                self.store(e)
        else:
            after = len(elts) - star - 1
            self.emit_at(node, op.UNPACK_EX, star | (after << 8))
            for i in range(len(elts)):
                e = elts[i]
                if isinstance(e, ast.Starred):
                    self.store(e.value)
                else:
                    self.store(e)

    def visit_Delete(self, node):
        for target in node.targets:
            self.delete(target)

    def delete(self, target):
        if isinstance(target, ast.Name):
            self.name_op(target.name, 2)
        elif isinstance(target, ast.Attribute):
            self.expr(target.value)
            self.emit_at(target, op.DELETE_ATTR, self.name_idx(target.attr))
        elif isinstance(target, ast.Subscript):
            self.expr(target.value)
            self.expr(target.index)
            self.emit_at(target, op.DELETE_SUBSCR, 0)
        elif isinstance(target, ast.TupleExpr):
            for e in target.elts:
                self.delete(e)
        elif isinstance(target, ast.ListExpr):
            for e in target.elts:
                self.delete(e)
        else:
            self.error('cannot delete %s' % describe(target), target)

    def visit_If(self, node):
        end = Label()
        orelse = Label()
        self.jump_if(node.test, False, orelse)
        self.body(node.body)
        if node.orelse:
            self.emit_jump(op.JUMP, end)
            self.place(orelse)
            self.body(node.orelse)
        else:
            self.place(orelse)
        self.place(end)

    def jump_if(self, test, value, label):
        """Evaluate test and jump to label if its truth equals value."""
        if isinstance(test, ast.UnaryOp) and test.op == 'not':
            self.jump_if(test.operand, not value, label)
            return
        if isinstance(test, ast.Compare):
            self.compare_and_branch(test, value, label)
            return
        self.expr(test)
        if value:
            self.emit_jump(op.POP_JUMP_IF_TRUE, label)
        else:
            self.emit_jump(op.POP_JUMP_IF_FALSE, label)

    def visit_While(self, node):
        start = Label()
        end = Label()
        orelse = Label()
        self.place(start)
        self.jump_if(node.test, False, orelse)
        self.fblocks.append(FBlock(FB_LOOP, start, end, None))
        self.body(node.body)
        self.fblocks.pop()
        self.lineno = node.lineno
        self.emit_jump(op.JUMP, start)
        self.place(orelse)
        self.body(node.orelse)
        self.place(end)

    def visit_For(self, node):
        start = Label()
        cleanup = Label()
        end = Label()
        self.iter_expr(node.iter)
        if node.is_async:
            self.emit(op.GET_AITER, 0)
            self.place(start)
            self.async_for_next(cleanup)
        else:
            self.emit(op.GET_ITER, 0)
            self.place(start)
            self.emit_jump(op.FOR_ITER, cleanup)
        self.store(node.target)
        self.fblocks.append(FBlock(FB_FOR, start, end, None))
        self.body(node.body)
        self.fblocks.pop()
        self.lineno = node.lineno
        self.emit_jump(op.JUMP, start)
        self.place(cleanup)
        self.body(node.orelse)
        self.place(end)

    def async_for_next(self, done):
        """The step of an `async for` (as FOR_ITER's): with the asynchronous iterator
        on top, push the awaited value of its __anext__(), or, when that raises
        StopAsyncIteration, pop the iterator and jump to done."""
        handler = Label()
        got = Label()
        self.emit_jump(op.SETUP_FINALLY, handler)
        self.emit(op.GET_ANEXT, 0)
        self.emit_await()
        self.emit(op.POP_BLOCK, 0)
        self.emit_jump(op.JUMP, got)
        # [iterator, prev, exc], an EXCEPT_HANDLER block active
        self.place(handler)
        reraise = Label()
        self.emit(op.DUP_TOP, 0)
        self.emit(op.LOAD_CONST, self.const_index(
            'tStopAsyncIteration', self.space.exception_types_w['StopAsyncIteration']))
        self.emit_jump(op.JUMP_IF_NOT_EXC_MATCH, reraise)
        self.emit(op.POP_TOP, 0)
        self.emit(op.POP_EXCEPT, 0)
        self.emit(op.POP_TOP, 0)
        self.emit_jump(op.JUMP, done)
        self.place(reraise)
        self.emit(op.RERAISE, 0)
        self.place(got)

    def emit_await(self):
        """Await the value on top of the stack (its iterator, GET_AWAITABLE's, made
        already): delegate to it as `yield from` does."""
        self.emit(op.LOAD_CONST, self.const_none())
        self.emit(op.YIELD_FROM, 0)

    def loop_block(self, node, what):
        for i in range(len(self.fblocks) - 1, -1, -1):
            fb = self.fblocks[i]
            if fb.kind == FB_LOOP or fb.kind == FB_FOR:
                return i
            if fb.kind == FB_EXCEPT_STAR:
                self.error(EXCEPT_STAR_EXIT, node)
        if what == 'continue':
            self.error("'continue' not properly in loop", node)
        self.error("'%s' outside loop" % what, node)
        return -1

    def visit_Break(self, node):
        index = self.loop_block(node, 'break')
        self.unwind_to(index, True)
        self.emit_jump(op.JUMP, self.fblocks[index].end)

    def visit_Continue(self, node):
        index = self.loop_block(node, 'continue')
        self.unwind_to(index, False)
        self.emit_jump(op.JUMP, self.fblocks[index].start)

    def visit_Return(self, node):
        if node.value is not None and self.scope.generator and self.scope.coroutine:
            self.error("'return' with value in async generator", node)
        for fb in self.fblocks:
            if fb.kind == FB_EXCEPT_STAR:
                # CPython's position: a constant value's, else the statement's
                where = node
                if isinstance(node.value, ast.Constant):
                    where = node.value
                self.error(EXCEPT_STAR_EXIT, where)
        if node.value is not None:
            self.expr(node.value)
        else:
            self.emit(op.LOAD_CONST, self.const_none())
        self.unwind_for_return()
        self.emit(op.RETURN_VALUE, 0)

    def unwind_to(self, index, popping_loop):
        """Emit the clean-up of every frame block above index (for break/continue).
        popping_loop: also drop the loop's own iterator (break from a for loop)."""
        saved = self.fblocks
        i = len(saved) - 1
        while i > index:
            fb = saved[i]
            assert i >= 0
            self.fblocks = saved[:i]
            self.unwind_one(fb, False)
            i -= 1
        self.fblocks = saved
        if popping_loop and saved[index].kind == FB_FOR:
            self.emit(op.POP_TOP, 0)

    def unwind_for_return(self):
        """Clean up before a return; the return value is on top of the stack."""
        saved = self.fblocks
        i = len(saved) - 1
        while i >= 0:
            fb = saved[i]
            assert i >= 0
            self.fblocks = saved[:i]
            self.unwind_one(fb, True)
            i -= 1
        self.fblocks = saved

    def unwind_one(self, fb, value_on_top):
        """Emit the clean-up of leaving frame block fb (the blocks above it already left;
        self.fblocks: those below it).  value_on_top: a return value is on top of the
        stack, above what fb keeps there, and must stay on top."""
        if fb.kind == FB_TRY_FINALLY:
            self.emit(op.POP_BLOCK, 0)
            node = fb.node
            assert isinstance(node, ast.Try)
            # the finalbody runs here, with the return value (if any) below what it
            # pushes: a return, break or continue in it must drop that value first
            if value_on_top:
                self.fblocks.append(FBlock(FB_POP_VALUE, None, None, None))
            self.body(node.finalbody)
            if value_on_top:
                self.fblocks.pop()
        elif fb.kind == FB_POP_VALUE:
            if value_on_top:
                self.emit(op.ROT_TWO, 0)
            self.emit(op.POP_TOP, 0)
        elif fb.kind == FB_TRY_EXCEPT:
            self.emit(op.POP_BLOCK, 0)
        elif fb.kind == FB_FINALLY_END:
            if value_on_top:
                self.emit(op.ROT_TWO, 0)
                self.emit(op.POP_TOP, 0)
                self.emit(op.ROT_TWO, 0)
            else:
                self.emit(op.POP_TOP, 0)
            self.emit(op.POP_EXCEPT, 0)
        elif fb.kind == FB_HANDLER:
            if value_on_top:
                self.emit(op.ROT_TWO, 0)
            self.emit(op.POP_EXCEPT, 0)
            name = fb.node
            if name is not None:
                assert isinstance(name, ast.Name)
                self.emit(op.LOAD_CONST, self.const_none())
                self.name_op(name.name, 1)
                self.name_op(name.name, 2)
        elif fb.kind == FB_WITH:
            # __exit__ runs on the with statement's line, as CPython's
            with_node = fb.node
            assert isinstance(with_node, ast.With)
            self.lineno = with_node.lineno
            self.emit(op.POP_BLOCK, 0)
            if value_on_top:
                self.emit(op.ROT_TWO, 0)
            if with_node.is_async:
                self.async_with_exit()
            else:
                self.emit(op.WITH_EXIT, 0)
        elif fb.kind == FB_FOR and value_on_top:
            self.emit(op.ROT_TWO, 0)
            self.emit(op.POP_TOP, 0)

    def visit_Try(self, node):
        if node.finalbody:
            handler = Label()
            end = Label()
            self.emit_jump(op.SETUP_FINALLY, handler)
            self.fblocks.append(FBlock(FB_TRY_FINALLY, None, None, node))
            if node.handlers and node.is_star:
                self.try_except_star(node)
            elif node.handlers:
                self.try_except(node)
            else:
                self.body(node.body)
            self.fblocks.pop()
            self.emit(op.POP_BLOCK, 0)
            self.body(node.finalbody)
            self.emit_jump(op.JUMP, end)
            # exception path: [prev, exc] on the stack
            self.place(handler)
            self.fblocks.append(FBlock(FB_FINALLY_END, None, None, None))
            self.body(node.finalbody)
            self.fblocks.pop()
            self.emit(op.RERAISE, 0)
            self.place(end)
        elif node.is_star:
            self.try_except_star(node)
        else:
            self.try_except(node)

    def try_except_star(self, node):
        """try/except* (PEP 654), as CPython 3.11's: each clause runs at most once, with
        the part of the exception (a group; a naked exception comes wrapped) its types
        match; what the handlers raise and the unmatched rest leave together
        (gclab.objspace.exceptionobject.prep_reraise_star)."""
        orelse, end = self.try_body(node)
        # [prev, orig] with an EXCEPT_HANDLER block: keep orig, make the list of what
        # leaves the clauses, and match the clauses against what is left (first: orig)
        self.emit(op.DUP_TOP, 0)
        self.emit(op.BUILD_LIST, 0)
        self.emit(op.ROT_TWO, 0)
        for h in node.handlers:
            self.lineno = h.lineno
            next_clause = Label()
            raised = Label()
            no_match = Label()
            # [prev, orig, list, rest] -> matched: [.., list, rest, match]; not: the
            # jump with [.., list, rest]
            self.expr(h.type)
            self.emit_jump(op.CHECK_EG_MATCH, no_match)
            # [.., list, rest, handled, match] with an EXCEPT_HANDLER block (match is
            # the exception being handled) above one that takes what the clause
            # raises to `raised`
            self.emit_jump(op.ENTER_EG_HANDLER, raised)
            if h.name is not None:
                self.name_op(h.name, 1)
            else:
                self.emit(op.POP_TOP, 0)
            self.fblocks.append(FBlock(FB_EXCEPT_STAR, None, None, None))
            self.body(h.body)
            self.fblocks.pop()
            self.emit(op.POP_EXCEPT, 0)
            self.emit(op.POP_BLOCK, 0)
            self.clear_handler_name(h)
            self.emit_jump(op.JUMP, next_clause)
            # the clause raised: [.., list, rest, handled, exc] -> exc into the list
            self.place(raised)
            self.clear_handler_name(h)
            self.emit(op.LIST_APPEND, 3)
            self.emit(op.POP_EXCEPT, 0)
            self.emit_jump(op.JUMP, next_clause)
            self.place(no_match)
            self.place(next_clause)
        # [prev, orig, list, rest]: the rest into the list, then what leaves (if any)
        self.emit(op.LIST_APPEND, 1)
        nothing = Label()
        self.emit_jump(op.PREP_RERAISE_STAR, nothing)
        # [prev, exc]: leave the handler, then raise exc
        self.emit(op.ROT_TWO, 0)
        self.emit(op.POP_EXCEPT, 0)
        self.emit(op.RERAISE, 0)
        self.place(nothing)
        self.emit(op.POP_EXCEPT, 0)
        self.emit_jump(op.JUMP, end)
        self.place(orelse)
        self.body(node.orelse)
        self.place(end)

    def try_body(self, node):
        """The protected body of a try with except (or except*) clauses: what follows
        is its handler, entered with the exception; returns the labels of the else
        clause (the body ended normally) and of the end of the statement."""
        handler = Label()
        orelse = Label()
        end = Label()
        self.emit_jump(op.SETUP_FINALLY, handler)
        self.fblocks.append(FBlock(FB_TRY_EXCEPT, None, None, None))
        self.body(node.body)
        self.fblocks.pop()
        self.emit(op.POP_BLOCK, 0)
        self.emit_jump(op.JUMP, orelse)
        self.place(handler)
        return orelse, end

    def clear_handler_name(self, h):
        """`name = None; del name` after an except clause with `as name`."""
        if h.name is not None:
            self.emit(op.LOAD_CONST, self.const_none())
            self.name_op(h.name, 1)
            self.name_op(h.name, 2)

    def try_except(self, node):
        orelse, end = self.try_body(node)
        # [prev, exc] on the stack, an EXCEPT_HANDLER block active
        n = len(node.handlers)
        for i in range(n):
            h = node.handlers[i]
            self.lineno = h.lineno
            next_handler = Label()
            if h.type is None:
                if i != n - 1:
                    self.error("default 'except:' must be last", h)
            else:
                self.emit(op.DUP_TOP, 0)
                self.expr(h.type)
                self.emit_jump(op.JUMP_IF_NOT_EXC_MATCH, next_handler)
            if h.name is not None:
                self.name_op(h.name, 1)
                name_node = ast.Name(h.name, h.lineno, h.col)
                self.fblocks.append(FBlock(FB_HANDLER, None, None, name_node))
                self.body(h.body)
                self.fblocks.pop()
                self.emit(op.POP_EXCEPT, 0)
                self.clear_handler_name(h)
            else:
                self.emit(op.POP_TOP, 0)
                self.fblocks.append(FBlock(FB_HANDLER, None, None, None))
                self.body(h.body)
                self.fblocks.pop()
                self.emit(op.POP_EXCEPT, 0)
            self.emit_jump(op.JUMP, end)
            self.place(next_handler)
        if node.handlers[n - 1].type is not None:
            self.emit(op.RERAISE, 0)
        self.place(orelse)
        self.body(node.orelse)
        self.place(end)

    def visit_With(self, node):
        self.with_items(node, 0)

    def with_items(self, node, i):
        item = node.items[i]
        handler = Label()
        end = Label()
        self.expr(item.context_expr)
        if node.is_async:
            self.emit(op.BEFORE_ASYNC_WITH, 0)
            self.emit_await()
            self.emit_jump(op.SETUP_ASYNC_WITH, handler)
        else:
            self.emit_jump(op.SETUP_WITH, handler)
        if item.optional_vars is not None:
            self.store(item.optional_vars)
        else:
            self.emit(op.POP_TOP, 0)
        self.fblocks.append(FBlock(FB_WITH, None, None, node))
        if i + 1 < len(node.items):
            self.with_items(node, i + 1)
        else:
            self.body(node.body)
        self.fblocks.pop()
        self.lineno = node.lineno
        self.emit(op.POP_BLOCK, 0)
        if node.is_async:
            self.async_with_exit()
        else:
            self.emit(op.WITH_EXIT, 0)
        self.emit_jump(op.JUMP, end)
        # exception path: [exit, prev, exc]
        self.place(handler)
        suppress = Label()
        self.emit(op.WITH_EXCEPT, 0)
        if node.is_async:
            self.emit(op.GET_AWAITABLE, AWAIT_AEXIT)
            self.emit_await()
        self.emit_jump(op.POP_JUMP_IF_TRUE, suppress)
        self.emit(op.RERAISE, 0)
        self.place(suppress)
        self.emit(op.POP_TOP, 0)
        self.emit(op.POP_EXCEPT, 0)
        self.emit(op.POP_TOP, 0)
        self.place(end)

    def async_with_exit(self):
        """WITH_EXIT of an `async with`: await __aexit__(None, None, None), the
        __aexit__ on top of the stack."""
        self.emit(op.LOAD_CONST, self.const_none())
        self.emit(op.DUP_TOP, 0)
        self.emit(op.DUP_TOP, 0)
        self.emit(op.CALL_FUNCTION, 3)
        self.emit(op.GET_AWAITABLE, AWAIT_AEXIT)
        self.emit_await()
        self.emit(op.POP_TOP, 0)

    # --- the match statement ------------------------------------------------------------
    # Each case matches a copy of the subject; a pattern consumes the value on top of the
    # stack (pat_on_top counts it and the values above the subject).  As in CPython a
    # captured value stays on the stack, moved (ROT_N) below the values still to match,
    # and the names are stored once the whole pattern matched, before the guard runs.
    # A failing test jumps to pat_fail[n], n the values then on the stack above the
    # subject: the labels, placed after the case's body, pop them one by one and fall
    # through to the next case.  The guard runs with the subject below.
    def visit_Match(self, node):
        saved_fail = self.pat_fail
        saved_on_top = self.pat_on_top
        saved_stores = self.pat_stores
        saved_allow = self.pat_allow
        saved_base = self.pat_base
        saved_captures = self.pat_captures
        self.expr(node.subject)
        end = Label()
        n = len(node.cases)
        for i in range(n):
            case = node.cases[i]
            self.lineno = case.pattern.lineno
            self.emit(op.DUP_TOP, 0)
            self.pat_fail = []
            self.pat_on_top = 1
            self.pat_stores = []
            self.pat_base = 0
            self.pat_captures = []
            self.pat_allow = case.guard is not None or i == n - 1
            self.pattern(case.pattern)
            assert self.pat_on_top == len(self.pat_captures)
            captures = self.pat_captures
            for j in range(len(captures) - 1, -1, -1):
                self.name_op(captures[j], 1)
            self.pat_on_top = 0
            fails = self.pat_fail
            if case.guard is not None:
                self.jump_if(case.guard, False, self.fail_label())
                fails = self.pat_fail
            self.emit(op.POP_TOP, 0)
            self.body(case.body)
            self.emit_jump(op.JUMP, end)
            self.lineno = case.pattern.lineno
            self.place_fails(fails, 0)
        self.emit(op.POP_TOP, 0)
        self.place(end)
        self.pat_fail = saved_fail
        self.pat_on_top = saved_on_top
        self.pat_stores = saved_stores
        self.pat_allow = saved_allow
        self.pat_base = saved_base
        self.pat_captures = saved_captures

    def fail_label(self):
        while len(self.pat_fail) <= self.pat_on_top:
            self.pat_fail.append(Label())
        return self.pat_fail[self.pat_on_top]

    def place_fails(self, fails, base):
        """Place the failure labels above base, each popping one value."""
        i = len(fails) - 1
        reached = False
        while i > base:
            if reached or fails[i].refs:
                self.place(fails[i])
                self.emit(op.POP_TOP, 0)
                reached = True
            i -= 1
        if base < len(fails):
            self.place(fails[base])

    def pattern(self, node):
        self.lineno = node.lineno
        if isinstance(node, ast.MatchAs):
            self.pattern_as(node)
        elif isinstance(node, ast.MatchValue):
            self.expr(node.value)
            self.pattern_branch(op.CMP_EQ)
        elif isinstance(node, ast.MatchSingleton):
            self.expr(node.value)
            self.pattern_branch(op.CMP_IS)
        elif isinstance(node, ast.MatchSequence):
            self.pattern_sequence(node)
        elif isinstance(node, ast.MatchMapping):
            self.pattern_mapping(node)
        elif isinstance(node, ast.MatchClass):
            self.pattern_class(node)
        elif isinstance(node, ast.MatchOr):
            self.pattern_or(node)
        else:
            self.error('invalid syntax', node)

    def pattern_branch(self, cmpop):
        """The value and what it is compared with are on top: on to the next test if
        the comparison holds, else fail."""
        self.pat_on_top -= 1
        self.emit_jump(op.COMPARE_AND_BRANCH, self.fail_label(),
                       op.pack_branch(cmpop, False, 0))

    def pattern_store(self, name, node):
        if name in self.pat_stores:
            self.error("multiple assignments to name '%s' in pattern" % name, node)
        self.pat_stores.append(name)
        # below the values still to match, above the values captured before
        self.rotate(self.pat_on_top - self.pat_base - len(self.pat_captures))
        self.pat_captures.append(name)

    def rotate(self, n):
        """Move the top value down to the n-th place."""
        if n == 2:
            self.emit(op.ROT_TWO, 0)
        elif n == 3:
            self.emit(op.ROT_THREE, 0)
        elif n > 3:
            self.emit(op.ROT_N, n)

    def lift(self, depth):
        """Bring the value depth places below the top to the top (the values above it
        keep their order)."""
        for i in range(depth):
            self.rotate(depth + 1)

    def pattern_pop(self):
        self.emit(op.POP_TOP, 0)
        self.pat_on_top -= 1

    def subpattern(self, node):
        saved = self.pat_allow
        self.pat_allow = True
        self.pattern(node)
        self.pat_allow = saved

    def pattern_as(self, node):
        if node.pattern is None:
            if not self.pat_allow:
                if node.name is not None:
                    self.error("name capture '%s' makes remaining patterns unreachable"
                               % node.name, node)
                self.error('wildcard makes remaining patterns unreachable', node)
            if node.name is None:
                self.pattern_pop()
            else:
                self.pattern_store(node.name, node)
            return
        self.emit(op.DUP_TOP, 0)
        self.pat_on_top += 1
        self.subpattern(node.pattern)
        self.pattern_store(node.name, node)

    def pattern_length(self, cmpop, n):
        """Fail unless len(value) compares with n; the value stays."""
        self.emit(op.GET_LEN, 0)
        self.emit(op.LOAD_CONST, self.const_index('i%d' % n, self.space.newint(n)))
        self.emit_jump(op.COMPARE_AND_BRANCH, self.fail_label(),
                       op.pack_branch(cmpop, False, 0))

    def pattern_sequence(self, node):
        patterns = node.patterns
        n = len(patterns)
        star = -1
        only_wildcards = True
        for i in range(n):
            p = patterns[i]
            if isinstance(p, ast.MatchStar):
                if star >= 0:
                    self.error('multiple starred names in sequence pattern', node)
                star = i
                if p.name is not None:
                    only_wildcards = False
            elif not (isinstance(p, ast.MatchAs) and p.pattern is None and p.name is None):
                only_wildcards = False
        self.emit(op.MATCH_SEQUENCE, 0)
        self.emit_jump(op.POP_JUMP_IF_FALSE, self.fail_label())
        if star < 0:
            self.pattern_length(op.CMP_EQ, n)
        elif n > 1:
            self.pattern_length(op.CMP_GE, n - 1)
        if only_wildcards:
            self.pattern_pop()
            return
        if star < 0:
            self.emit(op.UNPACK_SEQUENCE, n)
        else:
            self.emit(op.UNPACK_EX, star | ((n - star - 1) << 8))
        self.pat_on_top += n - 1
        for p in patterns:
            if isinstance(p, ast.MatchStar):
                if p.name is None:
                    self.pattern_pop()
                else:
                    self.pattern_store(p.name, p)
            else:
                self.subpattern(p)

    def pattern_mapping(self, node):
        n = len(node.keys)
        self.emit(op.MATCH_MAPPING, 0)
        self.emit_jump(op.POP_JUMP_IF_FALSE, self.fail_label())
        if n == 0 and node.rest is None:
            self.pattern_pop()
            return
        if n > 0:
            self.pattern_length(op.CMP_GE, n)
        seen = []
        for key in node.keys:
            text = constant_key(key)
            if text != '':
                if text in seen:
                    self.error('mapping pattern checks duplicate key (%s)' % text, node)
                seen.append(text)
            self.expr(key)
        self.emit(op.BUILD_TUPLE, n)
        self.pat_on_top += 1
        if n > 0:
            self.emit(op.MATCH_KEYS, 0)
            self.pat_on_top += 1
            self.pattern_fail_if_none()
            self.emit(op.UNPACK_SEQUENCE, n)
            self.pat_on_top += n - 1
            for p in node.patterns:
                self.subpattern(p)
        # the subject and the keys are left
        if node.rest is not None:
            self.emit(op.COPY_DICT_WITHOUT_KEYS, 0)
            self.pattern_store(node.rest, node)
        else:
            self.pattern_pop()
        self.pattern_pop()

    def pattern_fail_if_none(self):
        """Fail if the value on top is None (it stays on the stack)."""
        self.emit(op.DUP_TOP, 0)
        self.emit(op.LOAD_CONST, self.const_none())
        self.emit_jump(op.COMPARE_AND_BRANCH, self.fail_label(),
                       op.pack_branch(op.CMP_IS, True, 0))

    def pattern_class(self, node):
        names = node.kwd_attrs
        for i in range(len(names)):
            if names[i] in names[:i]:
                self.error('attribute name repeated in class pattern: %s' % names[i],
                           node.kwd_patterns[i])
        self.expr(node.cls)
        space = self.space
        self.emit(op.LOAD_CONST, self.const_object(
            space.newtuple([space.newstr(name) for name in names])))
        self.emit(op.MATCH_CLASS, len(node.patterns))
        self.pattern_fail_if_none()
        n = len(node.patterns) + len(names)
        self.emit(op.UNPACK_SEQUENCE, n)
        self.pat_on_top += n - 1
        for p in node.patterns:
            self.subpattern(p)
        for p in node.kwd_patterns:
            self.subpattern(p)

    def pattern_or(self, node):
        """Each alternative matches a copy of the value with its own failure labels and
        captures; on success they are put in the first alternative's order and moved
        below the enclosing pattern's values still to match."""
        end = Label()
        outer_fail = self.pat_fail
        outer_base = self.pat_base
        outer_captures = self.pat_captures
        base = self.pat_on_top
        before = self.pat_stores
        allow = self.pat_allow
        working = base - outer_base - len(outer_captures)    # with the value, on top
        bound = None
        n = len(node.patterns)
        for i in range(n):
            alt = node.patterns[i]
            self.lineno = alt.lineno
            self.emit(op.DUP_TOP, 0)
            self.pat_fail = []
            self.pat_on_top = base + 1
            self.pat_base = base
            self.pat_captures = []
            self.pat_stores = before[:]
            self.pat_allow = allow and i == n - 1
            self.pattern(alt)
            names = self.pat_captures
            k = len(names)
            if bound is None:
                bound = names
            elif not same_names(names, bound):
                self.error('alternative patterns bind different names', alt)
            else:
                current = names[:]
                if current != bound:
                    for name in bound:      # each in turn to the top, in bound's order
                        index = 0
                        while current[index] != name:
                            index += 1
                        self.lift(len(current) - 1 - index)
                        del current[index]
                        current.append(name)
            self.lift(k)                    # the value over the captures, and away
            self.emit(op.POP_TOP, 0)
            if working > 1:
                for j in range(k):
                    self.rotate(working - 1 + k)
            self.emit_jump(op.JUMP, end)
            self.place_fails(self.pat_fail, base)
        self.pat_fail = outer_fail
        self.pat_on_top = base
        self.pat_base = outer_base
        self.pat_captures = outer_captures
        self.pat_allow = allow
        self.emit_jump(op.JUMP, self.fail_label())
        self.place(end)
        if bound is not None:
            self.pat_stores = before + bound
            self.pat_captures = outer_captures + bound
            self.pat_on_top = base - 1 + len(bound)
        else:
            self.pat_stores = before
            self.pat_on_top = base - 1

    def visit_Raise(self, node):
        n = 0
        if node.exc is not None:
            self.expr(node.exc)
            n = 1
            if node.cause is not None:
                self.expr(node.cause)
                n = 2
        self.emit(op.RAISE_VARARGS, n)

    def visit_Assert(self, node):
        end = Label()
        self.jump_if(node.test, True, end)
        self.emit(op.LOAD_ASSERTION_ERROR, 0)
        if node.msg is not None:
            self.expr(node.msg)
            self.emit(op.CALL_FUNCTION, 1)
        self.emit_at(node.test, op.RAISE_VARARGS, 1)     # (CPython places it at the test)
        self.place(end)

    def visit_Global(self, node):
        pass

    def visit_Nonlocal(self, node):
        pass

    def visit_Import(self, node):
        # IMPORT_NAME 'a.b' imports a, then a.b, and pushes a.b: `import a.b as x`
        # binds that; `import a.b` binds a (imported again: found in sys.modules)
        for alias in node.names:
            self.note_weakref_import(alias.name)
            self.emit(op.IMPORT_NAME, self.name_idx(alias.name))
            if alias.asname is not None:
                self.name_op(alias.asname, 1)
            else:
                top = alias.name.split('.')[0]
                if top != alias.name:
                    self.emit(op.POP_TOP, 0)
                    self.emit(op.IMPORT_NAME, self.name_idx(top))
                self.name_op(top, 1)

    def note_weakref_import(self, module):
        """Code that imports weakref (anywhere in it, run or not) makes every instance
        made from now on weakly referable: also those its module makes before the
        import statement runs (space.enable_weakrefs)."""
        if module == 'weakref' or module.startswith('weakref.'):
            self.space.enable_weakrefs()

    def visit_ImportFrom(self, node):
        # a relative import's name starts with one dot per level ('..a' for
        # `from ..a import b`): IMPORT_NAME resolves it against the module's package
        if node.level == 0 and node.module == '__future__':
            self.check_future(node)
        if node.level == 0:
            self.note_weakref_import(node.module)
        self.emit(op.IMPORT_NAME, self.name_idx('.' * node.level + node.module))
        if len(node.names) == 1 and node.names[0].name == '*':
            if self.scope.kind != MODULE:
                self.error('import * only allowed at module level', node.names[0])
            self.emit(op.IMPORT_STAR, 0)
            return
        for alias in node.names:
            self.emit(op.IMPORT_FROM, self.name_idx(alias.name))
            if alias.asname is not None:
                self.name_op(alias.asname, 1)
            else:
                self.name_op(alias.name, 1)
        self.emit(op.POP_TOP, 0)

    def check_future(self, node):
        if node not in self.future_imports:
            self.error('from __future__ imports must occur at the beginning of the file',
                       node)
        for alias in node.names:
            if alias.name == 'braces':
                self.error('not a chance', node)
            if alias.name not in FUTURE_FEATURES:
                self.error('future feature %s is not defined' % alias.name, node)

    def visit_FunctionDef(self, node):
        for d in node.decorators:
            self.expr(d)
        self.make_function(node, node.name, node.args, node.body, None)
        self.apply_decorators(node.decorators, node.lineno)
        self.name_op(node.bound, 1)

    def apply_decorators(self, decorators, lineno):
        """Call the decorators on the function or class on top of the stack, the last
        first; each call has its decorator's line (as CPython: a traceback of a
        decorator that raises shows the `@` line)."""
        for i in range(len(decorators) - 1, -1, -1):
            d = decorators[i]
            if d.lineno > 0:
                self.lineno = d.lineno
            self.emit(op.CALL_FUNCTION, 1)
        self.lineno = lineno

    def visit_Lambda(self, node):
        self.make_function(node, '<lambda>', node.args, None, node.body)

    def make_function(self, node, name, args, body, body_expr):
        # defaults, kw-defaults and the closure are evaluated here, in the defining scope
        if args.defaults:
            for d in args.defaults:
                self.expr(d)
            self.emit(op.BUILD_TUPLE, len(args.defaults))
        else:
            self.emit(op.LOAD_CONST, self.const_none())
        nkw = 0
        for i in range(len(args.kwonlyargs)):
            d = args.kw_defaults[i]
            if d is not None:
                self.emit(op.LOAD_CONST, self.const_str(args.kwonlyargs[i]))
                self.expr(d)
                nkw += 1
        if nkw:
            self.emit(op.BUILD_MAP, nkw)
        else:
            self.emit(op.LOAD_CONST, self.const_none())
        nann = len(args.ann_names)
        if nann:
            # f.__annotations__, built after the defaults (as CPython) and kept below
            # them until the function is made
            for i in range(nann):
                self.emit(op.LOAD_CONST, self.const_str(args.ann_names[i]))
                self.annotation(args.ann_values[i])
            self.emit(op.BUILD_MAP, nann)
            self.emit(op.ROT_THREE, 0)
        scope = self.scopes[node]
        gen = CodeGen(self.space, self.scopes, scope, name, self.filename, node.lineno,
                      self.child_qualname(name))
        gen.future_annotations = self.future_annotations
        gen.argcount = len(args.args)
        if body is not None:
            w_doc = docstring_of(body)
            if w_doc is not None:
                gen.doc = w_doc.value
                body = body[1:]
            gen.body(body)
            gen.emit(op.LOAD_CONST, gen.const_none())
            gen.emit(op.RETURN_VALUE, 0)
        else:
            gen.lineno = node.lineno
            gen.expr(body_expr)
            gen.emit(op.RETURN_VALUE, 0)
        flags = 0
        if gen.scope.generator and gen.scope.coroutine:
            flags |= CO_ASYNC_GENERATOR
        elif gen.scope.generator:
            flags |= CO_GENERATOR
        elif gen.scope.coroutine:
            flags |= CO_COROUTINE
        if args.vararg is not None:
            flags |= CO_VARARGS
        if args.kwarg is not None:
            flags |= CO_VARKEYWORDS
        code = gen.assemble(len(args.args), len(args.kwonlyargs), flags)
        code.posonlyargcount = args.posonlyargcount
        self.load_closure(gen)
        self.emit(op.MAKE_FUNCTION, self.const_object(code))
        if nann:
            self.emit(op.DUP_TOP, 0)
            self.emit(op.ROT_THREE, 0)
            self.emit(op.STORE_ATTR, self.name_idx('__annotations__'))

    def load_closure(self, gen):
        if gen.freevars:
            for name in gen.freevars:
                if name == '__class__' and self.scope.kind == CLASS:
                    self.emit(op.LOAD_CLOSURE, self.deref_index('__class__'))
                else:
                    self.emit(op.LOAD_CLOSURE, self.deref_index(name))
            self.emit(op.BUILD_TUPLE, len(gen.freevars))
        else:
            self.emit(op.LOAD_CONST, self.const_none())

    def visit_ClassDef(self, node):
        for d in node.decorators:
            self.expr(d)
        self.emit(op.LOAD_BUILD_CLASS, 0)
        scope = self.scopes[node]
        gen = CodeGen(self.space, self.scopes, scope, node.name, self.filename, node.lineno,
                      self.child_qualname(node.name))
        gen.future_annotations = self.future_annotations
        gen.emit(op.LOAD_NAME, gen.name_idx('__name__'))
        gen.emit(op.STORE_NAME, gen.name_idx('__module__'))
        gen.emit(op.LOAD_CONST, gen.const_str(gen.qualname))
        gen.emit(op.STORE_NAME, gen.name_idx('__qualname__'))
        body = node.body
        if has_annotations(body):
            gen.emit(op.SETUP_ANNOTATIONS, 0)
        doc = docstring_of(body)
        if doc is not None:
            gen.expr(doc)
            gen.emit(op.STORE_NAME, gen.name_idx('__doc__'))
            body = body[1:]
        gen.body(body)
        if scope.has_class_cell:
            gen.emit(op.LOAD_CLOSURE, gen.deref_index('__class__'))
        else:
            gen.emit(op.LOAD_CONST, gen.const_none())
        gen.emit(op.RETURN_VALUE, 0)
        code = gen.assemble(0, 0, 0)
        self.emit(op.LOAD_CONST, self.const_none())     # no defaults
        self.emit(op.LOAD_CONST, self.const_none())     # no kw-defaults
        self.load_closure(gen)
        self.emit(op.MAKE_FUNCTION, self.const_object(code))
        self.emit(op.LOAD_CONST, self.const_str(node.name))
        self.call_tail(node.bases, node.keywords, 2)
        self.apply_decorators(node.decorators, node.lineno)
        self.name_op(node.bound, 1)

    # --- expressions ----------------------------------------------------------------
    def expr(self, node):
        saved = self.lineno
        saved_position = self.position
        if node.lineno > 0:
            self.lineno = node.lineno
            self.position = position_of(node)
        node.accept(self)
        self.lineno = saved
        self.position = saved_position

    def visit_Name(self, node):
        if node.name == '__debug__':    # (a constant, as CPython compiles it)
            self.emit(op.LOAD_CONST, self.const_index('T', self.space.w_True))
            return
        self.name_op(node.name, 0)

    def visit_NamedExpr(self, node):
        self.expr(node.value)
        self.emit(op.DUP_TOP, 0)
        target = node.target
        assert isinstance(target, ast.Name)
        self.name_op(target.name, 1)

    def visit_Constant(self, node):
        space = self.space
        kind = node.kind
        if kind == 'none':
            self.emit(op.LOAD_CONST, self.const_none())
        elif kind == 'true':
            self.emit(op.LOAD_CONST, self.const_index('T', space.w_True))
        elif kind == 'false':
            self.emit(op.LOAD_CONST, self.const_index('F', space.w_False))
        elif kind == 'str':
            self.emit(op.LOAD_CONST, self.const_str(node.value))
        elif kind == 'bytes':
            self.emit(op.LOAD_CONST, self.const_index('b' + node.value,
                                                      space.newbytes(node.value)))
        elif kind == 'int':
            self.check_int_literal(node)
            self.emit(op.LOAD_CONST, self.const_index('i' + node.value,
                                                      space.int_from_literal(node.value)))
        elif kind == 'float':
            self.emit(op.LOAD_CONST, self.const_index('f' + node.value,
                                                      space.float_from_literal(node.value)))
        elif kind == 'ellipsis':
            self.emit(op.LOAD_CONST, self.const_index('E', space.w_Ellipsis))
        else:
            self.error('unsupported constant', node)

    def visit_JoinedStr(self, node):
        for part in node.values_w:
            self.expr(part)
        if len(node.values_w) != 1 or not isinstance(node.values_w[0], ast.FormattedValue):
            self.emit(op.BUILD_STRING, len(node.values_w))

    def visit_FormattedValue(self, node):
        self.expr(node.value)
        arg = 0
        if node.conversion == 's':
            arg = 1
        elif node.conversion == 'r':
            arg = 2
        elif node.conversion == 'a':
            arg = 3
        if node.format_spec is not None:
            self.expr(node.format_spec)
            arg |= 4
        self.emit(op.FORMAT_VALUE, arg)

    def visit_BinOp(self, node):
        self.expr(node.left)
        self.expr(node.right)
        self.emit(op.BINARY_OP, op.BINOPS.index(node.op))

    def visit_UnaryOp(self, node):
        self.expr(node.operand)
        self.emit(op.UNARY_OP, op.UNOPS.index(node.op))

    def visit_BoolOp(self, node):
        end = Label()
        jump = op.JUMP_IF_FALSE_OR_POP
        if node.op == 'or':
            jump = op.JUMP_IF_TRUE_OR_POP
        n = len(node.values)
        for i in range(n):
            self.expr(node.values[i])
            if i < n - 1:
                self.emit_jump(jump, end)
        self.place(end)

    # --- CPython 3.11's compile-time SyntaxWarnings (literal misuses) -------------------

    def syntax_warning(self, node, message):
        lineno = node.lineno if node.lineno > 0 else self.lineno
        syntax_warning(self.space, self.filename, lineno, message)

    def check_is_literal(self, node):
        """`x is 1`: '"is" with a literal' (None, True, False and ... are not)."""
        operands = [node.left] + node.comparators
        for i in range(len(node.ops)):
            cmp = node.ops[i]
            if cmp != 'is' and cmp != 'is not':
                continue
            if is_literal(operands[i]) or is_literal(operands[i + 1]):
                if cmp == 'is':
                    self.syntax_warning(node, '"is" with a literal. Did you mean "=="?')
                else:
                    self.syntax_warning(node, '"is not" with a literal. Did you mean "!="?')

    def check_caller(self, node):
        """`"a" "b"()`, `[1, 2] (3)`: a literal called."""
        func = node.func
        if isinstance(func, ast.Constant) or isinstance(func, ast.TupleExpr) or \
                isinstance(func, ast.ListExpr) or isinstance(func, ast.ListComp) or \
                isinstance(func, ast.DictExpr) or isinstance(func, ast.DictComp) or \
                isinstance(func, ast.SetExpr) or isinstance(func, ast.SetComp) or \
                isinstance(func, ast.GeneratorExp) or isinstance(func, ast.JoinedStr) or \
                isinstance(func, ast.FormattedValue):
            self.syntax_warning(node, "'%s' object is not callable; perhaps you missed "
                                "a comma?" % literal_type(func))

    def check_subscript(self, node):
        """`5[0]`, `[1]['a']`: a literal that cannot be subscripted, or indexed by a
        literal that is not an int or a slice."""
        value = node.value
        kind = ''
        if isinstance(value, ast.Constant):
            kind = value.kind
        if kind in ('none', 'ellipsis', 'int', 'float', 'true', 'false') or \
                isinstance(value, ast.SetExpr) or isinstance(value, ast.SetComp) or \
                isinstance(value, ast.GeneratorExp) or isinstance(value, ast.Lambda):
            self.syntax_warning(node, "'%s' object is not subscriptable; perhaps you "
                                "missed a comma?" % literal_type(value))
            return
        index_type = literal_type(node.index)
        if index_type == '' or index_type == 'int' or index_type == 'bool' or \
                isinstance(node.index, ast.Slice):
            return
        if kind in ('str', 'bytes') or isinstance(value, ast.TupleExpr) or \
                isinstance(value, ast.ListExpr) or isinstance(value, ast.ListComp) or \
                isinstance(value, ast.JoinedStr) or isinstance(value, ast.FormattedValue):
            self.syntax_warning(node, "%s indices must be integers or slices, not %s; "
                                "perhaps you missed a comma?"
                                % (literal_type(value), index_type))

    def visit_Compare(self, node):
        self.check_is_literal(node)
        self.expr(node.left)
        n = len(node.ops)
        if n == 1:
            self.expr(node.comparators[0])
            self.emit(op.COMPARE_OP, op.CMPOPS.index(node.ops[0]))
            return
        cleanup = Label()
        end = Label()
        for i in range(n - 1):
            self.expr(node.comparators[i])
            self.emit(op.DUP_TOP, 0)
            self.emit(op.ROT_THREE, 0)
            self.emit(op.COMPARE_OP, op.CMPOPS.index(node.ops[i]))
            self.emit_jump(op.JUMP_IF_FALSE_OR_POP, cleanup)
        self.expr(node.comparators[n - 1])
        self.emit(op.COMPARE_OP, op.CMPOPS.index(node.ops[n - 1]))
        self.emit_jump(op.JUMP, end)
        self.place(cleanup)
        self.emit(op.ROT_TWO, 0)
        self.emit(op.POP_TOP, 0)
        self.place(end)

    def compare_and_branch(self, node, value, label):
        """A comparison, chained or not, that only decides a jump: COMPARE_AND_BRANCH
        instead of COMPARE_OP and POP_JUMP_IF_*, for the last comparison of a chain
        as for its first."""
        saved = self.lineno
        if node.lineno > 0:
            self.lineno = node.lineno
        self.check_is_literal(node)
        self.expr(node.left)
        n = len(node.ops)
        if n == 1:
            self.expr(node.comparators[0])
            self.emit_branch(node.ops[0], value, label)
        else:
            cleanup = Label()
            end = Label()
            for i in range(n - 1):
                self.expr(node.comparators[i])
                self.emit(op.DUP_TOP, 0)
                self.emit(op.ROT_THREE, 0)
                self.emit_branch(node.ops[i], False, cleanup)
            self.expr(node.comparators[n - 1])
            self.emit_branch(node.ops[n - 1], value, label)
            self.emit_jump(op.JUMP, end)
            # a link of the chain was false: drop the operand kept for the next link
            self.place(cleanup)
            self.emit(op.POP_TOP, 0)
            if not value:
                self.emit_jump(op.JUMP, label)
            self.place(end)
        self.lineno = saved

    def emit_branch(self, cmp, if_true, label):
        cmpop = op.CMPOPS.index(cmp)
        self.emit_jump(op.COMPARE_AND_BRANCH, label, op.pack_branch(cmpop, if_true, 0))

    def visit_Attribute(self, node):
        self.expr(node.value)
        self.emit(op.LOAD_ATTR, self.name_idx(node.attr))

    def visit_Subscript(self, node):
        self.check_subscript(node)
        self.expr(node.value)
        self.expr(node.index)
        self.emit(op.BINARY_SUBSCR, 0)

    def visit_Slice(self, node):
        for part in [node.lower, node.upper]:
            if part is None:
                self.emit(op.LOAD_CONST, self.const_none())
            else:
                self.expr(part)
        if node.step is not None:
            self.expr(node.step)
            self.emit(op.BUILD_SLICE, 3)
        else:
            self.emit(op.BUILD_SLICE, 2)

    def visit_Starred(self, node):
        self.error("can't use starred expression here", node)

    def has_starred(self, elts):
        for e in elts:
            if isinstance(e, ast.Starred):
                return True
        return False

    def build_list_from(self, elts):
        """Push a list of elts, expanding *starred parts."""
        self.emit(op.BUILD_LIST, 0)
        pending = 0
        for e in elts:
            if isinstance(e, ast.Starred):
                if pending:
                    self.emit(op.BUILD_LIST, pending)
                    self.emit(op.LIST_EXTEND, 1)
                    pending = 0
                self.expr(e.value)
                self.emit(op.LIST_EXTEND, 1)
            else:
                self.expr(e)
                pending += 1
        if pending:
            self.emit(op.BUILD_LIST, pending)
            self.emit(op.LIST_EXTEND, 1)

    def visit_ListExpr(self, node):
        if self.has_starred(node.elts):
            self.build_list_from(node.elts)
            return
        for e in node.elts:
            self.expr(e)
        self.emit(op.BUILD_LIST, len(node.elts))

    def visit_TupleExpr(self, node):
        if self.has_starred(node.elts):
            self.build_list_from(node.elts)
            self.emit(op.LIST_TO_TUPLE, 0)
            return
        for e in node.elts:
            self.expr(e)
        self.emit(op.BUILD_TUPLE, len(node.elts))

    def visit_SetExpr(self, node):
        # as CPython: the items before the first *starred one make the set, each later
        # one is added (SET_ADD) or its items are (SET_UPDATE)
        if len(node.elts) > 2 and all_constant(node.elts):
            # CPython folds the items into a frozenset constant, which its compiler
            # rebuilds in its own iteration order (merge_consts_recursive), and merges
            # that into an empty set (BUILD_SET 0; LOAD_CONST; SET_UPDATE): make the
            # same tables, so that the set iterates in CPython's order
            self.emit(op.BUILD_SET, 0)
            self.constant_frozenset(node.elts)
            self.emit(op.SET_UPDATE, 1)
            return
        n = 0
        while n < len(node.elts) and not isinstance(node.elts[n], ast.Starred):
            self.expr(node.elts[n])
            n += 1
        self.emit(op.BUILD_SET, n)
        for e in node.elts[n:]:
            if isinstance(e, ast.Starred):
                self.expr(e.value)
                self.emit(op.SET_UPDATE, 1)
            else:
                self.expr(e)
                self.emit(op.SET_ADD, 1)

    def constant_frozenset(self, elts):
        """Push the set CPython's compiler makes of constant set items: one built from
        them in order, rebuilt by adding its items in its iteration order."""
        self.emit(op.BUILD_SET, 0)
        self.emit(op.BUILD_LIST, 0)
        for e in elts:
            self.expr(e)
        self.emit(op.BUILD_SET, len(elts))
        self.emit(op.LIST_EXTEND, 1)
        self.emit(op.SET_UPDATE, 1)

    def iter_expr(self, node):
        """The iterable of a for loop or a comprehension: a set display of constants
        is the frozenset constant CPython's AST optimizer makes of it (fold_iter)."""
        if isinstance(node, ast.SetExpr) and all_constant(node.elts):
            self.constant_frozenset(node.elts)
        else:
            self.expr(node)

    def visit_SetComp(self, node):
        self.comprehension(node, '<setcomp>', node.generators, 'set', node.elt, None)

    def visit_DictExpr(self, node):
        n = len(node.keys)
        pending = 0
        merged = False
        for i in range(n):
            key = node.keys[i]
            if key is None:
                if not merged:
                    self.emit(op.BUILD_MAP, pending)
                    merged = True
                elif pending:
                    self.emit(op.BUILD_MAP, pending)
                    self.emit(op.DICT_UPDATE, 1)
                pending = 0
                self.expr(node.values[i])
                self.emit(op.DICT_UPDATE, 1)
            else:
                self.expr(key)
                self.expr(node.values[i])
                pending += 1
        if not merged:
            self.emit(op.BUILD_MAP, pending)
        elif pending:
            self.emit(op.BUILD_MAP, pending)
            self.emit(op.DICT_UPDATE, 1)

    def visit_IfExp(self, node):
        end = Label()
        orelse = Label()
        self.jump_if(node.test, False, orelse)
        self.expr(node.body)
        self.emit_jump(op.JUMP, end)
        self.place(orelse)
        self.expr(node.orelse)
        self.place(end)

    def visit_Call(self, node):
        func = node.func
        self.check_caller(node)
        if isinstance(func, ast.Attribute) and not node.keywords and \
                not self.has_starred(node.args):
            self.expr(func.value)
            self.emit_at(func, op.LOAD_METHOD, self.name_idx(func.attr))
            for a in node.args:
                self.expr(a)
            self.lineno = node.lineno
            self.emit(op.CALL_METHOD, len(node.args))
            return
        if isinstance(func, ast.Name) and func.name == 'super' and not node.args and \
                not node.keywords and self.scope.kind == FUNCTION and \
                '__class__' in self.scope.frees and self.argcount > 0:
            # zero-argument super(): super(__class__, <first argument>), as CPython's
            # (without a positional parameter: its RuntimeError, from super() itself)
            self.name_op('super', 0)
            self.emit(op.LOAD_DEREF, self.deref_index('__class__'))
            first = self.scope.params[0]
            if self.scope.lookup(first) == SC_LOCAL:
                self.emit(op.LOAD_FAST, self.var_index(first))
            else:
                self.emit(op.LOAD_DEREF, self.deref_index(first))
            self.emit(op.CALL_FUNCTION, 2)
            return
        self.expr(func)
        self.call_tail(node.args, node.keywords, 0)

    def star_args_list(self, args, already):
        """The positional arguments of a call with a `*x` among them, as one tuple: the
        `already` pushed ones and args, in a list extended by each, then made a tuple."""
        self.emit(op.BUILD_LIST, already)
        for a in args:
            if isinstance(a, ast.Starred):
                self.expr(a.value)
            else:
                self.expr(a)
                self.emit(op.BUILD_LIST, 1)
            self.emit(op.LIST_EXTEND, 1)
        self.emit(op.LIST_TO_TUPLE, 0)

    def call_tail(self, args, keywords, already):
        """Emit the call of the callable below `already` pushed positional arguments."""
        has_double_star = False
        seen = {}
        for kw in keywords:
            if kw.arg is None:
                has_double_star = True
            elif kw.arg in seen:
                self.error('keyword argument repeated: %s' % kw.arg, kw)
            else:
                seen[kw.arg] = None
        if self.has_starred(args) or has_double_star:
            first = args[0] if len(args) == 1 else None
            if already == 0 and isinstance(first, ast.Starred):
                # f(*x): x itself, made a tuple by CALL_FUNCTION_EX (as CPython)
                self.expr(first.value)
            else:
                self.star_args_list(args, already)
            if keywords:
                # each keyword merged on its own, so that a name given twice is an error
                self.emit(op.BUILD_MAP, 0)
                for kw in keywords:
                    if kw.arg is None:
                        self.expr(kw.value)
                    else:
                        self.emit(op.LOAD_CONST, self.const_str(kw.arg))
                        self.expr(kw.value)
                        self.emit(op.BUILD_MAP, 1)
                    self.emit(op.DICT_MERGE, 1)
                self.emit(op.CALL_FUNCTION_EX, 1)
            else:
                self.emit(op.CALL_FUNCTION_EX, 0)
            return
        for a in args:
            self.expr(a)
        n = already + len(args)
        if keywords:
            names_w = []
            for kw in keywords:
                self.expr(kw.value)
                names_w.append(self.space.newstr(kw.arg))
            self.emit(op.LOAD_CONST, self.const_object(self.space.newtuple(names_w)))
            self.emit(op.CALL_FUNCTION_KW, n + len(keywords))
        else:
            self.emit(op.CALL_FUNCTION, n)

    def comprehension(self, node, name, generators, kind, elt, value):
        first = generators[0]
        self.iter_expr(first.iter)
        if first.is_async:
            self.emit(op.GET_AITER, 0)
        else:
            self.emit(op.GET_ITER, 0)
        scope = self.scopes[node]
        gen = CodeGen(self.space, self.scopes, scope, name, self.filename, node.lineno,
                      self.child_qualname(name))
        gen.lineno = node.lineno
        gen.argcount = 1        # .0, the iterator
        flags = 0
        if kind == 'list':
            gen.emit(op.BUILD_LIST, 0)
        elif kind == 'set':
            gen.emit(op.BUILD_SET, 0)
        elif kind == 'dict':
            gen.emit(op.BUILD_MAP, 0)
        gen.comprehension_loop(generators, 0, kind, elt, value)
        if kind == 'gen':
            flags = CO_GENERATOR
            if scope.coroutine:
                flags = CO_ASYNC_GENERATOR      # an asynchronous generator expression
            gen.emit(op.LOAD_CONST, gen.const_none())
        elif scope.coroutine:
            flags = CO_COROUTINE
        gen.emit(op.RETURN_VALUE, 0)
        code = gen.assemble(1, 0, flags)
        self.emit(op.LOAD_CONST, self.const_none())
        self.emit(op.LOAD_CONST, self.const_none())
        self.load_closure(gen)
        self.emit(op.MAKE_FUNCTION, self.const_object(code))
        self.emit(op.ROT_TWO, 0)
        self.emit(op.CALL_FUNCTION, 1)
        if scope.coroutine and kind != 'gen':
            # an asynchronous comprehension: a coroutine, awaited here
            self.emit(op.GET_AWAITABLE, 0)
            self.emit_await()

    def comprehension_loop(self, generators, i, kind, elt, value):
        gen = generators[i]
        start = Label()
        end = Label()
        if i == 0:
            self.emit(op.LOAD_FAST, self.var_index('.0'))
        else:
            self.iter_expr(gen.iter)
            if gen.is_async:
                self.emit(op.GET_AITER, 0)
            else:
                self.emit(op.GET_ITER, 0)
        self.place(start)
        if gen.is_async:
            self.async_for_next(end)
        else:
            self.emit_jump(op.FOR_ITER, end)
        self.store(gen.target)
        for cond in gen.ifs:
            self.jump_if(cond, False, start)
        depth = i + 2          # the result below the iterators
        if i + 1 < len(generators):
            self.comprehension_loop(generators, i + 1, kind, elt, value)
        elif kind == 'gen':
            self.expr(elt)
            self.emit(op.YIELD_VALUE, 0)
            self.emit(op.POP_TOP, 0)
        elif kind == 'list':
            self.expr(elt)
            self.emit(op.LIST_APPEND, depth)
        elif kind == 'set':
            self.expr(elt)
            self.emit(op.SET_ADD, depth)
        else:
            self.expr(elt)
            self.expr(value)
            self.emit(op.MAP_ADD, depth)
        self.emit_jump(op.JUMP, start)
        self.place(end)

    def visit_ListComp(self, node):
        self.comprehension(node, '<listcomp>', node.generators, 'list', node.elt, None)

    def visit_DictComp(self, node):
        self.comprehension(node, '<dictcomp>', node.generators, 'dict', node.key, node.value)

    def visit_GeneratorExp(self, node):
        self.comprehension(node, '<genexpr>', node.generators, 'gen', node.elt, None)

    def visit_Yield(self, node):
        if node.value is None:
            self.emit(op.LOAD_CONST, self.const_none())
        else:
            self.expr(node.value)
        self.emit(op.YIELD_VALUE, 0)

    def visit_YieldFrom(self, node):
        self.expr(node.value)
        self.emit(op.GET_YIELD_FROM_ITER, 0)
        self.emit(op.LOAD_CONST, self.const_none())
        self.emit(op.YIELD_FROM, 0)

    def visit_Await(self, node):
        self.expr(node.value)
        self.emit(op.GET_AWAITABLE, 0)
        self.emit_await()

    def visit_Keyword(self, node):
        self.expr(node.value)


# every `from __future__ import` feature of Python 3.11: all accepted, none changes
# gclab (each is mandatory in 3.11, or -- annotations, barry_as_FLUFL -- not modelled:
# docs/language.md)
FUTURE_FEATURES = ['nested_scopes', 'generators', 'division', 'absolute_import',
                   'with_statement', 'print_function', 'unicode_literals',
                   'barry_as_FLUFL', 'generator_stop', 'annotations']


def syntax_warning(space, filename, lineno, message):
    """Print a compile-time SyntaxWarning on stderr as CPython's warnings module shows
    one: the place, the message, then the source line when the file can be read."""
    text = '%s:%d: SyntaxWarning: %s\n' % (filename, lineno, message)
    line = source_line(filename, lineno).strip()
    if line != '':
        text += '  %s\n' % line
    space.write_stderr(text)


def source_line(filename, lineno):
    """Line lineno of the file filename, '' if it cannot be read."""
    try:
        fd = os.open(filename, os.O_RDONLY, 0)
    except OSError:
        return ''
    try:
        data = util.read_all(fd)
    except OSError:
        data = ''
    os.close(fd)
    lines = data.split('\n')
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def is_literal(node):
    """An operand CPython's `is` warns about: a constant after its AST optimizer that is
    not None, True, False or Ellipsis."""
    if isinstance(node, ast.Constant):
        return node.kind not in ('none', 'true', 'false', 'ellipsis')
    return is_constant(node)


def literal_type(node):
    """The type name of the object a literal expression makes, '' if not a literal."""
    if isinstance(node, ast.Constant):
        kind = node.kind
        if kind == 'none':
            return 'NoneType'
        if kind == 'true' or kind == 'false':
            return 'bool'
        if kind == 'float':
            value = node.value
            if value.endswith('j') or value.endswith('J'):
                return 'complex'
            return 'float'
        return kind
    if isinstance(node, ast.TupleExpr):
        return 'tuple'
    if isinstance(node, ast.ListExpr) or isinstance(node, ast.ListComp):
        return 'list'
    if isinstance(node, ast.DictExpr) or isinstance(node, ast.DictComp):
        return 'dict'
    if isinstance(node, ast.SetExpr) or isinstance(node, ast.SetComp):
        return 'set'
    if isinstance(node, ast.GeneratorExp):
        return 'generator'
    if isinstance(node, ast.Lambda):
        return 'function'
    if isinstance(node, ast.JoinedStr) or isinstance(node, ast.FormattedValue):
        return 'str'
    return ''


def is_constant(node):
    """Whether CPython 3.11's AST optimizer makes node a constant: a literal, a sign or
    ~ on a number, a tuple of constants, arithmetic on numbers that it folds (see
    foldable_binop; where gclab cannot tell, it says no)."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.UnaryOp) and node.op != 'not':
        if node.op == '~':
            return is_int_constant(node.operand)
        return is_number_constant(node.operand)
    if isinstance(node, ast.TupleExpr):
        return all_constant(node.elts)
    if isinstance(node, ast.BinOp):
        return foldable_binop(node)
    return False


def is_number_constant(node):
    if isinstance(node, ast.Constant):
        return node.kind == 'int' or node.kind == 'float'
    if isinstance(node, ast.UnaryOp) or isinstance(node, ast.BinOp):
        return is_constant(node) and number_operands(node)
    return False


def number_operands(node):
    """Whether the folded expression node works on numbers only (not on tuples)."""
    if isinstance(node, ast.UnaryOp):
        return is_number_constant(node.operand)
    if isinstance(node, ast.BinOp):
        return is_number_constant(node.left) and is_number_constant(node.right)
    return False


def is_int_constant(node):
    if isinstance(node, ast.Constant):
        return node.kind == 'int'
    if isinstance(node, ast.UnaryOp) and node.op != 'not':
        return is_int_constant(node.operand)
    return False


SMALL_INT_DIGITS = 18


def small_int(node):
    """The value of a decimal int literal of at most 18 digits, or of a sign on one;
    -1 (and ok False) for anything else: (ok, value)."""
    sign = 1
    while isinstance(node, ast.UnaryOp) and (node.op == '-' or node.op == '+'):
        if node.op == '-':
            sign = -sign
        node = node.operand
    if not isinstance(node, ast.Constant) or node.kind != 'int':
        return False, -1
    text = node.value
    if len(text) == 0 or len(text) > SMALL_INT_DIGITS or (len(text) > 1 and text[0] == '0'):
        return False, -1
    value = 0
    for c in text:
        if c < '0' or c > '9':
            return False, -1
        value = value * 10 + (ord(c) - ord('0'))
    return True, sign * value


def num_bits(value):
    if value < 0:
        value = -value
    bits = 0
    while value:
        value >>= 1
        bits += 1
    return bits


MAX_INT_SIZE = 128      # CPython's limit on the ints its optimizer makes by * ** <<


def foldable_binop(node):
    """Whether CPython folds node, arithmetic on two number constants: always for + - &
    | ^ >>, for / // % unless dividing by a zero literal, for * ** << of decimal int
    literals when the result stays within MAX_INT_SIZE bits (safe_multiply and co)."""
    if not (is_number_constant(node.left) and is_number_constant(node.right)):
        return False
    opname = node.op
    if opname == '+' or opname == '-':
        return True
    if opname == '&' or opname == '|' or opname == '^' or opname == '>>':
        if opname == '>>':
            ok, count = small_int(node.right)
            if not ok or count < 0:
                return False
        return is_int_constant(node.left) and is_int_constant(node.right)
    if opname == '/' or opname == '//' or opname == '%':
        ok, divisor = small_int(node.right)
        return ok and divisor != 0
    ok_a, a = small_int(node.left)
    ok_b, b = small_int(node.right)
    if not (ok_a and ok_b):
        return False
    if opname == '*':
        return a == 0 or b == 0 or num_bits(a) + num_bits(b) <= MAX_INT_SIZE
    if opname == '**':
        if b < 0:
            return a != 0
        return a == 0 or b == 0 or num_bits(a) <= MAX_INT_SIZE // b
    if opname == '<<':
        if b < 0:
            return False
        return a == 0 or b == 0 or (b <= MAX_INT_SIZE and num_bits(a) <= MAX_INT_SIZE - b)
    return False


def all_constant(elts):
    for e in elts:
        if not is_constant(e):
            return False
    return True


def future_prefix(body):
    """The `from __future__` statements at the start of a module (after its
    docstring): the only place CPython allows them."""
    allowed = []
    start = 1 if docstring_of(body) is not None else 0
    for i in range(start, len(body)):
        stmt = body[i]
        if not (isinstance(stmt, ast.ImportFrom) and stmt.module == '__future__'):
            break
        allowed.append(stmt)
    return allowed


def has_future_annotations(future_imports):
    for stmt in future_imports:
        assert isinstance(stmt, ast.ImportFrom)
        for alias in stmt.names:
            if alias.name == 'annotations':
                return True
    return False


def has_annotations(body):
    """Whether a module's or class's statements annotate anything (CPython's find_ann:
    compound statements are searched, nested functions and classes are not)."""
    for stmt in body:
        if isinstance(stmt, ast.AnnAssign):
            return True
        if isinstance(stmt, ast.If):
            if has_annotations(stmt.body) or has_annotations(stmt.orelse):
                return True
        elif isinstance(stmt, ast.While):
            if has_annotations(stmt.body) or has_annotations(stmt.orelse):
                return True
        elif isinstance(stmt, ast.For):
            if has_annotations(stmt.body) or has_annotations(stmt.orelse):
                return True
        elif isinstance(stmt, ast.With):
            if has_annotations(stmt.body):
                return True
        elif isinstance(stmt, ast.Try):
            if has_annotations(stmt.body) or has_annotations(stmt.orelse) or \
                    has_annotations(stmt.finalbody):
                return True
            for handler in stmt.handlers:
                if has_annotations(handler.body):
                    return True
        elif isinstance(stmt, ast.Match):
            for case in stmt.cases:
                if has_annotations(case.body):
                    return True
    return False


def docstring_of(body):
    """The string constant that starts a body, or None."""
    if not body:
        return None
    first = body[0]
    if isinstance(first, ast.ExprStmt):
        value = first.value
        if isinstance(value, ast.Constant) and value.kind == 'str':
            return value
    return None


def sorted_keys(d):
    """The keys of a dict of names, sorted (insertion sort: the lists are short)."""
    keys = []
    for key in d:
        i = len(keys)
        keys.append(key)
        while i > 0 and keys[i - 1] > key:
            keys[i] = keys[i - 1]
            i -= 1
        keys[i] = key
    return keys


def same_names(a, b):
    """Two lists of distinct names hold the same names."""
    if len(a) != len(b):
        return False
    for name in a:
        if name not in b:
            return False
    return True


def constant_key(node):
    """A mapping pattern's literal key as CPython's duplicate-key message shows it, or
    '' for a value pattern (checked when it runs)."""
    if isinstance(node, ast.Constant):
        if node.kind == 'str':
            return "'%s'" % node.value
        if node.kind == 'int' or node.kind == 'float':
            return node.value
        if node.kind == 'none':
            return 'None'
        if node.kind == 'true':
            return 'True'
        if node.kind == 'false':
            return 'False'
    if isinstance(node, ast.UnaryOp) and isinstance(node.operand, ast.Constant):
        inner = constant_key(node.operand)
        if inner != '':
            return '-' + inner
    return ''


def compute_max_stack(code, lineno):
    """The deepest the value stack can get, by following every path through the code
    with the stack effects of the opcode table."""
    n = len(code)
    depth_at = [-1] * (n // 2 + 1)
    worklist = [0]
    depth_at[0] = 0
    max_depth = 0
    while worklist:
        pc = worklist.pop()
        depth = depth_at[pc // 2]
        while pc < n:
            opcode = code[pc]
            arg = code[pc + 1]
            if op.JUMPS[opcode]:
                target = op.jump_target(opcode, arg)
                target_depth = depth + op.stack_effect(opcode, arg, True)
                if target_depth > max_depth:
                    max_depth = target_depth
                slot = target // 2
                if depth_at[slot] < 0:
                    depth_at[slot] = target_depth
                    worklist.append(target)
                elif depth_at[slot] != target_depth:
                    raise CompileError('internal: inconsistent stack depth at %d' % target,
                                       lineno, -1)
            depth += op.stack_effect(opcode, arg, False)
            if depth > max_depth:
                max_depth = depth
            if depth < 0:
                raise CompileError('internal: negative stack depth at %d' % pc, lineno, -1)
            if op.ENDS_BLOCK[opcode]:
                break
            pc += 2
            slot = pc // 2
            if depth_at[slot] >= 0:
                break           # already visited from another path
            depth_at[slot] = depth
    return max_depth
