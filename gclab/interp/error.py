"""Errors of the interpreter.

OperationError is the one exception class that carries a guest (Python-level) exception
through interpreter code; raise it with `space.raise_error(...)` helpers.  CompileError is
a SyntaxError found while lexing, parsing or compiling.  Any other RPython exception that
escapes is an interpreter bug and is reported as an internal error by gclab.interp.main.
"""

from gclab.gc import stats


class OperationError(Exception):
    """A guest exception in flight: w_value is the W_ exception instance."""

    def __init__(self, w_value):
        stats.add(stats.EXCEPTIONS_RAISED, 1)
        self.w_value = w_value
        self.traceback = None      # a TracebackEntry chain, innermost last
        self.reraised = False      # re-raised in the frame that caught it

    def record(self, frame, lineno, position):
        """Add a frame to the traceback as the exception propagates outwards.  A re-raise
        (bare `raise`, or the end of a finally or of unmatched except clauses) continues
        the traceback of the frame that caught it without a second entry, as CPython."""
        if self.reraised:
            self.reraised = False
            return
        self.traceback = TracebackEntry(frame.code, lineno, self.traceback,
                                        frame.w_module, position)


class TracebackEntry(object):
    def __init__(self, code, lineno, next, w_module, position):
        self.code = code
        self.lineno = lineno
        self.position = position    # the columns of the instruction's expression, or -1
        self.next = next      # the entry of the frame that was called from this one (inner)
        self.w_module = w_module    # the frame's globals (tb.tb_frame.f_globals)


# CompileError.text_mode: what CPython's SyntaxError.text is for compile() of a string
TEXT_LINE = 0           # the error's line, with its newline (the parser's errors)
TEXT_NO_NEWLINE = 1     # the line without its newline (most tokenizer errors)
TEXT_NONE = 2           # None (the compiler's and the symbol table's errors)


class CompileError(Exception):
    """A SyntaxError (or IndentationError) with CPython's position information."""

    def __init__(self, msg, lineno, col, kind='SyntaxError'):
        stats.add(stats.EXCEPTIONS_RAISED, 1)
        self.msg = msg
        self.lineno = lineno
        self.col = col          # 0-based column, or -1 for "no caret"
        self.kind = kind
        self.text_mode = TEXT_LINE


def syntax_error_where(filename, lineno, line, col):
    """Where CPython's report of a syntax error says it is: the file and line, the
    line's text and a caret under column col (0-based; none when negative)."""
    out = ['  File "%s", line %d\n' % (filename, lineno)]
    stripped = line.lstrip()
    indent = len(line) - len(stripped)
    text = stripped.rstrip()
    if text:
        out.append('    ' + text + '\n')
        col = col - indent
        if col >= 0:        # (as CPython: no caret left of the text)
            if col > len(text):
                col = len(text)
            out.append('    ' + ' ' * col + '^\n')
    return ''.join(out)
