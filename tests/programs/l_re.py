# re: literals and escapes, ., classes ([a-z], [^...], \d \w \s inside and out), anchors
# (^ $ \A \Z \b \B), groups (capturing, (?:...), (?P<name>...)), backreferences, |,
# greedy/lazy/possessive quantifiers ({m} {m,} {,n} {m,n}), lookahead/lookbehind, atomic
# groups, conditionals, inline and scoped flags, re.I/M/S/X/A; compile, match, fullmatch,
# search, findall, finditer, sub/subn (templates, functions, count), split (groups,
# maxsplit), escape, purge, the cache; Pattern and Match attributes, methods and reprs;
# CPython 3.7+'s empty-match rules; error messages; long subjects (no deep recursion)
import re


def show(m):
    if m is None:
        return None
    return (m.group(), m.span(), m.groups())


# literals, escapes, dot
print(show(re.search(r'a\.b\*c', 'xa.b*cx')), show(re.match('\\x41\\u0042\\n\\t', 'AB\n\t')))
print(show(re.match(r'\101\0\\', 'A\x00\\')), show(re.search('a.c', 'a\nc abc')))
print(show(re.search('a.c', 'a\nc', re.S)), show(re.search('(?s)a.c', 'a\nc')), show(re.search('.+', 'ab\ncd')))

# character classes
print(re.findall('[a-c]+', 'xxabcabd'), re.findall('[^a-c]+', 'abcxyzabc'), re.findall(r'[\d\s]+', 'ab1 2 3cd'))
print(re.findall(r'[]a]+', 'x]a]b'), re.findall('[a-]+', 'b-a-c'), re.findall(r'[\]\^]', 'a]^'), re.findall('[.*+]', 'a.b*+'))
print(re.findall(r'\d+', 'ab 12 c345 ٣٤'), re.findall(r'\w+', 'héllo wörld_1'), re.findall(r'\w+', 'héllo', re.A))
print(re.findall(r'[^\W\d]+', 'ab12cd_3'), re.findall(r'\W+', 'a, b;c'), re.findall(r'\S+', ' a\tbc \n d '), re.findall(r'\D+', 'a1b22c'))
print(re.findall(r'[\x00-\x1f]', 'a\tb\nc'), re.findall('[a-cx-z]', 'abcdwxyz'), re.findall(r'[\s\S]+', 'a\nb'))

# anchors
print(show(re.search('^ab', 'ab\nab')), re.findall('(?m)^ab$', 'x\nab\nab'), show(re.search('ab$', 'ab\n')))
print(re.search(r'ab\Z', 'ab\n'), show(re.search(r'\Aab', 'ab')), re.findall(r'\bfoo\b', 'a foo b foobar foo'))
print(re.findall(r'\Boo\B', 'foo mooed'), re.sub('(?m)^', '> ', 'a\nb\n'), re.sub('$', '!', 'a\nb\n'), re.sub('(?m)$', '!', 'a\nb\n'))
print(re.search(r'\B', ''), re.search(r'\b', ''), show(re.search('^$', '')), re.findall(r'\b', 'ab cd'))

# groups, named groups, backreferences
m = re.search(r'(\w+)@(\w+)\.com', 'mail joe@example.com now')
print(m.group(), m.group(1), m.group(2), m.group(1, 2), m.groups(), m.span(2), m.start(1), m.end())
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe rest')
print(m.group('first'), m['last'], m[0], m.groupdict(), m.lastindex, m.lastgroup, m.re.groupindex)
print(show(re.search(r'(?P<x>a)(?P=x)', 'baab')), show(re.search(r'(\w)\1', 'abccd')), re.findall(r'(\w)\1', 'aabbcd'))
print(show(re.match(r'(?i)(a)\1', 'aA')), show(re.match('(a)(b)?', 'ac')), re.match('(a)(b)?', 'ac').groups('-'))
print(re.match('((a)b)', 'ab').lastindex, re.match('(a)(b)', 'ab').lastindex, re.match('(a)|b', 'b').lastindex)
print(show(re.match('(?:(a)|b)*', 'ab')), show(re.match('(a*)*', 'b')), show(re.match('(a|)*b', 'aab')), show(re.match('(a)+', 'aaa')))
print(show(re.match('(a|ab)(c|bcd)(d*)', 'abcd')), show(re.match('(a(b(c)))', 'abc')), show(re.match(r'(\d)(?:x(\d))*', '1x2x3')))

# alternation and quantifiers
print(show(re.match('(ab|a)(bc|c)?', 'abc')), re.findall('a|b|cd', 'abcdc'), re.findall('a|', 'ab'), re.findall('|a', 'ab'))
print(re.findall('a{2,3}', 'aaaaaaa'), re.findall('a{2,3}?', 'aaaa'), re.findall('a{,2}', 'aaa'), re.findall('a{2}', 'aaaaa'))
print(re.findall('a{2,}', 'aaaaa a aa'), re.findall('x{', 'x{'), re.findall('x{a}', 'x{a}'), re.findall('x{}', 'x{}'))
print(show(re.match('a*?b', 'aaab')), show(re.match('(a+?)(a*)', 'aaa')), show(re.match('a??b', 'ab')), show(re.match('(ab)+?', 'ababab')))
print(show(re.match('(a|b)*?c', 'abc')), show(re.match('.*?x', 'aaxbx')), show(re.match('.*x', 'aaxbx')), show(re.match(r'\d{2,4}?', '12345')))
print(show(re.match('(?>a+)a', 'aaa')), show(re.match('a++a', 'aaa')), show(re.match('a*+b', 'aab')), show(re.match('(?:ab)*+', 'ababa')))

# lookarounds, conditionals, comments
print(re.findall('foo(?=bar)', 'foobaz foobar'), re.findall('foo(?!bar)', 'foobar foobaz'), re.findall('(?<=a)b', 'cb ab'))
print(re.findall('(?<!a)b', 'ab cb'), re.findall(r'(?<=\d{3})x', '123x 12x'), show(re.search(r'(?<=\bfoo)bar', 'foobar')))
print(show(re.match(r'(a)(?=(b))', 'ab')), show(re.match(r'(a)(?!(b))', 'ac')), re.findall(r'(.)(?=.*\1)', 'abcab'))
print(re.findall(r'(x)?(?(1)a|b)', 'xa b xb'), show(re.match('(?P<q>")?\\w+(?(q)")', '"abc"')), show(re.match('x(?#comment)y', 'xy')))
print(show(re.search(r'(a)(?<=\1)', 'ba')), re.sub(r'(?<=a)', '-', 'aaa'), show(re.search('(?<!^)a', 'aa')))

# flags
print(show(re.match('(?i)hello', 'HeLLo')), re.findall('[a-z]+', 'ABCdef1', re.I), re.findall('(?i)[^a]', 'AbA'))
print(re.findall('a(?i:b)c', 'aBc aBC abc'), re.findall('(?i)a(?-i:b)', 'AB Ab ab'), re.findall(r'(?i)k', 'Kk'))
print(show(re.match('(?x) a b # comment\n c', 'abc')), show(re.match('a b c', 'abc', re.X)), show(re.match(r'(?x)a\ b[ ]c', 'a b c')))
print(re.findall('^\\w', 'ab\ncd', re.M), re.findall('.', 'a\nb', re.S | re.I), show(re.match('(?ix) A B', 'ab')))
print(re.I, re.M, re.S, re.X, re.A, re.U, repr(re.I | re.M), int(re.I | re.S), re.IGNORECASE == 2, re.NOFLAG)
print(re.compile('a').flags, re.compile('a', re.I).flags, re.compile('(?s)a').flags, re.compile('a', re.A).flags)

# findall / finditer / empty matches
print(re.findall(r'(\d+)-(\d+)', '10-20 30-40'), re.findall(r'(a)(b)?', 'abac'), re.findall('', 'ab'), re.findall('a?', 'baab'))
print([m.span() for m in re.finditer('x*', 'abxd')], [m.group() for m in re.finditer(r'\w+', 'hello big world')])
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.subn(r'\s*', '_', 'a b  c'), re.sub('a|(b)', r'[\1]', 'ab'))
print(re.split(r'\b', 'a b'), re.split('x*', 'axbxc'), re.split('', 'ab'), re.split(r'\s*', ' a b '), re.split('x*', 'abxd'))
print(re.split(r'(,)(\s)?', 'a, b,c'), re.split(r'(,)(\s)?', 'a, b,c', 1), re.split(',', 'a,b,c,d', maxsplit=2), re.split('[0-9]', 'a1b2c'))

# sub, subn, templates, functions
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'), re.sub(r'(?P<w>\w+)', r'<\g<w>|\g<1>|\g<0>>', 'ab cd'))
print(re.sub('a', 'b', 'aaa', 2), re.sub('a', 'b', 'aaa', count=1), re.subn('a', 'b', 'aaa', count=2), re.subn('z', 'b', 'aaa'))
print(re.sub(r'(\w+)', lambda m: m.group(1).upper(), 'ab cd'), re.sub('a', lambda m: None, 'bab'), repr(re.sub('(a)', r'\n\t\\\0\012', 'a')))
print(re.sub('(a)(b)?', r'[\2\1]', 'xax'), re.sub('(a)', r'\-', 'a'), re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b5'))
p = re.compile(r'(?P<n>a)(b)?')
m = p.search('xxa', 1)
print(m.pos, m.endpos, m.string, m.re.pattern, m.groups('d'), m.groupdict('z'), m.start('n'), m.end(2), m.span(2))
print(m.expand(r'[\1|\g<n>|\2]'), bool(m), m.regs, m.group(0, 'n', 1), repr(m), re.match('abc', 'abcd'))

# Pattern objects
p = re.compile(r'\w+')
print(repr(p), repr(re.compile('a', re.I | re.M)), repr(re.compile('(?s)a')), repr(re.compile('x' * 210)))
print(p.pattern, p.groups, re.compile('(a)(?P<b>b)').groupindex, re.compile('(a)(b)').groups, p == re.compile(r'\w+'))
print(p.match('ab cd', 3), show(p.match('ab cd', 3, 4)), show(p.search('ab cd', 1)), p.findall('ab cd ef', 1, 7))
print(show(re.compile('a').search('bab', 2)), re.compile('a').search('bab', 0, 1), re.compile('^a').search('aa', 1))
print(re.compile('a$').search('aab', 0, 2).span(), re.compile(r'\ba').search('ba', 1), show(re.compile('a+').fullmatch('aab', 0, 2)))
print([m.span() for m in p.finditer('ab cd ef', 1, 7)], p.sub('X', 'ab cd'), p.subn('X', 'ab cd', 1), p.split('ab, cd'))
print(re.compile(p) is p, re.compile(r'\w+') is p, re.fullmatch('a|ab', 'ab'), show(re.fullmatch('(?:a|ab)(?:c|bcd)', 'abcd')))
re.purge()
print(re.compile(r'\w+') == p, re.escape('a.b*c?d+(e)[f]{g}^$|\\ -&~#\n'), re.escape('plain_text09'))

# errors
for bad in ['*a', '(a', 'a)', '[a', 'a**', r'\q', '(?P=x)', r'\5', '[z-a]', '(?<=a*)b', '(?P<a>x)(?P<a>y)',
            'a(?i)b', r'(a\1)', 'a{3,2}', '(?P<1a>x)', '(?', '(?z)', 'x++*', '\\', 'a|*', '(?i', '(?P<a',
            r'[\d-z]', 'x{2}{3}', '(?#abc', '\\x1', '(?-i)', '(?i-i:a)', '^*', 'a\n)', r'(?<=(a)\1)', r'\400']:
    try:
        re.compile(bad)
        print('compiled', repr(bad))
    except re.error as e:
        print('error', e, '|', e.msg, e.pos)
for bad in [r'\g<5>', r'\g<a b>', r'\q', r'\8', r'\g<']:
    try:
        re.sub('(a)', bad, 'a')
    except re.error as e:
        print('error', e)
e = re.error('oops', 'ab\ncd', 4)
print(e, e.lineno, e.colno, e.pos, re.error('plain').pos, isinstance(e, Exception))
for call in [lambda: re.match('a', 'a').group(2), lambda: re.match('a', 'a').group('x'), lambda: re.match('a', 3),
             lambda: re.match('a', b'a'), lambda: re.compile(re.compile('a'), re.I), lambda: re.sub('a', lambda m: 1, 'ab')]:
    try:
        call()
    except (IndexError, TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)

# long subjects: the matcher must not recurse per character
print(re.match('a*', 'a' * 10000).end(), re.match('(?:ab)*', 'ab' * 2000).end(), re.match('.*?x', 'a' * 3000 + 'x').end())
print(re.search('(a|b)*c', 'ab' * 1000 + 'c').span(), len(re.findall('a', 'a' * 2000)), re.fullmatch('(a+)+b', 'a' * 3000 + 'b').span(1))

# odds and ends: negative counts, annotations, lazy finditer
print(re.split('a', 'bab', -1), re.sub('a', 'x', 'aaa', -1), re.subn('a', 'x', 'aaa', 0), re.findall('a', 'aaa', 0))
def typed(p: re.Pattern[str]) -> 're.Match[str]':
    return p.match('ab')
it = re.finditer(r'\d', 'a1b2c3')
print(show(typed(re.compile('a'))), next(it).span(), [m.group() for m in it], type(p).__name__, type(m).__name__)
print(re.findall('(?i)[k-m]+', 'KLMklm'), re.findall('[^k-m]+', 'KLMklmn', re.I), re.sub('(?i)b+', 'x', 'aBbBc'))
