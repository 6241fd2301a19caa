"""pprint for gclab: pretty-printing of Python data structures with the same output as
CPython 3.11's Lib/pprint.py.  An object whose repr fits in the space left on the line is
written as its (safe) repr; otherwise dicts, lists, tuples, sets, frozensets, str, bytes,
bytearray and gclab's collections.OrderedDict/defaultdict/Counter/deque are broken over
several lines, one item per line (or packed with compact=True), long strings and bytes
being cut into adjacent literals.  Dict keys are sorted (sort_dicts=True), values of
different types being ordered by type name when they cannot be compared.

The pretty-printer for a type is chosen by its __repr__ function, as in CPython, so a
subclass of list with its own __repr__ is written with that repr.  Written for gclab:
there is no `re` (strings are split at whitespace by hand); dataclass instances,
types.SimpleNamespace and mappingproxy are laid out as CPython's."""

import sys as _sys
import collections as _collections

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr',
           'PrettyPrinter', 'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    PrettyPrinter(indent=indent, width=width, depth=depth, stream=stream,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    printer = PrettyPrinter(indent=indent, width=width, depth=depth,
                            compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object (dicts in insertion order by default)."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    """Sort key that orders values which do not compare by (type name, id)."""

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        a = self.obj
        b = other.obj
        try:
            return a < b
        except TypeError:
            return (str(type(a)), id(a)) < (str(type(b)), id(b))


def _safe_key(obj):
    return _SafeKey(obj)


def _safe_pair_key(pair):
    return (_SafeKey(pair[0]), _SafeKey(pair[1]))


def _recursion(object):
    return '<Recursion on %s with id=%s>' % (type(object).__name__, id(object))


class _Output:
    """The stream pformat writes to: a list of pieces."""

    def __init__(self):
        self.pieces = []

    def write(self, s):
        self.pieces.append(s)

    def getvalue(self):
        return ''.join(self.pieces)


def _words(line):
    """The pieces re.findall(r'\\S*\\s*', line) gives, without the final empty one:
    each a run of non-space characters followed by the spaces after it."""
    parts = []
    n = len(line)
    i = 0
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts


def _bytes_chunks(object, width, allowance):
    """The reprs of the pieces a bytes object is cut into (at multiples of 4 bytes)."""
    chunks = []
    current = b''
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                chunks.append(repr(current))
            current = part
        else:
            current = candidate
    if current:
        chunks.append(repr(current))
    return chunks


_scalar_types = [str, bytes, bytearray, float, bool, type(None)]
try:
    _scalar_types.append(complex)
except NameError:           # gclab has no complex numbers
    pass
_scalar_types = tuple(_scalar_types)


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """Pretty-printer writing to stream (sys.stdout when None) with `indent` spaces
        per nesting level, lines of at most `width` columns where possible, nesting
        shown down to `depth` levels, several items per line when `compact`."""
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        if stream is not None:
            self._stream = stream
        else:
            self._stream = _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers
        self._readable = True
        self._recursive = False

    # --- public methods --------------------------------------------------------------

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write('\n')

    def pformat(self, object):
        out = _Output()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        rep, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Return (repr, readable, recursive) for object; a subclass may override."""
        return self._safe_repr(object, context, maxlevels, level)

    # --- the layout --------------------------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            printer = _printers.get(getattr(type(object), '__repr__', None))
            if printer is None:
                printer = _module_printer(object)
            if printer is not None:
                context[key] = 1
                printer(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(rep)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_pair_key)
            else:
                items = list(object.items())
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(list(object), stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        if len(object) == 1:
            end = ',)'
        else:
            end = ')'
        self._format_items(list(object), stream, indent, allowance + len(end),
                           context, level)
        stream.write(end)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = type(object)
        if cls is set:
            stream.write('{')
            end = '}'
        else:
            stream.write(cls.__name__ + '({')
            end = '})'
            indent += len(cls.__name__) + 1
        items = sorted(object, key=_safe_key)
        self._format_items(items, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:          # at the top: the pieces go inside parentheses
            indent += 1
            allowance += 1
        max_width = self._width - indent
        max_first = max_width
        rep = ''
        for i in range(len(lines)):
            line = lines[i]
            rep = repr(line)
            last_line = i == len(lines) - 1
            if last_line:
                max_first -= allowance
            if len(rep) <= max_first:
                chunks.append(rep)
                continue
            parts = _words(line)
            limit = max_width
            current = ''
            for j in range(len(parts)):
                part = parts[j]
                candidate = current + part
                if last_line and j == len(parts) - 1:
                    limit -= allowance
                if len(repr(candidate)) > limit:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write('(')
        sep = '\n' + ' ' * indent
        stream.write(sep.join(chunks))
        if level == 1:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write('(')
        chunks = _bytes_chunks(object, self._width - indent, allowance)
        stream.write(('\n' + ' ' * indent).join(chunks))
        if parens:
            stream.write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1,
                           context, level + 1)
        stream.write(')')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '({')
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write('})')

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(list(object), stream, indent, allowance + 2,
                               context, level)
            stream.write('])')
        else:
            self._format_items(list(object), stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        cls_name = object.__class__.__name__
        indent += len(cls_name) + 1
        items = [(f.name, getattr(object, f.name))
                 for f in _sys.modules['dataclasses'].fields(object) if f.repr]
        stream.write(cls_name + '(')
        self._format_namespace_items(items, stream, indent, allowance, context, level)
        stream.write(')')

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        if type(object) is _sys.modules['types'].SimpleNamespace:
            cls_name = 'namespace'
        else:
            cls_name = object.__class__.__name__
        indent += len(cls_name) + 1
        stream.write(cls_name + '(')
        self._format_namespace_items(list(object.__dict__.items()), stream, indent,
                                     allowance, context, level)
        stream.write(')')

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        delimnl = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i in range(len(items)):
            key, ent = items[i]
            last = i == last_index
            stream.write(key)
            stream.write('=')
            if id(ent) in context:
                # as the recursive repr of a dataclass
                stream.write('...')
            else:
                self._format(ent, stream, indent + len(key) + 1,
                             allowance if last else 1, context, level)
            if not last:
                stream.write(delimnl)

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        sep = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i in range(len(items)):
            key, value = items[i]
            last = i == last_index
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(': ')
            if last:
                after = allowance
            else:
                after = 1
            self._format(value, stream, indent + len(rep) + 2, after, context, level)
            if not last:
                stream.write(sep)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))
        newline = ',\n' + ' ' * indent
        sep = ''
        room = full = self._width - indent + 1
        n = len(items)
        for i in range(n):
            item = items[i]
            last = i == n - 1
            if last:
                full -= allowance
                room -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                need = len(rep) + 2
                if room < need:
                    room = full
                    if sep:
                        sep = newline
                if room >= need:
                    room -= need
                    stream.write(sep)
                    sep = ', '
                    stream.write(rep)
                    continue
            stream.write(sep)
            sep = newline
            if last:
                after = allowance
            else:
                after = 1
            self._format(item, stream, indent, after, context, level)

    # --- the one-line repr -------------------------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        cls = type(object)
        if cls in _scalar_types:
            return repr(object), True, False
        r = getattr(cls, '__repr__', None)
        if r is int.__repr__ and issubclass(cls, int):
            if self._underscore_numbers:
                return format(object, '_d'), True, False
            return repr(object), True, False
        if r is dict.__repr__ and issubclass(cls, dict):
            if not object:
                return '{}', True, False
            key = id(object)
            if maxlevels and level >= maxlevels:
                return '{...}', False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_pair_key)
            else:
                items = list(object.items())
            for k, v in items:
                krep, kreadable, krecursive = self.format(k, context, maxlevels, level)
                vrep, vreadable, vrecursive = self.format(v, context, maxlevels, level)
                parts.append('%s: %s' % (krep, vrep))
                readable = readable and kreadable and vreadable
                if krecursive or vrecursive:
                    recursive = True
            del context[key]
            return '{%s}' % ', '.join(parts), readable, recursive
        is_list = r is list.__repr__ and issubclass(cls, list)
        if is_list or (r is tuple.__repr__ and issubclass(cls, tuple)):
            if is_list:
                if not object:
                    return '[]', True, False
                template = '[%s]'
            elif len(object) == 1:
                template = '(%s,)'
            else:
                if not object:
                    return '()', True, False
                template = '(%s)'
            key = id(object)
            if maxlevels and level >= maxlevels:
                return template % '...', False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            for item in object:
                irep, ireadable, irecursive = self.format(item, context, maxlevels, level)
                parts.append(irep)
                if not ireadable:
                    readable = False
                if irecursive:
                    recursive = True
            del context[key]
            return template % ', '.join(parts), readable, recursive
        rep = repr(object)
        return rep, bool(rep) and not rep.startswith('<'), False


_printers = {
    dict.__repr__: PrettyPrinter._pprint_dict,
    list.__repr__: PrettyPrinter._pprint_list,
    tuple.__repr__: PrettyPrinter._pprint_tuple,
    set.__repr__: PrettyPrinter._pprint_set,
    frozenset.__repr__: PrettyPrinter._pprint_set,
    str.__repr__: PrettyPrinter._pprint_str,
    bytes.__repr__: PrettyPrinter._pprint_bytes,
    bytearray.__repr__: PrettyPrinter._pprint_bytearray,
    _collections.OrderedDict.__repr__: PrettyPrinter._pprint_ordered_dict,
    _collections.defaultdict.__repr__: PrettyPrinter._pprint_default_dict,
    _collections.Counter.__repr__: PrettyPrinter._pprint_counter,
    _collections.deque.__repr__: PrettyPrinter._pprint_deque,
}


def _module_printer(object):
    """The printer of a types.SimpleNamespace or mappingproxy, or of a dataclass instance (not a class)
    whose __repr__ is the one dataclasses generated (CPython's pprint lays out only those
    field by field), else None.  pprint does not import these modules: such objects
    exist only once the program imported them."""
    repr_function = getattr(type(object), '__repr__', None)
    types = _sys.modules.get('types')
    if types is not None:
        if repr_function is types.SimpleNamespace.__repr__:
            return PrettyPrinter._pprint_simplenamespace
        if repr_function is types.MappingProxyType.__repr__:
            return PrettyPrinter._pprint_mappingproxy
    dc = _sys.modules.get('dataclasses')
    if dc is None or isinstance(object, type) or not dc.is_dataclass(object):
        return None
    params = getattr(object, '__dataclass_params__', None)
    if params is None or not params.repr:
        return None
    if getattr(repr_function, '_dataclass_generated', False):     # (dataclasses.py)
        return PrettyPrinter._pprint_dataclass
    return None
