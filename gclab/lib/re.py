# gclab's re module: regular expressions for str and bytes patterns, written for gclab
# after CPython 3.11's interface and behaviour.  A pattern is parsed into a tree, the tree is
# compiled into a list of instructions, and a backtracking machine runs them with an
# explicit stack (no recursion per character: `a*`, `(ab)*`, `.*?` work on long strings;
# only nested lookarounds/atomic groups nest Python calls).
# Provided: literals and escapes (\n \t \xhh \uXXXX \UXXXXXXXX, octal \0 \012), `.`,
# classes [...] with ranges, negation and \d \w \s \D \W \S, ^ $ \A \Z \b \B, groups,
# (?:...), (?P<name>...), backreferences \1 (?P=name), |, * + ? {m} {m,} {,n} {m,n}
# with lazy (*?) and possessive (*+) forms, (?=...) (?!...) (?<=...) (?<!...) (fixed
# width look-behinds), atomic groups (?>...), conditionals (?(1)yes|no), comments (?#...),
# inline flags at the start (?aimsux) and scoped (?i:...) (?-i:...); the flags
# I/IGNORECASE, M/MULTILINE, S/DOTALL, X/VERBOSE, A/ASCII, U/UNICODE, NOFLAG, DEBUG and
# T/TEMPLATE (accepted); compile, match, fullmatch, search, findall, finditer (lazy),
# sub, subn, split, escape, purge, error (msg, pattern, pos, lineno, colno), Pattern and
# Match with CPython's methods, attributes and reprs, CPython's error messages, the
# cache of compiled patterns, and CPython 3.7+'s rules for empty matches.
# A bytes pattern (on bytes or bytearray subjects; memoryview is not supported) runs as
# the str pattern of its latin-1 decoding with the ASCII flag, on the latin-1 decoding of
# the subject; groups, split and sub results are bytes.
# What differs from CPython 3.11:
# - IGNORECASE: two characters match when their str.lower() or str.upper() are equal
#   (this covers CPython's extra pairs such as s/long s, but not the few whose upper
#   case is several characters); with ASCII (and in bytes patterns), non-ASCII letters
#   still fold; a bytes pattern accepts the str escapes \u and \U;
# - \N{name} escapes raise re.error (gclab has no unicodedata); re.DEBUG prints
#   nothing; re.TEMPLATE does not turn backtracking off; no re.template()/re.Scanner;
# - no FutureWarning for possible set operations ('[[', '--', '&&', '~~', '||');
# - after a possessive repeat of a group whose last iteration matched empty, the groups
#   hold what was matched (CPython 3.11 can report other spans there);
# - Pattern.groupindex is a dict copy (CPython: a mappingproxy); no Pattern.scanner, no
#   pickling; re.Pattern[str] is re.Pattern (not a GenericAlias); finditer returns a
#   generator; the flags are a small int subclass (RegexFlag) printing as CPython's
#   (re.IGNORECASE|re.MULTILINE), not an enum.IntFlag;
# - an uncaught error prints as `error: ...` rather than `re.error: ...`.

import sys

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall',
           'finditer', 'compile', 'purge', 'escape', 'error', 'Pattern',
           'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE',
           'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']

__version__ = '2.2.1'

_MAXREPEAT = 4294967295
_INF = _MAXREPEAT


# ---------------------------------------------------------------- flags

_FLAG_NAMES = [(1, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'),
               (16, 'DOTALL'), (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'),
               (256, 'ASCII')]


def _flags_text(value):
    names = []
    for bit, name in _FLAG_NAMES:
        if value & bit:
            names.append('re.' + name)
            value &= ~bit
    if value:
        names.append(hex(value))
    return '|'.join(names)


class RegexFlag(int):
    """The re flags: ints that print as CPython's (re.IGNORECASE|re.MULTILINE)."""

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        if value < 0:
            return int.__repr__(value)
        return _flags_text(value)

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
T = TEMPLATE = RegexFlag(1)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
A = ASCII = RegexFlag(256)

_INLINE = {'a': 256, 'i': 2, 'L': 4, 'm': 8, 's': 16, 'u': 32, 'x': 64}


# ---------------------------------------------------------------- errors

class error(Exception):
    """Raised for an invalid pattern (or replacement template)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            self.lineno = pattern.count('\n', 0, pos) + 1
            self.colno = pos - pattern.rfind('\n', 0, pos)
            if '\n' in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        Exception.__init__(self, msg)


error.__module__ = 're'


# ---------------------------------------------------------------- character tests

_DIGITS = '0123456789'
_OCTDIGITS = '01234567'
_HEXDIGITS = '0123456789abcdefABCDEF'
_ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_WHITESPACE = ' \t\n\r\v\f'
_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
            'v': '\v', '\\': '\\'}


def _is_word(c, ascii):
    if ascii:
        return c < '\x80' and (c.isalnum() or c == '_')
    return c.isalnum() or c == '_'


def _class_test(code, c):
    # code: 'd' 'w' 's' (or upper case: negated), prefixed with 'a' under ASCII
    if len(code) == 2:
        k = code[1]
        low = k.lower()
        if low == 'd':
            r = c in _DIGITS
        elif low == 'w':
            r = c < '\x80' and (c.isalnum() or c == '_')
        else:
            r = c in _WHITESPACE
    else:
        k = code
        low = k.lower()
        if low == 'd':
            r = c.isdecimal()
        elif low == 'w':
            r = c.isalnum() or c == '_'
        else:
            r = c.isspace()
    if k != low:
        return not r
    return r


class _CharSet:
    """A character class: literal chars, ranges, \\d-style classes, negation."""

    def __init__(self, neg, chars, ranges, classes, icase):
        self.neg = neg
        self.chars = chars
        self.ranges = ranges
        self.classes = classes
        self.icase = icase and bool(ranges)

    def _raw(self, c):
        if c in self.chars:
            return True
        for lo, hi in self.ranges:
            if lo <= c <= hi:
                return True
        for code in self.classes:
            if _class_test(code, c):
                return True
        return False

    def has(self, c):
        r = self._raw(c)
        if not r and self.icase:
            low = c.lower()
            if low != c and len(low) == 1 and self._raw(low):
                r = True
            else:
                up = c.upper()
                if up != c and len(up) == 1 and self._raw(up):
                    r = True
        return r != self.neg


# ---------------------------------------------------------------- parser

class _Parser:

    def __init__(self, pattern, flags):
        self.p = pattern
        self.n = len(pattern)
        self.i = 0
        self.flags = flags
        self.ngroups = 1
        self.names = {}
        self.open = []
        self.condrefs = []
        self.widths = {}
        self.lookbehind = None     # first group number inside the outer look-behind

    def error(self, msg, pos=None):
        if pos is None:
            pos = self.i
        return error(msg, self.p, pos)

    def parse(self):
        node = self.parse_alt(self.flags, 0)
        if self.i < self.n:
            raise self.error('unbalanced parenthesis')
        for num, pos in self.condrefs:
            if num >= self.ngroups:
                raise self.error('invalid group reference %d' % num, pos)
        return node

    def parse_alt(self, flags, depth):
        branches = [self.parse_seq(flags, depth, True)]
        while self.i < self.n and self.p[self.i] == '|':
            self.i += 1
            branches.append(self.parse_seq(flags, depth, False))
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def parse_seq(self, flags, depth, first):
        p = self.p
        n = self.n
        items = []
        quantified = False
        while self.i < n:
            c = p[self.i]
            if c == '|' or c == ')':
                break
            if flags & 64:
                if c in _WHITESPACE:
                    self.i += 1
                    continue
                if c == '#':
                    j = p.find('\n', self.i)
                    self.i = n if j < 0 else j + 1
                    continue
            if c in '*+?{':
                here = self.i
                if c == '{':
                    bounds = self.parse_braces()
                    if bounds is None:
                        items.append(self.literal('{', flags))
                        self.i = here + 1
                        quantified = False
                        continue
                    lo, hi = bounds
                else:
                    self.i += 1
                    if c == '*':
                        lo, hi = 0, _INF
                    elif c == '+':
                        lo, hi = 1, _INF
                    else:
                        lo, hi = 0, 1
                if not items or items[-1][0] == 'at':
                    raise self.error('nothing to repeat', here)
                if quantified:
                    raise self.error('multiple repeat', here)
                mode = 0
                if self.i < n and p[self.i] == '?':
                    self.i += 1
                    mode = 1
                elif self.i < n and p[self.i] == '+':
                    self.i += 1
                    mode = 2
                items[-1] = ('rep', lo, hi, mode, items[-1])
                quantified = True
                continue
            quantified = False
            if c == '(':
                item = self.parse_paren(flags, depth, first and not items)
                if isinstance(item, int):
                    flags = item
                    continue
                items.append(item)
            elif c == '[':
                items.append(self.parse_set(flags))
            elif c == '.':
                self.i += 1
                items.append(('any', bool(flags & 16)))
            elif c == '^':
                self.i += 1
                items.append(('at', 'bol_m' if flags & 8 else 'A'))
            elif c == '$':
                self.i += 1
                items.append(('at', 'eol_m' if flags & 8 else 'eol'))
            elif c == '\\':
                items.append(self.parse_escape(flags))
            else:
                self.i += 1
                items.append(self.literal(c, flags))
        if len(items) == 1:
            return items[0]
        return ('cat', items)

    def literal(self, c, flags):
        if flags & 2:
            low = c.lower()
            up = c.upper()
            if len(low) == 1 and len(up) == 1 and (low != c or up != c):
                return ('lit', (low, up), True)
        return ('lit', c, False)

    def parse_braces(self):
        # at '{': returns (lo, hi) and moves past '}', or None for a literal '{'
        p = self.p
        n = self.n
        j = self.i + 1
        k = j
        while k < n and p[k] in _DIGITS:
            k += 1
        lo = p[j:k]
        if k < n and p[k] == ',':
            k += 1
            m = k
            while k < n and p[k] in _DIGITS:
                k += 1
            hi = p[m:k]
        else:
            hi = lo
        if k >= n or p[k] != '}':
            return None
        if k == j:
            return None
        self.i = k + 1
        lo = int(lo) if lo else 0
        hi = int(hi) if hi else _INF
        if lo >= _MAXREPEAT or (hi != _INF and hi >= _MAXREPEAT):
            raise OverflowError('the repetition number is too large')
        if hi < lo:
            raise self.error('min repeat greater than max repeat', j)
        return lo, hi

    def parse_name(self, end_char, what):
        p = self.p
        start = self.i
        j = p.find(end_char, start)
        if j < 0:
            raise self.error('missing %s, unterminated name' % end_char, start)
        name = p[start:j]
        if not name:
            raise self.error('missing group name', start)
        self.i = j + 1
        return name, start

    def parse_paren(self, flags, depth, may_be_global):
        p = self.p
        n = self.n
        start = self.i
        self.i += 1
        if self.i < n and p[self.i] == '?':
            self.i += 1
            if self.i >= n:
                raise self.error('unexpected end of pattern')
            c = p[self.i]
            if c == ':':
                self.i += 1
                return ('group', None, self.parse_group_body(flags, depth, start))
            if c == 'P':
                self.i += 1
                if self.i >= n:
                    raise self.error('unexpected end of pattern')
                c = p[self.i]
                if c == '<':
                    self.i += 1
                    name, pos = self.parse_name('>', 'group name')
                    if not name.isidentifier():
                        raise self.error("bad character in group name '%s'" % name, pos)
                    if name in self.names:
                        raise self.error("redefinition of group name '%s' as group %d; "
                                         "was group %d" % (name, self.ngroups,
                                                           self.names[name]), pos)
                    num = self.ngroups
                    self.names[name] = num
                    return self.capture(num, flags, depth, start)
                if c == '=':
                    self.i += 1
                    name, pos = self.parse_name(')', 'group name')
                    if not name.isidentifier():
                        raise self.error("bad character in group name '%s'" % name, pos)
                    if name not in self.names:
                        raise self.error("unknown group name '%s'" % name, pos)
                    num = self.names[name]
                    if num in self.open:
                        raise self.error('cannot refer to an open group', pos)
                    self.check_lookbehind(num)
                    return ('ref', num, bool(flags & 2))
                raise self.error('unknown extension ?P' + c, start + 1)
            if c == '=' or c == '!':
                self.i += 1
                body = self.parse_group_body(flags, depth, start)
                return ('look', False, c == '!', body, 0)
            if c == '<':
                self.i += 1
                if self.i >= n:
                    raise self.error('unexpected end of pattern')
                c = p[self.i]
                if c != '=' and c != '!':
                    raise self.error('unknown extension ?<' + c, start + 1)
                self.i += 1
                outer = self.lookbehind
                if outer is None:
                    self.lookbehind = self.ngroups
                body = self.parse_group_body(flags, depth, start)
                self.lookbehind = outer
                lo, hi = _width(body, self.widths)
                if lo != hi:
                    raise error('look-behind requires fixed-width pattern')
                return ('look', True, c == '!', body, lo)
            if c == '>':
                self.i += 1
                return ('atomic', self.parse_group_body(flags, depth, start))
            if c == '#':
                j = p.find(')', self.i)
                if j < 0:
                    raise self.error('missing ), unterminated comment', start)
                self.i = j + 1
                return flags
            if c == '(':
                return self.parse_conditional(flags, depth, start)
            if c in _INLINE or c == '-':
                return self.parse_flags(flags, depth, start, may_be_global)
            raise self.error('unknown extension ?' + c, start + 1)
        num = self.ngroups
        return self.capture(num, flags, depth, start)

    def capture(self, num, flags, depth, start):
        self.ngroups += 1
        self.open.append(num)
        body = self.parse_group_body(flags, depth, start)
        self.open.remove(num)
        self.widths[num] = _width(body, self.widths)
        return ('group', num, body)

    def parse_group_body(self, flags, depth, start):
        body = self.parse_alt(flags, depth + 1)
        if self.i >= self.n or self.p[self.i] != ')':
            raise self.error('missing ), unterminated subpattern', start)
        self.i += 1
        return body

    def check_lookbehind(self, num):
        if self.lookbehind is not None and num >= self.lookbehind:
            raise self.error('cannot refer to group defined in the same lookbehind '
                             'subpattern')

    def parse_conditional(self, flags, depth, start):
        self.i += 1
        name, pos = self.parse_name(')', 'group name')
        if name.isidentifier():
            if name not in self.names:
                raise self.error("unknown group name '%s'" % name, pos)
            num = self.names[name]
        else:
            if not (name.isdigit() and name.isascii()):
                raise self.error("bad character in group name '%s'" % name, pos)
            num = int(name)
            if num == 0:
                raise self.error('bad group number', pos)
            if num >= 100:
                raise self.error('invalid group reference %d' % num, pos)
            self.condrefs.append((num, pos))
        self.check_lookbehind(num)
        yes = self.parse_seq(flags, depth + 1, False)
        no = None
        if self.i < self.n and self.p[self.i] == '|':
            self.i += 1
            no = self.parse_seq(flags, depth + 1, False)
            if self.i < self.n and self.p[self.i] == '|':
                raise self.error('conditional backref with more than two branches')
        if self.i >= self.n or self.p[self.i] != ')':
            raise self.error('missing ), unterminated subpattern', start)
        self.i += 1
        return ('cond', num, yes, no)

    def parse_flags(self, flags, depth, start, may_be_global):
        p = self.p
        n = self.n
        add = 0
        while self.i < n and p[self.i] in _INLINE:
            c = p[self.i]
            if c == 'L':
                raise self.error("bad inline flags: cannot use 'L' flag with a str pattern",
                                 self.i + 1)
            add |= _INLINE[c]
            self.i += 1
        if self.i >= n:
            raise self.error('missing -, : or )')
        c = p[self.i]
        if c == ')':
            self.i += 1
            if not may_be_global or depth:
                raise self.error('global flags not at the start of the expression', start)
            self.flags |= add
            return flags | add
        remove = 0
        if c == '-':
            self.i += 1
            if self.i >= n:
                raise self.error('missing flag')
            while self.i < n and p[self.i] in 'imsx':
                remove |= _INLINE[p[self.i]]
                self.i += 1
            if not remove:
                if self.i < n and p[self.i].isalpha():
                    raise self.error('unknown flag')
                raise self.error('missing flag')
            if self.i >= n or p[self.i] != ':':
                if self.i < n and p[self.i].isalpha():
                    raise self.error('unknown flag')
                raise self.error('missing :')
        elif c != ':':
            if c.isalpha():
                raise self.error('unknown flag')
            raise self.error('missing -, : or )')
        if add & remove:
            raise self.error('bad inline flags: flag turned on and off')
        self.i += 1
        return ('group', None, self.parse_group_body((flags | add) & ~remove, depth, start))

    def parse_hex(self, start, c, count):
        p = self.p
        j = self.i
        digits = p[j:j + count]
        if len(digits) < count or any(d not in _HEXDIGITS for d in digits):
            k = j
            while k < j + count and k < self.n and p[k] in _HEXDIGITS:
                k += 1
            raise self.error('incomplete escape \\%s%s' % (c, p[j:k]), start)
        self.i = j + count
        value = int(digits, 16)
        if value > 0x10FFFF:
            raise self.error('bad escape \\%s%s' % (c, digits), start)
        return chr(value)

    def parse_octal(self, start, first_len):
        # octal digits from self.i - first_len, up to 3 in all
        p = self.p
        j = self.i
        k = j
        while k < self.n and k - j < 3 - first_len and p[k] in _OCTDIGITS:
            k += 1
        text = p[start + 1:k]
        self.i = k
        value = int(text, 8)
        if value > 0o377:
            raise self.error('octal escape value \\%s outside of range 0-0o377' % text,
                             start)
        return chr(value)

    def parse_escape(self, flags):
        p = self.p
        start = self.i
        self.i += 1
        if self.i >= self.n:
            raise self.error('bad escape (end of pattern)', start)
        c = p[self.i]
        self.i += 1
        if c in 'dDwWsS':
            code = ('a' + c) if flags & 256 else c
            return ('set', _CharSet(False, set(), [], [code], False))
        if c == 'A':
            return ('at', 'A')
        if c == 'Z':
            return ('at', 'Z')
        if c == 'b':
            return ('at', 'b_a' if flags & 256 else 'b')
        if c == 'B':
            return ('at', 'B_a' if flags & 256 else 'B')
        ch = self.escape_char(c, start, False)
        if isinstance(ch, int):
            if ch >= self.ngroups:
                raise self.error('invalid group reference %d' % ch, start + 1)
            if ch in self.open:
                raise self.error('cannot refer to an open group', start)
            self.check_lookbehind(ch)
            return ('ref', ch, bool(flags & 2))
        return self.literal(ch, flags)

    def escape_char(self, c, start, in_set):
        # after the escaped char c: a character, or a group number (int) outside sets
        p = self.p
        if c == 'x':
            return self.parse_hex(start, c, 2)
        if c == 'u':
            return self.parse_hex(start, c, 4)
        if c == 'U':
            return self.parse_hex(start, c, 8)
        if c == 'N':
            raise self.error("bad escape \\N (gclab's re has no unicodedata)", start)
        if c == '0':
            return self.parse_octal(start, 1)
        if c in _DIGITS:
            if in_set:
                if c in _OCTDIGITS:
                    return self.parse_octal(start, 1)
                raise self.error('bad escape \\' + c, start)
            if self.i < self.n and p[self.i] in _DIGITS:
                if (c in _OCTDIGITS and p[self.i] in _OCTDIGITS and self.i + 1 < self.n
                        and p[self.i + 1] in _OCTDIGITS):
                    self.i += 2
                    text = p[start + 1:self.i]
                    value = int(text, 8)
                    if value > 0o377:
                        raise self.error('octal escape value \\%s outside of range 0-0o377'
                                         % text, start)
                    return chr(value)
                self.i += 1
                return int(p[start + 1:self.i])
            return int(c)
        if c in _ESCAPES and not (c == 'b' and not in_set):
            return _ESCAPES[c]
        if c in _ASCIILETTERS:
            raise self.error('bad escape \\' + c, start)
        return c

    def parse_set(self, flags):
        p = self.p
        n = self.n
        start = self.i
        self.i += 1
        neg = False
        if self.i < n and p[self.i] == '^':
            neg = True
            self.i += 1
        chars = set()
        ranges = []
        classes = []
        first = True
        while True:
            if self.i >= n:
                raise self.error('unterminated character set', start)
            c = p[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            item_start = self.i
            item = self.set_item(flags)
            if self.i < n and p[self.i] == '-':
                self.i += 1
                if self.i >= n:
                    raise self.error('unterminated character set', start)
                if p[self.i] == ']':
                    self.add_set_item(item, chars, classes)
                    chars.add('-')
                    continue
                item2 = self.set_item(flags)
                if len(item) != 1 or len(item2) != 1:
                    raise self.error('bad character range %s' % p[item_start:self.i],
                                     item_start)
                if item2 < item:
                    raise self.error('bad character range %s' % p[item_start:self.i],
                                     item_start)
                ranges.append((item, item2))
            else:
                self.add_set_item(item, chars, classes)
        icase = bool(flags & 2)
        if icase:
            for ch in list(chars):
                low = ch.lower()
                up = ch.upper()
                if len(low) == 1:
                    chars.add(low)
                if len(up) == 1:
                    chars.add(up)
        if not neg and not classes and not ranges and len(chars) == 1:
            ch = list(chars)[0]
            return ('lit', ch, False)
        return ('set', _CharSet(neg, chars, ranges, classes, icase))

    def add_set_item(self, item, chars, classes):
        if len(item) == 1:
            chars.add(item)
        else:
            classes.append(item[1:])

    def set_item(self, flags):
        # a char (1-char str) or a class code marked with a leading '\\'
        p = self.p
        c = p[self.i]
        if c != '\\':
            self.i += 1
            return c
        start = self.i
        self.i += 1
        if self.i >= self.n:
            raise self.error('unterminated character set', start)
        c = p[self.i]
        self.i += 1
        if c in 'dDwWsS':
            return '\\' + (('a' + c) if flags & 256 else c)
        return self.escape_char(c, start, True)


def _width(node, groups):
    """(min, max) length of what node matches; max is _INF when unbounded (groups:
    the widths of the closed groups, for backreferences)."""
    k = node[0]
    if k == 'lit' or k == 'any' or k == 'set':
        return 1, 1
    if k == 'at' or k == 'look':
        return 0, 0
    if k == 'group':
        return _width(node[2], groups)
    if k == 'atomic':
        return _width(node[1], groups)
    if k == 'cat':
        lo = hi = 0
        for item in node[1]:
            a, b = _width(item, groups)
            lo += a
            hi = _INF if (hi == _INF or b == _INF) else hi + b
        return lo, hi
    if k == 'alt':
        lo = _INF
        hi = 0
        for item in node[1]:
            a, b = _width(item, groups)
            lo = min(lo, a)
            hi = max(hi, b)
        return lo, hi
    if k == 'rep':
        a, b = _width(node[4], groups)
        lo = a * node[1]
        if b == 0:
            hi = 0
        elif node[2] == _INF or b == _INF:
            hi = _INF
        else:
            hi = b * node[2]
        return min(lo, _INF), min(hi, _INF)
    if k == 'cond':
        a, b = _width(node[2], groups)
        if node[3] is None:
            c, d = 0, 0
        else:
            c, d = _width(node[3], groups)
        return min(a, c), max(b, d)
    return groups.get(node[1], (0, _INF))   # 'ref'


# ---------------------------------------------------------------- compiler

_CHAR = 0
_CHARI = 1
_ANY = 2
_ANYALL = 3
_SET = 4
_SPLIT = 5
_JMP = 6
_SAVE = 7
_AT = 8
_REF = 9
_LOOK = 10
_REPCHAR = 11
_REPINIT = 12
_REPLOOP = 13
_REPNEXT = 14
_MATCH = 15
_SUCCEED = 16
_COND = 17


class _Compiler:

    def __init__(self, ngroups):
        self.code = []
        self.nregs = 2 * ngroups     # group slots (slot 1: lastindex), then loops

    def emit(self, node):
        code = self.code
        k = node[0]
        if k == 'lit':
            if node[2]:
                code.append((_CHARI, node[1][0], node[1][1]))
            else:
                code.append((_CHAR, node[1]))
        elif k == 'any':
            code.append((_ANYALL if node[1] else _ANY,))
        elif k == 'set':
            code.append((_SET, node[1]))
        elif k == 'at':
            code.append((_AT, node[1]))
        elif k == 'cat':
            for item in node[1]:
                self.emit(item)
        elif k == 'group':
            if node[1] is None:
                self.emit(node[2])
            else:
                code.append((_SAVE, 2 * node[1], 0))
                self.emit(node[2])
                code.append((_SAVE, 2 * node[1] + 1, node[1]))
        elif k == 'alt':
            jumps = []
            branches = node[1]
            for idx in range(len(branches)):
                if idx < len(branches) - 1:
                    split = len(code)
                    code.append(None)
                    self.emit(branches[idx])
                    jumps.append(len(code))
                    code.append(None)
                    code[split] = (_SPLIT, split + 1, len(code))
                else:
                    self.emit(branches[idx])
            for j in jumps:
                code[j] = (_JMP, len(code))
        elif k == 'rep':
            self.emit_rep(node)
        elif k == 'look':
            self.emit_look(node[4], node[2], node[3], False)
        elif k == 'atomic':
            self.emit_look(0, False, node[1], True)
        elif k == 'ref':
            code.append((_REF, node[1], node[2]))
        elif k == 'cond':
            at = len(code)
            code.append(None)
            self.emit(node[2])
            jump = len(code)
            code.append(None)
            code[at] = (_COND, node[1], len(code))
            if node[3] is not None:
                self.emit(node[3])
            code[jump] = (_JMP, len(code))
        else:
            raise AssertionError(k)

    def emit_look(self, width, neg, body, atomic):
        code = self.code
        at = len(code)
        code.append(None)
        self.emit(body)
        code.append((_SUCCEED,))
        code[at] = (_LOOK, width, neg, len(code), atomic)

    def emit_rep(self, node):
        code = self.code
        lo, hi, mode, body = node[1], node[2], node[3], node[4]
        if mode == 2:
            self.emit_look(0, False, ('rep', lo, hi, 0, body), True)
            return
        if hi == 0:
            return
        bk = body[0]
        if bk == 'lit' or bk == 'any' or bk == 'set':
            if bk == 'lit':
                tk = _CHARI if body[2] else _CHAR
                targ = body[1]
            elif bk == 'any':
                tk = _ANYALL if body[1] else _ANY
                targ = None
            else:
                tk = _SET
                targ = body[1]
            code.append((_REPCHAR, lo, hi, mode, tk, targ))
            return
        if lo == 1 and hi == 1:
            self.emit(body)
            return
        if lo == 0 and hi == 1:
            at = len(code)
            code.append(None)
            self.emit(body)
            if mode == 0:
                code[at] = (_SPLIT, at + 1, len(code))
            else:
                code[at] = (_SPLIT, len(code), at + 1)
            return
        r = self.nregs
        self.nregs += 2
        code.append((_REPINIT, r))
        loop = len(code)
        code.append(None)
        self.emit(body)
        code.append((_REPNEXT, r, loop))
        code[loop] = (_REPLOOP, r, lo, hi, mode, len(code))

    def finish(self):
        code = self.code
        code.append((_MATCH,))
        return code


# ---------------------------------------------------------------- matcher

def _count(s, pos, limit, tk, targ):
    """The end of the run of characters from pos (before limit) that tk/targ accept."""
    if tk == _ANYALL:
        return limit
    if tk == _ANY:
        j = s.find('\n', pos, limit)
        return limit if j < 0 else j
    i = pos
    if tk == _CHAR:
        while i < limit and s[i] == targ:
            i += 1
    elif tk == _CHARI:
        low, up = targ
        while i < limit:
            c = s[i]
            if not (c == low or c.lower() == low or c.upper() == up):
                break
            i += 1
    else:
        has = targ.has
        while i < limit and has(s[i]):
            i += 1
    return i


def _one(tk, targ, c):
    if tk == _CHAR:
        return c == targ
    if tk == _ANY:
        return c != '\n'
    if tk == _ANYALL:
        return True
    if tk == _CHARI:
        return c == targ[0] or c.lower() == targ[0] or c.upper() == targ[1]
    return targ.has(c)


def _at(kind, s, pos, end):
    if kind == 'A':
        return pos == 0
    if kind == 'bol_m':
        return pos == 0 or s[pos - 1] == '\n'
    if kind == 'eol':
        return pos == end or (pos == end - 1 and s[pos] == '\n')
    if kind == 'eol_m':
        return pos == end or s[pos] == '\n'
    if kind == 'Z':
        return pos == end
    if end == 0:
        return False
    ascii = len(kind) == 3
    before = pos > 0 and _is_word(s[pos - 1], ascii)
    after = pos < end and _is_word(s[pos], ascii)
    if kind[0] == 'b':
        return before != after
    return before == after


def _exec(prog, s, pos, end, pc, regs, full, noempty):
    """Run prog from pc at pos; the end position of a match (regs then hold the
    groups), or -1.  The stack holds (0, pc, pos) choice points, (1, slot, old) undo
    records and the resumption points of single-character loops."""
    stack = []
    push = stack.append
    pop = stack.pop
    while True:
        op = prog[pc]
        k = op[0]
        if k == _CHAR:
            if pos < end and s[pos] == op[1]:
                pos += 1
                pc += 1
                continue
        elif k == _REPCHAR:
            lo = op[1]
            hi = op[2]
            if hi == _INF or pos + hi > end:
                limit = end
            else:
                limit = pos + hi
            if op[3] == 0:
                stop = _count(s, pos, limit, op[4], op[5])
                if stop - pos >= lo:
                    if stop - pos > lo:
                        push((2, pc + 1, stop, pos + lo))
                    pos = stop
                    pc += 1
                    continue
            else:
                if lo == 0:
                    push((3, pc, pos, 0))
                    pc += 1
                    continue
                if pos + lo <= limit and _count(s, pos, pos + lo, op[4], op[5]) == pos + lo:
                    pos += lo
                    push((3, pc, pos, lo))
                    pc += 1
                    continue
        elif k == _SAVE:
            slot = op[1]
            push((1, slot, regs[slot]))
            regs[slot] = pos
            if op[2]:
                push((1, 1, regs[1]))
                regs[1] = op[2]
            pc += 1
            continue
        elif k == _SPLIT:
            push((0, op[2], pos))
            pc = op[1]
            continue
        elif k == _JMP:
            pc = op[1]
            continue
        elif k == _SET:
            if pos < end and op[1].has(s[pos]):
                pos += 1
                pc += 1
                continue
        elif k == _ANY:
            if pos < end and s[pos] != '\n':
                pos += 1
                pc += 1
                continue
        elif k == _ANYALL:
            if pos < end:
                pos += 1
                pc += 1
                continue
        elif k == _CHARI:
            if pos < end:
                c = s[pos]
                if c == op[1] or c.lower() == op[1] or c.upper() == op[2]:
                    pos += 1
                    pc += 1
                    continue
        elif k == _AT:
            if _at(op[1], s, pos, end):
                pc += 1
                continue
        elif k == _REPLOOP:
            r = op[1]
            count = regs[r]
            if count < op[2]:
                pc += 1
                continue
            if count >= op[3] or pos == regs[r + 1]:
                pc = op[5]
                continue
            if op[4] == 0:
                push((0, op[5], pos))
                push((1, r + 1, regs[r + 1]))
                regs[r + 1] = pos
                pc += 1
            else:
                push((4, pc, pos))
                pc = op[5]
            continue
        elif k == _REPNEXT:
            r = op[1]
            push((1, r, regs[r]))
            regs[r] += 1
            pc = op[2]
            continue
        elif k == _REPINIT:
            r = op[1]
            push((1, r, regs[r]))
            push((1, r + 1, regs[r + 1]))
            regs[r] = 0
            regs[r + 1] = -1
            pc += 1
            continue
        elif k == _MATCH:
            if not ((full and pos != end) or pos == noempty):
                return pos
        elif k == _SUCCEED:
            return pos
        elif k == _REF:
            g = op[1]
            a = regs[2 * g]
            b = regs[2 * g + 1]
            if a >= 0 and b >= 0:
                size = b - a
                if pos + size <= end:
                    if op[2]:
                        ok = s[a:b].lower() == s[pos:pos + size].lower()
                    else:
                        ok = s.startswith(s[a:b], pos)
                    if ok:
                        pos += size
                        pc += 1
                        continue
        elif k == _LOOK:
            start = pos - op[1]
            saved = regs[:]
            if start < 0:
                r = -1
            else:
                r = _exec(prog, s, start, end, pc + 1, regs, False, -1)
            if op[2]:
                if r < 0:
                    pc = op[3]
                    continue
                regs[:] = saved
            elif r >= 0:
                for slot in range(len(regs)):
                    if regs[slot] != saved[slot]:
                        push((1, slot, saved[slot]))
                if op[4]:
                    pos = r
                pc = op[3]
                continue
        elif k == _COND:
            g = op[1]
            if regs[2 * g] >= 0 and regs[2 * g + 1] >= 0:
                pc += 1
            else:
                pc = op[2]
            continue
        else:
            raise AssertionError(k)
        # failure: go back to the last choice point, undoing register changes
        while True:
            if not stack:
                return -1
            e = pop()
            t = e[0]
            if t == 1:
                regs[e[1]] = e[2]
            elif t == 0:
                pc = e[1]
                pos = e[2]
                break
            elif t == 2:
                p = e[2] - 1
                floor = e[3]
                nxt = prog[e[1]]
                if nxt[0] == _CHAR:
                    c = nxt[1]
                    while p >= floor and (p >= end or s[p] != c):
                        p -= 1
                    if p < floor:
                        continue
                if p > floor:
                    push((2, e[1], p, floor))
                pc = e[1]
                pos = p
                break
            elif t == 3:
                at = e[1]
                op = prog[at]
                p = e[2]
                if e[3] < op[2] and p < end and _one(op[4], op[5], s[p]):
                    push((3, at, p + 1, e[3] + 1))
                    pc = at + 1
                    pos = p + 1
                    break
            else:
                at = e[1]
                pos = e[2]
                r = prog[at][1]
                push((1, r + 1, regs[r + 1]))
                regs[r + 1] = pos
                pc = at + 1
                break


# ---------------------------------------------------------------- Pattern and Match

def _check_string(string, is_bytes=False):
    """The text the machine runs on for a subject string of a str pattern (itself) or
    of a bytes pattern (its latin-1 decoding)."""
    if isinstance(string, str):
        if is_bytes:
            raise TypeError('cannot use a bytes pattern on a string-like object')
        return string
    if isinstance(string, (bytes, bytearray)):
        if not is_bytes:
            raise TypeError('cannot use a string pattern on a bytes-like object')
        return string.decode('latin-1')
    raise TypeError("expected string or bytes-like object, got '%s'"
                    % type(string).__name__)


def _subject_data(string):
    """What the results are sliced from: the subject, as bytes when a bytearray."""
    if isinstance(string, bytearray):
        return bytes(string)
    return string


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        self._bytes = is_bytes = isinstance(pattern, bytes)
        if is_bytes:
            # run as the str pattern of the latin-1 decoding, with ASCII semantics
            if flags & 32:
                raise ValueError('cannot use UNICODE flag with a bytes pattern')
            given_ascii = flags & 256
            parser = _Parser(pattern.decode('latin-1'), flags | 256)
            tree = parser.parse()
            flags = (parser.flags & ~256) | given_ascii
        else:
            if flags & 4:
                raise ValueError('cannot use LOCALE flag with a str pattern')
            if flags & 256 and flags & 32:
                raise ValueError('ASCII and UNICODE flags are incompatible')
            parser = _Parser(pattern, flags)
            tree = parser.parse()
            flags = parser.flags
            if flags & 256 and flags & 32:
                raise ValueError('ASCII and UNICODE flags are incompatible')
            if not flags & 256:
                flags |= 32
        self.pattern = pattern
        self.flags = int(flags)
        self.groups = parser.ngroups - 1
        self._names = parser.names
        comp = _Compiler(parser.ngroups)
        comp.emit(tree)
        self._code = comp.finish()
        self._nregs = comp.nregs
        first = self._code[0]
        self._prefix = first[1] if first[0] == _CHAR else None
        self._anchored = first[0] == _AT and first[1] == 'A'

    @property
    def groupindex(self):
        return dict(self._names)

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags
        if flags & 288 == 32:
            flags &= ~32
        if flags:
            return 're.compile(%s, %s)' % (text, _flags_text(flags))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls

    def _bounds(self, string, pos, endpos):
        n = len(string)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        return pos, endpos

    def _try(self, string, start, end, full, noempty):
        regs = [-1] * self._nregs
        r = _exec(self._code, string, start, end, 0, regs, full, noempty)
        if r < 0:
            return None
        return regs, r

    def _search(self, string, pos, end, noempty):
        # (start, stop, regs) of the first match at or after pos, or None
        if pos > end:
            return None
        if self._anchored:
            if pos != 0:
                return None
            got = self._try(string, 0, end, False, noempty)
            if got is None:
                return None
            return 0, got[1], got[0]
        prefix = self._prefix
        regs = [-1] * self._nregs
        code = self._code
        start = pos
        while start <= end:
            if prefix is not None:
                start = string.find(prefix, start, end)
                if start < 0:
                    return None
            r = _exec(code, string, start, end, 0, regs, False, noempty)
            if r >= 0:
                return start, r, regs
            start += 1
        return None

    def _match_obj(self, string, pos, endpos, start, stop, regs):
        return Match(self, string, pos, endpos, start, stop, regs)

    def match(self, string, pos=0, endpos=sys.maxsize):
        text = _check_string(string, self._bytes)
        pos, endpos = self._bounds(text, pos, endpos)
        if pos > endpos:
            return None
        got = self._try(text, pos, endpos, False, -1)
        if got is None:
            return None
        return Match(self, string, pos, endpos, pos, got[1], got[0])

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        text = _check_string(string, self._bytes)
        pos, endpos = self._bounds(text, pos, endpos)
        if pos > endpos:
            return None
        got = self._try(text, pos, endpos, True, -1)
        if got is None:
            return None
        return Match(self, string, pos, endpos, pos, got[1], got[0])

    def search(self, string, pos=0, endpos=sys.maxsize):
        text = _check_string(string, self._bytes)
        pos, endpos = self._bounds(text, pos, endpos)
        got = self._search(text, pos, endpos, -1)
        if got is None:
            return None
        return Match(self, string, pos, endpos, got[0], got[1], got[2])

    def _iter(self, string, text, pos, endpos):
        # every match, lazily, with CPython 3.7+'s rule for empty matches: after an
        # empty match the next one may not be empty at the same place
        first = pos
        noempty = -1
        while pos <= endpos:
            got = self._search(text, pos, endpos, noempty)
            if got is None:
                break
            yield Match(self, string, first, endpos, got[0], got[1], got[2])
            pos = got[1]
            noempty = pos if got[0] == got[1] else -1

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        text = _check_string(string, self._bytes)
        pos, endpos = self._bounds(text, pos, endpos)
        return self._iter(string, text, pos, endpos)

    def findall(self, string, pos=0, endpos=sys.maxsize):
        text = _check_string(string, self._bytes)
        pos, endpos = self._bounds(text, pos, endpos)
        empty = b'' if self._bytes else ''
        out = []
        for m in self._iter(string, text, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) or empty)
            else:
                out.append(m.groups(empty))
        return out

    def split(self, string, maxsplit=0):
        text = _check_string(string, self._bytes)
        data = _subject_data(string)
        out = []
        last = 0
        pos = 0
        end = len(text)
        noempty = -1
        done = 0
        while maxsplit == 0 or done < maxsplit:
            got = self._search(text, pos, end, noempty)
            if got is None:
                break
            m = Match(self, string, 0, end, got[0], got[1], got[2])
            out.append(data[last:got[0]])
            out.extend(m.groups())
            last = got[1]
            done += 1
            pos = got[1]
            noempty = pos if got[0] == got[1] else -1
        out.append(data[last:])
        return out

    def subn(self, repl, string, count=0):
        is_bytes = self._bytes
        text = _check_string(string, is_bytes)
        data = _subject_data(string)
        if callable(repl):
            parts = None
        else:
            parts = _template_parts(self, repl)
        out = []
        last = 0
        pos = 0
        end = len(text)
        noempty = -1
        done = 0
        while count == 0 or done < count:
            got = self._search(text, pos, end, noempty)
            if got is None:
                break
            if last < got[0]:
                out.append(data[last:got[0]])
            if parts is None:
                m = Match(self, string, 0, end, got[0], got[1], got[2])
                piece = repl(m)
                if piece is not None:
                    if is_bytes:
                        if not isinstance(piece, (bytes, bytearray)):
                            raise TypeError('sequence item %d: expected a bytes-like object,'
                                            ' %s found' % (len(out), type(piece).__name__))
                    elif not isinstance(piece, str):
                        raise TypeError('sequence item %d: expected str instance, %s found'
                                        % (len(out), type(piece).__name__))
                    out.append(piece)
            elif len(parts) == 1 and isinstance(parts[0], (str, bytes)):
                out.append(parts[0])
            else:
                m = Match(self, string, 0, end, got[0], got[1], got[2])
                out.append(_expand(m, parts))
            last = got[1]
            done += 1
            pos = got[1]
            noempty = pos if got[0] == got[1] else -1
        out.append(data[last:])
        if is_bytes:
            return b''.join(out), done
        return ''.join(out), done

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]


def _template_parts(pattern, repl):
    """The parts of a replacement template (str, or bytes for a bytes pattern): literal
    strs (bytes) and group numbers."""
    if pattern._bytes and not isinstance(repl, str):
        # (a str template's literal parts stay str: joining them fails, as CPython's)
        if not isinstance(repl, (bytes, bytearray)):
            raise TypeError('expected a bytes-like object, %s found' % type(repl).__name__)
        repl = bytes(repl)
        if b'\\' not in repl:
            return [repl]
        parts = _parse_template(pattern, repl.decode('latin-1'))
        return [p.encode('latin-1') if isinstance(p, str) else p for p in parts]
    if not pattern._bytes:
        _check_string(repl)
    if '\\' not in repl:
        return [repl]
    return _parse_template(pattern, repl)


def _parse_template(pattern, repl):
    """The replacement template as a list of strs and group numbers."""
    parts = []
    lit = []
    i = 0
    n = len(repl)
    names = pattern._names
    ngroups = pattern.groups

    def group_ref(num, at):
        if num > ngroups:
            raise error('invalid group reference %d' % num, repl, at)
        if lit:
            parts.append(''.join(lit))
            del lit[:]
        parts.append(num)

    while i < n:
        c = repl[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error('bad escape (end of pattern)', repl, start)
        c = repl[i]
        i += 1
        if c == 'g':
            if i >= n or repl[i] != '<':
                raise error('missing <', repl, i)
            i += 1
            j = repl.find('>', i)
            if j < 0:
                if i >= n:
                    raise error('missing group name', repl, i)
                raise error('missing >, unterminated name', repl, i)
            name = repl[i:j]
            if not name:
                raise error('missing group name', repl, i)
            if name.isidentifier():
                if name not in names:
                    raise IndexError("unknown group name '%s'" % name)
                group_ref(names[name], i)
            elif name.isdigit() and name.isascii():
                group_ref(int(name), i)
            else:
                raise error("bad character in group name '%s'" % name, repl, i)
            i = j + 1
        elif c == '0':
            j = i
            while j < n and j - i < 2 and repl[j] in _OCTDIGITS:
                j += 1
            lit.append(chr(int(repl[start + 1:j], 8)))
            i = j
        elif c in _DIGITS:
            if i < n and repl[i] in _DIGITS:
                if (c in _OCTDIGITS and repl[i] in _OCTDIGITS and i + 1 < n
                        and repl[i + 1] in _OCTDIGITS):
                    text = repl[start + 1:i + 2]
                    value = int(text, 8)
                    if value > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377'
                                    % text, repl, start)
                    lit.append(chr(value))
                    i += 2
                    continue
                i += 1
            group_ref(int(repl[start + 1:i]), start + 1)
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
        elif c in _ASCIILETTERS:
            raise error('bad escape \\' + c, repl, start)
        else:
            lit.append('\\' + c)
    if lit:
        parts.append(''.join(lit))
    return parts


def _expand(m, parts):
    out = []
    for part in parts:
        if isinstance(part, (str, bytes)):
            out.append(part)
        else:
            text = m.group(part)
            if text is not None:
                out.append(text)
    if m.re._bytes:
        return b''.join(out)
    return ''.join(out)


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, start, stop, regs):
        self.re = pattern
        self.string = string
        self._data = _subject_data(string)      # what groups are sliced from
        self.pos = pos
        self.endpos = endpos
        spans = [(start, stop)]
        for g in range(1, pattern.groups + 1):
            a = regs[2 * g]
            b = regs[2 * g + 1]
            if a >= 0 and b >= 0:
                spans.append((a, b))
            else:
                spans.append((-1, -1))
        self._spans = spans
        last = regs[1]
        self.lastindex = last if last > 0 else None

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, num in self.re._names.items():
            if num == self.lastindex:
                return name
        return None

    @property
    def regs(self):
        return tuple(self._spans)

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g < len(self._spans):
                return g
        elif isinstance(g, str):
            num = self.re._names.get(g)
            if num is not None:
                return num
        elif hasattr(g, '__index__'):
            return self._index(g.__index__())
        raise IndexError('no such group')

    def _get(self, g, default=None):
        a, b = self._spans[self._index(g)]
        if a < 0:
            return default
        return self._data[a:b]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(args[0])
        return tuple([self._get(g) for g in args])

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple([self._get(g, default) for g in range(1, len(self._spans))])

    def groupdict(self, default=None):
        out = {}
        for name, num in self.re._names.items():
            out[name] = self._get(num, default)
        return out

    def span(self, group=0):
        return self._spans[self._index(group)]

    def start(self, group=0):
        return self._spans[self._index(group)][0]

    def end(self, group=0):
        return self._spans[self._index(group)][1]

    def expand(self, template):
        return _expand(self, _template_parts(self.re, template))

    def __bool__(self):
        return True

    def __class_getitem__(cls, item):
        return cls

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        a, b = self._spans[0]
        return '<re.Match object; span=(%d, %d), match=%r>' % (a, b, self._data[a:b])


Pattern.__module__ = 're'
Match.__module__ = 're'


# ---------------------------------------------------------------- module functions

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    flags = int(flags)
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Replace the leftmost non-overlapping occurrences of the pattern by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """As sub, returning (new_string, number_of_subs_made)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the string by the occurrences of the pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """A list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator over Match objects for all non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Escape the special characters in a string."""
    if isinstance(pattern, (bytes, bytearray)):
        return escape(bytes(pattern).decode('latin-1')).encode('latin-1')
    if not isinstance(pattern, str):
        raise TypeError("gclab's re.escape supports only str and bytes, not %s"
                        % type(pattern).__name__)
    out = []
    for c in pattern:
        if c in _SPECIAL:
            out.append('\\')
        out.append(c)
    return ''.join(out)
