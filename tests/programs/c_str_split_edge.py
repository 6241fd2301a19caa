# str.split/rsplit with separators, maxsplit (incl. negative and keyword), and join round trips
texts = ['a,b,c', ',a,,b,', '', ',', 'abc', 'a::b::c', ':::']
for t in texts:
    print(repr(t), t.split(','), t.split(',', 1), t.rsplit(',', 1), t.split('::'), t.rsplit('::', 1))
print('  one  two   three '.split(), '  one  two   three '.split(None, 1), '  one  two  '.rsplit(None, 1))
print('a b c'.split(maxsplit=1), 'a b c'.rsplit(maxsplit=1), 'a,b,c'.split(sep=',', maxsplit=-1))
print('a\tb\nc\x0bd\x0ce\rf'.split(), '\n\n'.split(), '\n\n'.split('\n'))
print('1 2 3'.split(' ', 0), 'x'.rsplit('x'), 'aXbXc'.split('X', 5), 'aaa'.split('a'))
parts = 'k1=v1;k2=v2;k3'.split(';')
print(parts, [p.split('=', 1) for p in parts], ';'.join(parts))
print('-'.join(['a']), '-'.join([]), ''.join(['x', 'y']), ', '.join(str(i) for i in range(4)))
line = 'name: Ada Lovelace : 1815'
key, _, rest = line.partition(':')
print(repr(key), repr(rest.strip()), line.rsplit(':', 1)[-1].strip())
try:
    'abc'.split(1)
except TypeError as e:
    print('TypeError:', e)
try:
    'abc'.rsplit('')
except ValueError as e:
    print('ValueError:', e)
