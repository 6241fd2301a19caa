# special methods of builtin types and exceptions called explicitly (x.__len__(), int.__add__, Exception.__str__)
x = [1, 2]
x.__setitem__(0, 5)
print(x, x.__len__(), x.__getitem__(1), x.__contains__(5), x.__contains__(7))
x.__delitem__(0)
print(x, list(x.__iter__()), x.__eq__([2]), x.__eq__((2,)), x.__lt__([3]), x.__ne__([2]))
d = {'a': 1}
d.__setitem__('b', 2)
print(d, d.__getitem__('a'), d.__len__(), d.__contains__('b'), d.__eq__({'a': 1, 'b': 2}))
print(d.__lt__({}), d.__eq__(5))
print("ab".__add__("c"), "ab".__len__(), "ab".__getitem__(0), "ab".__contains__("b"))
print("ab".__mul__(3), [0].__mul__(2), (1,).__add__((2,)))
print((3).__add__(4), int.__add__(1, 2), int.__add__(1, 2.0), float.__add__(1.0, 2))
print((7).__floordiv__(2), (7).__mod__(3), (7.5).__truediv__(2), (3).__sub__(True))
print(int.__eq__(1, 1.0), float.__eq__(1.0, 1), int.__lt__(1, 'a'), (5).__eq__(5))
print("a".__lt__("b"), "a".__eq__(1), (1, 2).__ge__((1, 2)), range(3).__len__())
print(range(5).__getitem__(2), range(5).__contains__(3), (2).__hash__() == hash(2))
print("x".__repr__(), (1.5).__str__(), [1].__repr__(), 'abc'.__str__())
print([].__hash__, {}.__hash__, hash(()) == ().__hash__())
print(hasattr([], '__iter__'), hasattr(5, '__iter__'), hasattr('s', '__len__'))
class E(Exception):
    def __str__(self):
        return 'E:' + Exception.__str__(self)
    def __repr__(self):
        return 'R' + super().__repr__()
print(E('x'), repr(E('y', 2)), str(E()))
class F(ValueError):
    def __str__(self):
        return super().__str__().upper()
print(F('low'), ValueError.__str__(KeyError('k')), BaseException.__repr__(OSError(2)))
print(ValueError('a').__str__(), KeyError('k').__repr__())
print(sorted([3, 1, 2], key=int.__neg__) if hasattr(int, '__neg__') else 'no neg')
print(list(map(str.__len__, ['a', 'bb'])), list(map(int.__add__, [1, 2], [3, 4])))
