"""The report of an uncaught exception on stderr, as CPython prints it: the traceback,
the cause or context chain, and the exception.  Used by the command line (the main
thread) and by gclab.objspace.threads (the other threads)."""

from gclab.interp.error import OperationError, syntax_error_where
from gclab.interp import carets
from gclab.objspace.tupleobject import W_Tuple
from gclab.objspace.typeobject import W_ExceptionObject
from gclab.objspace.strobject import W_Str
from gclab.objspace.function import W_Module
from gclab.objspace import freethreading, suggestions, objectmethods


def report_exception(space, operr):
    """Print the traceback of an exception that ended a thread."""
    w_exc = operr.w_value
    space.attach_traceback(w_exc, operr)
    space.flush_stdout()
    print_exception(space, w_exc, 0)


# CPython's limits on the report of an exception group (PyErr_MAX_GROUP_WIDTH/DEPTH)
MAX_GROUP_WIDTH = 15
MAX_GROUP_DEPTH = 10


class ReportContext(object):
    """What the report of one uncaught exception has written so far (lines, each with
    its newline), and where it is in nested exception groups: CPython 3.11's boxes,
    every line of an exception inside a group prefixed by a margin."""

    def __init__(self):
        self.lines = []
        self.group_depth = 0
        self.need_close = False
        self.seen_w = []        # the exceptions reported, so that a chain stops there

    def indent(self):
        return ' ' * (2 * self.group_depth)

    def emit(self, text, margin='|'):
        """text (whole lines), each line prefixed as the depth in groups asks."""
        if not text:
            return
        if self.group_depth == 0:
            self.lines.append(text)
            return
        prefix = self.indent() + margin + ' '
        start = 0
        while start < len(text):
            end = text.find('\n', start)
            if end < 0:
                end = len(text)
            else:
                end += 1
            self.lines.append(prefix + text[start:end])
            start = end

    def was_seen(self, w_exc):
        for w_seen in self.seen_w:
            if w_seen is w_exc:
                return True
        return False


def print_exception(space, w_exc, depth):
    """CPython's report of an uncaught exception, with its cause or context chain (and,
    for an exception group, its sub-exceptions, boxed as CPython 3.11 does)."""
    ctx = ReportContext()
    format_exception(space, w_exc, ctx, depth)
    write_report(space, ''.join(ctx.lines))


def write_report(space, text):
    """An error report (an uncaught exception, 'Exception ignored in', a thread's
    exception, a SystemExit's message) written where CPython writes it: to sys.stderr
    as the program left it -- the process's stderr, or the object the program put there
    (io.StringIO, contextlib.redirect_stderr), whose write() gets the text; nothing if
    sys.stderr is None.  If that write fails, the process's stderr."""
    from gclab.objspace.streams import W_TextStream
    w_sys = space.modules_w.get('sys', None)
    w_err = None
    if w_sys is not None:
        w_err = w_sys.dict_w.get('stderr', None)
    if w_err is space.w_None:
        return
    if w_err is None:
        space.write_stderr(text)
    elif isinstance(w_err, W_TextStream):
        w_err.write_text(space, text)
    else:
        try:
            space.call_function(space.getattr(w_err, 'write'), [space.newstr(text)])
        except OperationError:
            space.write_stderr(text)


def is_exception_group(space, w_exc):
    return space.type(w_exc).is_subtype(space.w_BaseExceptionGroup)


def format_exception(space, w_exc, ctx, depth):
    assert isinstance(w_exc, W_ExceptionObject)
    ctx.seen_w.append(w_exc)
    if depth < 100:
        w_cause = w_exc.w_cause
        w_context = w_exc.w_context
        if w_cause is not None:
            if not ctx.was_seen(w_cause):
                format_exception(space, w_cause, ctx, depth + 1)
                ctx.emit('\nThe above exception was the direct cause of the following '
                         'exception:\n\n')
        elif w_context is not None and not w_exc.suppress_context and \
                not ctx.was_seen(w_context):
            format_exception(space, w_context, ctx, depth + 1)
            ctx.emit('\nDuring handling of the above exception, another exception '
                     'occurred:\n\n')
    if not is_exception_group(space, w_exc):
        if w_exc.traceback is not None:
            ctx.emit('Traceback (most recent call last):\n')
            ctx.emit(format_stack(space, w_exc))
        ctx.emit(exception_only(space, w_exc))
        ctx.emit(format_notes(space, w_exc))
        return
    if ctx.group_depth > MAX_GROUP_DEPTH:
        ctx.emit('... (max_group_depth is %d)\n' % MAX_GROUP_DEPTH)
        return
    toplevel = ctx.group_depth == 0
    if toplevel:
        ctx.group_depth += 1
    if w_exc.traceback is not None:
        ctx.emit('Exception Group Traceback (most recent call last):\n',
                 '+' if toplevel else '|')
        ctx.emit(format_stack(space, w_exc))
    ctx.emit(exception_only(space, w_exc))
    ctx.emit(format_notes(space, w_exc))
    items_w = []
    try:
        items_w = space.listview(space.getattr(w_exc, 'exceptions'))
    except OperationError:
        pass
    n = len(items_w)
    if n > MAX_GROUP_WIDTH:
        n = MAX_GROUP_WIDTH + 1
    ctx.need_close = False
    for i in range(n):
        last = i == n - 1
        if last:
            ctx.need_close = True       # (or by a group inside the last one)
        truncated = i >= MAX_GROUP_WIDTH
        title = '...' if truncated else str(i + 1)
        ctx.lines.append(ctx.indent() + ('+-' if i == 0 else '  ') +
                         '+---------------- %s ----------------\n' % title)
        ctx.group_depth += 1
        if truncated:
            remaining = len(items_w) - MAX_GROUP_WIDTH
            ctx.emit('and %d more exception%s\n' % (remaining,
                                                     's' if remaining > 1 else ''))
        else:
            w_item = items_w[i]
            if isinstance(w_item, W_ExceptionObject):
                format_exception(space, w_item, ctx, depth + 1)
        if last and ctx.need_close:
            ctx.lines.append(ctx.indent() + '+------------------------------------\n')
            ctx.need_close = False
        ctx.group_depth -= 1
    if toplevel:
        ctx.group_depth = 0


def format_stack(space, w_exc):
    """The lines of the traceback entries of w_exc (CPython's repeats elided: an entry
    repeats the one before when its file, line and function are the same, whatever
    its markers)."""
    assert isinstance(w_exc, W_ExceptionObject)
    lines = []
    entry = w_exc.traceback
    last = ''
    repeat = 0
    while entry is not None:
        code = entry.code
        line = '  File "%s", line %d, in %s\n' % (code.filename, entry.lineno, code.name)
        key = line
        raw = raw_source_line(space, code.filename, entry.lineno)
        src = raw.strip()
        if src:
            line += '    ' + src + '\n'
            under = carets.markers(raw, entry.position)
            if under:
                line += under + '\n'
        if key == last:
            repeat += 1
        else:
            if repeat > 3:
                lines.append('  [Previous line repeated %d more time%s]\n'
                             % (repeat - 3, '' if repeat - 3 == 1 else 's'))
            repeat = 1
            last = key
        if repeat <= 3:
            lines.append(line)
        entry = entry.next
    if repeat > 3:
        lines.append('  [Previous line repeated %d more time%s]\n'
                     % (repeat - 3, '' if repeat - 3 == 1 else 's'))
    return ''.join(lines)


def format_notes(space, w_exc):
    """The notes add_note() attached (__notes__), one a line, as CPython 3.11."""
    try:
        w_notes = space.getattr_or_none(w_exc, '__notes__')
    except OperationError:
        return ''
    if w_notes is None:
        return ''
    if not space.isinstance_w(w_notes, space.w_list) and \
            not space.isinstance_w(w_notes, space.w_tuple):
        try:
            return space.repr_str(w_notes) + '\n'
        except OperationError:
            return '<__notes__ repr() failed>\n'
    lines = []
    for w_note in space.listview(w_notes):
        try:
            lines.append(space.str_str(w_note) + '\n')
        except OperationError:
            lines.append('<note str() failed>\n')
    return ''.join(lines)


def exception_only(space, w_exc):
    w_type = space.type(w_exc)
    name = w_type.name if w_type.builtin else w_type.qualname
    prefix = w_type.module_prefix()       # 're.error', not '__main__.MyError', as CPython
    if prefix != '__main__.':
        name = prefix + name
    where = syntax_error_where_of(space, w_exc)
    try:
        if where:
            assert isinstance(w_exc, W_ExceptionObject)
            msg = space.str_str(w_exc.args_w[0])
        else:
            msg = space.str_str(w_exc)
    except OperationError:
        msg = '<exception str() failed>'
    hint = suggestion(space, w_exc)
    if hint is not None:
        msg += ". Did you mean: '%s'?" % hint
    if msg:
        return '%s%s: %s\n' % (where, name, msg)
    return where + name + '\n'


def suggestion(space, w_exc):
    """CPython's "Did you mean" for a NameError or AttributeError the interpreter
    raised (gclab.objspace.suggestions), or None."""
    if not isinstance(w_exc, W_ExceptionObject):
        return None
    try:
        if space.isinstance_w(w_exc, space.w_NameError):
            context = w_exc.name_context
            w_name = w_exc.getdictvalue('name')
            if context is None or not isinstance(w_name, W_Str):
                return None
            w_module = context.w_module
            assert isinstance(w_module, W_Module)
            return suggestions.for_name(w_name.utf8(), context.varnames,
                                        w_module.dict_w, space.builtins_dict())
        if space.isinstance_w(w_exc, space.w_AttributeError):
            w_name = w_exc.getdictvalue('name')
            w_obj = w_exc.getdictvalue('obj')
            if not isinstance(w_name, W_Str) or w_obj is None:
                return None
            w_dir = objectmethods.dir_of(space, w_obj)
            names = []
            for w_item in space.listview(w_dir):
                if isinstance(w_item, W_Str):
                    names.append(w_item.utf8())
            return suggestions.best_match(names, w_name.utf8())
    except OperationError:
        pass
    return None


def syntax_error_where_of(space, w_exc):
    """A SyntaxError with details (as compile(), exec() and eval() raise them) is
    reported as CPython reports it: where it is, then the message alone; '' for other
    exceptions, or details that are not (str, int, int, str)."""
    items_w = syntax_error_details(space, w_exc)
    if items_w is None:
        return ''
    try:
        text = ''           # (a text of None: CPython shows no line)
        if items_w[3] is not space.w_None:
            text = space.str_str(items_w[3])
        return syntax_error_where(space.str_str(items_w[0]), space.int_w(items_w[1]),
                                  text, space.int_w(items_w[2]) - 1)
    except OperationError:
        return ''


def source_line(space, filename, lineno):
    return raw_source_line(space, filename, lineno).strip()


def raw_source_line(space, filename, lineno):
    """Line lineno of the file's source as gclab compiled it (unstripped), or ''."""
    held = freethreading.lock_state(freethreading.IMPORTS)
    source = space.sources.get(filename, None)
    freethreading.unlock_state(freethreading.IMPORTS, held)
    if source is None or filename.startswith('<'):
        return ''      # python3 shows no source for -c code
    lines = source.split('\n')
    if lineno < 1 or lineno > len(lines):
        return ''
    return lines[lineno - 1]


def syntax_error_details(space, w_exc):
    """The (filename, lineno, offset, text) items of a SyntaxError that compile(),
    exec() or eval() raised (see gclab.objspace.execbuiltins), or None."""
    assert isinstance(w_exc, W_ExceptionObject)
    if not space.exception_is(w_exc, space.w_SyntaxError) or len(w_exc.args_w) != 2:
        return None
    w_details = w_exc.args_w[1]
    if not isinstance(w_details, W_Tuple) or len(w_details.items_w) != 4:
        return None
    return w_details.items_w

