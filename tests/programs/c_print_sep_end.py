# print: sep and end variants, no arguments, None sep/end, non-str objects, errors
print()
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=', ')
print('a', 'b', sep='\n')
print('no newline', end='')
print(' <- continued')
print('x', end='!\n')
print(1, 2, sep=None, end=None)
print(sep='-')
print('only', end='')
print()
print(1, 2.5, None, True, [1, 'a'], (2,), {'k': 'v'}, sep=' | ')
print('multi\nline', 'text', sep='\t')
for i in range(3):
    print(i, end=' ' if i < 2 else '\n')
print('', '', sep='x')
print(*range(5), sep='+', end=' = ')
print(sum(range(5)))
try:
    print('a', sep=5)
except TypeError as e:
    print('TypeError:', e)
try:
    print('a', end=[])
except TypeError as e:
    print('TypeError:', e)
