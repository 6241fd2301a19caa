# gclab's textwrap module, written for gclab after CPython 3.11's interface: TextWrapper
# (width, initial_indent, subsequent_indent, expand_tabs, tabsize, replace_whitespace,
# fix_sentence_endings, break_long_words, drop_whitespace, break_on_hyphens, max_lines,
# placeholder; wrap, fill), wrap, fill, shorten, dedent and indent.
# Text is cut into the chunks CPython's wordsep_re/wordsep_simple_re give (runs of
# whitespace; words, split after a hyphen between letters such as "long-winded"; runs
# of two or more hyphens between words as em-dashes) by a hand-written scanner instead
# of a regular expression, and the chunks are laid out by CPython's rules, so the lines
# are CPython's; TextWrapper's methods _munge_whitespace, _split, _split_chunks,
# _fix_sentence_endings, _handle_long_word and _wrap_chunks can be overridden as in
# CPython.
# What differs from CPython: TextWrapper has no wordsep_re, wordsep_simple_re and
# sentence_end_re class attributes (replacing them on a subclass has no effect);
# "letter" and "word character" are str.isalnum()/'_' without str.isdecimal() as in
# CPython's re, using gclab's Unicode tables.

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_word(c):
    return c == '_' or c.isalnum()


def _is_letter(c):
    return (c == '_' or c.isalnum()) and not c.isdecimal()


def _is_word_punct(c):
    return c in '!"\'&.,?' or _is_word(c)


def _dash_run_then_word(text, i, n):
    """Whether text[i:] starts with two or more hyphens followed by a word character;
    returns the index past the hyphens, or -1."""
    j = i
    while j < n and text[j] == '-':
        j += 1
    if j - i >= 2 and j < n and _is_word(text[j]):
        return j
    return -1


def _letter_at(text, i, n):
    return 0 <= i < n and _is_letter(text[i])


def _word_end(text, start, n):
    """The end of the word chunk starting at text[start] (not whitespace)."""
    e = start + 1
    while True:
        # e characters of the word consumed so far (at least one)
        c = text[e] if e < n else ''
        if c == '-':
            # a hyphen between letters: "ab-c" or "a-b-c", followed by a letter,
            # an optional hyphen and a letter
            before = ((_letter_at(text, e - 2, n) and _letter_at(text, e - 1, n)) or
                      (_letter_at(text, e - 3, n) and text[e - 2] == '-' and
                       _letter_at(text, e - 1, n)))
            if before and _letter_at(text, e + 1, n):
                if _letter_at(text, e + 2, n):
                    return e + 1
                if e + 3 < n and text[e + 2] == '-' and _is_letter(text[e + 3]):
                    return e + 1
        if e >= n or c in _whitespace:
            return e
        if c == '-' and _is_word_punct(text[e - 1]) and _dash_run_then_word(text, e, n) > 0:
            return e
        e += 1


def _chunks_hyphens(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _whitespace:
            j = i + 1
            while j < n and text[j] in _whitespace:
                j += 1
        elif c == '-' and i > 0 and _is_word_punct(text[i - 1]) and \
                _dash_run_then_word(text, i, n) > 0:
            j = _dash_run_then_word(text, i, n)
        else:
            j = _word_end(text, i, n)
        chunks.append(text[i:j])
        i = j
    return chunks


def _chunks_simple(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        ws = text[i] in _whitespace
        j = i + 1
        while j < n and (text[j] in _whitespace) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _sentence_end(chunk):
    k = len(chunk)
    if k and chunk[k - 1] in '"\'':
        k -= 1
    return k >= 2 and chunk[k - 1] in '.!?' and 'a' <= chunk[k - 2] <= 'z'


class TextWrapper:
    unicode_whitespace_trans = {}
    for _c in _whitespace:
        unicode_whitespace_trans[ord(_c)] = ord(' ')
    del _c

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _chunks_hyphens(text)
        return _chunks_simple(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _sentence_end(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0:
                    for c in chunk[:hyphen]:
                        if c != '-':
                            end = hyphen + 1
                            break
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % (self.width,))
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = 0
                for piece in cur_line:
                    cur_len += len(piece)
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                    ((not chunks or (self.drop_whitespace and len(chunks) == 1 and
                                     not chunks[0].strip())) and cur_len <= width)):
                lines.append(indent + ''.join(cur_line))
                continue
            placed = False
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    placed = True
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not placed:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _indent_of(line):
    """The leading spaces and tabs of a line, or None when nothing else follows."""
    k = 0
    n = len(line)
    while k < n and line[k] in ' \t':
        k += 1
    if k == n:
        return None
    return line[:k]


def dedent(text):
    lines = text.split('\n')
    margin = None
    for i in range(len(lines)):
        line = lines[i]
        ind = _indent_of(line)
        if ind is None:
            # blank or only spaces and tabs: emptied
            lines[i] = ''
            continue
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            k = 0
            while k < len(margin) and k < len(ind) and margin[k] == ind[k]:
                k += 1
            margin = margin[:k]
    if margin:
        cut = len(margin)
        for i in range(len(lines)):
            if lines[i].startswith(margin):
                lines[i] = lines[i][cut:]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        if predicate is None:
            keep = line.strip()
        else:
            keep = predicate(line)
        if keep:
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
