# shlex: split (posix, non-posix, comments), quote, join, and the shlex class (whitespace_split, commenters, punctuation_chars, get_token/push_token, errors)
import shlex

texts = [
    'a b c',
    '  leading   and trailing  ',
    'echo "hello world" \'single quoted\'',
    'a"b c"d',
    "it's \"a 'test'\"",
    r'back\ slash \"q\" "in \"dq\" \\ \x" \'',
    'x # comment here\ny',
    'cmd --opt=val -f file.txt',
    '"" \'\' a""b',
    'foo;bar|baz&&qux (x)',
    'tab\tsep\nnewline',
    'caf\u00e9 na\u00efve',
    'a\\\nb',
    'unterminated "quote',
    'trailing backslash \\',
    "mixed 'q\\'",
    '',
]
for t in texts:
    for posix in (True, False):
        for comments in (False, True):
            try:
                print(repr(t), posix, comments, shlex.split(t, comments=comments, posix=posix))
            except ValueError as e:
                print(repr(t), posix, comments, 'ValueError:', e)

for t in texts[:12]:
    for posix in (False, True):
        lex = shlex.shlex(t, posix=posix)
        toks = []
        try:
            for tok in lex:
                toks.append(tok)
        except ValueError as e:
            toks.append('ValueError: %s' % e)
        print('tokens', posix, repr(t), toks, lex.lineno)

for t in ['a && b || c; d', 'ls -l >out.txt 2>&1', '(cd dir; make) | tee log', 'a=b c~d/e.f*']:
    for pc in (True, '|;'):
        lex = shlex.shlex(t, posix=True, punctuation_chars=pc)
        print('punct', repr(pc), repr(t), list(lex))
    lex = shlex.shlex(t, posix=True, punctuation_chars=True)
    lex.whitespace_split = True
    print('punct+ws', repr(t), list(lex))

lex = shlex.shlex('one two three')
print(lex.get_token(), lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), repr(lex.get_token()))
lex = shlex.shlex('one two', posix=True)
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.eof)
lex = shlex.shlex('a:b:c', posix=True)
lex.whitespace = ':'
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('a;b // c\nd', posix=True)
lex.commenters = '/'
print(list(lex))
lex = shlex.shlex('x = 1 + foo.bar(2)')
print(list(lex))
lex = shlex.shlex('line1\nline2\n\nline4')
print([(tok, lex.lineno) for tok in lex])
print(lex.wordchars, repr(lex.whitespace), lex.quotes, lex.escape, lex.escapedquotes, repr(lex.commenters), repr(lex.eof))

for s in ['', 'simple', 'with space', "it's", 'a"b', '$HOME', 'semi;colon', 'x=y,z:/a-b.c_d@e%f+g',
          'caf\u00e9', 'new\nline', '*glob?']:
    print(repr(s), shlex.quote(s))
cmd = ['ls', '-l', 'my file', "it's", '']
print(shlex.join(cmd))
print(shlex.split(shlex.join(cmd)) == cmd)
