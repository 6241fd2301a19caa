# gclab's warnings module, written for gclab after CPython 3.11's interface: warn,
# warn_explicit, the filters (filterwarnings, simplefilter, resetwarnings and the
# filters list, with the actions 'error', 'ignore', 'always', 'default', 'module' and
# 'once', and CPython's default filters), showwarning/formatwarning (which can be
# replaced), WarningMessage and catch_warnings (record, module, action, category,
# lineno, append).
# What differs from CPython:
# - warn() finds the frame stacklevel levels up with sys._getframe (its file, line,
#   module __name__ and the module's __warningregistry__, as CPython); CPython 3.11
#   skips its importlib frames in that count, gclab has none; a stacklevel beyond the
#   outermost frame gives file 'sys', line 1, module 'sys' as CPython.  warn_explicit()
#   takes the file, line and module given and shows the source line read from the file
#   (gclab's own modules, '<gclab NAME>', have none); module_globals is ignored; the `source` of a ResourceWarning is kept but not used (no tracemalloc);
# - no -W options / sys.warnoptions, no _warnings C module.

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

# (action, message regex or None, category, module regex (or exact str) or None, lineno)
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}
_filters_version = 0
_registry = {}          # warn()'s registry: what the caller's __warningregistry__ would be


def _filters_mutated():
    # every registry forgets what it saw when the filters change
    global _filters_version
    _filters_version += 1


# -- filters ---------------------------------------------------------------------------

def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert a filter at the front of the list (or its end if append): warnings whose
    text matches the regex message (case-insensitively, at its start), whose category
    is a subclass of category, whose module matches the regex module and whose line
    is lineno (0: any) get the action."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    if message or module:
        import re
    if message:
        message = re.compile(message, re.I)
    else:
        message = None
    if module:
        module = re.compile(module)
    else:
        module = None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """A filter for any message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # an equal filter already in the list moves to the front (or stays, when appending)
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter (the default ones too)."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, value):
    if pattern is None:
        return True
    if isinstance(pattern, str):        # the default filters hold plain names
        return pattern == value
    return bool(pattern.match(value))


def _action_for(text, category, module, lineno):
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or ln == lineno)):
            return action, item
    return defaultaction, None


# -- issuing ---------------------------------------------------------------------------

def _category_of(message, category):
    if isinstance(message, Warning):
        return message.__class__
    if category is None:
        return UserWarning
    try:
        ok = issubclass(category, Warning)
    except TypeError:
        ok = False
    if not ok:
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    return category


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning from the frame stacklevel levels up (1: warn()'s caller), or
    from 'sys', line 1 when the stack is not that deep (as CPython)."""
    category = _category_of(message, category)
    try:
        frame = sys._getframe(stacklevel) if stacklevel >= 1 else sys._getframe(1)
    except ValueError:
        frame = None
    if frame is None:
        warn_explicit(message, category, 'sys', 1, 'sys', _registry, None, source)
        return
    globs = frame.f_globals
    module = globs.get('__name__', '<string>') if isinstance(globs, dict) else '<string>'
    registry = _registry
    if isinstance(globs, dict):
        registry = globs.get('__warningregistry__')
        if not isinstance(registry, dict):
            registry = globs['__warningregistry__'] = {}
    warn_explicit(message, category, frame.f_code.co_filename, frame.f_lineno, module,
                  registry, globs, source)


def _already_warned(registry, key, should_set):
    # a registry forgets what it saw when the filters have changed since
    if registry.get('version') != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    elif registry.get(key):
        return True
    if should_set:
        registry[key] = True
    return False


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning from that file and line, with the filters' verdict on it.
    The registry (a dict) remembers what was shown: without one, 'default' and
    'module' show every time and 'once' uses the module's onceregistry."""
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module.endswith('.py'):
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return
    action, item = _action_for(text, category, module, lineno)
    if action == 'error':
        raise message
    if action == 'ignore':
        return
    if action != 'always':
        if registry is not None:
            registry[key] = True
        shown = False
        if action == 'once':
            if registry is None:
                registry = onceregistry
            shown = _already_warned(registry, (text, category), True)
        elif action == 'module':
            if registry is not None:
                shown = _already_warned(registry, (text, category), True)
        elif action != 'default':
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                               % (action, item))
        if shown:
            return
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


# -- showing ---------------------------------------------------------------------------

class WarningMessage:
    """A warning as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line',
                        'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno,
                   self.line))


_source_lines = {}


def _getline(filename, lineno):
    # the source line, as linecache.getline finds it ('' when there is none)
    if not filename or filename.startswith('<'):
        return ''
    lines = _source_lines.get(filename)
    if lines is None:
        try:
            with open(filename) as f:
                lines = f.read().splitlines()
        except (OSError, UnicodeError, ValueError, TypeError):
            lines = []
        _source_lines[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def _formatwarnmsg_impl(msg):
    text = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, msg.category.__name__,
                                msg.message)
    line = msg.line
    if line is None:
        line = _getline(msg.filename, msg.lineno)
    if line:
        text += "  %s\n" % line.strip()
    return text


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes: "file:line: Category: message" and the source
    line (read from the file when line is None)."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None,
                                              line))


def _formatwarnmsg(msg):
    # a replaced formatwarning is called with its five arguments
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def _showwarnmsg(msg):
    # a replaced showwarning is called with its six arguments; otherwise the (possibly
    # catch_warnings-replaced) _showwarnmsg_impl gets the message
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


class catch_warnings:
    """A context manager that saves the filters and showwarning on entry and puts them
    back on exit.  With record=True, entering returns a list that receives the
    WarningMessage of every warning shown inside; action (with category, lineno,
    append) adds a simplefilter on entry."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            module.simplefilter(*self._filter)
        if self._record:
            log = []
            module._showwarnmsg_impl = log.append
            module.showwarning = module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl
