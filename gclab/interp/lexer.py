"""Tokenizer for gclab's Python subset (RPython).

Produces a flat list of Token objects, with NEWLINE, INDENT and DEDENT tokens as in
CPython's tokenizer.  Newlines inside brackets and after a backslash are joined.
"""

from gclab.interp.error import CompileError, TEXT_NO_NEWLINE
from gclab.interp.util import hex_padded, universal_newlines

# token kinds
NAME = 0
NUMBER = 1
STRING = 2
OP = 3
NEWLINE = 4
INDENT = 5
DEDENT = 6
EOF = 7
FSTRING = 8
BYTES = 9           # a bytes literal: its value is the bytes

KIND_NAMES = ['NAME', 'NUMBER', 'STRING', 'OP', 'NEWLINE', 'INDENT', 'DEDENT', 'EOF',
              'FSTRING', 'BYTES']

KEYWORDS = ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
            'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
            'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
            'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']

# longest first, so that the first match is the right one
OPERATORS = ['**=', '//=', '>>=', '<<=', '...', '->',
             '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=',
             '==', '!=', '<=', '>=', '**', '//', '<<', '>>', ':=',
             '+', '-', '*', '/', '%', '&', '|', '^', '~', '<', '>', '@',
             '(', ')', '[', ']', '{', '}', ',', ':', '.', ';', '=']

OPENERS = '([{'
CLOSERS = ')]}'


# CPython's tokenizer refuses brackets nested deeper than this (MAXLEVEL)
MAX_NESTING = 200

# The character names \N{...} may use (gclab has no Unicode name database): the ones
# programs print most, by their Unicode names.
CHARACTER_NAMES = {
    'NO-BREAK SPACE': 0xA0, 'SECTION SIGN': 0xA7, 'COPYRIGHT SIGN': 0xA9,
    'REGISTERED SIGN': 0xAE, 'DEGREE SIGN': 0xB0, 'PLUS-MINUS SIGN': 0xB1,
    'MICRO SIGN': 0xB5, 'PILCROW SIGN': 0xB6, 'MIDDLE DOT': 0xB7,
    'MULTIPLICATION SIGN': 0xD7, 'DIVISION SIGN': 0xF7,
    'GREEK SMALL LETTER ALPHA': 0x3B1, 'GREEK SMALL LETTER BETA': 0x3B2,
    'GREEK SMALL LETTER GAMMA': 0x3B3, 'GREEK SMALL LETTER DELTA': 0x3B4,
    'GREEK SMALL LETTER EPSILON': 0x3B5, 'GREEK SMALL LETTER LAMDA': 0x3BB,
    'GREEK SMALL LETTER MU': 0x3BC, 'GREEK SMALL LETTER PI': 0x3C0,
    'GREEK SMALL LETTER SIGMA': 0x3C3, 'GREEK SMALL LETTER TAU': 0x3C4,
    'GREEK SMALL LETTER PHI': 0x3C6, 'GREEK SMALL LETTER OMEGA': 0x3C9,
    'GREEK CAPITAL LETTER DELTA': 0x394, 'GREEK CAPITAL LETTER SIGMA': 0x3A3,
    'GREEK CAPITAL LETTER OMEGA': 0x3A9,
    'EN DASH': 0x2013, 'EM DASH': 0x2014, 'LEFT SINGLE QUOTATION MARK': 0x2018,
    'RIGHT SINGLE QUOTATION MARK': 0x2019, 'LEFT DOUBLE QUOTATION MARK': 0x201C,
    'RIGHT DOUBLE QUOTATION MARK': 0x201D, 'BULLET': 0x2022,
    'HORIZONTAL ELLIPSIS': 0x2026, 'ZERO WIDTH SPACE': 0x200B, 'EURO SIGN': 0x20AC,
    'LEFTWARDS ARROW': 0x2190, 'UPWARDS ARROW': 0x2191, 'RIGHTWARDS ARROW': 0x2192,
    'DOWNWARDS ARROW': 0x2193, 'INFINITY': 0x221E, 'NOT EQUAL TO': 0x2260,
    'LESS-THAN OR EQUAL TO': 0x2264, 'GREATER-THAN OR EQUAL TO': 0x2265,
    'BOX DRAWINGS LIGHT HORIZONTAL': 0x2500, 'BOX DRAWINGS LIGHT VERTICAL': 0x2502,
    'FULL BLOCK': 0x2588, 'BLACK SQUARE': 0x25A0, 'WHITE SQUARE': 0x25A1,
    'BLACK STAR': 0x2605, 'WHITE STAR': 0x2606, 'SNOWMAN': 0x2603,
    'CHECK MARK': 0x2713, 'HEAVY CHECK MARK': 0x2714, 'BALLOT X': 0x2717,
    'REPLACEMENT CHARACTER': 0xFFFD, 'SNAKE': 0x1F40D, 'SPACE': 0x20,
    'LINE FEED': 0x0A, 'CHARACTER TABULATION': 0x09, 'NULL': 0x00,
}
for _i in range(26):
    CHARACTER_NAMES['LATIN SMALL LETTER ' + chr(ord('A') + _i)] = ord('a') + _i
    CHARACTER_NAMES['LATIN CAPITAL LETTER ' + chr(ord('A') + _i)] = ord('A') + _i
for _i, _digit in enumerate(['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN',
                             'EIGHT', 'NINE']):
    CHARACTER_NAMES['DIGIT ' + _digit] = ord('0') + _i

class Token(object):
    def __init__(self, kind, value, lineno, col, end_lineno, end_col):
        self.kind = kind
        self.value = value      # the text; for STRING/FSTRING the decoded contents
        self.lineno = lineno
        self.col = col
        self.end_lineno = end_lineno    # where its text ends (the column after it)
        self.end_col = end_col

    def __repr__(self):
        return 'Token(%s, %r, %d:%d)' % (KIND_NAMES[self.kind], self.value,
                                         self.lineno, self.col)


def is_name_start(c):
    return c.isalpha() or c == '_' or ord(c) >= 128


# the keywords CPython 3.11 still takes right after a number (with a SyntaxWarning)
KEYWORDS_AFTER_NUMBERS = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or']


def digit_in_base(c, base_char):
    if base_char == 'x':
        return c.isdigit() or 'a' <= c <= 'f' or 'A' <= c <= 'F'
    if base_char == 'o':
        return '0' <= c <= '7'
    if base_char == 'b':
        return c == '0' or c == '1'
    return c.isdigit()


def is_name_char(c):
    return c.isalnum() or c == '_' or ord(c) >= 128


class Lexer(object):
    def __init__(self, source):
        self.src = universal_newlines(source)      # as CPython's compile()
        self.pos = 0
        self.lineno = 1
        self.line_start = 0
        self.tokens = []
        self.indents = [0]
        self.altindents = [0]   # the same indentation with tabs of width 1 (TabError)
        self.depth = 0          # bracket nesting
        self.brackets = []      # (char, lineno, col) of open brackets
        # parse() lets the parser meet the end of input inside brackets (as CPython's
        # lazy tokenizer does), then says "'(' was never closed" where CPython would
        self.defer_unclosed = False
        self.unclosed_lineno = 0    # the unclosed bracket's line (0: none)
        self.unclosed_col = 0
        self.unclosed_char = ''
        # the first bad escape in a string literal (CPython's error when its parser has
        # built the literal: see escape_error); with defer_unclosed, parse() reports it
        self.escape_msg = ''
        self.escape_index = -1      # the index of the literal's token
        self.body_start = 0         # where the literal being lexed starts, after quotes
        self.quote = ''

    def error(self, msg, lineno=-1, col=-1, kind='SyntaxError'):
        if lineno < 0:
            lineno = self.lineno
            col = self.pos - self.line_start
        e = CompileError(msg, lineno, col, kind)
        if kind == 'SyntaxError' and msg != 'invalid syntax' and \
                not msg.startswith('unexpected character after line continuation'):
            e.text_mode = TEXT_NO_NEWLINE   # (most of CPython's tokenizer's errors)
        raise e

    def unclosed_error(self, e, err_lineno, at_end):
        """The error to report for the parser's error e when the input ended inside
        brackets: CPython's "never closed" when the parser reached the end of input,
        or when the error's line (err_lineno, the furthest line the parser looked at)
        is after the bracket's; e itself otherwise."""
        if self.unclosed_lineno == 0:
            return e
        if at_end or err_lineno > self.unclosed_lineno:
            return self.never_closed()
        return e

    def never_closed(self):
        e = CompileError("'%s' was never closed" % self.unclosed_char,
                         self.unclosed_lineno, self.unclosed_col)
        src = self.src
        end = 0
        for k in range(self.unclosed_lineno):
            end = src.find('\n', end)
            if end < 0:
                break
            end += 1
        if 0 <= end < len(src):
            e.text_mode = TEXT_NO_NEWLINE   # (CPython: unless on the last line)
        return e

    def escape_error(self, msg, backslash, last, is_bytes):
        """A bad escape from src[backslash] to src[last] in the literal being lexed:
        CPython's message (positions within the literal's text).  Raised at once
        unless defer_unclosed; otherwise kept (the first one) for parse(), and the
        literal goes on."""
        if is_bytes:
            text = '(value error) invalid \\x escape at position %d' % (
                backslash - self.body_start)
        else:
            text = ("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                    "%d-%d: %s" % (backslash - self.body_start, last - self.body_start, msg))
        if not self.defer_unclosed:
            self.error(text)
        if self.escape_index < 0:
            self.escape_msg = text
            self.escape_index = len(self.tokens)

    def add(self, kind, value, start):
        self.tokens.append(Token(kind, value, self.lineno, start - self.line_start,
                                 self.lineno, self.pos - self.line_start))

    def tokenize(self):
        src = self.src
        n = len(src)
        at_line_start = True
        while True:
            if at_line_start and self.depth == 0:
                if self.handle_indentation():
                    continue        # a blank or comment-only line: still at a line start
                at_line_start = False
            if self.pos >= n:
                break
            c = src[self.pos]
            if c == '\n':
                if self.depth == 0 and self.tokens and self.tokens[-1].kind != NEWLINE:
                    self.add(NEWLINE, '', self.pos)
                self.newline()
                at_line_start = self.depth == 0     # inside brackets lines just continue
                continue
            if c == ' ' or c == '\t' or c == '\r' or c == '\f':
                self.pos += 1
                continue
            if c == '#':
                while self.pos < n and src[self.pos] != '\n':
                    self.pos += 1
                continue
            if c == '\\':
                if self.pos + 1 < n and src[self.pos + 1] == '\n':
                    self.pos += 2
                    self.lineno += 1
                    self.line_start = self.pos
                    continue
                if self.pos + 2 < n and src[self.pos + 1] == '\r' and src[self.pos + 2] == '\n':
                    self.pos += 3
                    self.lineno += 1
                    self.line_start = self.pos
                    continue
                # (CPython's caret: after the backslash)
                self.error('unexpected character after line continuation character',
                           self.lineno, self.pos + 1 - self.line_start)
            if is_name_start(c):
                self.lex_name_or_string()
                continue
            if c.isdigit() or (c == '.' and self.pos + 1 < n and src[self.pos + 1].isdigit()):
                self.lex_number()
                continue
            if c == '"' or c == "'":
                self.lex_string(self.pos, '')
                continue
            self.lex_operator()
        # end of input
        if self.depth > 0:
            ch, lineno, col = self.brackets[-1]
            if not self.defer_unclosed:
                self.error("'%s' was never closed" % ch, lineno, col)
            self.unclosed_char = ch
            self.unclosed_lineno = lineno
            self.unclosed_col = col
            self.add(EOF, '', self.pos)
            return self.tokens
        if self.tokens and self.tokens[-1].kind != NEWLINE:
            self.add(NEWLINE, '', self.pos)
        while len(self.indents) > 1:
            self.indents.pop()
            self.add(DEDENT, '', self.pos)
        self.add(EOF, '', self.pos)
        return self.tokens

    def newline(self):
        self.pos += 1
        self.lineno += 1
        self.line_start = self.pos

    def handle_indentation(self):
        """At the start of a logical line: measure indentation, emit INDENT/DEDENT.
        Returns True if the line was blank or a comment (and was skipped)."""
        src = self.src
        n = len(src)
        col = 0
        altcol = 0      # (as CPython's tokenizer: a tab counts 1 here, up to 8 in col)
        pos = self.pos
        while pos < n:
            c = src[pos]
            if c == ' ':
                col += 1
                altcol += 1
            elif c == '\t':
                col = (col // 8 + 1) * 8
                altcol += 1
            elif c == '\f':
                col = 0
                altcol = 0
            elif c == '\r':
                col = col
            else:
                break
            pos += 1
        if pos >= n:
            self.pos = pos
            return False
        c = src[pos]
        if c == '\n' or c == '#':
            # blank line or comment-only line: no indentation change
            while pos < n and src[pos] != '\n':
                pos += 1
            self.pos = pos
            if pos < n:
                self.newline()
            return True
        if c == '\\' and pos + 1 < n and src[pos + 1] == '\n':
            self.pos = pos
            return False
        self.pos = pos
        # the indentation must compare the same way whatever a tab's width (1 or 8)
        if col > self.indents[-1]:
            # whether an indent is expected here is the parser's business
            if altcol <= self.altindents[-1]:
                self.tab_error()
            self.indents.append(col)
            self.altindents.append(altcol)
            self.add(INDENT, '', pos)
        elif col < self.indents[-1]:
            while col < self.indents[-1]:
                self.indents.pop()
                self.altindents.pop()
                self.add(DEDENT, '', pos)
            if col != self.indents[-1]:
                # (CPython's column: the end of the line)
                end = pos
                while end < n and src[end] != '\n':
                    end += 1
                self.error('unindent does not match any outer indentation level',
                           self.lineno, end - self.line_start, 'IndentationError')
            if altcol != self.altindents[-1]:
                self.tab_error()
        elif altcol != self.altindents[-1]:
            self.tab_error()
        return False

    def tab_error(self):
        self.error('inconsistent use of tabs and spaces in indentation', self.lineno, 0,
                   'TabError')

    def lex_name_or_string(self):
        src = self.src
        n = len(src)
        start = self.pos
        while self.pos < n and is_name_char(src[self.pos]):
            self.pos += 1
        word = src[start:self.pos]
        if self.pos < n and (src[self.pos] == '"' or src[self.pos] == "'"):
            prefix = word.lower()
            if prefix in ('r', 'b', 'f', 'rb', 'br', 'fr', 'rf', 'u'):
                self.lex_string(start, prefix)
                return
        self.add(NAME, word, start)

    def lex_number(self):
        """A number literal, with CPython 3.11's tokenizer errors and their columns:
        an '_' not followed by a digit (at the '_'), a digit the base lacks (at the
        digit), a name character right after the number (one column before it)."""
        src = self.src
        n = len(src)
        start = self.pos
        if src[self.pos] == '0' and self.pos + 1 < n and src[self.pos + 1] in 'xXoObB':
            base_char = src[self.pos + 1].lower()
            kind = 'binary'
            if base_char == 'x':
                kind = 'hexadecimal'
            elif base_char == 'o':
                kind = 'octal'
            self.pos += 2
            if self.pos < n and src[self.pos] == '_':
                self.pos += 1               # one '_' may follow the prefix
            if not (self.pos < n and digit_in_base(src[self.pos], base_char)):
                if self.pos < n and src[self.pos].isdigit():
                    self.bad_digit(kind)
                self.number_error(kind)
            self.digits(base_char, kind)
            self.end_of_number(kind)
            self.add(NUMBER, src[start:self.pos], start)
            return
        self.digits('d', 'decimal')
        if self.pos < n and src[self.pos] == '.':
            self.pos += 1
            if self.pos < n and src[self.pos].isdigit():
                self.digits('d', 'decimal')
        if self.pos < n and src[self.pos] in 'eE':
            e = self.pos
            p = e + 1
            if p < n and src[p] in '+-':
                if not (p + 1 < n and src[p + 1].isdigit()):
                    self.pos = p + 1
                    self.number_error('decimal')
                p += 1
            if p < n and src[p].isdigit():
                self.pos = p
                self.digits('d', 'decimal')
            else:
                self.pos = e                # no exponent: 'e' ends the number
        if self.pos < n and src[self.pos] in 'jJ':
            # an imaginary literal: the parser makes a 'float' constant of any
            # number with a '.' or an 'e' in it, and the space's float_from_literal
            # gives a complex for one ending in 'j', so '1j' is passed on as '1.j'
            text = src[start:self.pos]
            self.pos += 1
            self.end_of_number('imaginary')
            if '.' not in text and 'e' not in text and 'E' not in text:
                text += '.'
            self.add(NUMBER, text + 'j', start)
            return
        self.end_of_number('decimal')
        self.add(NUMBER, src[start:self.pos], start)

    def digits(self, base_char, kind):
        """The digits of a number (base_char 'd', 'x', 'o' or 'b'), single '_'s between
        them; a decimal digit that a binary or octal number cannot have is an error."""
        src = self.src
        n = len(src)
        while self.pos < n:
            c = src[self.pos]
            if c == '_':
                if not (self.pos + 1 < n and digit_in_base(src[self.pos + 1], base_char)):
                    if self.pos + 1 < n and src[self.pos + 1].isdigit():
                        self.pos += 1
                        self.bad_digit(kind)
                    self.error('invalid %s literal' % kind, self.lineno,
                               self.pos - self.line_start)
                self.pos += 1
            elif digit_in_base(c, base_char):
                self.pos += 1
            elif c.isdigit():
                self.bad_digit(kind)
            else:
                break

    def bad_digit(self, kind):
        self.error("invalid digit '%s' in %s literal" % (self.src[self.pos], kind),
                   self.lineno, self.pos - self.line_start)

    def end_of_number(self, kind):
        src = self.src
        if self.pos < len(src) and is_name_char(src[self.pos]):
            for keyword in KEYWORDS_AFTER_NUMBERS:
                end = self.pos + len(keyword)
                if src[self.pos:end] == keyword and not (
                        end < len(src) and is_name_char(src[end])):
                    return      # `1if x else y`: CPython 3.11 warns, and takes it
            self.number_error(kind)

    def number_error(self, kind):
        self.error('invalid %s literal' % kind, self.lineno,
                   self.pos - 1 - self.line_start)

    def lex_string(self, start, prefix):
        src = self.src
        n = len(src)
        quote = src[self.pos]
        triple = self.pos + 2 < n and src[self.pos + 1] == quote and src[self.pos + 2] == quote
        raw = 'r' in prefix
        is_bytes = 'b' in prefix
        startline = self.lineno
        startcol = start - self.line_start
        if triple:
            self.pos += 3
        else:
            self.pos += 1
        self.body_start = self.pos
        self.quote = quote
        chars = []
        while True:
            if self.pos >= n:
                if triple:
                    # (CPython counts the line a final newline ends, not the one after it)
                    detected = self.lineno
                    if n > 0 and src[n - 1] == '\n':
                        detected -= 1
                    self.error('unterminated triple-quoted string literal (detected at line %d)'
                               % detected, startline, startcol)
                self.error('unterminated string literal (detected at line %d)' % startline,
                           startline, startcol)
            c = src[self.pos]
            if c == quote:
                if not triple:
                    self.pos += 1
                    break
                if self.pos + 2 < n and src[self.pos + 1] == quote and src[self.pos + 2] == quote:
                    self.pos += 3
                    break
                chars.append(c)
                self.pos += 1
                continue
            if c == '\n':
                if not triple:
                    self.error('unterminated string literal (detected at line %d)' % startline,
                               startline, startcol)
                chars.append(c)
                self.newline()
                continue
            if c == '\\':
                if is_bytes and self.pos + 1 < n and ord(src[self.pos + 1]) >= 0x80:
                    self.error('bytes can only contain ASCII literal characters', startline,
                               startcol)
                if raw:
                    chars.append(c)
                    if self.pos + 1 < n:
                        if src[self.pos + 1] == '\n':
                            chars.append('\n')
                            self.newline()
                            self.pos += 1
                            continue
                        chars.append(src[self.pos + 1])
                    self.pos += 2
                    continue
                self.pos += 1
                self.lex_escape(chars, is_bytes)
                continue
            if is_bytes and ord(c) >= 0x80:
                self.error('bytes can only contain ASCII literal characters', startline,
                           startcol)
            chars.append(c)
            self.pos += 1
        value = ''.join(chars)
        kind = FSTRING if 'f' in prefix else STRING
        if is_bytes:
            kind = BYTES
        self.tokens.append(Token(kind, value, startline, startcol, self.lineno,
                                 self.pos - self.line_start))

    def lex_escape(self, chars, is_bytes):
        src = self.src
        n = len(src)
        if self.pos >= n:
            return
        c = src[self.pos]
        self.pos += 1
        if c == '\n':
            self.lineno += 1
            self.line_start = self.pos
        elif c == 'n':
            chars.append('\n')
        elif c == 't':
            chars.append('\t')
        elif c == 'r':
            chars.append('\r')
        elif c == '0' and not (self.pos < n and src[self.pos].isdigit()):
            chars.append('\0')
        elif c == '\\':
            chars.append('\\')
        elif c == "'":
            chars.append("'")
        elif c == '"':
            chars.append('"')
        elif c == 'a':
            chars.append('\a')
        elif c == 'b':
            chars.append('\b')
        elif c == 'f':
            chars.append('\f')
        elif c == 'v':
            chars.append('\v')
        elif is_bytes and (c == 'x' or '0' <= c <= '7'):
            value = 0
            if c == 'x':
                bad = self.bad_hex_digit(2)
                if bad >= 0:
                    self.escape_error('', self.pos - 2, bad - 1, True)
                    self.pos = bad
                    return
                for i in range(self.pos, self.pos + 2):
                    value = value * 16 + hex_digit(src[i])
                self.pos += 2
            else:
                value = ord(c) - ord('0')
                count = 1
                while count < 3 and self.pos < n and '0' <= src[self.pos] <= '7':
                    value = value * 8 + ord(src[self.pos]) - ord('0')
                    self.pos += 1
                    count += 1
            chars.append(chr(value & 0xFF))
        elif is_bytes and (c == 'u' or c == 'U' or c == 'N'):
            chars.append('\\')
            chars.append(c)
        elif c == 'N':
            self.lex_named_escape(chars)
        elif c == 'x' or c == 'u' or c == 'U':
            ndigits = 2
            if c == 'u':
                ndigits = 4
            elif c == 'U':
                ndigits = 8
            end = self.pos + ndigits
            bad = self.bad_hex_digit(ndigits)
            if bad >= 0:
                self.escape_error('truncated \\%s%s escape' % (c, 'X' * ndigits),
                                  self.pos - 2, bad - 1, False)
                self.pos = bad
                return
            value = 0
            for i in range(self.pos, end):
                value = value * 16 + hex_digit(src[i])
            self.pos = end
            encode_utf8(chars, value)
        elif '0' <= c <= '7':
            value = ord(c) - ord('0')
            count = 1
            while count < 3 and self.pos < n and '0' <= src[self.pos] <= '7':
                value = value * 8 + ord(src[self.pos]) - ord('0')
                self.pos += 1
                count += 1
            encode_utf8(chars, value)
        else:
            chars.append('\\')
            chars.append(c)

    def bad_hex_digit(self, ndigits):
        """The position of the first of the ndigits characters from self.pos that is
        not a hex digit (-1 when all are)."""
        src = self.src
        for i in range(self.pos, self.pos + ndigits):
            if i >= len(src) or hex_digit(src[i]) < 0:
                return i
        return -1

    def lex_named_escape(self, chars):
        """\\N{NAME}: gclab knows the names in CHARACTER_NAMES only (no Unicode name
        database); any other name is CPython's error for an unknown name."""
        src = self.src
        start = self.pos - 2
        body_end = src.find(self.quote, self.pos)   # (about: the literal's end)
        if body_end < 0:
            body_end = len(src)
        end = -1
        if self.pos < len(src) and src[self.pos] == '{':
            end = src.find('}', self.pos)
            if end > body_end:
                end = -1
        if end < 0:
            self.escape_error('malformed \\N character escape', start,
                              max(start + 1, body_end - 1), False)
            self.pos = body_end
            return
        name = src[self.pos + 1:end].upper()
        code = CHARACTER_NAMES.get(name, -1)
        if code < 0:
            self.escape_error('unknown Unicode character name', start, end, False)
            self.pos = end + 1
            return
        self.pos = end + 1
        encode_utf8(chars, code)

    def lex_operator(self):
        src = self.src
        start = self.pos
        for op in OPERATORS:
            if match_at(src, op, start):
                self.pos += len(op)
                if op in OPENERS:
                    if self.depth >= MAX_NESTING:
                        self.error('too many nested parentheses', self.lineno,
                                   start - self.line_start)
                    self.depth += 1
                    self.brackets.append((op, self.lineno, start - self.line_start))
                elif op in CLOSERS:
                    if self.depth == 0:
                        self.error("unmatched '%s'" % op, self.lineno, start - self.line_start)
                    opener, open_line, _ = self.brackets.pop()
                    self.depth -= 1
                    if OPENERS.find(opener) != CLOSERS.find(op):
                        msg = ("closing parenthesis '%s' does not match opening "
                               "parenthesis '%s'" % (op, opener))
                        if open_line != self.lineno:
                            msg += ' on line %d' % open_line
                        self.error(msg, self.lineno, start - self.line_start)
                self.add(OP, op, start)
                return
        c = src[start]
        if c == '$' or c == '?' or c == '`' or c == '!':
            self.error('invalid syntax', self.lineno, start - self.line_start)
        if ord(c) < 0x20 or ord(c) == 0x7f:
            self.error('invalid non-printable character U+%s' % hex_padded(ord(c), 4, True),
                       self.lineno, start - self.line_start)
        self.error("invalid character '%s' (U+%s)" % (c, hex_padded(ord(c), 4, True)), self.lineno,
                   start - self.line_start)


def match_at(s, sub, start):
    """s.startswith(sub, start), which RPython lacks."""
    if start + len(sub) > len(s):
        return False
    for k in range(len(sub)):
        if s[start + k] != sub[k]:
            return False
    return True


def hex_digit(c):
    if '0' <= c <= '9':
        return ord(c) - ord('0')
    if 'a' <= c <= 'f':
        return ord(c) - ord('a') + 10
    if 'A' <= c <= 'F':
        return ord(c) - ord('A') + 10
    return -1


def encode_utf8(chars, code):
    """Append the UTF-8 encoding of a code point (strings are UTF-8 byte strings)."""
    if code < 0x80:
        chars.append(chr(code))
    elif code < 0x800:
        chars.append(chr(0xC0 | (code >> 6)))
        chars.append(chr(0x80 | (code & 0x3F)))
    elif code < 0x10000:
        chars.append(chr(0xE0 | (code >> 12)))
        chars.append(chr(0x80 | ((code >> 6) & 0x3F)))
        chars.append(chr(0x80 | (code & 0x3F)))
    else:
        chars.append(chr(0xF0 | (code >> 18)))
        chars.append(chr(0x80 | ((code >> 12) & 0x3F)))
        chars.append(chr(0x80 | ((code >> 6) & 0x3F)))
        chars.append(chr(0x80 | (code & 0x3F)))


def tokenize(source):
    return Lexer(source).tokenize()
