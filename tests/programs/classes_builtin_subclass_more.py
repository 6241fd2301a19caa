# more of subclassing builtin types: errors, __init__ that does not call super(),
# attributes on such instances, equality across subclasses, iteration protocols
class Row(list):
    def __init__(self, n):
        self.n = n              # no super().__init__: the list stays empty

r = Row(3)
print(r, len(r), r.n, r == [], vars(r) if hasattr(r, '__dict__') else None)
r.append(r.n)
print(r, r.count(3), r.index(3))


class Pair(tuple):
    pass

print(Pair([1, 2]), Pair(), Pair('ab') == ('a', 'b'))
try:
    Pair(1, 2)
except TypeError as e:
    print('TypeError', e)


class Word(str):
    def __len__(self):
        return 42

w = Word('hello')
print(len(w), w.upper(), w[1:3], w * 2, 'ell' in w, w.split('l'), list(w)[:2])
print('%s-%s' % (w, w), f'{w}', w.replace('l', 'L'), sorted([Word('b'), 'a']))


class Level(int):
    def describe(self):
        return 'level %d' % self if False else 'level ' + str(int(self))

lv = Level(7)
print(lv.describe(), lv + lv, lv - 1, -lv, abs(Level(-2)), lv // 2, lv % 4, lv ** 2)
print(max(Level(1), Level(9)), sorted([Level(3), 1, Level(2)]), lv < 10, hash(lv) == hash(7))


class Registry(dict):
    def register(self, name):
        def deco(f):
            self[name] = f
            return f
        return deco

reg = Registry()

@reg.register('double')
def double(x):
    return 2 * x

print(sorted(reg), reg['double'](21), len(reg), list(reg.keys()), reg.get('nope'))
for k, v in reg.items():
    print(k, v(1))
reg.update(half=lambda x: x / 2)
print(sorted(reg), reg.pop('half')(8), 'half' in reg)


class Ordered(list):
    def __iter__(self):
        return iter(sorted(list.__iter__(self)))

o = Ordered([3, 1, 2])
print(list(o), [x for x in o], tuple(o), o)


class Eq(list):
    def __eq__(self, other):
        return len(self) == len(other)
    __hash__ = None

print(Eq([1]) == [9], Eq([1]) == [1, 2], [9] == Eq([1]))
try:
    hash(Row(1))
except TypeError as e:
    print('TypeError', e)
print(isinstance(Word('x'), str), issubclass(Registry, dict), type(lv) is Level,
      Level.__mro__ if hasattr(Level, '__mro__') else None)
