"""The methods of str, compared with CPython's output."""


def show(label, value):
    print(label, repr(value))


# split / rsplit
for s in ['a,b,,c', '', ',', 'a,,', ',a', 'abc']:
    show('split , ' + repr(s), s.split(','))
    show('split , 1 ' + repr(s), s.split(',', 1))
    show('rsplit , 1 ' + repr(s), s.rsplit(',', 1))
for s in ['  a  b  ', '', '   ', 'a', ' a\tb\nc\x0bd\x0ce\rf\x1cg ', 'one two three four']:
    show('split ' + repr(s), s.split())
    show('split None 1 ' + repr(s), s.split(None, 1))
    show('rsplit None 1 ' + repr(s), s.rsplit(None, 1))
    show('split maxsplit=0 ' + repr(s), s.split(maxsplit=0))
    show('rsplit maxsplit=2 ' + repr(s), s.rsplit(maxsplit=2))
show('split sep=', 'aXXbXXc'.split(sep='XX'))
show('split sep= maxsplit=', 'aXXbXXc'.split(sep='XX', maxsplit=1))
show('rsplit sep', 'aXXbXXc'.rsplit('XX'))
show('split -5', 'a b c'.split(None, -5))
show('split unicode ws', 'a\u00a0b\u3000c\u2028d'.split())
show('rsplit unicode', 'é è  à'.rsplit(' ', 1))

# splitlines
LINES = ['', 'abc', 'abc\n', '\n', 'a\n\nb', 'a\rb\r\nc\nd', 'x\x0by\x0cz\x1cw\x1dv\x1eu']
for s in LINES:
    show('splitlines ' + repr(s), s.splitlines())
    show('splitlines keep ' + repr(s), s.splitlines(True))
show('splitlines keepends=', 'a\nb'.splitlines(keepends=True))
show('splitlines unicode', 'u\x85t\u2028s\u2029r'.splitlines() == ['u', 't', 's', 'r'])
KEPT = ['u\x85', 't\u2028', 's\u2029', 'r']
show('splitlines unicode keep', 'u\x85t\u2028s\u2029r'.splitlines(True) == KEPT)

# join
show('join', ', '.join(['a', 'b', 'c']))
show('join one', ', '.join(['a']))
show('join empty', ''.join([]))
show('join str', '-'.join('xyz'))
show('join tuple', '+'.join(('1', '2')))
show('join gen', '.'.join(x.upper() for x in 'abc'))
show('join dict', '|'.join({'k1': 1, 'k2': 2}))

# strip
for s in ['  hello  ', 'xxhixx', '', '   ', '\t\n a b \r\x1f', 'héé', 'éaé']:
    show('strip ' + repr(s), s.strip())
    show('lstrip ' + repr(s), s.lstrip())
    show('rstrip ' + repr(s), s.rstrip())
    show('strip x ' + repr(s), s.strip('x'))
    show('strip é ' + repr(s), s.strip('é'))
show('strip multi', 'xyxhixyx'.strip('xy'))
show('lstrip None', '  a  '.lstrip(None))
show('rstrip chars', 'mississippi'.rstrip('ips'))

# startswith / endswith
s = 'hello world'
show('sw', s.startswith('hello'))
show('sw no', s.startswith('world'))
show('sw start', s.startswith('world', 6))
show('sw start end', s.startswith('wor', 6, 8))
show('sw tuple', s.startswith(('x', 'he')))
show('sw tuple no', s.startswith(('x', 'y')))
show('sw empty', s.startswith(''))
show('sw empty end', 'abc'.startswith('', 3))
show('sw empty past', 'abc'.startswith('', 4))
show('sw neg', s.startswith('wor', -5))
show('ew', s.endswith('world'))
show('ew end', s.endswith('hello', 0, 5))
show('ew neg', s.endswith('lo', 0, -6))
show('ew tuple', s.endswith(('ld', 'x')))
show('ew None', s.endswith('d', None, None))

# replace
show('replace', 'aaa'.replace('a', 'b'))
show('replace count', 'aaa'.replace('a', 'b', 2))
show('replace 0', 'aaa'.replace('a', 'b', 0))
show('replace -1', 'aaa'.replace('a', 'b', -1))
show('replace longer', 'aaa'.replace('aa', 'xyz'))
show('replace none', 'abc'.replace('x', 'y'))
show('replace empty', 'abc'.replace('', '-'))
show('replace empty count', 'abc'.replace('', '-', 2))
show('replace empty unicode', 'héé'.replace('', '.'))
show('replace delete', 'a-b-c'.replace('-', ''))
show('replace on empty', ''.replace('', 'x'))

# find and friends
s = 'abcabcabc'
for sub in ['a', 'bc', 'x', '', 'abcabcabcd']:
    show('find ' + sub, s.find(sub))
    show('rfind ' + sub, s.rfind(sub))
    show('count ' + sub, s.count(sub))
    show('find 2 ' + sub, s.find(sub, 2))
    show('rfind 0 5 ' + sub, s.rfind(sub, 0, 5))
    show('count -4 ' + sub, s.count(sub, -4))
show('find big', s.find('a', 100))
show('find empty big', (s.find('', 9), s.find('', 10)))
show('find neg', s.find('c', -100, -1))
show('find None', s.find('c', None, 4))
show('index', s.index('c'))
show('rindex', s.rindex('c'))
show('index start', s.index('a', 1))
show('count overlap', 'aaaa'.count('aa'))
show('count empty', 'héllo'.count(''))
show('count empty range', 'abc'.count('', 1, 2))

# partition
for sep in ['b', 'x', 'ab', 'bc']:
    show('partition ' + sep, 'abcbd'.partition(sep))
    show('rpartition ' + sep, 'abcbd'.rpartition(sep))

# case
CASES = ['hello World', 'HELLO', '', '123abc', 'a1b2 c3', "it's a dog's-life", 'ÉCOLE été']
CASES += ['straße', 'ΣΑΣ ΟΔΟΣ', 'Привет Мир', 'ﬁsh', 'i̇', 'ÿ']
for s in CASES:
    show('upper ' + s, s.upper())
    show('lower ' + s, s.lower())
    show('swapcase ' + s, s.swapcase())
    show('title ' + s, s.title())
    show('capitalize ' + s, s.capitalize())
    show('casefold ' + s, s.casefold())
    show('isupper ' + s, s.isupper())
    show('islower ' + s, s.islower())
    show('istitle ' + s, s.istitle())

# classes
CLASSES = ['', 'abc', 'ABC', 'abc123', '123', '12.5', ' ', ' \t\n', 'a b', '²', '½', 'é']
CLASSES += ['ñandú']
CLASSES += ['٣', '_x1', '1x', 'x\x00', 'hé\u00a0', 'Ab', 'A1', 'a_b', 'AbC', '\u3000']
for i in range(len(CLASSES)):
    s = CLASSES[i]
    digits = [s.isdigit(), s.isdecimal(), s.isnumeric()]
    others = [s.isalpha(), s.isalnum(), s.isspace(), s.isidentifier(), s.isprintable()]
    print(i, digits, others, s.isascii())

# padding
for s in ['abc', 'ab', '', 'héllo', 'toolongstring']:
    for w in [-1, 0, 5, 6, 7, 8]:
        print(repr(s.ljust(w)), repr(s.rjust(w, '*')), repr(s.center(w)), repr(s.zfill(w)))
        print(repr(s.center(w, 'é')))
for s in ['-42', '+7', '-', '+', '42', 'a-b', '']:
    show('zfill ' + s, s.zfill(5))

# misc
show('expandtabs', 'a\tbc\tdef\tg'.expandtabs())
show('expandtabs 4', 'a\tbc\n\tx'.expandtabs(4))
show('expandtabs 0', 'a\tb'.expandtabs(0))
show('expandtabs tabsize=', 'ab\tc'.expandtabs(tabsize=3))
show('removeprefix', 'prefix-body'.removeprefix('prefix-'))
show('removeprefix no', 'body'.removeprefix('x'))
show('removesuffix', 'file.py'.removesuffix('.py'))
show('removesuffix empty', 'file.py'.removesuffix(''))
show('unbound', (str.upper('abc'), str.join(',', ['a', 'b'])))
