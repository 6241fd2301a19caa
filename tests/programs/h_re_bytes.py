# re with bytes patterns, regex-redux style: bytes and bytearray subjects, bytes groups,
# split/sub/findall results, bytes templates, ASCII classes, escape of bytes.
import re

seq = b'>ONE test\nagggtaaaGGGTAAActtt\ntttaccct\n>TWO\nacgtnnNBDH\n'
clean = re.sub(b'>.*\n|\n', b'', seq)
print(len(seq), len(clean), clean)
for v in (b'agggtaaa|tttaccct', b'[cgt]gggtaaa|tttaccc[acg]'):
    print(v, len(re.findall(v, clean)), len(re.findall(v, clean, re.IGNORECASE)))
for f, r in [(b'tHa[Nt]', b'<4>'), (b'aND|caN|Ha[DS]|WaS', b'<3>'), (b'a[NSt]|BY', b'<2>'),
             (b'<[^>]*>', b'|'), (b'\\|[^|][^|]*\\|', b'-')]:
    clean = re.sub(f, r, clean)
print(clean)
print(re.compile(b'a', re.A).flags, re.compile(b'a').flags, re.compile(b'(?i)a').flags,
      re.compile(rb'\d+\s'), re.compile(b'x', re.I | re.M))
m = re.match(b'(a)(b)?', bytearray(b'ac'))
print(m, m.group(), type(m.group()).__name__, m.string, m.groups(), m.groups(b'z'), m.span(1))
print(re.split(b',', bytearray(b'a,b')), re.sub(b'a', b'x', bytearray(b'aa')),
      re.findall(b'(a)|b', b'ab'), re.escape(b'a.b\xff'), re.sub(b'(a)', br'[\1\n]', b'xa'))
print(re.match(b'(?P<n>.)', b'q').groupdict(), re.match(b'(.)', b'q').expand(br'<\1>'),
      re.findall(rb'\w+', b'caf\xe9 x_1'), re.search(b'\xff+', b'a\xff\xffb'))
print(re.sub(rb'(\d+)', lambda m: str(int(m.group(1)) * 2).encode(), b'a1b22'),
      re.subn(b'x', b'yy', b'xax'), re.split(rb'(\s)', b'a b'),
      [m.span() for m in re.finditer(b'.', b'ab')], re.fullmatch(rb'[\x00-\x7f]*', b'abc\x80'))
print(re.compile(b'ab') == re.compile(b'ab'), re.compile(b'ab') == re.compile('ab'),
      re.compile(b'(?x) a b').pattern, re.sub(b'a', 'x', b'b'))
for bad in [lambda: re.compile(b'a', re.U), lambda: re.match(b'a', 'a'),
            lambda: re.match('a', b'a'), lambda: re.sub(b'a', 'x', b'a'),
            lambda: re.sub(b'a', lambda m: 'x', b'a')]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
