# classes deriving from list, tuple, str, int, dict, set, float: the builtin
# methods work on them, their overrides win, __new__ (theirs and a singleton's)
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__, s == [1, 2, 3])
print([x * 2 for x in s], sum(s), sorted(s, reverse=True), 2 in s, s + [4], [0] + s)
s.extend([9, 8]); s.sort(); print(s, s.pop(), s[1:3], bool(Stack()))

class Counted(list):
    def __init__(self, items, label):
        super().__init__(items)
        self.label = label
    def __len__(self):
        return 100
    def __repr__(self):
        return 'Counted(%s, %s)' % (self.label, list.__repr__(self))
c = Counted('ab', 'x')
print(len(c), repr(c), c.label, list(c))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return 'Point(%r, %r)' % self
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), hash(p) == hash((3, 4)), isinstance(p, tuple))
x, y = p
print(x, y)

class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('bob')
print(n, n.shout(), len(n), n + 'by', n == 'bob', {n: 1}['bob'], repr(n), n.startswith('b'))

class Money(int):
    def __repr__(self):
        return '$%d' % int(self)
m = Money(5)
print(m + 1, 1 + m, m * 2, repr(m), m == 5, m > 3, str(m), isinstance(m, int))

class Defaults(dict):
    def __missing__(self, key):
        return key * 2
d = Defaults(a=1)
print(d['a'], d['zz'], len(d), 'a' in d, sorted(d.items()), d.get('q', 0))

class Tags(set):
    pass
t = Tags([1, 2, 2, 3])
t.add(4)
print(sorted(t), len(t), 2 in t, isinstance(t, set))

class Ratio(float):
    pass
r = Ratio(0.5)
print(r * 2, 1 - r, r, round(r + 0.25, 2))

class Single:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self):
        self.n = getattr(self, 'n', 0) + 1
a = Single(); b = Single()
print(a is b, a.n)
try:
    class Bad(bool): pass
except TypeError as e:
    print('TypeError', e)
