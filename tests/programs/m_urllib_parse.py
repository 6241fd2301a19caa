# urllib.parse: splitting, unsplitting, joining (RFC 3986's examples), quoting,
# query strings, the netloc's parts, bytes.
import urllib
import urllib.parse as up
from urllib.parse import urlparse, urlsplit, urljoin, quote, unquote

for u in ['http://user:pw@www.Example.com:8080/a/b;p?q=1&r=2#frag',
          'https://[::1]:443/x', 'mailto:someone@example.com', 'file:///etc/passwd',
          '//host/path', '/just/a/path?x', 'relative/path;par', 'HTTP://X.COM',
          ' \thttp://a\nb.com/p?q#f', 'ftp://ftp.is.co.za/rfc/rfc1808.txt',
          'urn:oasis:names:specification:docbook:dtd:xml:4.1.2', 'tel:+1-816-555-1212',
          'path:80', '1http://x', 'http://h?q#f#g', 'http:/x', '']:
    p = urlparse(u)
    s = urlsplit(u)
    print(repr(u))
    print('  ', p)
    print('  ', tuple(s), p.geturl(), s.geturl(), up.urlunparse(p) == p.geturl())
    print('  ', p.username, p.password, p.hostname, p.port, s.netloc)
print(urlsplit('http://h/p#f', allow_fragments=False), urlparse('x/y', scheme='https'))
for bad in ('http://[::1/x', 'http://h:99999/', 'http://h:xy/'):
    try:
        print(urlsplit(bad).port)
    except ValueError as e:
        print('ValueError', e)

base = 'http://a/b/c/d;p?q'
for ref in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x',
            'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../',
            '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..',
            '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y',
            'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'https://other/x',
            'mailto:x@y']:
    print(repr(ref), urljoin(base, ref))
print(urljoin('', 'x'), urljoin('http://a/b/', ''), urljoin('http://a', 'b'),
      urljoin('http://a/b//c/', '../d'), urljoin('mailto:a@b', 'c'))
print(up.urldefrag('http://a/b#frag'), up.urldefrag('http://a/b'))
print(up.urlunsplit(('http', '', 'x', '', '')), up.urlunsplit(('file', '', '', '', '')),
      up.urlunsplit(('mailto', '', 'a@b', 'q', 'f')), up.urlunparse(('http', 'h', '/p', 'a', 'b', 'c')))

for t in ['abc', 'a b&c/d?e=f', 'é€ü', '~_.-', '', 'x+y', '100%']:
    print(repr(quote(t)), repr(quote(t, safe='')), repr(up.quote_plus(t)),
          repr(up.quote_plus(t, safe='/')))
print(quote(b'a b\xff'), quote('é', encoding='latin-1'), up.quote_from_bytes(b'/x y', safe=b'/'))
for t in ['abc', 'a%20b', '%C3%A9%e2%82%ac', '%zz%4', '%', 'a+b', 'é%41', '%C3abc%A9',
          '%E9']:
    print(repr(unquote(t)), repr(up.unquote_plus(t)), repr(up.unquote_to_bytes(t)))
print(unquote('%E9', encoding='latin-1'), unquote(b'%41b'), up.unquote_to_bytes(''))
try:
    quote(b'x', encoding='utf-8')
except TypeError as e:
    print('TypeError', e)

print(up.urlencode({'a': 1, 'b': 'x y', 'c': 'é&='}))
print(up.urlencode([('k', 'v'), ('k', 'w'), ('n', None)]))
print(up.urlencode({'a': [1, 2], 'b': 'xy', 'c': b'z z'}, doseq=True),
      up.urlencode({'a': [1, 2]}))
print(up.urlencode({'p': 'a/b c'}, safe='/'), up.urlencode({'p': 'a b'}, quote_via=quote))
try:
    up.urlencode('abc')
except TypeError as e:
    print('TypeError', e)

qs = 'a=1&b=2&a=3&c=&d&e=x+y%20z&&f=%C3%A9'
print(up.parse_qsl(qs))
print(up.parse_qsl(qs, keep_blank_values=True))
print(up.parse_qs(qs), up.parse_qs(qs, keep_blank_values=True))
print(up.parse_qsl('a=1;b=2', separator=';'), up.parse_qsl(b'a=1&b=x+y'), up.parse_qs(''))
for call in (lambda: up.parse_qsl('a=1&b', strict_parsing=True),
             lambda: up.parse_qsl('a=1&b=2&c=3', max_num_fields=2),
             lambda: up.parse_qsl('a=1', separator=None),
             lambda: urljoin('http://a/', b'x')):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

b = urlsplit(b'http://u@Host:81/p?q#f')
print(b, b.hostname, b.port, b.username, b.geturl(), b.decode())
print(urlparse(b'x;y'), urljoin(b'http://a/b/c', b'../d'), up.urlunsplit(b),
      up.urldefrag(b'a#b'))
print(urlsplit('http://x/').encode(), type(urlparse('a')).__mro__[1].__name__)
print(urllib.parse is up)
