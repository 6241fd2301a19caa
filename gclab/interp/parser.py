"""Recursive-descent parser: tokens -> gclab.interp.ast (RPython)."""

from gclab.interp import ast
from gclab.interp.lexer import (tokenize, Lexer, NAME, NUMBER, STRING, FSTRING, BYTES, OP, NEWLINE,
                                INDENT, DEDENT, EOF, KEYWORDS)
from gclab.interp.error import CompileError, TEXT_NO_NEWLINE
from gclab.interp.util import replace, mangle

AUGOPS = ['+=', '-=', '*=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=', '@=']
COMPOPS = ['<', '>', '==', '>=', '<=', '!=']


class FStringError(CompileError):
    """An error in an f-string's text (not in the expressions of its fields): placed
    by Parser.strings() after the literals, as CPython places it."""


class Parser(object):
    def __init__(self, tokens, private=None):
        self.tokens = tokens
        self.i = 0
        self.src = ''       # the source text, when known (for error positions only)
        # the class whose body (or whose methods' bodies) is being parsed: its private
        # names `__x` are mangled to `_Class__x`, as CPython does (None outside classes)
        self.private = private

    def mangle(self, name):
        return mangle(self.private, name)

    def ended(self, node):
        """node, its end set where the last token taken ends (unless it has one: a
        parenthesized expression ends before its ')', as in CPython's ast)."""
        if node.end_lineno < 0 and self.i > 0:
            tok = self.tokens[self.i - 1]
            node.end_lineno = tok.end_lineno
            node.end_col = tok.end_col
        return node

    # --- token helpers ------------------------------------------------------------
    def peek(self):
        return self.tokens[self.i]

    def peek_at(self, k):
        j = self.i + k
        if j >= len(self.tokens):
            j = len(self.tokens) - 1
        return self.tokens[j]

    def next(self):
        tok = self.tokens[self.i]
        if self.i < len(self.tokens) - 1:
            self.i += 1
        return tok

    def at_op(self, value):
        tok = self.tokens[self.i]
        return tok.kind == OP and tok.value == value

    def at_kw(self, value):
        tok = self.tokens[self.i]
        return tok.kind == NAME and tok.value == value

    def accept_op(self, value):
        if self.at_op(value):
            self.next()
            return True
        return False

    def accept_kw(self, value):
        if self.at_kw(value):
            self.next()
            return True
        return False

    def error(self, msg='invalid syntax', tok=None):
        if tok is None:
            tok = self.peek()
        if tok.kind == INDENT:
            # (CPython's column: the indentation's last character)
            raise CompileError('unexpected indent', tok.lineno, tok.col - 1,
                               'IndentationError')
        raise CompileError(msg, tok.lineno, tok.col)

    def expect_op(self, value):
        tok = self.peek()
        if tok.kind == OP and tok.value == value:
            return self.next()
        if value == ':' and tok.kind == NEWLINE:
            self.error("expected ':'")
        self.error()

    def expect_closer(self, value):
        """expect_op for the closing bracket of a group, a display, call arguments or a
        subscript; when it is not there, CPython's guesses come first (a forgotten
        comma, '=' meant as '==')."""
        tok = self.peek()
        if tok.kind == OP and tok.value == value:
            return self.next()
        self.guess_error(self.element_start())
        self.error()

    def element_start(self):
        """The index of the first token of the bracketed element that ends before the
        current token: after the nearest ',', ':', '=', ':=' or opening bracket at its
        nesting level."""
        j = self.i - 1
        depth = 0
        while j >= 0:
            t = self.tokens[j]
            if t.kind == OP:
                v = t.value
                if v == ')' or v == ']' or v == '}':
                    depth += 1
                elif v == '(' or v == '[' or v == '{':
                    if depth == 0:
                        return j + 1
                    depth -= 1
                elif depth == 0 and (v == ',' or v == ':' or v == '=' or v == ':='):
                    return j + 1
            elif t.kind == NEWLINE:
                return j + 1
            j -= 1
        return 0

    def guess_error(self, start):
        """At a token that cannot follow the expression from token index start on
        (only on the way to a syntax error): CPython 3.11's specialised messages when
        they apply -- "Perhaps you forgot a comma?" for an expression followed by
        another inside brackets, "Maybe you meant '==' or ':='" for `name = value`
        where an expression is expected, the print statement.  Returns when none does."""
        fail = self.i
        tok = self.tokens[fail]
        eq = tok.kind == OP and tok.value == '='
        if start >= fail or not (eq or self.at_expr_start()) or \
                (tok.kind == NAME and tok.value in ('yield', 'lambda')) or \
                (tok.kind == OP and tok.value == '*'):
            return
        first = self.tokens[start]
        if (first.kind == NAME and first.value == 'yield') or \
                (first.kind == OP and first.value == '*'):
            start += 1              # (CPython finds the expression after them)
            if self.tokens[start].kind == NAME and self.tokens[start].value == 'from':
                start += 1
            if start >= fail:
                return
            first = self.tokens[start]
        if eq and start > 0:
            # only where a named expression may stand: in brackets, after a comma or
            # a keyword (if, elif, while); not as a keyword argument's or dict's value
            before = self.tokens[start - 1]
            if before.kind == OP and (before.value == '=' or before.value == ':'):
                return
            if before.kind != OP and before.kind != NAME:
                return
        self.i = start
        try:
            node = self.test()
        except CompileError:
            self.i = fail
            return
        if self.i != fail:
            self.i = fail
            return
        if eq:
            self.next()
            try:
                self.expr()
            except CompileError:
                self.i = fail
                return
            after = self.peek()
            self.i = fail
            if after.kind == OP and (after.value == '=' or after.value == ':='):
                return
            if isinstance(node, ast.Name) and start + 1 == fail:
                raise CompileError("invalid syntax. Maybe you meant '==' or ':=' instead "
                                   "of '='?", first.lineno, first.col)
            if maybe_comparison(node):
                what = describe(node)
                if isinstance(node, ast.Attribute):
                    what = 'attribute'
                elif isinstance(node, ast.Subscript):
                    what = 'subscript'
                elif isinstance(node, ast.Name):
                    what = 'name'
                raise CompileError("cannot assign to %s here. Maybe you meant '==' instead "
                                   "of '='?" % what, node.lineno, node.col)
            return
        if isinstance(node, ast.IfExp) or isinstance(node, ast.Lambda) or \
                isinstance(node, ast.Yield) or isinstance(node, ast.YieldFrom):
            self.i = fail
            return
        if first.kind == NAME:
            if first.value in ('_', 'match', 'case'):       # soft keywords
                self.i = fail
                return
            nxt = self.tokens[start + 1]
            if nxt.kind == STRING or nxt.kind == FSTRING or nxt.kind == BYTES:
                self.i = fail
                return
        try:
            self.test()
        except CompileError:
            self.i = fail
            return
        if self.peek().kind == EOF:
            self.error()        # (inside brackets never closed: parse() says so)
        self.i = fail
        e = CompileError('invalid syntax. Perhaps you forgot a comma?', first.lineno,
                         first.col)
        if tok.lineno > first.lineno:
            e.text_mode = TEXT_NO_NEWLINE   # (CPython: the first line of the range)
        if isinstance(node, ast.Name) and (node.name == 'print' or node.name == 'exec'):
            raise CompileError("Missing parentheses in call to '%s'. Did you mean %s(...)?"
                               % (node.name, node.name), first.lineno, first.col)
        raise e

    def expect_kw(self, value):
        if not self.accept_kw(value):
            self.error()

    def expect_name(self):
        tok = self.peek()
        if tok.kind != NAME or tok.value in KEYWORDS:
            self.error()
        self.next()
        return tok.value

    def at_expr_start(self):
        tok = self.peek()
        if tok.kind == NAME:
            return tok.value not in KEYWORDS or tok.value in (
                'None', 'True', 'False', 'not', 'lambda', 'await', 'yield')
        if tok.kind == NUMBER or tok.kind == STRING or tok.kind == FSTRING or \
                tok.kind == BYTES:
            return True
        if tok.kind == OP:
            return tok.value in ('(', '[', '{', '-', '+', '~', '*', '...')
        return False

    # --- module and statements ------------------------------------------------------
    def parse_module(self):
        body = []
        while self.peek().kind != EOF:
            if self.peek().kind == NEWLINE:
                self.next()
                continue
            self.statement(body)
        return ast.Module(body, 1, 0)

    def statement(self, out):
        tok = self.peek()
        if tok.kind == NAME:
            v = tok.value
            if v == 'if':
                out.append(self.if_stmt())
                return
            if v == 'while':
                out.append(self.while_stmt())
                return
            if v == 'for':
                out.append(self.for_stmt())
                return
            if v == 'def':
                out.append(self.funcdef([]))
                return
            if v == 'class':
                out.append(self.classdef([]))
                return
            if v == 'try':
                out.append(self.try_stmt())
                return
            if v == 'with':
                out.append(self.with_stmt())
                return
            if v == 'async':
                out.append(self.async_stmt([]))
                return
            if v == 'match' and self.line_ends_with_colon() and self.at_match_subject():
                out.append(self.match_stmt())
                return
        if tok.kind == OP and tok.value == '@':
            out.append(self.decorated())
            return
        if tok.kind == INDENT:
            self.error('unexpected indent')
        self.simple_stmts(out)

    def line_ends_with_colon(self):
        """The logical line from here ends with ':' (a soft keyword's compound
        statement: no expression or assignment statement does)."""
        k = 1
        last = self.peek()
        while True:
            tok = self.peek_at(k)
            if tok.kind == NEWLINE or tok.kind == EOF:
                return last.kind == OP and last.value == ':'
            last = tok
            k += 1

    def at_match_subject(self):
        """After the soft keyword `match`: what can start its subject (not `match = 1`,
        `match.x`, `match: int`...)."""
        tok = self.peek_at(1)
        if tok.kind == OP:
            return tok.value in ('(', '[', '{', '-', '+', '~', '*')
        if tok.kind == NAME:
            return tok.value not in KEYWORDS or tok.value in (
                'None', 'True', 'False', 'not', 'lambda')
        return tok.kind in (NUMBER, STRING, FSTRING, BYTES)

    # --- the match statement (PEP 634) ------------------------------------------------
    def match_stmt(self):
        tok = self.next()
        stok = self.peek()
        first = self.named_or_star()
        if self.at_op(','):
            elts = [first]
            while self.accept_op(','):
                if self.at_op(':'):
                    break
                elts.append(self.named_or_star())
            subject = ast.TupleExpr(elts, stok.lineno, stok.col)
        else:
            if isinstance(first, ast.Starred):
                self.error()
            subject = first
        self.expect_op(':')
        if self.peek().kind != NEWLINE:
            self.error()
        self.next()
        if self.peek().kind != INDENT:
            t = self.peek()
            raise CompileError("expected an indented block after 'match' statement on "
                               "line %d" % tok.lineno, t.lineno, t.col, 'IndentationError')
        self.next()
        cases = []
        while self.peek().kind != DEDENT and self.peek().kind != EOF:
            if not self.at_kw('case'):
                self.error()
            cases.append(self.case_block())
        self.next()
        return ast.Match(subject, cases, tok.lineno, tok.col)

    def case_block(self):
        tok = self.next()
        pattern = self.patterns()
        guard = None
        if self.accept_kw('if'):
            guard = self.namedexpr_test()
        body = self.block("'case' statement", tok)
        return ast.MatchCase(pattern, guard, body, tok.lineno, tok.col)

    def patterns(self):
        """A case's pattern: an open sequence pattern (`case a, *b:`) or a pattern."""
        tok = self.peek()
        first = self.maybe_star_pattern()
        if not self.at_op(','):
            if isinstance(first, ast.MatchStar):
                self.error(tok=tok)
            return first
        elts = [first]
        while self.accept_op(','):
            if self.at_op(':') or self.at_kw('if'):
                break
            elts.append(self.maybe_star_pattern())
        return ast.MatchSequence(elts, tok.lineno, tok.col)

    def maybe_star_pattern(self):
        if self.at_op('*'):
            tok = self.next()
            name = self.expect_name()
            if name == '_':
                return ast.MatchStar(None, tok.lineno, tok.col)
            return ast.MatchStar(self.mangle(name), tok.lineno, tok.col)
        return self.pattern()

    def pattern(self):
        tok = self.peek()
        node = self.or_pattern()
        if self.at_kw('as'):
            self.next()
            ntok = self.peek()
            name = self.expect_name()
            if name == '_':
                raise CompileError("cannot use '_' as a target", ntok.lineno, ntok.col)
            if self.at_op('.') or self.at_op('(') or self.at_op('['):
                self.error('invalid pattern target', ntok)
            return ast.MatchAs(node, self.mangle(name), tok.lineno, tok.col)
        return node

    def or_pattern(self):
        tok = self.peek()
        first = self.closed_pattern()
        if not self.at_op('|'):
            return first
        alts = [first]
        while self.accept_op('|'):
            alts.append(self.closed_pattern())
        return ast.MatchOr(alts, tok.lineno, tok.col)

    def closed_pattern(self):
        tok = self.peek()
        if tok.kind == NUMBER or (tok.kind == OP and tok.value == '-'):
            return ast.MatchValue(self.signed_number(), tok.lineno, tok.col)
        if tok.kind == STRING or tok.kind == BYTES:
            return ast.MatchValue(self.strings(), tok.lineno, tok.col)
        if tok.kind == FSTRING:
            self.error('patterns may only match literals and attribute lookups')
        if tok.kind == NAME:
            v = tok.value
            if v == 'None' or v == 'True' or v == 'False':
                return ast.MatchSingleton(self.atom(), tok.lineno, tok.col)
            if v in KEYWORDS:
                self.error()
            self.next()
            node = ast.Name(self.mangle(v), tok.lineno, tok.col)
            dotted = False
            while self.accept_op('.'):
                atok = self.peek()
                node = ast.Attribute(node, self.mangle(self.expect_name()), atok.lineno,
                                     atok.col)
                dotted = True
            if self.at_op('('):
                return self.class_pattern(node, tok)
            if dotted:
                return ast.MatchValue(node, tok.lineno, tok.col)
            if v == '_':
                return ast.MatchAs(None, None, tok.lineno, tok.col)
            return ast.MatchAs(None, self.mangle(v), tok.lineno, tok.col)
        if tok.kind == OP:
            if tok.value == '(':
                self.next()
                if self.accept_op(')'):
                    return ast.MatchSequence([], tok.lineno, tok.col)
                first = self.maybe_star_pattern()
                if self.accept_op(')'):
                    if isinstance(first, ast.MatchStar):
                        return ast.MatchSequence([first], tok.lineno, tok.col)
                    return first        # a group pattern
                elts = [first]
                while self.accept_op(','):
                    if self.at_op(')'):
                        break
                    elts.append(self.maybe_star_pattern())
                self.expect_op(')')
                return ast.MatchSequence(elts, tok.lineno, tok.col)
            if tok.value == '[':
                self.next()
                elts = []
                while not self.at_op(']'):
                    elts.append(self.maybe_star_pattern())
                    if not self.accept_op(','):
                        break
                self.expect_op(']')
                return ast.MatchSequence(elts, tok.lineno, tok.col)
            if tok.value == '{':
                return self.mapping_pattern()
        self.error()

    def signed_number(self):
        """A literal number pattern: signed_number, or a complex_number such as
        `-1+2j` (a real part, then '+' or '-' and an imaginary part)."""
        tok = self.peek()
        if self.accept_op('-'):
            ntok = self.peek()
            if ntok.kind != NUMBER:
                self.error()
            self.next()
            node = ast.UnaryOp('-', number_constant(ntok), tok.lineno, tok.col)
        else:
            if tok.kind != NUMBER:
                self.error()
            self.next()
            ntok = tok
            node = number_constant(tok)
        if self.at_op('+') or self.at_op('-'):
            optok = self.next()
            itok = self.peek()
            if itok.kind != NUMBER:
                self.error()
            if is_imaginary(ntok.value):
                self.error('real number required in complex literal', ntok)
            if not is_imaginary(itok.value):
                self.error('imaginary number required in complex literal', itok)
            self.next()
            node = ast.BinOp(node, optok.value, number_constant(itok), tok.lineno,
                             tok.col)
        return node

    def mapping_pattern(self):
        tok = self.next()
        keys = []
        values = []
        rest = None
        while not self.at_op('}'):
            if self.at_op('**'):
                self.next()
                ntok = self.peek()
                rest = self.expect_name()
                if rest == '_':
                    self.error(tok=ntok)
                self.accept_op(',')
                if not self.at_op('}'):
                    self.error()
                break
            ktok = self.peek()
            key = self.closed_pattern()
            if isinstance(key, ast.MatchValue):
                keys.append(key.value)
            elif isinstance(key, ast.MatchSingleton):
                keys.append(key.value)
            else:
                self.error('mapping pattern keys may only match literals and attribute '
                           'lookups', ktok)
            self.expect_op(':')
            values.append(self.pattern())
            if not self.accept_op(','):
                break
        self.expect_op('}')
        return ast.MatchMapping(keys, values, rest, tok.lineno, tok.col)

    def class_pattern(self, cls, tok):
        self.expect_op('(')
        patterns = []
        kwd_attrs = []
        kwd_patterns = []
        while not self.at_op(')'):
            ptok = self.peek()
            if ptok.kind == NAME and ptok.value not in KEYWORDS and \
                    self.peek_at(1).kind == OP and self.peek_at(1).value == '=':
                self.next()
                self.next()
                kwd_attrs.append(ptok.value)
                kwd_patterns.append(self.pattern())
            else:
                p = self.pattern()
                if kwd_attrs:
                    raise CompileError('positional patterns follow keyword patterns',
                                       p.lineno, p.col)
                patterns.append(p)
            if not self.accept_op(','):
                break
        self.expect_op(')')
        return ast.MatchClass(cls, patterns, kwd_attrs, kwd_patterns, tok.lineno, tok.col)

    def simple_stmts(self, out):
        while True:
            out.append(self.ended(self.small_stmt()))
            if self.accept_op(';'):
                if self.peek().kind == NEWLINE:
                    break
                continue
            break
        if self.peek().kind != NEWLINE:
            self.error()
        self.next()

    def block(self, what, opener):
        """A ':' and an indented suite; what/opener name the statement for errors."""
        if not self.at_op(':') and (what == 'function definition' or
                                    what == "'try' statement" or
                                    what == "'finally' statement" or
                                    what == "'else' statement"):
            self.error("expected ':'")      # (CPython's grammar forces these)
        self.expect_op(':')
        body = []
        if self.peek().kind == NEWLINE:
            self.next()
            if self.peek().kind != INDENT:
                tok = self.peek()
                raise CompileError('expected an indented block after %s on line %d'
                                   % (what, opener.lineno), tok.lineno, tok.col,
                                   'IndentationError')
            self.next()
            while self.peek().kind != DEDENT and self.peek().kind != EOF:
                self.statement(body)
            self.next()
        else:
            self.simple_stmts(body)
        return body

    def if_stmt(self):
        tok = self.next()      # 'if' or 'elif'
        start = self.i
        test = self.namedexpr_test()
        if self.at_op('='):
            self.guess_error(start)
        body = self.block("'%s' statement" % tok.value, tok)
        orelse = []
        if self.at_kw('elif'):
            orelse.append(self.if_stmt())
        elif self.at_kw('else'):
            orelse = self.block("'else' statement", self.next())
        return ast.If(test, body, orelse, tok.lineno, tok.col)

    def while_stmt(self):
        tok = self.next()
        start = self.i
        test = self.namedexpr_test()
        if self.at_op('='):
            self.guess_error(start)
        body = self.block("'while' statement", tok)
        orelse = []
        if self.at_kw('else'):
            orelse = self.block("'else' statement", self.next())
        return ast.While(test, body, orelse, tok.lineno, tok.col)

    def for_stmt(self):
        tok = self.next()
        target = self.target_list()
        self.expect_kw('in')
        it = self.testlist()
        body = self.block("'for' statement", tok)
        orelse = []
        if self.at_kw('else'):
            orelse = self.block("'else' statement", self.next())
        return ast.For(target, it, body, orelse, tok.lineno, tok.col)

    def target_list(self):
        tok = self.peek()
        elts = [self.target_atom()]
        trailing = False
        while self.accept_op(','):
            if self.at_kw('in') or self.at_op('='):
                trailing = True
                break
            elts.append(self.target_atom())
        if len(elts) == 1 and not trailing:
            return elts[0]
        return self.ended(ast.TupleExpr(elts, tok.lineno, tok.col))

    def target_atom(self):
        if self.at_op('*'):
            tok = self.next()
            return ast.Starred(self.expr(), tok.lineno, tok.col)
        return self.expr()

    def decorated(self):
        decorators = []
        while self.at_op('@'):
            self.next()
            decorators.append(self.namedexpr_test())
            if self.peek().kind != NEWLINE:
                self.error()
            self.next()
        if self.at_kw('def'):
            return self.funcdef(decorators)
        if self.at_kw('class'):
            return self.classdef(decorators)
        if self.at_kw('async') and self.peek_at(1).kind == NAME and \
                self.peek_at(1).value == 'def':
            return self.async_stmt(decorators)
        self.error()

    def async_stmt(self, decorators):
        """`async def`, `async for` or `async with`: the plain statement's node, with
        is_async set (its line and column: the `async` keyword's, as CPython's)."""
        atok = self.next()
        tok = self.peek()
        if tok.kind == NAME and tok.value == 'def':
            fnode = self.funcdef(decorators)
            fnode.is_async = True
            node = fnode
        elif tok.kind == NAME and tok.value == 'for' and not decorators:
            lnode = self.for_stmt()
            lnode.is_async = True
            node = lnode
        elif tok.kind == NAME and tok.value == 'with' and not decorators:
            wnode = self.with_stmt()
            wnode.is_async = True
            node = wnode
        else:
            self.error()
            return None
        node.lineno = atok.lineno
        node.col = atok.col
        return node

    def at_comp_for(self):
        """At `for` or `async for`: a comprehension's next clause."""
        if self.at_kw('for'):
            return True
        if self.at_kw('async'):
            tok = self.peek_at(1)
            return tok.kind == NAME and tok.value == 'for'
        return False

    def funcdef(self, decorators):
        tok = self.next()
        name = self.expect_name()
        if not self.at_op('('):
            self.error("expected '('")
        self.next()
        args = self.parameters(')', True)
        self.expect_op(')')
        if self.accept_op('->'):
            args.ann_names.append('return')
            args.ann_values.append(self.test())
        body = self.block("function definition", tok)
        return ast.FunctionDef(name, args, body, decorators, self.mangle(name), tok.lineno,
                               tok.col)

    def parameters(self, closer, annotations):
        args = []
        defaults = []
        vararg = None
        kwonly = []
        kw_defaults = []
        kwarg = None
        star_seen = False
        posonly = -1
        ann_names = []
        ann_values = []
        kw_ann_names = []
        kw_ann_values = []
        star_tok = None
        while not self.at_op(closer):
            ptok = self.peek()
            if self.accept_op('**'):
                if star_tok is not None and vararg is None and not kwonly:
                    # (CPython points at the '*' of a def, after it in a lambda)
                    self.error('named arguments must follow bare *',
                               star_tok if annotations else ptok)
                kwarg = self.mangle(self.expect_name())
                if annotations and self.accept_op(':'):
                    kw_ann_names.append(kwarg)
                    kw_ann_values.append(self.test())
                self.accept_op(',')
                if not self.at_op(closer):
                    self.error('arguments cannot follow var-keyword argument')
                break
            if self.accept_op('*'):
                if star_seen:
                    self.error('* argument may appear only once', ptok)
                star_seen = True
                star_tok = ptok
                if self.peek().kind == NAME:
                    vararg = self.mangle(self.expect_name())
                    if annotations and self.accept_op(':'):
                        ann_names.append(vararg)
                        ann_values.append(self.test())
            elif self.accept_op('/'):
                if star_seen or posonly >= 0:
                    self.error("/ must be ahead of *" if star_seen
                               else '/ may appear only once', ptok)
                if not args:
                    if self.at_op(closer):          # `def f(/)`
                        self.error('invalid syntax', ptok)
                    self.error('at least one argument must precede /', ptok)
                posonly = len(args)
            else:
                nametok = self.peek()
                name = self.mangle(self.expect_name())
                if name in args or name in kwonly or name == vararg:
                    self.error("duplicate argument '%s' in function definition" % name,
                               nametok)
                if annotations and self.accept_op(':'):
                    ann_names.append(name)
                    ann_values.append(self.test())
                default = None
                if self.accept_op('='):
                    default = self.test()
                if star_seen:
                    kwonly.append(name)
                    kw_defaults.append(default)
                else:
                    args.append(name)
                    if default is not None:
                        defaults.append(default)
                    elif defaults:
                        self.error('non-default argument follows default argument', nametok)
            if not self.accept_op(','):
                break
        if star_tok is not None and vararg is None and not kwonly and kwarg is None and \
                self.at_op(closer):
            self.error('named arguments must follow bare *',
                       star_tok if annotations else self.peek())
        arguments = ast.Arguments(args, defaults, vararg, kwonly, kw_defaults, kwarg)
        arguments.posonlyargcount = max(posonly, 0)
        arguments.ann_names = ann_names + kw_ann_names      # **kwargs' last, as CPython
        arguments.ann_values = ann_values + kw_ann_values
        return arguments

    def classdef(self, decorators):
        tok = self.next()
        name = self.expect_name()
        bases = []
        keywords = []
        if self.accept_op('('):
            bases, keywords = self.call_args(True)
            self.expect_op(')')
        saved = self.private
        self.private = name
        try:
            body = self.block("class definition", tok)
        finally:
            self.private = saved
        return ast.ClassDef(name, bases, keywords, body, decorators, self.mangle(name),
                            tok.lineno, tok.col)

    def try_stmt(self):
        tok = self.next()
        body = self.block("'try' statement", tok)
        handlers = []
        orelse = []
        finalbody = []
        star = False
        while self.at_kw('except'):
            htok = self.next()
            typ = None
            name = None
            # except* (PEP 654): every clause of the try has the star or none has
            star_clause = self.accept_op('*')
            if not handlers:
                star = star_clause
            elif star_clause != star:
                self.error("cannot have both 'except' and 'except*' on the same 'try'",
                           htok)
            if star_clause and self.at_op(':'):
                self.error('expected one or more exception types', self.peek())
            if not self.at_op(':'):
                ttok = self.peek()
                typ = self.test()
                if self.at_op(','):
                    elts = [typ]
                    while self.accept_op(','):
                        if self.at_op(':') or self.at_kw('as'):
                            break
                        elts.append(self.test())
                    self.error('multiple exception types must be parenthesized', ttok)
                if self.accept_kw('as'):
                    name = self.mangle(self.expect_name())
            hbody = self.block("'except' statement", htok)
            handlers.append(ast.ExceptHandler(typ, name, hbody, htok.lineno, htok.col))
        if handlers and self.at_kw('else'):
            orelse = self.block("'else' statement", self.next())
        if self.at_kw('finally'):
            finalbody = self.block("'finally' statement", self.next())
        if not handlers and not finalbody:
            self.error("expected 'except' or 'finally' block")
        node = ast.Try(body, handlers, orelse, finalbody, tok.lineno, tok.col)
        node.is_star = star
        return node

    def with_stmt(self):
        tok = self.next()
        items = []
        parenthesized = self.at_op('(') and self.parens_then_colon()
        if parenthesized:                   # with (a as x, b as y,): -- Python 3.10
            self.next()
        while True:
            if parenthesized and self.at_op(')'):
                break                           # (after a trailing comma)
            ctx = self.test()
            opt = None
            if self.accept_kw('as'):
                opt = self.target_atom()
            items.append(ast.WithItem(ctx, opt, ctx.lineno, ctx.col))
            if not self.accept_op(','):
                break
        if parenthesized:
            if not items:
                self.error()
            self.expect_closer(')')
        body = self.block("'with' statement", tok)
        return ast.With(items, body, tok.lineno, tok.col)

    def parens_then_colon(self):
        """At '(': whether its matching ')' is followed by ':' (a with-statement's
        parenthesized items rather than an expression that starts with '(')."""
        depth = 0
        k = 0
        while True:
            t = self.peek_at(k)
            if t.kind == NEWLINE or t.kind == EOF:
                return False
            if t.kind == OP:
                if t.value in ('(', '[', '{'):
                    depth += 1
                elif t.value in (')', ']', '}'):
                    depth -= 1
                    if depth == 0:
                        after = self.peek_at(k + 1)
                        return after.kind == OP and after.value == ':'
            k += 1

    def small_stmt(self):
        tok = self.peek()
        if tok.kind == NAME:
            v = tok.value
            if v == 'pass':
                self.next()
                return ast.Pass(tok.lineno, tok.col)
            if v == 'break':
                self.next()
                return ast.Break(tok.lineno, tok.col)
            if v == 'continue':
                self.next()
                return ast.Continue(tok.lineno, tok.col)
            if v == 'return':
                self.next()
                value = None
                if self.at_expr_start():
                    value = self.testlist_star()
                return ast.Return(value, tok.lineno, tok.col)
            if v == 'global' or v == 'nonlocal':
                self.next()
                names = [self.mangle(self.expect_name())]
                while self.accept_op(','):
                    names.append(self.mangle(self.expect_name()))
                if v == 'global':
                    return ast.Global(names, tok.lineno, tok.col)
                return ast.Nonlocal(names, tok.lineno, tok.col)
            if v == 'del':
                self.next()
                targets = [self.del_target()]
                while self.accept_op(','):
                    if self.peek().kind == NEWLINE:
                        break
                    targets.append(self.del_target())
                return ast.Delete(targets, tok.lineno, tok.col)
            if v == 'import':
                self.next()
                names = [self.import_alias(True)]
                while self.accept_op(','):
                    names.append(self.import_alias(True))
                return ast.Import(names, tok.lineno, tok.col)
            if v == 'from':
                return self.import_from()
            if v == 'raise':
                self.next()
                exc = None
                cause = None
                if self.at_expr_start():
                    exc = self.test()
                    if self.accept_kw('from'):
                        cause = self.test()
                return ast.Raise(exc, cause, tok.lineno, tok.col)
            if v == 'assert':
                self.next()
                test = self.test()
                msg = None
                if self.accept_op(','):
                    msg = self.test()
                return ast.Assert(test, msg, tok.lineno, tok.col)
        return self.expr_stmt()

    def del_target(self):
        if self.at_op('*'):
            self.error('cannot delete starred')
        return self.expr()

    def dotted_name(self):
        name = self.expect_name()
        while self.accept_op('.'):
            name = name + '.' + self.expect_name()
        return name

    def import_alias(self, dotted):
        tok = self.peek()
        if dotted:
            name = self.dotted_name()
        else:
            name = self.expect_name()
        asname = None
        if self.accept_kw('as'):
            asname = self.expect_name()
        return ast.Alias(name, asname, tok.lineno, tok.col)

    def import_from(self):
        tok = self.next()
        level = 0
        while self.at_op('.') or self.at_op('...'):
            if self.next().value == '...':
                level += 3
            else:
                level += 1
        module = ''
        if not self.at_kw('import'):
            module = self.dotted_name()
        self.expect_kw('import')
        names = []
        if self.accept_op('*'):
            names.append(ast.Alias('*', None, tok.lineno, tok.col))
        else:
            paren = self.accept_op('(')
            names.append(self.import_alias(False))
            while self.accept_op(','):
                if paren and self.at_op(')'):
                    break
                names.append(self.import_alias(False))
            if paren:
                self.expect_op(')')
        return ast.ImportFrom(module, names, level, tok.lineno, tok.col)

    def expr_stmt(self):
        tok = self.peek()
        first = self.testlist_star()
        if self.at_op('='):
            targets = [first]
            value = first
            while self.accept_op('='):
                if self.at_kw('yield'):
                    ytok = self.peek()
                    value = self.yield_expr()
                    if self.at_op('='):
                        self.error('assignment to yield expression not possible', ytok)
                else:
                    value = self.testlist_star()
                targets.append(value)
            targets.pop()
            if len(targets) == 1:
                # `f() = 1`, `a, f() = 1, 2`: the expression just before the only '='
                last = first
                if isinstance(first, ast.TupleExpr) and first.elts and \
                        first.elts[0].col == first.col and \
                        first.elts[0].lineno == first.lineno:     # (no parentheses)
                    n = len(first.elts) - 1
                    last = first.elts[n]
                    if maybe_comparison(last):
                        for i in range(n):          # (an earlier bad target first)
                            self.check_target(first.elts[i], False)
                if first is last and tok.kind == NAME and tok.value == 'yield':
                    self.error('assignment to yield expression not possible', tok)
                if maybe_comparison(last) and not (
                        isinstance(last, ast.Name) or isinstance(last, ast.Attribute) or
                        isinstance(last, ast.Subscript) or isinstance(last, ast.Starred)):
                    raise CompileError("cannot assign to %s here. Maybe you meant '==' "
                                       "instead of '='?" % describe(last), last.lineno,
                                       last.col)
            for t in targets:
                self.check_target(t, False)
            return ast.Assign(targets, value, tok.lineno, tok.col)
        t = self.peek()
        if t.kind == OP and t.value in AUGOPS:
            self.next()
            self.check_target(first, True)
            value = self.testlist()
            opname = t.value
            end = len(opname) - 1
            assert end >= 0
            return ast.AugAssign(first, opname[:end], value, tok.lineno, tok.col)
        if t.kind == OP and t.value == ':':
            self.next()
            if isinstance(first, ast.TupleExpr) or isinstance(first, ast.ListExpr):
                raise CompileError('only single target (not %s) can be annotated'
                                   % describe(first), first.lineno, first.col)
            if not (isinstance(first, ast.Name) or isinstance(first, ast.Attribute) or
                    isinstance(first, ast.Subscript)):
                raise CompileError('illegal target for annotation', first.lineno,
                                   first.col)
            annotation = self.test()
            value = None
            if self.accept_op('='):
                value = self.testlist_star()
            return ast.AnnAssign(first, annotation, value, tok.lineno, tok.col)
        if isinstance(first, ast.Name) and (first.name == 'print' or first.name == 'exec'):
            nxt = self.peek()           # Python 2's `print x`
            if nxt.kind == STRING or nxt.kind == NUMBER or nxt.kind == FSTRING or \
                    nxt.kind == BYTES or (nxt.kind == OP and nxt.value == '{') or \
                    (nxt.kind == NAME and (nxt.value not in KEYWORDS or nxt.value in
                                           ['None', 'True', 'False', 'not', 'lambda'])):
                self.error("Missing parentheses in call to '%s'. Did you mean %s(...)?"
                           % (first.name, first.name), tok)
        return ast.ExprStmt(first, tok.lineno, tok.col)

    def check_target(self, node, single):
        if isinstance(node, ast.Name) or isinstance(node, ast.Attribute) or \
                isinstance(node, ast.Subscript):
            return
        if not single:
            if isinstance(node, ast.TupleExpr):
                for e in node.elts:
                    self.check_target(e, False)
                return
            if isinstance(node, ast.ListExpr):
                for e in node.elts:
                    self.check_target(e, False)
                return
            if isinstance(node, ast.Starred):
                self.check_target(node.value, False)
                return
        what = describe(node)
        if single:
            raise CompileError("'%s' is an illegal expression for augmented assignment" % what,
                               node.lineno, node.col)
        raise CompileError("cannot assign to %s" % what, node.lineno, node.col)

    # --- expressions --------------------------------------------------------------
    def testlist_star(self):
        """Expression list in an assignment or return; builds a tuple if there are commas."""
        tok = self.peek()
        first = self.test_or_star()
        if not self.at_op(','):
            return first
        elts = [first]
        while self.accept_op(','):
            if not self.at_expr_start():
                break
            elts.append(self.test_or_star())
        return self.ended(ast.TupleExpr(elts, tok.lineno, tok.col))

    def testlist(self):
        return self.testlist_star()

    def test_or_star(self):
        if self.at_op('*'):
            tok = self.next()
            return ast.Starred(self.expr(), tok.lineno, tok.col)
        return self.test()

    def namedexpr_test(self):
        tok = self.peek()
        node = self.test()
        if self.at_op(':='):
            if not isinstance(node, ast.Name):
                what = describe(node)
                if isinstance(node, ast.Attribute):
                    what = 'attribute'
                elif isinstance(node, ast.Subscript):
                    what = 'subscript'
                raise CompileError('cannot use assignment expressions with %s' % what,
                                   node.lineno, node.col)
            self.next()
            return ast.NamedExpr(node, self.test(), tok.lineno, tok.col)
        return node

    def named_or_star(self):
        """An element of a display or a parenthesized group: `*x`, `x := v` or a test
        (CPython's star_named_expression)."""
        if self.at_op('*'):
            tok = self.next()
            return ast.Starred(self.expr(), tok.lineno, tok.col)
        return self.namedexpr_test()

    def yield_expr(self):
        """`yield`, `yield <testlist>` or `yield from <test>`."""
        tok = self.next()
        if self.at_kw('from'):
            self.next()
            return ast.YieldFrom(self.test(), tok.lineno, tok.col)
        value = None
        if self.at_expr_start():
            value = self.testlist_star()
        return ast.Yield(value, tok.lineno, tok.col)

    def test(self):
        tok = self.peek()
        if self.at_kw('lambda'):
            return self.lambdef()
        if self.at_kw('yield'):
            return self.yield_expr()
        node = self.or_test()
        if self.at_kw('if'):
            self.next()
            cond = self.or_test()
            if not self.at_kw('else'):
                if self.at_op(':'):
                    self.error()
                self.error("expected 'else' after 'if' expression", tok)
            self.next()
            orelse = self.test()
            return self.ended(ast.IfExp(cond, node, orelse, tok.lineno, tok.col))
        return node

    def test_nocond(self):
        if self.at_kw('lambda'):
            return self.lambdef()
        return self.or_test()

    def lambdef(self):
        tok = self.next()
        args = self.parameters(':', False)
        if not self.at_op(':'):
            self.error()
        self.next()
        body = self.test()
        return self.ended(ast.Lambda(args, body, tok.lineno, tok.col))

    def or_test(self):
        tok = self.peek()
        node = self.and_test()
        if not self.at_kw('or'):
            return node
        values = [node]
        while self.accept_kw('or'):
            values.append(self.and_test())
        return self.ended(ast.BoolOp('or', values, tok.lineno, tok.col))

    def and_test(self):
        tok = self.peek()
        node = self.not_test()
        if not self.at_kw('and'):
            return node
        values = [node]
        while self.accept_kw('and'):
            values.append(self.not_test())
        return self.ended(ast.BoolOp('and', values, tok.lineno, tok.col))

    def not_test(self):
        if self.at_kw('not'):
            tok = self.next()
            return self.ended(ast.UnaryOp('not', self.not_test(), tok.lineno, tok.col))
        return self.comparison()

    def comparison(self):
        tok = self.peek()
        node = self.expr()
        ops = []
        comparators = []
        while True:
            t = self.peek()
            if t.kind == OP and t.value in COMPOPS:
                self.next()
                ops.append(t.value)
            elif t.kind == NAME and t.value == 'in':
                self.next()
                ops.append('in')
            elif t.kind == NAME and t.value == 'not' and self.peek_at(1).kind == NAME and \
                    self.peek_at(1).value == 'in':
                self.next()
                self.next()
                ops.append('not in')
            elif t.kind == NAME and t.value == 'is':
                self.next()
                if self.accept_kw('not'):
                    ops.append('is not')
                else:
                    ops.append('is')
            else:
                break
            comparators.append(self.expr())
        if not ops:
            return node
        return self.ended(ast.Compare(node, ops, comparators, tok.lineno, tok.col))

    def binary(self, level):
        """Binary operators by precedence level (0: '|' ... 5: '*' etc.)."""
        if level == 6:
            return self.factor()
        ops = BINARY_LEVELS[level]
        start = self.peek()         # (a parenthesized left operand starts at its '(')
        node = self.binary(level + 1)
        while True:
            t = self.peek()
            if t.kind == OP and t.value in ops:
                self.next()
                right = self.binary(level + 1)
                node = self.ended(ast.BinOp(node, t.value, right, start.lineno, start.col))
            else:
                return node

    def expr(self):
        return self.binary(0)

    def factor(self):
        t = self.peek()
        if t.kind == OP and (t.value == '-' or t.value == '+' or t.value == '~'):
            self.next()
            operand = self.factor()
            return self.ended(ast.UnaryOp(t.value, operand, t.lineno, t.col))
        return self.power()

    def power(self):
        start = self.peek()
        node = self.atom_expr()
        if self.at_op('**'):
            self.next()
            right = self.factor()
            return self.ended(ast.BinOp(node, '**', right, start.lineno, start.col))
        return node

    def atom_expr(self):
        if self.at_kw('await'):
            tok = self.next()
            value = self.atom_expr()
            return self.ended(ast.Await(value, tok.lineno, tok.col))
        start = self.peek()         # (a parenthesized atom's trailers start at its '(')
        node = self.ended(self.atom())
        while True:
            t = self.peek()
            if t.kind != OP:
                return node
            if t.value == '(':
                self.next()
                args, keywords = self.call_args()
                self.expect_closer(')')
                node = ast.Call(node, args, keywords, start.lineno, start.col)
            elif t.value == '[':
                self.next()
                index = self.ended(self.subscript_list())
                self.expect_closer(']')
                node = ast.Subscript(node, index, start.lineno, start.col)
            elif t.value == '.':
                self.next()
                name = self.mangle(self.expect_name())
                node = ast.Attribute(node, name, start.lineno, start.col)
            else:
                return node
            self.ended(node)

    def call_args(self, class_bases=False):
        args = []
        keywords = []
        genexp_tok = None           # an unparenthesized generator expression argument
        misplaced = ''              # the error of a positional argument after keywords
        count = 0
        while not self.at_op(')'):
            tok = self.peek()
            count += 1
            if self.accept_op('**'):
                keywords.append(ast.Keyword(None, self.test(), tok.lineno, tok.col))
            elif self.accept_op('*'):
                for kw in keywords:
                    if kw.arg is None:
                        self.error('iterable argument unpacking follows keyword argument '
                                   'unpacking', tok)
                args.append(ast.Starred(self.test(), tok.lineno, tok.col))
                if self.at_kw('for'):
                    self.error('iterable unpacking cannot be used in comprehension', tok)
            elif tok.kind == NAME and self.peek_at(1).kind == OP and \
                    self.peek_at(1).value == '=':
                if tok.value == 'True' or tok.value == 'False' or tok.value == 'None':
                    self.error('cannot assign to %s' % tok.value, tok)
                name = self.expect_name()
                self.next()
                keywords.append(ast.Keyword(name, self.test(), tok.lineno, tok.col))
            else:
                value = self.namedexpr_test()
                if self.at_comp_for():
                    if class_bases:
                        self.error()
                    value = self.comprehension_tail('gen', value, None, tok)
                    genexp_tok = tok
                elif self.at_op('='):
                    self.error('expression cannot contain assignment, perhaps you meant '
                               '"=="?', tok)
                if keywords and not misplaced:
                    # (CPython reports it after the arguments, where its parser stands)
                    misplaced = 'positional argument follows keyword argument'
                    for kw in keywords:
                        if kw.arg is None:
                            misplaced += ' unpacking'
                            break
                args.append(value)
            if not self.accept_op(','):
                break
            if genexp_tok is not None:      # f(x for x in y, ...) or f(x for x in y,)
                break
        if genexp_tok is not None and not self.at_op(')') and \
                self.peek_at(-1).value != ',':
            self.error()            # `f(x for x in y z)`: where the generator ends
        if genexp_tok is not None and (count > 1 or not self.at_op(')') or
                                       self.peek_at(-1).value == ','):
            self.error('Generator expression must be parenthesized', genexp_tok)
        if misplaced:
            self.error(misplaced)
        return args, keywords

    def subscript_list(self):
        tok = self.peek()
        first = self.subscript()
        if not self.at_op(',') and not isinstance(first, ast.Starred):
            return first
        elts = [first]
        while self.accept_op(','):
            if self.at_op(']'):
                break
            elts.append(self.subscript())
        return ast.TupleExpr(elts, tok.lineno, tok.col)

    def subscript(self):
        tok = self.peek()
        if self.at_op('*'):                 # d[1, *rest]: an unpacked tuple (3.11)
            self.next()
            return ast.Starred(self.expr(), tok.lineno, tok.col)
        lower = None
        if not self.at_op(':'):
            lower = self.namedexpr_test()
            if not self.at_op(':'):
                return lower
        self.expect_op(':')
        upper = None
        step = None
        if not self.at_op(']') and not self.at_op(':') and not self.at_op(','):
            upper = self.test()
        if self.accept_op(':'):
            if not self.at_op(']') and not self.at_op(','):
                step = self.test()
        return ast.Slice(lower, upper, step, tok.lineno, tok.col)

    def atom(self):
        tok = self.peek()
        if tok.kind == NAME:
            v = tok.value
            if v == 'None':
                self.next()
                return ast.Constant('none', '', tok.lineno, tok.col)
            if v == 'True':
                self.next()
                return ast.Constant('true', '', tok.lineno, tok.col)
            if v == 'False':
                self.next()
                return ast.Constant('false', '', tok.lineno, tok.col)
            if v in KEYWORDS:
                self.error()
            self.next()
            return ast.Name(self.mangle(v), tok.lineno, tok.col)
        if tok.kind == NUMBER:
            self.next()
            return number_constant(tok)
        if tok.kind == STRING or tok.kind == FSTRING or tok.kind == BYTES:
            return self.strings()
        if tok.kind == OP:
            if tok.value == '(':
                return self.paren()
            if tok.value == '[':
                return self.list_display()
            if tok.value == '{':
                return self.dict_display()
            if tok.value == '...':
                self.next()
                return ast.Constant('ellipsis', '', tok.lineno, tok.col)
        if tok.kind == NEWLINE or tok.kind == EOF:
            self.error('invalid syntax')
        self.error()

    def strings(self):
        """Adjacent string literals concatenate; f-strings become a JoinedStr; bytes
        literals concatenate with bytes literals only."""
        first = self.peek()
        parts = []
        has_f = False
        if first.kind == BYTES:
            pieces = []
            while self.peek().kind == BYTES:
                pieces.append(self.next().value)
            kind = self.peek().kind
            if kind == STRING or kind == FSTRING:
                self.skip_strings()
                self.mixed_strings()
            return ast.Constant('bytes', ''.join(pieces), first.lineno, first.col)
        while self.peek().kind == STRING or self.peek().kind == FSTRING or \
                self.peek().kind == BYTES:
            tok = self.next()
            if tok.kind == BYTES:
                self.skip_strings()
                self.mixed_strings()
            if tok.kind == FSTRING:
                has_f = True
                try:
                    parse_fstring(tok, parts, self.private)
                except FStringError as e:
                    # CPython reports it where its parser stands: after the literals
                    self.skip_strings()
                    after = self.peek()
                    raise CompileError(e.msg, after.lineno, after.col)
            else:
                parts.append(ast.Constant('str', tok.value, tok.lineno, tok.col))
        if not has_f:
            pieces = []
            for p in parts:
                assert isinstance(p, ast.Constant)
                pieces.append(p.value)
            return ast.Constant('str', ''.join(pieces), first.lineno, first.col)
        return ast.JoinedStr(parts, first.lineno, first.col)

    def skip_strings(self):
        while self.peek().kind == STRING or self.peek().kind == FSTRING or \
                self.peek().kind == BYTES:
            self.next()

    def mixed_strings(self):
        """CPython reports the error where its parser stands: after the literals."""
        tok = self.peek()
        raise CompileError('cannot mix bytes and nonbytes literals', tok.lineno, tok.col)

    def paren(self):
        tok = self.next()
        if self.accept_op(')'):
            return ast.TupleExpr([], tok.lineno, tok.col)
        if self.at_kw('yield'):
            node = self.yield_expr()
            self.expect_closer(')')
            return node
        first = self.named_or_star()
        if self.at_comp_for():
            node = self.comprehension_tail('gen', first, None, tok)
            self.expect_closer(')')
            return node
        if self.accept_op(')'):
            if isinstance(first, ast.Starred):
                raise CompileError("cannot use starred expression here", first.lineno,
                                   first.col)
            return first
        elts = [first]
        while self.accept_op(','):
            if self.at_op(')'):
                break
            elts.append(self.named_or_star())
        self.expect_closer(')')
        return ast.TupleExpr(elts, tok.lineno, tok.col)

    def list_display(self):
        tok = self.next()
        elts = []
        if self.accept_op(']'):
            return ast.ListExpr(elts, tok.lineno, tok.col)
        first = self.named_or_star()
        if self.at_comp_for():
            node = self.comprehension_tail('list', first, None, tok)
            self.expect_closer(']')
            return node
        elts.append(first)
        while self.accept_op(','):
            if self.at_op(']'):
                break
            elts.append(self.named_or_star())
        self.expect_closer(']')
        return ast.ListExpr(elts, tok.lineno, tok.col)

    def dict_display(self):
        tok = self.next()
        keys = []
        values = []
        if self.accept_op('}'):
            return ast.DictExpr(keys, values, tok.lineno, tok.col)
        if self.at_op('**'):
            stok = self.next()
            keys.append(None)
            values.append(self.expr())
            if self.at_comp_for():
                self.error('dict unpacking cannot be used in dict comprehension', stok)
        else:
            first = self.named_or_star()
            if not self.at_op(':'):
                # a set display or set comprehension
                if self.at_comp_for():
                    node = self.comprehension_tail('set', first, None, tok)
                    self.expect_closer('}')
                    return node
                elts = [first]
                while self.accept_op(','):
                    if self.at_op('}'):
                        break
                    elts.append(self.named_or_star())
                self.expect_closer('}')
                return ast.SetExpr(elts, tok.lineno, tok.col)
            value = self.dict_value()
            if self.at_comp_for():
                node = self.comprehension_tail('dict', first, value, tok)
                self.expect_closer('}')
                return node
            keys.append(first)
            values.append(value)
        while self.accept_op(','):
            if self.at_op('}'):
                break
            if self.accept_op('**'):
                keys.append(None)
                values.append(self.expr())
                continue
            keys.append(self.test())
            if not self.at_op(':'):
                self.dict_key_error()
            values.append(self.dict_value())
        self.expect_closer('}')
        return ast.DictExpr(keys, values, tok.lineno, tok.col)

    def dict_value(self):
        """At a dict display's ':': the value after it, with CPython's errors for a
        missing or starred value."""
        colon = self.next()
        tok = self.peek()
        if tok.kind == OP and (tok.value == '}' or tok.value == ',' or tok.value == '*'):
            if tok.value == '*':
                self.error('cannot use a starred expression in a dictionary value')
            self.error("expression expected after dictionary key and ':'", colon)
        return self.test()

    def dict_key_error(self):
        """A dict display's key (after a first key/value pair) without its ':': CPython
        points at the key's last character (a string literal's end is found in the
        source, as tokens do not keep it; a triple-quoted one's start is used)."""
        last = self.tokens[self.i - 1]
        col = last.col
        if last.kind == NAME or last.kind == NUMBER or last.kind == OP:
            col += len(last.value) - 1
        else:
            col = string_end(self.src, last.lineno, last.col)
        raise CompileError("':' expected after dictionary key", last.lineno, col)

    def comprehension_tail(self, kind, elt, value, tok):
        if isinstance(elt, ast.Starred):
            raise CompileError('iterable unpacking cannot be used in comprehension',
                               elt.lineno, elt.col)
        generators = []
        while self.at_comp_for():
            is_async = self.accept_kw('async')
            ftok = self.next()
            target = self.target_list()
            self.expect_kw('in')
            it = self.or_test()
            ifs = []
            while self.at_kw('if'):
                self.next()
                ifs.append(self.test_nocond())
            comp = ast.Comprehension(target, it, ifs, ftok.lineno, ftok.col)
            comp.is_async = is_async
            generators.append(comp)
        if kind == 'list':
            return ast.ListComp(elt, generators, tok.lineno, tok.col)
        if kind == 'dict':
            return ast.DictComp(elt, value, generators, tok.lineno, tok.col)
        if kind == 'set':
            return ast.SetComp(elt, generators, tok.lineno, tok.col)
        return ast.GeneratorExp(elt, generators, tok.lineno, tok.col)


BINARY_LEVELS = [['|'], ['^'], ['&'], ['<<', '>>'], ['+', '-'], ['*', '/', '//', '%', '@']]


def string_end(src, lineno, col):
    """The column of the last character of the string literal at lineno:col of src,
    when it ends on that line (else col)."""
    pos = 0
    for k in range(lineno - 1):
        pos = src.find('\n', pos)
        if pos < 0:
            return col
        pos += 1
    line_start = pos
    pos += col
    n = len(src)
    while pos < n and src[pos] != "'" and src[pos] != '"':
        pos += 1                # the prefix
    if pos >= n:
        return col
    quote = src[pos]
    triple = pos + 2 < n and src[pos + 1] == quote and src[pos + 2] == quote
    if triple:
        return col
    pos += 1
    while pos < n and src[pos] != '\n':
        c = src[pos]
        if c == '\\':
            pos += 2
            continue
        if c == quote:
            return pos - line_start
        pos += 1
    return col


def describe(node):
    """CPython's name for an expression in 'cannot assign to ...' messages."""
    if isinstance(node, ast.Call):
        return 'function call'
    if isinstance(node, ast.Constant):
        if node.kind == 'none':
            return 'None'
        if node.kind == 'true':
            return 'True'
        if node.kind == 'false':
            return 'False'
        if node.kind == 'ellipsis':
            return 'ellipsis'
        return 'literal'
    if isinstance(node, ast.Lambda):
        return 'lambda'
    if isinstance(node, ast.IfExp):
        return 'conditional expression'
    if isinstance(node, ast.Compare):
        return 'comparison'
    if isinstance(node, ast.ListComp):
        return 'list comprehension'
    if isinstance(node, ast.DictComp):
        return 'dict comprehension'
    if isinstance(node, ast.DictExpr):
        return 'dict literal'
    if isinstance(node, ast.SetExpr):
        return 'set display'
    if isinstance(node, ast.JoinedStr):
        return 'f-string expression'
    if isinstance(node, ast.TupleExpr):
        return 'tuple'
    if isinstance(node, ast.ListExpr):
        return 'list'
    if isinstance(node, ast.GeneratorExp):
        return 'generator expression'
    if isinstance(node, ast.SetComp):
        return 'set comprehension'
    if isinstance(node, ast.Yield) or isinstance(node, ast.YieldFrom):
        return 'yield expression'
    if isinstance(node, ast.Await):
        return 'await expression'
    if isinstance(node, ast.NamedExpr):
        return 'named expression'
    if isinstance(node, ast.Starred):
        return 'starred'
    return 'expression'


def maybe_comparison(node):
    """Whether CPython suggests '==' for `node = value`: a single target at the level
    of a bitwise 'or' (not a comparison, boolean operation, lambda, conditional
    expression, tuple, list, generator expression, True, False or None)."""
    if isinstance(node, ast.Compare) or isinstance(node, ast.BoolOp) or \
            isinstance(node, ast.Lambda) or isinstance(node, ast.IfExp) or \
            isinstance(node, ast.TupleExpr) or isinstance(node, ast.ListExpr) or \
            isinstance(node, ast.GeneratorExp):
        return False
    if isinstance(node, ast.UnaryOp) and node.op == 'not':
        return False
    if isinstance(node, ast.Constant) and (node.kind == 'none' or node.kind == 'true' or
                                           node.kind == 'false'):
        return False
    return True


def is_imaginary(text):
    return text.endswith('j') or text.endswith('J')


def number_constant(tok):
    text = replace(tok.value, '_', '')
    lower = text.lower()
    if lower.startswith('0x') or lower.startswith('0o') or lower.startswith('0b'):
        return ast.Constant('int', lower, tok.lineno, tok.col)
    if '.' in text or 'e' in lower:
        return ast.Constant('float', text, tok.lineno, tok.col)
    if len(text) > 1 and text[0] == '0' and text.strip('0') != '':
        e = CompileError('leading zeros in decimal integer literals are not permitted; '
                         'use an 0o prefix for octal integers', tok.lineno, tok.col)
        e.text_mode = TEXT_NO_NEWLINE       # (a tokenizer's error in CPython)
        raise e
    return ast.Constant('int', text, tok.lineno, tok.col)


def parse_fstring(tok, parts, private):
    """Split an f-string's text into Constant and FormattedValue parts."""
    s = tok.value
    n = len(s)
    i = 0
    buf = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                buf.append('{')
                i += 2
                continue
            if buf:
                parts.append(ast.Constant('str', ''.join(buf), tok.lineno, tok.col))
                buf = []
            i = fstring_field(tok, s, i + 1, parts, private)
            continue
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                buf.append('}')
                i += 2
                continue
            raise FStringError("f-string: single '}' is not allowed", tok.lineno, tok.col)
        buf.append(c)
        i += 1
    if buf:
        parts.append(ast.Constant('str', ''.join(buf), tok.lineno, tok.col))


def fstring_field(tok, s, start, parts, private, nested=0):
    """Parse one {expr!conv:spec} field starting after '{'; returns the index after '}'.
    nested: 1 inside another field's format spec, where no field may nest again."""
    n = len(s)
    depth = 0
    opened = []         # the brackets open in the expression
    i = start
    quote = ''
    while i < n:
        c = s[i]
        if quote:
            if c == quote:
                quote = ''
        elif c == "'" or c == '"':
            quote = c
        elif c == '#':
            raise FStringError("f-string expression part cannot include '#'",
                               tok.lineno, tok.col)
        elif c in '([{':
            depth += 1
            opened.append(c)
        elif c in ')]}':
            if depth == 0:
                if c != '}':
                    raise FStringError("f-string: unmatched '%s'" % c, tok.lineno, tok.col)
                break
            depth -= 1
            opener = opened.pop()
            if '([{'.find(opener) != ')]}'.find(c):
                raise FStringError("f-string: closing parenthesis '%s' does not match "
                                   "opening parenthesis '%s'" % (c, opener), tok.lineno,
                                   tok.col)
        elif depth == 0 and (c == '!' or c == ':') and not (c == '!' and i + 1 < n and s[i + 1] == '='):
            break
        i += 1
    if i >= n:
        raise FStringError("f-string: expecting '}'", tok.lineno, tok.col)
    assert start >= 0 and i >= start
    expr_src = s[start:i]
    if not expr_src.strip():
        if s[i] == '!' or s[i] == ':':
            raise FStringError("f-string: expression required before '%s'" % s[i],
                               tok.lineno, tok.col)
        raise FStringError('f-string: empty expression not allowed', tok.lineno, tok.col)
    self_doc = ''
    stripped = expr_src.rstrip()
    if stripped.endswith('=') and not stripped.endswith('==') and not stripped.endswith('!=') \
            and not stripped.endswith('<=') and not stripped.endswith('>='):
        self_doc = expr_src
        end = len(stripped) - 1
        assert end >= 0
        expr_src = stripped[:end]
    line = tok.lineno               # the field's line: the literal's, plus its newlines
    for k in range(start):
        if s[k] == '\n':
            line += 1
    value = parse_expression_source(expr_src, tok, private, line)
    conversion = ''
    if s[i] == '!':
        if i + 1 >= n:
            raise FStringError("f-string: expecting '}'", tok.lineno, tok.col)
        conversion = s[i + 1]
        if conversion not in 'rsa':
            raise FStringError("f-string: invalid conversion character: expected 's', 'r', "
                               "or 'a'", tok.lineno, tok.col)
        i += 2
    elif self_doc and not (i < n and s[i] == ':'):
        conversion = 'r'        # {x=} is repr(x); {x=:spec} is format(x, spec)
    spec = None
    if i < n and s[i] == ':':
        i += 1
        spec_parts = []
        buf = []
        while i < n and s[i] != '}':
            if s[i] == '{':
                if nested:
                    raise FStringError('f-string: expressions nested too deeply',
                                       tok.lineno, tok.col)
                if buf:
                    spec_parts.append(ast.Constant('str', ''.join(buf), tok.lineno, tok.col))
                    buf = []
                i = fstring_field(tok, s, i + 1, spec_parts, private, 1)
                continue
            buf.append(s[i])
            i += 1
        if buf:
            spec_parts.append(ast.Constant('str', ''.join(buf), tok.lineno, tok.col))
        spec = ast.JoinedStr(spec_parts, tok.lineno, tok.col)
    if i >= n or s[i] != '}':
        raise FStringError("f-string: expecting '}'", tok.lineno, tok.col)
    if self_doc:
        parts.append(ast.Constant('str', self_doc, tok.lineno, tok.col))
    parts.append(ast.FormattedValue(value, conversion, spec, tok.lineno, tok.col))
    return i + 1


def parse_expression_source(src, tok, private, line):
    """An f-string field's expression, on the given line of the source.  Its nodes have
    that line (so a traceback names it) and no end: their columns are the field's, not
    the line's, and a traceback shows no markers under them."""
    try:
        tokens = tokenize('(' + src + ')')
    except CompileError as e:
        raise FStringError('f-string: ' + e.msg, tok.lineno, tok.col)
    shift = line - 1
    for t in tokens:
        t.lineno += shift
        t.end_lineno = -1
    p = Parser(tokens, private)
    try:
        node = p.testlist_star()
        if p.peek().kind != NEWLINE:
            p.error()
    except CompileError as e:
        # (CPython: where in '(' + the expression + ')' the error is, on the line of
        # the literal's start plus the lines before it in the expression)
        msg = e.msg
        if not msg.startswith('f-string'):
            msg = 'f-string: ' + msg
        raise CompileError(msg, tok.lineno + e.lineno - shift - 1, e.col, e.kind)
    return node


def parse(source):
    lexer = Lexer(source)
    lexer.defer_unclosed = True
    p = Parser(lexer.tokenize())
    p.src = lexer.src
    try:
        module = p.parse_module()
    except CompileError as e:
        raise parse_failure(lexer, p, e)
    if lexer.unclosed_lineno or lexer.escape_index >= 0:
        raise parse_failure(lexer, p, None)     # (the parser cannot end in brackets)
    return module


def parse_failure(lexer, p, e):
    """The error to report when the parser raised e (None: when it got to the end) and
    the lexer left what CPython reports as its parser meets it: a bad escape in a
    string literal (raised after the run of literals, unless the parser failed before
    that) and brackets never closed (see Lexer.unclosed_error)."""
    k = lexer.escape_index
    if k >= 0:
        tokens = p.tokens
        while tokens[k].kind == STRING or tokens[k].kind == FSTRING or \
                tokens[k].kind == BYTES:
            k += 1
        after = tokens[k]
        if e is None or e.lineno > after.lineno or (e.lineno == after.lineno and
                                                    e.col >= after.col):
            return CompileError(lexer.escape_msg, after.lineno, after.col)
    if e is None:
        return lexer.never_closed()
    return lexer.unclosed_error(e, furthest_line(p, e), p.peek().kind == EOF)


def furthest_line(p, e):
    """The last line the parser looked at when it raised e (as CPython's check of
    unclosed brackets after a syntax error uses)."""
    line = p.peek().lineno
    if e.lineno > line:
        line = e.lineno
    return line


def parse_eval(source):
    """eval()'s source: one expression (list), then nothing but newlines; a Module of
    one ExprStmt."""
    lexer = Lexer(source)
    lexer.defer_unclosed = True
    p = Parser(lexer.tokenize())
    p.src = lexer.src
    try:
        while p.peek().kind == NEWLINE:
            p.next()
        tok = p.peek()
        node = p.testlist_star()
        while p.peek().kind == NEWLINE:
            p.next()
        if p.peek().kind != EOF:
            p.error()
    except CompileError as e:
        raise parse_failure(lexer, p, e)
    if lexer.unclosed_lineno or lexer.escape_index >= 0:
        raise parse_failure(lexer, p, None)
    return ast.Module([ast.ExprStmt(node, tok.lineno, tok.col)], 1, 0)
