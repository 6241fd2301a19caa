# gclab's traceback module, written for gclab after CPython 3.11's interface:
# format_exception, format_exception_only, format_exc, print_exception, print_exc,
# print_last is absent.  The frames of an exception's traceback come from
# exc.__traceback__ (gclab's traceback objects: tb_frame, tb_lineno, tb_next), the
# frames gclab records as the exception propagates -- the same frames CPython shows,
# with the source lines read from the files.  extract_tb, extract_stack, walk_tb,
# walk_stack, format_list, FrameSummary and StackSummary work on them.
# What differs from CPython:
# - TracebackException is absent, FrameSummary has no locals (capture_locals is
#   ignored: gclab's frame objects have no f_locals);
# - the "~~~^^^" markers under the failing expression are printed for an exception's
#   traceback (format_exception, print_exc, format_tb, extract_tb(...).format(): gclab's
#   traceback objects know them), not for stacks (format_stack: CPython marks the
#   calls; FrameSummary has no colno attributes); no source lines for gclab's own
#   library modules ('File "<gclab enum>"');
# - a SyntaxError is shown as "SyntaxError: message" without the offending line.

import sys

__all__ = ['format_exception', 'format_exception_only', 'format_exc', 'print_exception',
           'print_exc', 'format_tb', 'print_tb', 'extract_tb', 'extract_stack',
           'format_list', 'print_list', 'format_stack', 'print_stack', 'walk_tb',
           'walk_stack', 'FrameSummary', 'StackSummary']

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
        self.locals = None
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
                                       lookup_line=lookup_lines))
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
        return _format_entries([(fs.filename, fs.lineno, fs.name, fs._markers)
                                for fs in self])


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
        source = _source_line(filename, lineno)
        if source:
            text += '    %s\n' % source
            if len(entry) > 3 and entry[3]:
                text += entry[3] + '\n'
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


def format_exception_only(exc, /, value=_sentinel):
    """The exception line(s) of exc: ['Type: message\\n']."""
    if value is not _sentinel:
        exc = value
    if exc is None:
        return ['NoneType: None\n']
    etype = type(exc)
    try:
        text = str(exc)
    except Exception:
        text = '<exception str() failed>'
    name = _type_name(etype)
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


def _format_one(exc, limit, tb=_sentinel):
    entries = _entries(exc) if tb is _sentinel else _tb_entries(tb)
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    out = []
    if entries:
        out.append('Traceback (most recent call last):\n')
        out.extend(_format_entries(entries))
    out.extend(format_exception_only(exc))
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines CPython prints for an uncaught exc: its cause or context chain, its
    traceback and the exception line.  format_exception(type, value, tb) shows tb as
    value's traceback."""
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is not _sentinel:
        exc = value
    if exc is None:
        return ['NoneType: None\n']
    chain_items = []
    seen = set()
    current = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if not chain:
            chain_items.append((current, None))
            break
        if current.__cause__ is not None:
            chain_items.append((current, 'cause'))
            current = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            chain_items.append((current, 'context'))
            current = current.__context__
        else:
            chain_items.append((current, None))
            current = None
    out = []
    for i in range(len(chain_items) - 1, -1, -1):
        item, link = chain_items[i]
        if i < len(chain_items) - 1:
            if chain_items[i][1] == 'cause':
                out.append('\nThe above exception was the direct cause of the following '
                           'exception:\n\n')
            else:
                out.append('\nDuring handling of the above exception, another exception '
                           'occurred:\n\n')
        out.extend(_format_one(item, limit, tb if i == 0 else _sentinel))
    return out


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
