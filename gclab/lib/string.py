# gclab's string module: the constants, capwords and Template (without regular
# expressions: gclab has no re module; Template's pattern cannot be customised).

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
