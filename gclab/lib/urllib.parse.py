"""urllib.parse for gclab: splitting, joining and quoting URLs (RFC 3986) with CPython
3.11's interface and results, written for gclab.  What differs from CPython is listed
in docs/stdlib.md."""

from collections import namedtuple

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit', 'urlunsplit',
           'urlencode', 'parse_qs', 'parse_qsl', 'quote', 'quote_plus',
           'quote_from_bytes', 'unquote', 'unquote_plus', 'unquote_to_bytes',
           'DefragResult', 'ParseResult', 'SplitResult', 'DefragResultBytes',
           'ParseResultBytes', 'SplitResultBytes']

# the schemes whose URLs join relatively, have a //netloc, take ;params
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https',
                 'shttp', 'mms', 'prospero', 'rtsp', 'rtspu', 'sftp', 'svn', 'svn+ssh',
                 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file',
               'mms', 'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp',
               'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais', 'imap', 'snews',
                    'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp',
              'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https',
                 'shttp', 'snews', 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# stripped from the start of a URL (WHATWG: C0 controls and space), removed anywhere
_C0_CONTROL_OR_SPACE = ''.join(chr(i) for i in range(33))
_REMOVED_ANYWHERE = ['\t', '\r', '\n']


# --- str and bytes -----------------------------------------------------------------------

def _coerce_args(*args):
    """The arguments as str (bytes are decoded as ASCII) and whether they were bytes;
    TypeError when str and non-empty bytes are mixed."""
    is_str = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != is_str:
            raise TypeError('Cannot mix str and non-str arguments')
    if is_str:
        return args + (False,)
    return tuple(x.decode('ascii', 'strict') if x else '' for x in args) + (True,)


class _NetlocMixin:
    """The parts of the netloc: username, password, hostname, port."""
    __slots__ = ()

    def _userinfo(self):
        userinfo, have_info, _ = str(self._text_netloc()).rpartition('@')
        if not have_info:
            return None, None
        username, have_password, password = userinfo.partition(':')
        return username, (password if have_password else None)

    def _hostinfo(self):
        hostinfo = self._text_netloc().rpartition('@')[2]
        _, have_open_br, bracketed = hostinfo.partition('[')
        if have_open_br:
            hostname, _, port = bracketed.partition(']')
            port = port.partition(':')[2]
        else:
            hostname, _, port = hostinfo.partition(':')
        return hostname, (port or None)

    def _text_netloc(self):
        return self.netloc

    def _out(self, value):
        return value

    @property
    def username(self):
        return self._out(self._userinfo()[0])

    @property
    def password(self):
        return self._out(self._userinfo()[1])

    @property
    def hostname(self):
        hostname = self._hostinfo()[0]
        if not hostname:
            return None
        hostname, percent, zone = hostname.partition('%')
        return self._out(hostname.lower() + percent + zone)

    @property
    def port(self):
        port = self._hostinfo()[1]
        if port is None:
            return None
        if port.isdigit() and port.isascii():
            port = int(port)
        else:
            raise ValueError('Port could not be cast to integer value as %r'
                             % (self._out(port),))
        if not 0 <= port <= 65535:
            raise ValueError('Port out of range 0-65535')
        return port


class _BytesNetlocMixin(_NetlocMixin):
    __slots__ = ()

    def _text_netloc(self):
        return self.netloc.decode('ascii')

    def _out(self, value):
        return None if value is None else value.encode('ascii')


class DefragResult(namedtuple('DefragResult', 'url fragment')):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url

    def encode(self, encoding='ascii', errors='strict'):
        return DefragResultBytes(*(x.encode(encoding, errors) for x in self))


class SplitResult(namedtuple('SplitResult', 'scheme netloc path query fragment'),
                  _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)

    def encode(self, encoding='ascii', errors='strict'):
        return SplitResultBytes(*(x.encode(encoding, errors) for x in self))


class ParseResult(namedtuple('ParseResult', 'scheme netloc path params query fragment'),
                  _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)

    def encode(self, encoding='ascii', errors='strict'):
        return ParseResultBytes(*(x.encode(encoding, errors) for x in self))


class DefragResultBytes(namedtuple('DefragResultBytes', 'url fragment')):
    __slots__ = ()

    def geturl(self):
        return self.url + b'#' + self.fragment if self.fragment else self.url

    def decode(self, encoding='ascii', errors='strict'):
        return DefragResult(*(x.decode(encoding, errors) for x in self))


class SplitResultBytes(namedtuple('SplitResultBytes', 'scheme netloc path query fragment'),
                       _BytesNetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)

    def decode(self, encoding='ascii', errors='strict'):
        return SplitResult(*(x.decode(encoding, errors) for x in self))


class ParseResultBytes(namedtuple('ParseResultBytes',
                                  'scheme netloc path params query fragment'),
                       _BytesNetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)

    def decode(self, encoding='ascii', errors='strict'):
        return ParseResult(*(x.decode(encoding, errors) for x in self))


# --- splitting and joining ---------------------------------------------------------------

def _splitnetloc(url, start=0):
    end = len(url)
    for c in '/?#':
        i = url.find(c, start)
        if i >= 0 and i < end:
            end = i
    return url[start:end], url[end:]


def _splitparams(url):
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into the 5-tuple (scheme, netloc, path, query, fragment)."""
    url, scheme, was_bytes = _coerce_args(url, scheme)
    url = url.lstrip(_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_C0_CONTROL_OR_SPACE)
    for c in _REMOVED_ANYWHERE:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    allow_fragments = bool(allow_fragments)
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:i]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        if (('[' in netloc and ']' not in netloc) or
                (']' in netloc and '[' not in netloc)):
            raise ValueError('Invalid IPv6 URL')
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    result = SplitResult(scheme, netloc, url, query, fragment)
    return result.encode() if was_bytes else result


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into the 6-tuple (scheme, netloc, path, params, query, fragment)."""
    url, scheme, was_bytes = _coerce_args(url, scheme)
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ';' in url:
        url, params = _splitparams(url)
    else:
        params = ''
    result = ParseResult(scheme, netloc, url, params, query, fragment)
    return result.encode() if was_bytes else result


def urlunsplit(components):
    """The URL of a 5-tuple as urlsplit returns (maybe a different but equivalent
    URL)."""
    scheme, netloc, url, query, fragment, was_bytes = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return url.encode('ascii') if was_bytes else url


def urlunparse(components):
    """The URL of a 6-tuple as urlparse returns."""
    scheme, netloc, url, params, query, fragment, was_bytes = _coerce_args(*components)
    if params:
        url = '%s;%s' % (url, params)
    url = urlunsplit((scheme, netloc, url, query, fragment))
    return url.encode('ascii') if was_bytes else url


def urljoin(base, url, allow_fragments=True):
    """The absolute URL of url read relative to base (RFC 3986, section 5.2)."""
    if not base:
        return url
    if not url:
        return base
    base, url, was_bytes = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '',
                                                                   allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme,
                                                             allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        result = url
    elif scheme in uses_netloc and netloc:
        result = urlunparse((scheme, netloc, path, params, query, fragment))
    else:
        if scheme in uses_netloc:
            netloc = bnetloc
        if not path and not params:
            result = urlunparse((scheme, netloc, bpath, bparams, query or bquery,
                                 fragment))
        else:
            result = urlunparse((scheme, netloc, _merge_paths(bpath, path), params,
                                 query, fragment))
    return result.encode('ascii') if was_bytes else result


def _merge_paths(bpath, path):
    """The path of a relative reference resolved against the base's: the base's last
    segment is replaced, '.' and '..' segments removed."""
    if path[:1] == '/':
        segments = path.split('/')
    else:
        base_parts = bpath.split('/')
        if base_parts[-1] != '':
            del base_parts[-1]          # the base's last segment is not a directory
        segments = base_parts + path.split('/')
        # empty segments in the middle count for nothing
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = []
    for seg in segments:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg != '.':
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        resolved.append('')             # a reference ending in . or .. is a directory
    return '/'.join(resolved) or '/'


def urldefrag(url):
    """(url without its fragment, fragment)."""
    url, was_bytes = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    result = DefragResult(defrag, frag)
    return result.encode() if was_bytes else result


# --- quoting -----------------------------------------------------------------------------

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_HEXDIGITS = '0123456789ABCDEFabcdef'


def unquote_to_bytes(string):
    """The bytes of a %-escaped text (a str is encoded as UTF-8 first)."""
    if not string:
        string.split            # (AttributeError for what is not str or bytes)
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    bits = string.split(b'%')
    if len(bits) == 1:
        return string
    out = bytearray(bits[0])
    for item in bits[1:]:
        if (len(item) >= 2 and chr(item[0]) in _HEXDIGITS and
                chr(item[1]) in _HEXDIGITS):
            out.append(int(item[:2], 16))
            out += item[2:]
        else:
            out += b'%'
            out += item
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace the %xx escapes by the characters their bytes decode to."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split            # (AttributeError for what is not a str)
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    # runs of ASCII are unescaped and decoded together; other characters stay
    out = []
    i = 0
    n = len(string)
    while i < n:
        j = i
        ascii_run = string[i].isascii()
        while j < n and string[j].isascii() == ascii_run:
            j += 1
        if ascii_run:
            out.append(unquote_to_bytes(string[i:j]).decode(encoding, errors))
        else:
            out.append(string[i:j])
        i = j
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote, with '+' read as a space (HTML forms)."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


def quote_from_bytes(bs, safe='/'):
    """bytes as text with every byte but letters, digits, '_.-~' and those of safe
    written %XX."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes(c for c in safe if c < 128)
    safe_set = _ALWAYS_SAFE.union(safe)
    return ''.join(chr(b) if b in safe_set else '%%%02X' % b for b in bs)


def quote(string, safe='/', encoding=None, errors=None):
    """string with the characters a URL cannot hold (all but letters, digits,
    '_.-~' and those of safe) written as %XX escapes of their bytes (UTF-8)."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote, with spaces written '+' (HTML forms); '/' is escaped by default."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        space = ' '
    else:
        space = b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """A mapping or sequence of pairs as an application/x-www-form-urlencoded text;
    with doseq, a sequence value gives one pair per item."""
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError('not a valid non-string sequence or mapping object') \
                from err

    def quoted(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    pairs = []
    for k, v in query:
        k = quoted(k)
        if not doseq or isinstance(v, (str, bytes)):
            pairs.append(k + '=' + quoted(v))
            continue
        try:
            len(v)
        except TypeError:
            pairs.append(k + '=' + quoted(v))
        else:
            for item in v:
                pairs.append(k + '=' + quoted(item))
    return '&'.join(pairs)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    """A query string's (name, value) pairs, unquoted."""
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError('Separator must be of type string or bytes.')
    qs, was_bytes = _coerce_args(qs)
    separator = _coerce_args(separator)[0]
    if max_num_fields is not None:
        if max_num_fields < 1 + qs.count(separator):
            raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        nv = field.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError('bad query field: %r' % (field,))
            if not keep_blank_values:
                continue
            nv.append('')
        if nv[1] or keep_blank_values:
            name = unquote(nv[0].replace('+', ' '), encoding=encoding, errors=errors)
            value = unquote(nv[1].replace('+', ' '), encoding=encoding, errors=errors)
            if was_bytes:
                name = name.encode('ascii')
                value = value.encode('ascii')
            pairs.append((name, value))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    """A query string as a dict of lists of values, unquoted."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding,
                                 errors, max_num_fields, separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result
