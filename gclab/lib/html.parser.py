"""html.parser for gclab: HTMLParser, a tolerant HTML tokenizer that calls a method per
start tag, end tag, text, comment, reference, declaration and processing instruction
(CPython 3.11's interface), written for gclab.  What differs from CPython is listed
in docs/stdlib.md."""

import re
from html import unescape

__all__ = ['HTMLParser']

# the elements whose content is text up to their end tag (no tags, no references)
CDATA_CONTENT_ELEMENTS = ('script', 'style')

_tagname = re.compile(r'[a-zA-Z][^\t\n\r\f />\x00]*')
_space = re.compile(r'[\s/]*')
_attrname = re.compile(r'[^\s/>][^\s/=>]*')
_equals = re.compile(r'\s*=+\s*')
_unquoted = re.compile(r'[^>\s]*')
# character and entity references (convert_charrefs=False): the character after the
# reference must be there, to know the reference is complete
_charref = re.compile(r'&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_entityref = re.compile(r'&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_incomplete = re.compile(r'&[a-zA-Z#]')
_ref_end = re.compile(r'[\s;]')


class HTMLParser:
    """Feed it text with feed(); it calls handle_starttag(tag, attrs),
    handle_endtag(tag), handle_data(data), handle_comment(data), handle_decl(decl),
    handle_pi(data), unknown_decl(data) and, with convert_charrefs=False,
    handle_entityref(name) and handle_charref(name).  Tag and attribute names are
    lowercased; attribute values are unescaped (None for an attribute without one)."""

    CDATA_CONTENT_ELEMENTS = CDATA_CONTENT_ELEMENTS

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget any unprocessed text and the position."""
        self.rawdata = ''
        self.lasttag = '???'
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self.__starttag_text = None

    def feed(self, data):
        """Parse what can be parsed of the text given so far (an incomplete
        construct at the end waits for more)."""
        self.rawdata = self.rawdata + data
        self._goahead(False)

    def close(self):
        """Parse everything left, as if the text ended here."""
        self._goahead(True)

    def getpos(self):
        """(line, offset) where the parser is."""
        return self.lineno, self.offset

    def get_starttag_text(self):
        """The source text of the last start tag."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self._cdata_end = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.cdata_elem = None

    def _advance(self, i, j):
        """Move the position over rawdata[i:j]; returns j."""
        if i >= j:
            return j
        rawdata = self.rawdata
        newlines = rawdata.count('\n', i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (rawdata.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    def _text(self, data):
        if self.convert_charrefs and not self.cdata_elem:
            data = unescape(data)
        self.handle_data(data)

    def _goahead(self, end):
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            # the text up to the next construct
            if self.cdata_elem:
                m = self._cdata_end.search(rawdata, i)
                if m is None:
                    break           # (the end tag may come with more text)
                j = m.start()
            elif self.convert_charrefs:
                j = rawdata.find('<', i)
                if j < 0:
                    # hold back what may be the start of a reference
                    amp = rawdata.rfind('&', max(i, n - 34))
                    if amp >= 0 and not _ref_end.search(rawdata, amp) and not end:
                        break
                    j = n
            else:
                j = n
                for c in '<&':
                    k = rawdata.find(c, i)
                    if 0 <= k < j:
                        j = k
            if i < j:
                self._text(rawdata[i:j])
            i = self._advance(i, j)
            if i == n:
                break
            if rawdata.startswith('<', i):
                k = self._markup(i, end)
                if k < 0:
                    if not end:
                        break
                    # (at the end, an unfinished construct is text up to its next '>')
                    k = rawdata.find('>', i + 1)
                    if k < 0:
                        k = rawdata.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self._text(rawdata[i:k])
                i = self._advance(i, k)
            else:
                k, stop = self._reference(i, end)
                i = self._advance(i, k)
                if stop:
                    break
        if end and i < n and not self.cdata_elem:
            self._text(rawdata[i:n])
            i = self._advance(i, n)
        self.rawdata = rawdata[i:]

    def _markup(self, i, end):
        """Handle the construct at rawdata[i] ('<'); the index after it, or -1 if it is
        not complete."""
        rawdata = self.rawdata
        n = len(rawdata)
        if i + 1 >= n:
            return -1
        c = rawdata[i + 1]
        if c.isascii() and c.isalpha():
            return self._starttag(i)
        if rawdata.startswith('</', i):
            return self._endtag(i)
        if rawdata.startswith('<!--', i):
            k = rawdata.find('-->', i + 4)
            if k < 0:
                return -1
            self.handle_comment(rawdata[i + 4:k])
            return k + 3
        if rawdata.startswith('<?', i):
            k = rawdata.find('>', i + 2)
            if k < 0:
                return -1
            self.handle_pi(rawdata[i + 2:k])
            return k + 1
        if rawdata.startswith('<!', i):
            return self._declaration(i)
        self.handle_data('<')
        return i + 1

    def _declaration(self, i):
        rawdata = self.rawdata
        if rawdata.startswith('<![', i):
            closer = ']]>' if rawdata.startswith('<![CDATA[', i) else ']>'
            k = rawdata.find(closer, i + 3)
            if k < 0:
                return -1
            self.unknown_decl(rawdata[i + 3:k])
            return k + len(closer)
        k = rawdata.find('>', i + 2)
        if k < 0:
            return -1
        if rawdata[i:i + 9].lower() == '<!doctype':
            self.handle_decl(rawdata[i + 2:k])
        else:
            self.handle_comment(rawdata[i + 2:k])      # a "bogus comment"
        return k + 1

    def _starttag(self, i):
        rawdata = self.rawdata
        m = _tagname.match(rawdata, i + 1)
        tag = m.group().lower()
        attrs = []
        k = m.end()
        n = len(rawdata)
        while True:
            k = _space.match(rawdata, k).end()
            if k >= n:
                return -1
            if rawdata[k] == '>':
                break
            m = _attrname.match(rawdata, k)
            name = m.group().lower()
            k = m.end()
            value = None
            m = _equals.match(rawdata, k)
            if m is not None:
                k = m.end()
                if k >= n:
                    return -1
                quote = rawdata[k]
                if quote in '\'"':
                    close = rawdata.find(quote, k + 1)
                    if close < 0:
                        return -1
                    value = rawdata[k + 1:close]
                    k = close + 1
                else:
                    m = _unquoted.match(rawdata, k)
                    value = m.group()
                    k = m.end()
                if value:
                    value = unescape(value)
            attrs.append((name, value))
        self.__starttag_text = text = rawdata[i:k + 1]
        self.lasttag = tag
        if text.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return k + 1

    def _endtag(self, i):
        rawdata = self.rawdata
        k = rawdata.find('>', i + 2)
        if k < 0:
            return -1
        if self.cdata_elem:
            self.handle_endtag(self.cdata_elem)
            self.clear_cdata_mode()
            return k + 1
        inside = rawdata[i + 2:k]
        m = _tagname.match(inside)
        if m is not None:
            self.handle_endtag(m.group().lower())
        elif inside:
            self.handle_comment(inside)                 # a "bogus comment"
        return k + 1

    def _reference(self, i, end):
        """Handle the '&' at rawdata[i] (convert_charrefs=False): (the index after
        what was handled, whether to wait for more text), CPython's choices."""
        rawdata = self.rawdata
        n = len(rawdata)
        if rawdata.startswith('&#', i):
            m = _charref.match(rawdata, i)
            if m is not None:
                self.handle_charref(m.group()[2:-1])
                k = m.end()
                return (k if rawdata[k - 1] == ';' else k - 1), False
            if ';' in rawdata[i:]:
                self.handle_data('&#')      # not a reference: '&#' is text
                return i + 2, True
            return i, True
        m = _entityref.match(rawdata, i)
        if m is not None:
            self.handle_entityref(m.group(1))
            k = m.end()
            return (k if rawdata[k - 1] == ';' else k - 1), False
        m = _incomplete.match(rawdata, i)
        if m is not None:
            if end and m.group() == rawdata[i:]:
                return i + 1, True          # (CPython drops the '&' of a last '&x')
            return i, True
        if i + 1 < n:
            self.handle_data('&')
            return i + 1, False
        return i, True

    # --- the methods a subclass overrides (these do nothing) ---

    def handle_startendtag(self, tag, attrs):
        """<tag/>: by default a start tag then an end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
