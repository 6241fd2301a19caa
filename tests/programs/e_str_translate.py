# str.maketrans (dict, two- and three-string forms) and str.translate
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()))
print('aabbcc-abc'.translate(t))
t2 = str.maketrans('ab', 'AB', 'c')
print('abcabc!'.translate(t2), sorted(t2.items()))
t3 = str.maketrans({'a': 'AA', 'b': None, ord('c'): 'C', 100: 101})
print(sorted(t3.items()), 'abcd'.translate(t3))
print('hello world'.translate({ord('o'): '0', ord('l'): None}))
print('abc'.translate({}), ''.translate(t), 'abc'.translate(['x', 'y', None] * 40))
print('caf\u00e9'.translate({ord('\u00e9'): 'e'}), '\u00e9'.maketrans('\u00e9', 'E'))
for args in [(1,), ({'ab': 1},), ({1.5: 1},), ('ab', 'c'), ('ab', 'cd', 5), (1, 'cd'), ()]:
    try:
        str.maketrans(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for table in [{97: 1.5}, {97: -1}, 5]:
    try:
        'a'.translate(table)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Table:
    def __getitem__(self, c):
        if c == ord('q'):
            raise LookupError
        return chr(c).upper()
print('quiz'.translate(Table()))
