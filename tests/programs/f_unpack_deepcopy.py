# unpack_sequence / deepcopy style
import copy


def do_unpacking(loops, to_unpack):
    s = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += a + j
    return s


print(do_unpacking(10, tuple(range(10))), do_unpacking(5, list(range(10, 20))))
first, *middle, last = "abcdefg"
print(first, middle, last)
*init, (p, q), tail = [1, 2, (3, 4), 5]
print(init, p, q, tail)
for a, (b, *c) in [(1, (2, 3, 4)), (5, (6,))]:
    print(a, b, c)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = (1,)
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
(x, y), z = "ab", "c"
print(x, y, z)
d = {}
d['k'], d['j'] = 1, 2
lst = [0, 0, 0]
lst[0], lst[2] = lst[2] - 1, 7
print(d, lst)


class A(object):
    def __init__(self, string, number, lst, dct):
        self.string = string
        self.number = number
        self.lst = lst
        self.dct = dct

    def __repr__(self):
        return "A(%r, %r, %r, %r)" % (self.string, self.number, self.lst, self.dct)


class Custom:
    def __init__(self, v):
        self.v = v
        self.copied = 0

    def __deepcopy__(self, memo):
        c = Custom(copy.deepcopy(self.v, memo))
        c.copied = self.copied + 1
        return c

    def __copy__(self):
        c = Custom(self.v)
        c.copied = -1
        return c


a = {'list': [1, 2, 3, 43], 't': (1, 2, 3), 'str': 'hello', 'subdict': {'a': True}}
dc = A('hello', 1, [1, 2, 3], a)
for _ in range(3):
    b = copy.deepcopy(dc)
print(b, b is dc, b.lst is dc.lst, b.dct['t'] is dc.dct['t'], b.dct['subdict'] is dc.dct['subdict'])
shallow = copy.copy(dc)
print(shallow.lst is dc.lst)
cyc = [1, 2]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[2] is cc, cc is not cyc, repr(cc))
shared = [1]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
c = Custom([1, [2]])
c2 = copy.deepcopy([c, c])
print(c2[0] is c2[1], c2[0].copied, c2[0].v, copy.copy(c).copied)
fs = frozenset([1, 2])
print(copy.deepcopy(fs) is fs, copy.deepcopy((1, 'a')) is not None)
print(copy.deepcopy((1, [2])) == (1, [2]))


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]
        self.b = 'x'


s = copy.deepcopy(Slotted())
print(s.a, s.b)
