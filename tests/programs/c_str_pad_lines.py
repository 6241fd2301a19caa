# ljust/rjust/center with fill chars, zfill with signs, splitlines variants, partition/rpartition
for w in [0, 3, 6, 7, 10]:
    print(repr('abc'.ljust(w)), repr('abc'.rjust(w, '*')), repr('abc'.center(w, '-')), repr('ab'.center(w)))
for s in ['42', '-42', '+42', '', '-', 'abc', '3.14', '-0.5']:
    print(repr(s), s.zfill(5), s.zfill(1))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print('TypeError:', e)
try:
    'x'.ljust('5')
except TypeError as e:
    print('TypeError:', e)
texts = ['one\ntwo\nthree', 'a\r\nb\rc\n', '\n', '', 'no newline', 'trail\n\n', 'x\x0cy\x1cz']
for t in texts:
    print(repr(t), t.splitlines(), t.splitlines(True), t.split('\n'))
for t in ['a=b', 'a=b=c', '=', 'abc', '']:
    print(repr(t), t.partition('='), t.rpartition('='))
try:
    'a'.partition('')
except ValueError as e:
    print('ValueError:', e)
