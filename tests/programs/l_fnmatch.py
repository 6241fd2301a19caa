# fnmatch: translate's regex text for stars, ?, sets, negated and reversed ranges,
# escapes and special characters; fnmatch/fnmatchcase/filter results, bytes patterns,
# newlines, and the errors for mixed str/bytes and non-path arguments
import fnmatch

pats = ['*', '**', 'a*b', '*a*b*', '*.py', 'a?c', '[abc]', '[!abc]', '[]]', '[!]]', '[',
        '[a-z]', '[z-a]', '[a-c-e]', '[!]', '[]', '[^x]', '[[x]', '[a&&b]', '[a~~b|c]',
        '[\\]', '[a\\-z]', '[--a]', '[a-]', '[!-]', '[-]', 'a.b+c(d)', '*x*y*z', 'x*',
        '[a-b-c-d]', '[b-a-c]', '[a-a]', '[!a-z]', '\u00e9*', '[x-b-a]', '[b-a]',
        '[!b-a]', '*[0-9]*.txt', '?*?', '[*]', '[?]x', 'a b\tc', '{a,b}', '$^', '[!!]',
        '[a-z-]', '[-a-z]', '[c-a-z]', '[a-c-b-a]', 'a[', 'a]', '[!', '**a**b**',
        '[\\-\\]', '[a-\\]']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))

names = ['a.py', 'b.txt', 'abc', 'a1.txt', 'A.PY', 'x]', '[', 'a\nb', '.hidden', 'ab',
         'axyzb', 'aXb', 'a-b', '!', '^', '\\', 'file10.txt', 'zz', 'e\u00e9']
for p in pats:
    print(repr(p), fnmatch.filter(names, p))
for name, p in [('abc', 'a*'), ('ABC', 'a*'), ('a\nb', 'a?b'), ('a\nb', 'a*'),
                ('foo.py', '*.PY'), ('x', '[!x]'), ('y', '[!x]'), ('-', '[a-]'),
                ('b', '[a-c-e]'), ('-', '[a-c-e]'), ('d', '[a-c-e]'), ('e', '[a-c-e]'),
                ('', '*'), ('', '?'), ('abcabc', '*abc'), ('ababab', '*ab*ab'),
                ('aaa' * 30 + 'b', '*a*a*a*a*a*c'), ('x&y', '[&]'), ('z', '[z-a]')]:
    print(repr(name), repr(p), fnmatch.fnmatch(name, p), fnmatch.fnmatchcase(name, p))
print(fnmatch.fnmatch(b'abc.py', b'*.py'), fnmatch.fnmatchcase(b'ab\xe9', b'ab[\xe0-\xff]'),
      fnmatch.filter([b'x1', b'y2', b'x3'], b'x?'), fnmatch.fnmatchcase(b'q', b'[!q]'))
for args in [('abc', b'a*'), (b'abc', 'a*'), (1, 'a'), ('a', None)]:
    try:
        print(fnmatch.fnmatch(*args))
    except TypeError as e:
        print('TypeError', e)
try:
    fnmatch.fnmatchcase('abc', b'a*')
except TypeError as e:
    print('TypeError', e)
try:
    fnmatch.filter(['a', b'b'], 'a')
except TypeError as e:
    print('TypeError', e)
print(fnmatch.__all__)
