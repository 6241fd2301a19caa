# repr/str of nested containers: quotes inside strings, floats, recursion, empty containers
data = {'list': [1, 2.0, 'three', None], 'tuple': (1,), 'empty': ([], (), {}), 'nested': {'a': {'b': [[]]}}}
print(data)
print(repr(data) == str(data), str(['a']), repr(['a']), str('a'), repr('a'))
print([1.0, 0.1, 1e100, -0.0, float('inf'), float('nan')], (1e-7, 123456789012345678.0))
print(["it's", 'say "hi"', 'both \' and "', 'back\\slash', 'tab\t', 'nl\n'])
print({'k': 'v"', "q'": 1, 2: (3, [4])}, [True, False, None], ((),), [[], [[]]])
a = [1, 2]
a.append(a)
print(a)
d = {'self': None}
d['self'] = d
print(d)
b = [a, d]
print(len(repr(b)) > 0, repr([[1, 2], [3]]), str((('x', 1),)))
print(repr(10 ** 30), repr(-5), repr(True), repr(None), repr(range(0, 10, 2)), repr(''), repr(""))
class P:
    def __repr__(self):
        return 'P<%d>' % id(self) if False else 'P()'
print([P(), P()], {'p': P()}, (P(),), str([P()]))
