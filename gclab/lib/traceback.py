# gclab's traceback module, written for gclab after CPython 3.11's interface:
# format_exception, format_exception_only, format_exc, print_exception, print_exc,
# print_last is absent.  The frames of an exception's traceback come from
# exc.__traceback__ (gclab's traceback objects: tb_frame, tb_lineno, tb_next), the
# frames gclab records as the exception propagates -- the same frames CPython shows,
# with the source lines read from the files.  extract_tb, extract_stack, walk_tb,
# walk_stack, format_list, FrameSummary and StackSummary work on them.
# TracebackException (from_exception, format, format_exception_only, stack, the
# cause, context and sub-exceptions; a SyntaxError's filename, lineno, text, offset,
# msg) formats through the same code.  Exception groups are boxed as CPython 3.11 does,
# a SyntaxError is shown with its line and carets.
# What differs from CPython:
# - frames captured with capture_locals=True show the locals of gclab's frame
#   snapshots: a traceback's frames have none, a stack's those of when the snapshot
#   was made (sys._getframe);
# - the "~~~^^^" markers under the failing expression are printed for an exception's
#   traceback (format_exception, print_exc, format_tb, extract_tb(...).format(): gclab's
#   traceback objects know them), not for stacks (format_stack: CPython marks the
#   calls; FrameSummary has no colno attributes); no source lines for gclab's own
#   library modules ('File "<gclab enum>"').

import sys

__all__ = ['format_exception', 'format_exception_only', 'format_exc', 'print_exception',
           'print_exc', 'format_tb', 'print_tb', 'extract_tb', 'extract_stack',
           'format_list', 'print_list', 'format_stack', 'print_stack', 'walk_tb',
           'walk_stack', 'FrameSummary', 'StackSummary', 'TracebackException']

_sources = {}
_sentinel = object()


def _source_line(filename, lineno):
    if filename.startswith('<'):
        return ''
    lines = _sources.get(filename)
    if lines is None:
        try:
            with open(filename) as f:
                lines = f.read().split('\n')
        except OSError:
            lines = []
        _sources[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1].strip()
    return ''


def walk_tb(tb):
    """(frame, lineno) of each entry of the traceback tb, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """(frame, lineno) of f and its callers (the caller's frame when f is None)."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class FrameSummary:
    """One frame of a traceback or stack: filename, lineno, name, line."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals', '_markers')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = ({k: repr(v) for k, v in locals.items()} if locals else None)
        self._markers = ''     # the ~~^^ line under its source line (from a traceback)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()


def _limited(gen, limit):
    items = list(gen)
    if limit is not None:
        items = items[:limit] if limit >= 0 else items[limit:]
    return items


class StackSummary(list):
    """A list of FrameSummary, outermost first."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, lineno in _limited(frame_gen, limit):
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name,
                                       lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = '  File "%s", line %d, in %s\n' % (frame_summary.filename,
                                                 frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            row += '    %s\n' % frame_summary.line
            if frame_summary._markers:
                row += frame_summary._markers + '\n'
        return row

    def format(self):
        return _format_entries([(fs.filename, fs.lineno, fs.name, fs._markers, fs.locals,
                                 fs.line) for fs in self])


def extract_tb(tb, limit=None):
    """The StackSummary of the traceback tb (outermost first), each frame with the
    markers its traceback entry has."""
    result = StackSummary.extract(walk_tb(tb), limit=limit)
    for fs, entry in zip(result, _limited(_tb_entries(tb), limit)):
        fs._markers = entry[3]
    return result


def extract_stack(f=None, limit=None):
    """The StackSummary of the running frames up to f (the caller when None)."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end='')


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def _tb_entries(tb):
    entries = []
    while tb is not None:
        code = tb.tb_frame.f_code
        entries.append((code.co_filename, tb.tb_lineno, code.co_name, tb._gclab_markers))
        tb = tb.tb_next
    return entries


def _entries(exc):
    if exc is None:
        return []
    return _tb_entries(exc.__traceback__)


def _format_entries(entries):
    out = []
    last = None
    repeat = 0
    for entry in entries:
        filename, lineno, name = entry[:3]
        text = key = '  File "%s", line %d, in %s\n' % (filename, lineno, name)
        if len(entry) > 5:
            source = entry[5]           # a FrameSummary's line (given, or read)
        else:
            source = _source_line(filename, lineno)
        if source:
            text += '    %s\n' % source
            if len(entry) > 3 and entry[3]:
                text += entry[3] + '\n'
        if len(entry) > 4 and entry[4]:
            for local, value in sorted(entry[4].items()):
                text += '    %s = %s\n' % (local, value)
        if key == last:
            repeat += 1
        else:
            if repeat > 3:
                out.append('  [Previous line repeated %d more time%s]\n'
                           % (repeat - 3, '' if repeat - 3 == 1 else 's'))
            repeat = 1
            last = key
        if repeat <= 3:
            out.append(text)
    if repeat > 3:
        out.append('  [Previous line repeated %d more time%s]\n'
                   % (repeat - 3, '' if repeat - 3 == 1 else 's'))
    return out


def _type_name(etype):
    name = getattr(etype, '__qualname__', etype.__name__)
    module = getattr(etype, '__module__', None)
    if module not in ('__main__', 'builtins', None) and isinstance(module, str):
        return module + '.' + name
    return name


def _syntax_error_lines(exc, name):
    """CPython's layout of a SyntaxError: where (file and line), the line with carets
    under the offending part, then the message."""
    out = []
    suffix = ''
    if exc.lineno is not None:
        out.append('  File "%s", line %d\n' % (exc.filename or '<string>', exc.lineno))
    elif exc.filename is not None:
        suffix = ' (%s)' % exc.filename
    text = exc.text
    if text is not None:
        rtext = text.rstrip('\n')
        ltext = rtext.lstrip(' \n\f')
        spaces = len(rtext) - len(ltext)
        out.append('    %s\n' % ltext)
        offset = exc.offset
        if offset is not None:
            end = getattr(exc, 'end_offset', None)
            if end is None or end == 0:
                end = offset
            if end == offset or end == -1:
                end = offset + 1
            start = offset - 1 - spaces
            stop = end - 1 - spaces
            if start >= 0:
                margin = ''.join(c if c.isspace() else ' ' for c in ltext[:start])
                out.append('    %s%s\n' % (margin, '^' * (stop - start)))
    out.append('%s: %s%s\n' % (name, exc.msg or '<no detail available>', suffix))
    return out


def format_exception_only(exc, /, value=_sentinel):
    """The exception line(s) of exc: ['Type: message\\n'] (a SyntaxError's where and
    what first), then its notes."""
    if value is not _sentinel:
        exc = value
    if exc is None:
        return ['NoneType: None\n']
    etype = type(exc)
    name = _type_name(etype)
    if isinstance(exc, SyntaxError):
        out = _syntax_error_lines(exc, name)
    else:
        try:
            text = str(exc)
        except Exception:
            text = '<exception str() failed>'
        if text:
            out = ['%s: %s\n' % (name, text)]
        else:
            out = ['%s\n' % name]
    notes = getattr(exc, '__notes__', None)
    if isinstance(notes, (list, tuple, str)):
        # as CPython's module, any sequence (even a str: one note a character)
        for note in notes:
            try:
                note = str(note)
            except Exception:
                note = '<note str() failed>'
            out.extend([part + '\n' for part in note.split('\n')])
    elif notes is not None:
        try:
            out.append(repr(notes) + '\n')
        except Exception:
            out.append('<__notes__ repr() failed>\n')
    return out


_CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n'
_CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n'
_MAX_GROUP_WIDTH = 15
_MAX_GROUP_DEPTH = 10


class _Report:
    """The lines of a report so far, and the depth in nested exception groups: each
    line of an exception inside a group is prefixed by a margin, as CPython 3.11 boxes
    them (the interpreter's own report of an uncaught exception does the same)."""

    def __init__(self):
        self.lines = []
        self.depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.depth)

    def emit(self, lines, margin='|'):
        if isinstance(lines, str):
            lines = [lines]
        for text in lines:
            if self.depth == 0:
                self.lines.append(text)
            else:
                prefix = self.indent() + margin + ' '
                self.lines.extend(prefix + part for part in text.splitlines(True))


def _limit(entries, limit):
    if limit is None:
        return entries
    return entries[:limit] if limit >= 0 else entries[limit:]


def _report(exc, tb, limit, chain, report, seen):
    """Add exc's report: its cause or context first (chain), then its traceback and
    exception line, and for an exception group its sub-exceptions, boxed."""
    seen.add(id(exc))
    if chain:
        cause = exc.__cause__
        context = exc.__context__
        if cause is not None:
            if id(cause) not in seen:
                _report(cause, _sentinel, limit, chain, report, seen)
                report.emit(_CAUSE)
        elif (context is not None and not exc.__suppress_context__ and
              id(context) not in seen):
            _report(context, _sentinel, limit, chain, report, seen)
            report.emit(_CONTEXT)
    entries = _limit(_entries(exc) if tb is _sentinel else _tb_entries(tb), limit)
    if not isinstance(exc, BaseExceptionGroup):
        if entries:
            report.emit('Traceback (most recent call last):\n')
            report.emit(_format_entries(entries))
        report.emit(format_exception_only(exc))
        return
    if report.depth > _MAX_GROUP_DEPTH:
        report.emit('... (max_group_depth is %d)\n' % _MAX_GROUP_DEPTH)
        return
    toplevel = report.depth == 0
    if toplevel:
        report.depth += 1
    if entries:
        report.emit('Exception Group Traceback (most recent call last):\n',
                    '+' if toplevel else '|')
        report.emit(_format_entries(entries))
    report.emit(format_exception_only(exc))
    items = exc.exceptions
    n = min(len(items), _MAX_GROUP_WIDTH + 1)
    report.need_close = False
    for i in range(n):
        last = i == n - 1
        if last:
            report.need_close = True        # (or by a group inside the last one)
        truncated = i >= _MAX_GROUP_WIDTH
        title = '...' if truncated else str(i + 1)
        report.lines.append(report.indent() + ('+-' if i == 0 else '  ') +
                            '+---------------- %s ----------------\n' % title)
        report.depth += 1
        if truncated:
            remaining = len(items) - _MAX_GROUP_WIDTH
            report.emit('and %d more exception%s\n' % (remaining,
                                                        's' if remaining > 1 else ''))
        else:
            _report(items[i], _sentinel, limit, chain, report, seen)
        if last and report.need_close:
            report.lines.append(report.indent() + '+------------------------------------\n')
            report.need_close = False
        report.depth -= 1
    if toplevel:
        report.depth = 0


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines CPython prints for an uncaught exc: its cause or context chain, its
    traceback and the exception line (an exception group's sub-exceptions boxed).
    format_exception(type, value, tb) shows tb as value's traceback."""
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is not _sentinel:
        exc = value
    if exc is None:
        return ['NoneType: None\n']
    report = _Report()
    _report(exc, tb, limit, chain, report, set())
    return report.lines


class TracebackException:
    """An exception captured for formatting later: its type, its traceback's
    StackSummary, its message, its cause and context (TracebackExceptions too), and a
    SyntaxError's where and what.  format() gives format_exception's lines; the
    exception object itself is kept (CPython keeps only what it needs)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.exc_type = exc_type
        self._str = '' if exc_value is None else _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines,
                                          capture_locals=capture_locals)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lineno = exc_value.lineno
            self.lineno = str(lineno) if lineno is not None else None
            end_lineno = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = str(end_lineno) if end_lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = exc_value.msg
        self.__cause__ = self.__context__ = None
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.exceptions = None
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, capture_locals=capture_locals,
                    _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen and \
                    not (compact and (self.__cause__ is not None or
                                      self.__suppress_context__)):
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, capture_locals=capture_locals,
                    _seen=_seen)
            if isinstance(exc_value, BaseExceptionGroup):
                self.exceptions = [TracebackException(
                    type(e), e, e.__traceback__, limit=limit, lookup_lines=lookup_lines,
                    capture_locals=capture_locals, _seen=_seen)
                    for e in exc_value.exceptions]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self._exc is None:
            yield _type_name(self.exc_type) + '\n' if self.exc_type else 'None\n'
            return
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True):
        if self._exc is None:
            yield from self.format_exception_only()
            return
        yield from format_exception(type(self._exc), self._exc, self._tb, limit=self._limit,
                                    chain=chain)


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'


def format_tb(tb, limit=None):
    """The lines of the traceback tb's entries (outermost first)."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None,
                    chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as a string."""
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the report of the exception being handled (to sys.stderr)."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)
