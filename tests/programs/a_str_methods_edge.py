# string method edge cases: split/rsplit maxsplit, strip chars, find/rfind, partition
s = '  a,b,,c  '
print(s.split(','), s.split(',', 1), s.rsplit(',', 1), s.split(',', 0))
print('a b  c\t d\n'.split(), 'a b  c'.split(' '), '   '.split(), ''.split(','))
print('a b c d'.split(None, 2), 'a b c d'.rsplit(None, 2), 'x'.split('x'))
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')))
print('abcHELLOcba'.strip('abc'), 'www.site.com'.lstrip('w.'), '1200'.rstrip('0'))
t = 'hello world hello'
print(t.find('hello'), t.rfind('hello'), t.find('xyz'), t.find('o', 5), t.find('o', 5, 7))
print(t.find(''), t.rfind(''), t.index('world'), t.count('l'), t.count('ll'), t.count(''))
try:
    t.index('zzz')
except ValueError:
    print('index ValueError')
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'abc'.partition('='), 'abc'.rpartition('='))
print('a\nb\r\nc\n'.splitlines(), ''.splitlines(), 'Hello World'.swapcase())
print('abc'.startswith(''), 'abc'.endswith(('x', 'c')), 'abc'.startswith('b', 1))
print('a-b-c'.replace('-', ''), 'aaaa'.replace('a', 'b', 2), 'abc'.replace('', '|'))
print('ab'.center(7, '*'), 'ab'.ljust(5, '.'), 'ab'.rjust(5), '42'.zfill(5), '-42'.zfill(6))
print('HeLLo'.lower(), 'HeLLo'.upper(), 'hello world'.title(), 'hello'.capitalize())
print('123'.isdigit(), ''.isdigit(), 'abc'.isalpha(), 'ab1'.isalnum(), '  '.isspace(), 'Ab'.isupper())
print(', '.join(['a', 'b', 'c']), ''.join([]), '-'.join('xyz'))
try:
    ', '.join(['a', 1, 'b'])
except TypeError:
    print('join of int TypeError')
try:
    ''.join([None])
except TypeError:
    print('join of None TypeError')
try:
    'a'.split('')
except ValueError:
    print('empty separator ValueError')
print('x' * 0 == '', 'ab' * 3, 3 * 'c', 'abc' < 'abd', 'Z' < 'a', 'ab' in 'cabd')
