# gclab's traceback module, written for gclab after CPython 3.11's interface:
# format_exception, format_exception_only, format_exc, print_exception, print_exc,
# print_last is absent.  The frames of an exception's traceback come from
# sys._gclab_traceback(exc), the list of (filename, line, function) gclab records as
# the exception propagates -- the same frames CPython shows, with the source lines read
# from the files.
# What differs from CPython:
# - gclab has no traceback or frame objects: exc.__traceback__ is None, the tb
#   arguments are accepted and ignored (the exception's own traceback is used), and
#   extract_tb/extract_stack/walk_tb/StackSummary/TracebackException are absent;
# - no "~~~^^^" markers under the failing expression (CPython 3.11 prints them where the
#   expression is part of the line) and no source lines for gclab's own library modules
#   ('File "<gclab enum>"');
# - a SyntaxError is shown as "SyntaxError: message" without the offending line.

import sys

__all__ = ['format_exception', 'format_exception_only', 'format_exc', 'print_exception',
           'print_exc', 'format_tb', 'print_tb']

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


def _entries(exc):
    if exc is None:
        return []
    return sys._gclab_traceback(exc)


def _format_entries(entries):
    out = []
    last = None
    repeat = 0
    for filename, lineno, name in entries:
        text = '  File "%s", line %d, in %s\n' % (filename, lineno, name)
        source = _source_line(filename, lineno)
        if source:
            text += '    %s\n' % source
        if text == last:
            repeat += 1
        else:
            if repeat > 3:
                out.append('  [Previous line repeated %d more time%s]\n'
                           % (repeat - 3, '' if repeat - 3 == 1 else 's'))
            repeat = 1
            last = text
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
        return ['%s: %s\n' % (name, text)]
    return ['%s\n' % name]


def _format_one(exc, limit):
    entries = _entries(exc)
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
    traceback and the exception line."""
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
        out.extend(_format_one(item, limit))
    return out


def format_tb(tb, limit=None):
    """gclab has no traceback objects: always []."""
    return []


def print_tb(tb, limit=None, file=None):
    pass


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
