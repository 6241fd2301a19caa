# gclab's string module: the constants, capwords, Template (without regular
# expressions: Template's pattern cannot be customised) and Formatter (str.format's
# algorithm in Python, each step a method a subclass can override, as CPython's).

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string: split, capitalize each word, join."""
    return (sep or ' ').join([x.capitalize() for x in s.split(sep)])


def _is_id_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_id_char(c):
    return _is_id_start(c) or ('0' <= c <= '9')


class Template:
    """A string class for supporting $-substitutions."""
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _parse(self):
        """[(literal, name or None, start index of the placeholder)]; a name of None at
        the end: none; raises ValueError on a bad placeholder (reported later)."""
        s = self.template
        delim = self.delimiter
        parts = []
        lit = []
        i = 0
        n = len(s)
        dl = len(delim)
        while i < n:
            if s[i:i + dl] != delim:
                lit.append(s[i])
                i += 1
                continue
            j = i + dl
            if s[j:j + dl] == delim:
                lit.append(delim)
                i = j + dl
                continue
            if j < n and s[j] == '{':
                k = j + 1
                if k < n and _is_id_start(s[k]):
                    k += 1
                    while k < n and _is_id_char(s[k]):
                        k += 1
                    if k < n and s[k] == '}':
                        parts.append((''.join(lit), s[j + 1:k], i, k + 1))
                        lit = []
                        i = k + 1
                        continue
                parts.append((''.join(lit), None, i, i + dl))
                lit = []
                i = i + dl
                continue
            if j < n and _is_id_start(s[j]):
                k = j + 1
                while k < n and _is_id_char(s[k]):
                    k += 1
                parts.append((''.join(lit), s[j:k], i, k))
                lit = []
                i = k
                continue
            parts.append((''.join(lit), None, i, i + dl))
            lit = []
            i = j
        return parts, ''.join(lit)

    def _invalid(self, i):
        i += len(self.delimiter)      # CPython reports the position after the delimiter
        text = self.template[:i]
        colno = i - (text.rfind('\n') + 1)
        lineno = text.count('\n') + 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _mapping(self, mapping, kws):
        if mapping is None:
            return kws
        if kws:
            merged = dict(mapping)
            merged.update(kws)
            return merged
        return mapping

    def substitute(self, mapping=None, **kws):
        mapping = self._mapping(mapping, kws)
        parts, tail = self._parse()
        out = []
        for lit, name, start, end in parts:
            out.append(lit)
            if name is None:
                self._invalid(start)
            out.append(str(mapping[name]))
        out.append(tail)
        return ''.join(out)

    def safe_substitute(self, mapping=None, **kws):
        mapping = self._mapping(mapping, kws)
        parts, tail = self._parse()
        out = []
        for lit, name, start, end in parts:
            out.append(lit)
            if name is not None and name in mapping:
                out.append(str(mapping[name]))
            else:
                out.append(self.template[start:end])
        out.append(tail)
        return ''.join(out)

    def get_identifiers(self):
        ids = []
        parts, tail = self._parse()
        for lit, name, start, end in parts:
            if name is not None and name not in ids:
                ids.append(name)
        return ids

    def is_valid(self):
        parts, tail = self._parse()
        for lit, name, start, end in parts:
            if name is None:
                return False
        return True


def _split_field(field):
    """'name!c:spec' -> (name, conversion or None, spec); the name may hold [...]."""
    k = 0
    in_brackets = False
    while k < len(field):
        ch = field[k]
        if ch == '[':
            in_brackets = True
        elif ch == ']':
            in_brackets = False
        elif not in_brackets and (ch == '!' or ch == ':'):
            break
        k += 1
    name, rest = field[:k], field[k:]
    conversion = None
    if rest.startswith('!'):
        if len(rest) < 2:
            raise ValueError("unmatched '{' in format spec")
        conversion = rest[1]
        rest = rest[2:]
        if rest and rest[0] != ':':
            raise ValueError("expected ':' after conversion specifier")
    return name, conversion, rest[1:] if rest.startswith(':') else ''


_SWITCH = 'cannot switch from manual field specification to automatic field numbering'


class Formatter:
    """str.format as methods: format -> vformat -> parse, get_field (get_value),
    convert_field, format_field; override any of them."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._vformat(format_string, args, kwargs, used, 2, 0)
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used, depth, next_index):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if next_index is None:
                    raise ValueError(_SWITCH)
                field_name = str(next_index)
                next_index += 1
            elif field_name.isdigit():
                if next_index:
                    raise ValueError(_SWITCH)
                next_index = None
            obj, key = self.get_field(field_name, args, kwargs)
            used.add(key)
            obj = self.convert_field(obj, conversion)
            spec, next_index = self._vformat(spec, args, kwargs, used, depth - 1, next_index)
            out.append(self.format_field(obj, spec))
        return ''.join(out), next_index

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each field, and a
        last (literal_text, None, None, None) for text after the last field."""
        out = []
        literal = []
        i = 0
        n = len(format_string)
        while i < n:
            c = format_string[i]
            if c == '{':
                if format_string[i + 1:i + 2] == '{':
                    literal.append('{')
                    i += 2
                    continue
                if i + 1 == n:
                    raise ValueError("Single '{' encountered in format string")
                depth = 1
                j = i + 1
                while j < n and depth:
                    if format_string[j] == '{':
                        depth += 1
                    elif format_string[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                name, conversion, spec = _split_field(format_string[i + 1:j - 1])
                out.append((''.join(literal), name, spec, conversion))
                literal = []
                i = j
            elif c == '}':
                if format_string[i + 1:i + 2] == '}':
                    literal.append('}')
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            out.append((''.join(literal), None, None, None))
        return out

    def get_field(self, field_name, args, kwargs):
        """(the object field_name names, its first part): 'a.b[0]' is a's b's item 0."""
        k = 0
        while k < len(field_name) and field_name[k] not in '.[':
            k += 1
        first = field_name[:k]
        key = int(first) if first.isdigit() else first
        obj = self.get_value(key, args, kwargs)
        rest = field_name[k:]
        while rest:
            if rest[0] == '.':
                k = 1
                while k < len(rest) and rest[k] not in '.[':
                    k += 1
                attr = rest[1:k]
                if not attr:
                    raise ValueError('Empty attribute in format string')
                obj = getattr(obj, attr)
                rest = rest[k:]
            elif rest[0] == '[':
                end = rest.find(']')
                if end < 0:
                    raise ValueError("Missing ']' in format string")
                item = rest[1:end]
                if not item:
                    raise ValueError('Empty attribute in format string')
                obj = obj[int(item) if item.isdigit() else item]
                rest = rest[end + 1:]
            else:
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field '
                                 'specifier')
        return obj, key

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % conversion)
