# find/rfind/index/rindex/count with start/end, replace with counts, startswith/endswith
s = 'abracadabra'
for sub in ['a', 'abra', 'cad', 'z', '', 'ra']:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 4), s.rfind(sub, 0, 6), s.count(sub, 1, -1))
print(s.find('a', -3), s.find('a', 100), s.rfind('a', -100), s.find('', 11), s.find('', 12), s.count('', 3, 5))
print(s.index('c'), s.rindex('a'), s.index('a', 1), s.rindex('b', 0, 5))
for args in [('z',), ('a', 11), ('abra', 1, 5)]:
    try:
        s.index(*args)
    except ValueError as e:
        print(args, 'ValueError:', e)
try:
    s.rindex('q')
except ValueError as e:
    print('ValueError:', e)
print(s.replace('a', 'A'), s.replace('a', 'A', 2), s.replace('a', 'A', 0), s.replace('a', 'A', -1))
print(s.replace('abra', ''), s.replace('', '-', 3), s.replace('zz', 'y'), 'aaa'.replace('aa', 'b'))
print(s.startswith('abr'), s.startswith('bra', 1), s.startswith('a', 1, 2), s.endswith('bra'), s.endswith('abr', 0, -1))
print(s.startswith(('x', 'ab')), s.endswith(('x', 'y')), s.startswith(()), s.endswith('', 5, 2))
try:
    s.startswith(['a'])
except TypeError as e:
    print('TypeError:', e)
print('aaaa'.count('aa'), 'ababab'.count('aba'), 'abc'.count('abcd'))
