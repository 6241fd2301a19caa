# gclab's tomllib module, written for gclab after CPython 3.11's interface: loads(s,
# parse_float=float), load(binary file) and TOMLDecodeError, for TOML 1.0 documents:
# comments, bare/quoted/dotted keys, [tables], [[arrays of tables]], basic and literal
# strings (one-line and multi-line, the escapes), integers (decimal, 0x, 0o, 0b, with
# underscores), floats (inf, nan), booleans, offset/local date-times, dates and times
# (datetime objects), arrays and inline tables.
# What differs from CPython: error messages say what was expected and where
# ("... (at line L, column C)") but their wording may differ from CPython's; fewer
# redefinition checks (a key defined twice, a table header repeated and assigning
# into an inline table or a value are refused; some subtler TOML rules are not).

import datetime as _dt
import re as _re

__all__ = ['loads', 'load', 'TOMLDecodeError']


class TOMLDecodeError(ValueError):
    pass


_BARE = _re.compile(r'[A-Za-z0-9_-]+')
_DATETIME = _re.compile(
    r'(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?'
    r'(?:([Zz])|([+-])(\d{2}):(\d{2}))?)?')
_TIME = _re.compile(r'(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?')
_NUMBER = _re.compile(
    r'[+-]?(?:0x[0-9A-Fa-f_]+|0o[0-7_]+|0b[01_]+|inf|nan|'
    r'(?:\d[\d_]*)(?:\.\d[\d_]*)?(?:[eE][+-]?\d[\d_]*)?)')
_ESCAPES = {'b': '\b', 't': '\t', 'n': '\n', 'f': '\f', 'r': '\r', '"': '"', '\\': '\\'}


def load(fp, /, *, parse_float=float):
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use "
                        "`open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    if not isinstance(s, str):
        raise TypeError("Expected str object, not '%s'" % type(s).__name__)
    return _Parser(s.replace('\r\n', '\n'), parse_float).document()


def _micro(frac):
    return int((frac or '0')[:6].ljust(6, '0'))


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = parse_float
        self.frozen = set()     # ids of inline tables and arrays: closed to additions
        self.defined = set()    # ids of tables made by a [header]
        self.dotted = set()     # ids of tables made by a dotted key

    def error(self, msg):
        line = self.src.count('\n', 0, self.pos) + 1
        col = self.pos - (self.src.rfind('\n', 0, self.pos) + 1) + 1
        if self.pos >= len(self.src):
            raise TOMLDecodeError('%s (at end of document)' % msg)
        raise TOMLDecodeError('%s (at line %d, column %d)' % (msg, line, col))

    def peek(self, n=1):
        return self.src[self.pos:self.pos + n]

    def skip_ws(self):
        while self.peek() in (' ', '\t') and self.peek():
            self.pos += 1

    def skip_comment(self):
        if self.peek() == '#':
            end = self.src.find('\n', self.pos)
            self.pos = len(self.src) if end < 0 else end

    def skip_blank(self):
        # whitespace, newlines and comments (inside arrays)
        while True:
            self.skip_ws()
            self.skip_comment()
            if self.peek() == '\n':
                self.pos += 1
            else:
                return

    def end_of_line(self):
        self.skip_ws()
        self.skip_comment()
        if self.peek() == '\n':
            self.pos += 1
        elif self.pos < len(self.src):
            self.error('Expected newline or end of document after a statement')

    def document(self):
        root = {}
        table = root
        while True:
            self.skip_blank()
            if self.pos >= len(self.src):
                return root
            if self.peek(2) == '[[':
                self.pos += 2
                keys = self.key()
                self.skip_ws()
                if self.peek(2) != ']]':
                    self.error("Expected ']]' at the end of an array declaration")
                self.pos += 2
                parent = self.descend(root, keys[:-1], True)
                arr = parent.setdefault(keys[-1], [])
                if not isinstance(arr, list) or id(arr) in self.frozen:
                    self.error('Cannot append to a non-array-of-tables')
                table = {}
                arr.append(table)
            elif self.peek() == '[':
                self.pos += 1
                keys = self.key()
                self.skip_ws()
                if self.peek() != ']':
                    self.error("Expected ']' at the end of a table declaration")
                self.pos += 1
                table = self.descend(root, keys, True)
                if id(table) in self.defined or id(table) in self.dotted:
                    self.error('Cannot declare %s twice' % '.'.join(keys))
                self.defined.add(id(table))
            else:
                self.keyval(table)
            self.end_of_line()

    def descend(self, table, keys, header):
        for k in keys:
            if k not in table:
                table[k] = {}
                if not header:
                    self.dotted.add(id(table[k]))
            nxt = table[k]
            if isinstance(nxt, list) and header and id(nxt) not in self.frozen and nxt:
                nxt = nxt[-1]
            if not isinstance(nxt, dict) or id(nxt) in self.frozen:
                self.error('Cannot overwrite a value')
            table = nxt
        return table

    def keyval(self, table):
        keys = self.key()
        self.skip_ws()
        if self.peek() != '=':
            self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip_ws()
        value = self.value()
        target = self.descend(table, keys[:-1], False)
        if keys[-1] in target:
            self.error('Cannot overwrite a value')
        target[keys[-1]] = value

    def key(self):
        keys = []
        while True:
            self.skip_ws()
            c = self.peek()
            if c == '"':
                keys.append(self.basic_string())
            elif c == "'":
                keys.append(self.literal_string())
            else:
                m = _BARE.match(self.src, self.pos)
                if not m:
                    self.error('Invalid initial character for a key part')
                keys.append(m.group())
                self.pos = m.end()
            self.skip_ws()
            if self.peek() != '.':
                return keys
            self.pos += 1

    def value(self):
        c = self.peek()
        if self.peek(3) == '"""':
            return self.ml_basic_string()
        if self.peek(3) == "'''":
            return self.ml_literal_string()
        if c == '"':
            return self.basic_string()
        if c == "'":
            return self.literal_string()
        if c == '[':
            return self.array()
        if c == '{':
            return self.inline_table()
        if self.src.startswith('true', self.pos):
            self.pos += 4
            return True
        if self.src.startswith('false', self.pos):
            self.pos += 5
            return False
        m = _DATETIME.match(self.src, self.pos)
        if m:
            return self.datetime(m)
        m = _TIME.match(self.src, self.pos)
        if m:
            self.pos = m.end()
            return _dt.time(int(m.group(1)), int(m.group(2)), int(m.group(3)),
                            _micro(m.group(4)))
        m = _NUMBER.match(self.src, self.pos)
        if m and m.end() > self.pos:
            return self.number(m)
        self.error('Invalid value')

    def datetime(self, m):
        self.pos = m.end()
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            if m.group(4) is None:
                return _dt.date(y, mo, d)
            tz = None
            if m.group(8):
                tz = _dt.timezone.utc
            elif m.group(9):
                off = _dt.timedelta(hours=int(m.group(10)), minutes=int(m.group(11)))
                tz = _dt.timezone(-off if m.group(9) == '-' else off)
            return _dt.datetime(y, mo, d, int(m.group(4)), int(m.group(5)),
                                int(m.group(6)), _micro(m.group(7)), tzinfo=tz)
        except ValueError:
            self.pos = m.start()
            self.error('Invalid date or datetime')

    def number(self, m):
        text = m.group()
        self.pos = m.end()
        body = text.lstrip('+-')
        if '__' in text or body.startswith('_') or text.endswith('_'):
            self.error('Invalid number')
        clean = text.replace('_', '')
        if body[:2] in ('0x', '0o', '0b'):
            if text[0] in '+-':
                self.error('Invalid number')
            return int(clean, 0)
        if body in ('inf', 'nan') or '.' in body or 'e' in body or 'E' in body:
            return self.parse_float(clean)
        if len(body) > 1 and body[0] == '0':
            self.error('Invalid number')
        return int(clean)

    def escape(self):
        # at the character after a backslash
        c = self.peek()
        if c in _ESCAPES:
            self.pos += 1
            return _ESCAPES[c]
        if c in ('u', 'U'):
            n = 4 if c == 'u' else 8
            hexdigits = self.src[self.pos + 1:self.pos + 1 + n]
            if len(hexdigits) != n or not all(h in '0123456789abcdefABCDEF'
                                              for h in hexdigits):
                self.error('Invalid hex value')
            code = int(hexdigits, 16)
            if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
                self.error('Escaped character is not a Unicode scalar value')
            self.pos += 1 + n
            return chr(code)
        self.error('Unescaped \'\\\' in a string')

    def basic_string(self):
        self.pos += 1
        out = []
        while True:
            c = self.peek()
            if not c or c == '\n':
                self.error('Unterminated string')
            self.pos += 1
            if c == '"':
                return ''.join(out)
            if c == '\\':
                out.append(self.escape())
            else:
                out.append(c)

    def literal_string(self):
        self.pos += 1
        end = self.src.find("'", self.pos)
        nl = self.src.find('\n', self.pos)
        if end < 0 or 0 <= nl < end:
            self.error('Unterminated string')
        s = self.src[self.pos:end]
        self.pos = end + 1
        return s

    def ml_basic_string(self):
        self.pos += 3
        if self.peek() == '\n':
            self.pos += 1
        out = []
        while True:
            if self.pos >= len(self.src):
                self.error('Unterminated string')
            if self.peek(3) == '"""':
                # up to two quotes may end the content
                extra = 0
                while extra < 2 and self.src[self.pos + 3 + extra:self.pos + 4 + extra] == '"':
                    extra += 1
                out.append('"' * extra)
                self.pos += 3 + extra
                return ''.join(out)
            c = self.peek()
            self.pos += 1
            if c == '\\':
                # a line-ending backslash trims the newline and following whitespace
                save = self.pos
                while self.peek() in (' ', '\t') and self.peek():
                    self.pos += 1
                if self.peek() == '\n':
                    while self.peek() in (' ', '\t', '\n') and self.peek():
                        self.pos += 1
                    continue
                self.pos = save
                out.append(self.escape())
            else:
                out.append(c)

    def ml_literal_string(self):
        self.pos += 3
        if self.peek() == '\n':
            self.pos += 1
        end = self.src.find("'''", self.pos)
        if end < 0:
            self.error('Unterminated string')
        while self.src[end + 3:end + 4] == "'" and end + 3 - self.pos >= 0 and \
                self.src[end + 1:end + 4] == "'''":
            end += 1
        s = self.src[self.pos:end]
        self.pos = end + 3
        return s

    def array(self):
        self.pos += 1
        items = []
        while True:
            self.skip_blank()
            if self.peek() == ']':
                self.pos += 1
                break
            items.append(self.value())
            self.skip_blank()
            c = self.peek()
            if c == ',':
                self.pos += 1
            elif c == ']':
                self.pos += 1
                break
            else:
                self.error("Unclosed array")
        self.frozen.add(id(items))
        return items

    def inline_table(self):
        self.pos += 1
        table = {}
        self.skip_ws()
        if self.peek() == '}':
            self.pos += 1
            self.frozen.add(id(table))
            return table
        while True:
            self.keyval(table)
            self.skip_ws()
            c = self.peek()
            if c == ',':
                self.pos += 1
            elif c == '}':
                self.pos += 1
                break
            else:
                self.error("Unclosed inline table")
        self.frozen.add(id(table))
        return table
