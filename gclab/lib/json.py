"""json for gclab: dumps/dump, loads/load, JSONEncoder, JSONDecoder and JSONDecodeError
with the output and the error messages of CPython 3.11's json (its C scanner and
encoder: "Expecting value: line 1 column 1 (char 0)", "Circular reference detected",
"Object of type X is not JSON serializable", ...).  The encoder builds a list of
chunks; the decoder is a recursive-descent scanner over the str.  Bytes given to
loads are decoded as CPython's detect_encoding says (UTF-8, UTF-16 and UTF-32, with
or without a BOM).  Written for gclab."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError',
           'JSONEncoder']

_INF = float('inf')
_NAN = float('nan')

# ---------------------------------------------------------------- strings

_SHORT_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
                  '\b': '\\b', '\f': '\\f'}


def _u_escape(code):
    return '\\u%04x' % code


def _encode_str_ascii(s):
    """The JSON string literal of s using only ASCII: every character outside
    ' '..'~' becomes \\uXXXX, astral ones as a surrogate pair."""
    out = ['"']
    start = 0
    n = len(s)
    i = 0
    while i < n:
        ch = s[i]
        if ' ' <= ch <= '~' and ch != '"' and ch != '\\':
            i += 1
            continue
        if start < i:
            out.append(s[start:i])
        esc = _SHORT_ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        else:
            code = ord(ch)
            if code >= 0x10000:
                code -= 0x10000
                out.append(_u_escape(0xd800 | (code >> 10)))
                out.append(_u_escape(0xdc00 | (code & 0x3ff)))
            else:
                out.append(_u_escape(code))
        i += 1
        start = i
    if start < n:
        out.append(s[start:])
    out.append('"')
    return ''.join(out)


def _encode_str(s):
    """The JSON string literal of s keeping non-ASCII characters (ensure_ascii=False):
    only '"', '\\' and the control characters below ' ' are escaped."""
    out = ['"']
    start = 0
    n = len(s)
    i = 0
    while i < n:
        ch = s[i]
        if ch >= ' ' and ch != '"' and ch != '\\':
            i += 1
            continue
        if start < i:
            out.append(s[start:i])
        esc = _SHORT_ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        else:
            out.append(_u_escape(ord(ch)))
        i += 1
        start = i
    if start < n:
        out.append(s[start:])
    out.append('"')
    return ''.join(out)


# ---------------------------------------------------------------- encoder

class JSONEncoder:
    """Encodes Python data as JSON text: dict -> object, list/tuple -> array,
    str -> string, int/float -> number, True/False -> true/false, None -> null.
    Subclasses override default(o) to encode other objects."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable'
                        % o.__class__.__name__)

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return _encode_str_ascii(o)
            return _encode_str(o)
        return ''.join(self.iterencode(o, True))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        if not _one_shot:
            # a generator, as CPython's: encodes as it is iterated (json.dump writes
            # each chunk as it comes), in CPython's chunks
            return _Streaming(self, indent, False).iterate(o, 0)
        job = _Encoding(self, indent, indent is None)
        job.encode(o, 0)
        if indent is None:      # (CPython's C encoder: one chunk, in a tuple)
            return (''.join(job.chunks),)
        return iter(job.chunks)


class _Encoding:
    """One run of an encoder: the options, the markers of the containers being
    encoded (for check_circular) and the chunks made so far."""

    def __init__(self, encoder, indent, one_shot):
        self.chunks = []
        self.one_shot = one_shot
        self.markers = {} if encoder.check_circular else None
        self.default = encoder.default
        self.quote = _encode_str_ascii if encoder.ensure_ascii else _encode_str
        self.indent = indent
        self.item_separator = encoder.item_separator
        self.key_separator = encoder.key_separator
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.allow_nan = encoder.allow_nan

    def float_text(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INF:
            text = 'Infinity'
        elif o == -_INF:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            if self.one_shot:     # CPython's C encoder, used by dumps without indent
                raise ValueError('Out of range float values are not JSON compliant')
            raise ValueError('Out of range float values are not JSON compliant: '
                             + repr(o))
        return text

    def enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[key] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def encode(self, o, level):
        chunks = self.chunks
        if isinstance(o, str):
            chunks.append(self.quote(o))
        elif o is None:
            chunks.append('null')
        elif o is True:
            chunks.append('true')
        elif o is False:
            chunks.append('false')
        elif isinstance(o, int):
            chunks.append(int.__repr__(o))
        elif isinstance(o, float):
            chunks.append(self.float_text(o))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level)
        elif isinstance(o, dict):
            self.encode_dict(o, level)
        else:
            self.enter(o)
            self.encode(self.default(o), level)
            self.leave(o)

    def encode_list(self, lst, level):
        chunks = self.chunks
        if not lst:
            chunks.append('[]')
            return
        self.enter(lst)
        chunks.append('[')
        separator = self.item_separator
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            separator += newline_indent
            chunks.append(newline_indent)
        first = True
        for value in lst:
            if first:
                first = False
            else:
                chunks.append(separator)
            # (a nested list or dict without encode()'s frame: one frame a level)
            if isinstance(value, (list, tuple)):
                self.encode_list(value, level)
            elif isinstance(value, dict):
                self.encode_dict(value, level)
            else:
                self.encode(value, level)
        if self.indent is not None:
            level -= 1
            chunks.append('\n' + self.indent * level)
        chunks.append(']')
        self.leave(lst)

    def key_text(self, key):
        """The JSON text of a dict key, None to skip it."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not %s'
                        % key.__class__.__name__)

    def encode_dict(self, dct, level):
        chunks = self.chunks
        if not dct:
            chunks.append('{}')
            return
        self.enter(dct)
        chunks.append('{')
        separator = self.item_separator
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            separator += newline_indent
            chunks.append(newline_indent)
        items = list(dct.items())
        if self.sort_keys:
            items.sort()
        first = True
        for key, value in items:
            text = self.key_text(key)
            if text is None:
                continue
            if first:
                first = False
            else:
                chunks.append(separator)
            chunks.append(self.quote(text))
            chunks.append(self.key_separator)
            if isinstance(value, (list, tuple)):        # (as in encode_list)
                self.encode_list(value, level)
            elif isinstance(value, dict):
                self.encode_dict(value, level)
            else:
                self.encode(value, level)
        if self.indent is not None:
            level -= 1
            chunks.append('\n' + self.indent * level)
        chunks.append('}')
        self.leave(dct)


class _Streaming(_Encoding):
    """The chunks of iterencode (not one-shot), as CPython's pure-Python encoder
    makes them: a scalar item of an array comes with the separator before it."""

    def scalar(self, value):
        """The JSON text of a str, None, bool, int or float; None for others."""
        if isinstance(value, str):
            return self.quote(value)
        if value is None:
            return 'null'
        if value is True:
            return 'true'
        if value is False:
            return 'false'
        if isinstance(value, int):
            return int.__repr__(value)
        if isinstance(value, float):
            return self.float_text(value)
        return None

    def iterate(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.iterate_list(o, level)
        elif isinstance(o, dict):
            yield from self.iterate_dict(o, level)
        else:
            self.enter(o)
            yield from self.iterate(self.default(o), level)
            self.leave(o)

    def iterate_list(self, lst, level):
        if not lst:
            yield '[]'
            return
        self.enter(lst)
        buf = '['
        separator = self.item_separator
        newline_indent = None
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            separator += newline_indent
            buf += newline_indent
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = self.scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from self.iterate(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield ']'
        self.leave(lst)

    def iterate_dict(self, dct, level):
        if not dct:
            yield '{}'
            return
        self.enter(dct)
        yield '{'
        separator = self.item_separator
        newline_indent = None
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            separator += newline_indent
            yield newline_indent
        if self.sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        first = True
        for key, value in items:
            text = self.key_text(key)
            if text is None:
                continue
            if first:
                first = False
            else:
                yield separator
            yield self.quote(text)
            yield self.key_separator
            yield from self.iterate(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield '}'
        self.leave(dct)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None, default=None,
          sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None, default=None,
         sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                   separators=separators, default=default, sort_keys=sort_keys,
                   **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


# ---------------------------------------------------------------- decoder

class JSONDecodeError(ValueError):
    """A ValueError with the place of the error in the document: msg, doc, pos,
    lineno and colno."""
    __module__ = 'json.decoder'         # where CPython defines it (tracebacks name it)

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)'
                            % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


class _NoValue(Exception):
    """No JSON value starts at self.pos (CPython's scanner raises StopIteration)."""

    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos


_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = {}
for _i in range(10):
    _HEX[str(_i)] = _i
for _i in range(6):
    _HEX['abcdef'[_i]] = 10 + _i
    _HEX['ABCDEF'[_i]] = 10 + _i
_SIMPLE_UNESCAPE = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n',
                    'r': '\r', 't': '\t'}
_CONSTANTS = {'-Infinity': -_INF, 'Infinity': _INF, 'NaN': _NAN}


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


def _hex4(s, i):
    """The value of the 4 hex digits at s[i:i+4], or -1."""
    value = 0
    for j in range(i, i + 4):
        digit = _HEX.get(s[j], -1)
        if digit < 0:
            return -1
        value = value * 16 + digit
    return value


class _Scan:
    """One run of the decoder over the document s."""

    def __init__(self, decoder, s):
        self.s = s
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def error(self, msg, pos):
        return JSONDecodeError(msg, self.s, pos)

    def value(self, idx):
        """The value starting at idx (no whitespace before it) and the index after."""
        s = self.s
        if idx >= len(s):
            raise _NoValue(idx)
        ch = s[idx]
        if ch == '"':
            return self.string(idx + 1)
        if ch == '{':
            return self.object(idx + 1)
        if ch == '[':
            return self.array(idx + 1)
        if ch == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if ch == 't' and s.startswith('true', idx):
            return True, idx + 4
        if ch == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if ch == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if ch == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        if ch == '-' and s.startswith('-Infinity', idx):
            return self.parse_constant('-Infinity'), idx + 9
        return self.number(idx)

    def number(self, start):
        s = self.s
        n = len(s)
        idx = start
        if s[idx] == '-':
            idx += 1
            if idx >= n:
                raise _NoValue(start)
        ch = s[idx]
        if '1' <= ch <= '9':
            idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        elif ch == '0':
            idx += 1
        else:
            raise _NoValue(start)
        is_float = False
        if idx + 1 < n and s[idx] == '.' and s[idx + 1] in _DIGITS:
            is_float = True
            idx += 2
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        if idx + 1 < n and (s[idx] == 'e' or s[idx] == 'E'):
            e_start = idx
            idx += 1
            if idx + 1 < n and (s[idx] == '-' or s[idx] == '+'):
                idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
            if s[idx - 1] in _DIGITS:
                is_float = True
            else:
                idx = e_start
        text = s[start:idx]
        if is_float:
            return self.parse_float(text), idx
        return self.parse_int(text), idx

    def string(self, begin):
        """The string whose opening quote is at begin - 1; begin is after it."""
        s = self.s
        n = len(s)
        chunks = []
        idx = begin
        while True:
            start = idx
            while idx < n:
                ch = s[idx]
                if ch == '"' or ch == '\\':
                    break
                if ch < ' ' and self.strict:
                    raise self.error('Invalid control character at', idx)
                idx += 1
            if idx >= n:
                raise self.error('Unterminated string starting at', begin - 1)
            if start < idx:
                chunks.append(s[start:idx])
            if s[idx] == '"':
                return ''.join(chunks), idx + 1
            idx += 1                          # after the backslash
            if idx >= n:
                raise self.error('Unterminated string starting at', begin - 1)
            esc = s[idx]
            if esc != 'u':
                ch = _SIMPLE_UNESCAPE.get(esc)
                if ch is None:
                    raise self.error('Invalid \\escape', idx - 1)
                chunks.append(ch)
                idx += 1
                continue
            idx += 1                          # after the 'u'
            end = idx + 4
            if end >= n:
                raise self.error('Invalid \\uXXXX escape', idx - 1)
            code = _hex4(s, idx)
            if code < 0:
                raise self.error('Invalid \\uXXXX escape', idx - 1)
            idx = end
            if 0xd800 <= code <= 0xdbff and end + 6 < n and s[idx] == '\\' \
                    and s[idx + 1] == 'u':
                low = _hex4(s, idx + 2)
                if low < 0:
                    raise self.error('Invalid \\uXXXX escape', idx + 1)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                    idx += 6
            chunks.append(chr(code))

    def object(self, idx):
        s = self.s
        n = len(s)
        pairs = []
        idx = _skip_ws(s, idx)
        if idx < n and s[idx] == '}':
            idx += 1
        else:
            while True:
                if idx >= n or s[idx] != '"':
                    raise self.error('Expecting property name enclosed in double quotes',
                                     idx)
                key, idx = self.string(idx + 1)
                key = self.memo.setdefault(key, key)
                idx = _skip_ws(s, idx)
                if idx >= n or s[idx] != ':':
                    raise self.error("Expecting ':' delimiter", idx)
                idx = _skip_ws(s, idx + 1)
                # (a nested array or object without value()'s frame: one frame a
                # nesting level, so that it goes about as deep as CPython's C scanner)
                ch = s[idx] if idx < n else ''
                if ch == '[':
                    value, idx = self.array(idx + 1)
                elif ch == '{':
                    value, idx = self.object(idx + 1)
                else:
                    value, idx = self.value(idx)
                pairs.append((key, value))
                idx = _skip_ws(s, idx)
                if idx < n and s[idx] == '}':
                    idx += 1
                    break
                if idx >= n or s[idx] != ',':
                    raise self.error("Expecting ',' delimiter", idx)
                idx = _skip_ws(s, idx + 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, idx

    def array(self, idx):
        s = self.s
        n = len(s)
        values = []
        idx = _skip_ws(s, idx)
        if idx < n and s[idx] == ']':
            return values, idx + 1
        while True:
            ch = s[idx] if idx < n else ''         # (as in object())
            if ch == '[':
                value, idx = self.array(idx + 1)
            elif ch == '{':
                value, idx = self.object(idx + 1)
            else:
                value, idx = self.value(idx)
            values.append(value)
            idx = _skip_ws(s, idx)
            if idx < n and s[idx] == ']':
                return values, idx + 1
            if idx >= n or s[idx] != ',':
                raise self.error("Expecting ',' delimiter", idx)
            idx = _skip_ws(s, idx + 1)


class JSONDecoder:
    """Decodes JSON text: object -> dict (or object_hook(dict), or
    object_pairs_hook(list of pairs)), array -> list, string -> str, number -> int or
    float (or parse_int/parse_float of its text), true/false/null, and NaN, Infinity
    and -Infinity (parse_constant)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return _Scan(self, s).value(idx)
        except _NoValue as err:
            raise JSONDecodeError('Expecting value', s, err.pos) from None


def _detect_encoding(b):
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if b.startswith(b'\xff\xfe\x00\x00') or b.startswith(b'\x00\x00\xfe\xff'):
        return 'utf-32'
    if b.startswith(b'\xff\xfe') or b.startswith(b'\xfe\xff'):
        return 'utf-16'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def _decode_units(b, size, big):
    """UTF-16 (size 2) or UTF-32 (size 4) bytes without a BOM as a str (gclab's bytes
    know UTF-8, ASCII and Latin-1 only)."""
    out = []
    n = len(b) - len(b) % size
    if n != len(b):
        raise ValueError('truncated data')
    i = 0
    while i < n:
        unit = int.from_bytes(b[i:i + size], 'big' if big else 'little')
        i += size
        if size == 2 and 0xd800 <= unit <= 0xdbff and i + 2 <= n:
            low = int.from_bytes(b[i:i + 2], 'big' if big else 'little')
            if 0xdc00 <= low <= 0xdfff:
                unit = 0x10000 + (((unit - 0xd800) << 10) | (low - 0xdc00))
                i += 2
        out.append(chr(unit))
    return ''.join(out)


def _decode_bytes(b):
    encoding = _detect_encoding(b)
    if encoding == 'utf-8':
        return b.decode('utf-8')
    if encoding == 'utf-8-sig':
        return b[3:].decode('utf-8')
    if encoding == 'utf-16':
        return _decode_units(b[2:], 2, b[0] == 0xfe)
    if encoding == 'utf-32':
        return _decode_units(b[4:], 4, b[0] == 0)
    return _decode_units(b, 2 if encoding.startswith('utf-16') else 4,
                         encoding.endswith('be'))


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError('the JSON object must be str, bytes or bytearray, not %s'
                            % s.__class__.__name__)
        s = _decode_bytes(bytes(s))
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
