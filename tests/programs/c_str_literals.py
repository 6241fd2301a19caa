# string literals: escapes, raw strings, triple quotes, implicit concatenation, chr/ord
print('tab:\tend', 'nl:\\n', 'quote:\'', "dq:\"", 'bs:\\', len('\n'), len('\\n'))
print(repr('\x41\x42'), '\101\102', '\u00e9', '\u20ac', len('\u0041'), repr('\0'), repr('\x7f'))
print(repr('a\tb\nc\rd'), repr("'"), repr('"'), repr('\'"'), repr('\\'), repr('é'))
print(r'raw\n\t', len(r'\n'), r'C:\path\to', r"\"", repr(r'\d+'), R'X\Y')
t = '''line one
line "two"
  line 'three\''''
print(t)
print(t.count('\n'), len(t.splitlines()))
u = """a\
b"""
print(u, len(u))
v = ('implicit ' 'concat'
     ' across lines')
print(v, 'a' "b" '''c''')
print(ord('A'), ord('a'), ord('0'), ord(' '), ord('\n'), ord('é'), ord('€'), chr(65), chr(97) + chr(98))
print(chr(0x41), repr(chr(0)), repr(chr(10)), chr(8364), [ord(c) for c in 'Hi!'], ''.join(chr(i) for i in range(97, 102)))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    ord('ab')
except TypeError as e:
    print('TypeError:', e)
try:
    ord('')
except TypeError as e:
    print('TypeError:', e)
print(repr('\N{LATIN SMALL LETTER A}') if False else 'skip', repr('\a\b\f\v'))
