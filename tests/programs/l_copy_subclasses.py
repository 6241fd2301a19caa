# copy.copy and copy.deepcopy of subclasses of list, dict, tuple and set, as CPython
# makes them (__reduce_ex__): the class kept, __init__ not called, attributes and items
# copied (dict items stored through the subclass's __setitem__)
import copy
from collections import namedtuple, defaultdict, OrderedDict, Counter


class D(dict):
    stores = 0

    def __setitem__(self, key, value):
        D.stores += 1
        dict.__setitem__(self, key, value)


class L(list):
    def __init__(self, needed_argument):
        list.__init__(self, needed_argument)
        self.made = True


class T(tuple):
    pass


class S(set):
    pass


d = D()
d['a'] = [1]
d.extra = 5
c = copy.copy(d)
dc = copy.deepcopy(d)
print(type(c).__name__, c, c.extra, c['a'] is d['a'])
print(type(dc).__name__, dc, dc.extra, dc['a'] is d['a'], D.stores)
l = L([1, [2]])
lc = copy.copy(l)
ld = copy.deepcopy(l)
print(type(lc).__name__, lc, lc.made, lc[1] is l[1], ld, ld[1] is l[1])
t = T((1, [2]))
print(type(copy.copy(t)).__name__, copy.copy(t), copy.deepcopy(t)[1] is t[1])
s = S([3, 1, 2])
print(type(copy.copy(s)).__name__, sorted(copy.deepcopy(s)))
Point = namedtuple('Point', 'x y')
p = Point(1, [2])
print(copy.copy(p), copy.deepcopy(p).y is p.y)
dd = defaultdict(list, a=[1])
ddc = copy.deepcopy(dd)
ddc['b'].append(2)
print(dd, ddc)
print(copy.deepcopy(OrderedDict(a=1, b=[2])), copy.copy(Counter('abca')))


class Holder:
    def __init__(self):
        self.items = L([1, 2])
        self.table = D()
        self.table['k'] = self        # a cycle through the dict subclass


h = copy.deepcopy(Holder())
print(type(h.items).__name__, h.items, h.table['k'] is h)
