# collections: defaultdict, OrderedDict, Counter (dict subclasses)
from collections import defaultdict, OrderedDict, Counter

words = 'the quick brown fox jumps over the lazy dog the end fox'.split()
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(sorted(groups.items()))
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(counts['the'], counts['nothing'], len(counts), 'nothing' in counts)
print(dict(counts))
dd = defaultdict(lambda: 'N/A', a=1)
print(dd['a'], dd['b'], sorted(dd.keys()))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(nested['x']['y'], nested['x']['z'])
print(defaultdict(int, {'k': 1}), defaultdict(None, {}))
try:
    defaultdict(None)['missing']
except KeyError as e:
    print('KeyError', e)
print(counts.get('fox'), counts.pop('fox'), counts.setdefault('new', 5), len(counts))

od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), list(od.values()))
od.move_to_end('b')
print(list(od.keys()))
od.move_to_end('c', last=False)
print(list(od.items()))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(x=1, y=2) == OrderedDict(y=2, x=1), OrderedDict(x=1) == {'x': 1})
print(OrderedDict(), OrderedDict.fromkeys('ab', 0))

c = Counter('abracadabra')
print(c)
print(c.most_common(2), c['a'], c['z'], c.total())
print(sorted(c.elements()))
c.update('aaz')
c.subtract({'b': 5})
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=2, b=-1), -Counter(a=2, b=-1))
print(Counter(words).most_common(3))
print(Counter(), Counter('aab') == Counter('aba'), Counter(a=1) == Counter(a=1, b=0))
del c['a']
print('a' in c, c['a'])

# --- defaultdict, OrderedDict and Counter are dict subclasses, as in CPython ---
import json
import copy
import pprint

for obj in [defaultdict(int), OrderedDict(), Counter()]:
    print(type(obj).__name__, isinstance(obj, dict), issubclass(type(obj), dict),
          [k.__name__ for k in type(obj).__mro__])
dd = defaultdict(list, {'b': [1]}, a=[2])
dd['c'].append(3)
od = OrderedDict([('z', 1), ('y', 2)])
c = Counter('hello world')
print(json.dumps(dd), json.dumps(od), json.dumps(c, sort_keys=True))
print(dict.__repr__(dd), dict.__repr__(od), dict.__repr__(Counter('aab')))
print(dd == {'a': [2], 'b': [1], 'c': [3]}, {'a': [2], 'b': [1], 'c': [3]} == dd, dd != {})
print(od == {'y': 2, 'z': 1}, {'y': 2, 'z': 1} == od, od != {'y': 2, 'z': 1})
print(od == OrderedDict([('y', 2), ('z', 1)]), od != OrderedDict([('y', 2), ('z', 1)]))
print(od == OrderedDict([('z', 1), ('y', 2)]), od != OrderedDict([('z', 1), ('y', 2)]))
print(Counter(a=1) == {'a': 1}, {'a': 1} == Counter(a=1), Counter(a=1, b=0) == Counter(a=1))
print(Counter(a=1) != {'a': 1}, {'a': 1} != Counter(a=1), Counter(a=1) == OrderedDict(a=1), OrderedDict(a=1) == Counter(a=1), Counter(a=1) != {})
print(dict(c) == c, {**c}['l'], sorted(dict(od).items()), list(reversed(od)), list(reversed(c)))
print(len(dd), 'a' in dd, dd.get('zz'), 'zz' in dd, list(dd.keys()), list(dd.values()))
k, v = next(iter(od.items()))
print(k, v, [(key, val) for key, val in od.items()], dict.get(c, 'l'), sorted(c))

# defaultdict: __missing__ only in [], factory, copy, |
d2 = defaultdict(str)
print(d2.get('q'), d2['q'], d2, d2.setdefault('r', 1), d2.pop('q'), d2)
d3 = dd.copy()
d3['d'].append(4)
print(type(d3).__name__, d3.default_factory is list, sorted(d3), sorted(dd))
print(dd | {'e': [5]}, type(dd | {}).__name__, {'e': [5]} | dd)
d2 |= {'s': 2}
d2 |= [('t', 3)]
print(d2, defaultdict.fromkeys('ab', 0), type(defaultdict.fromkeys('a')).__name__)
print(defaultdict(None, a=1), defaultdict(int, [('x', 1)]), defaultdict[int, str])
try:
    defaultdict(1)
except TypeError as e:
    print('TypeError', e)
rec = defaultdict(list)
rec['me'] = rec
print(rec)
deep = copy.deepcopy(dd)
deep['a'].append(9)
print(deep, dd, type(deep).__name__, copy.copy(dd) == dd)

# OrderedDict: order kept, move_to_end, popitem(last=False), order-sensitive ==
o = OrderedDict.fromkeys('abcde')
o.move_to_end('b')
o.move_to_end('d', last=False)
print(o, list(o))
print(o.popitem(last=False), o.popitem(), o.popitem(True), o)
o.update({'x': 1}, y=2)
o['a'] = 0
print(o, o.copy(), type(o.copy()).__name__)
print(o | {'q': 1}, {'q': 1} | o, type({'q': 1} | o).__name__)
o |= [('r', 5)]
print(o, OrderedDict[str, int])
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    o.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
ro = OrderedDict(a=1)
ro['self'] = ro
print(ro)
oc = copy.deepcopy(OrderedDict(a=[1], b=[2]))
print(oc, type(oc).__name__, copy.copy(o) == o, copy.copy(o) is o)

# Counter: a dict of counts
c = Counter(['a', 'b', 'a', 'c', 'a', 'b'])
print(c, c.most_common(1), c.most_common(0), c.most_common(-1), c.total())
c.update({'a': 1, 'z': 2})
c.update(['b'], d=4)
c.subtract('aa', z=5)
print(c, c['nothing'], 'nothing' in c)
print(Counter({'x': 2}) <= Counter({'x': 3}), Counter(x=2) < Counter(x=2),
      Counter(x=3) >= Counter(x=2, y=0), Counter(x=3) > Counter(x=3, y=1))
print(c > Counter(), Counter() < c, Counter('ab') <= Counter('abc'))
a, b = Counter(a=3, b=1, c=-2), Counter(a=1, b=2, d=1)
print(a + b, a - b, a | b, a & b, +a, -a)
a += Counter(c=5)
print(a)
a -= Counter(a=1)
print(a)
a |= Counter(b=7)
print(a)
a &= Counter(a=1, b=3, c=9)
print(a)
print(sorted(Counter(a=2, b=1).elements()), list(Counter(a=0, b=-1).elements()))
print(Counter(Counter('aab')), Counter(c='x'), Counter[str])
cc = Counter('abbccc')
cc2 = cc.copy()
cc2['a'] += 10
print(cc, cc2, copy.deepcopy(cc) == cc, copy.copy(cc), type(copy.copy(cc)).__name__)
del cc['zz']
del cc['a']
print(cc, dict(cc), Counter('ba'), Counter('ab'))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(Counter(a=1) == 1, Counter(a=1) != 'a')
try:
    Counter(a=1) < 3
except TypeError as e:
    print('TypeError', e)

# subclasses of the three
class MyCounter(Counter):
    def __setitem__(self, key, value):
        Counter.__setitem__(self, key.upper(), value)
    def top(self):
        return self.most_common(1)[0][0]
mc = MyCounter('abca')
print(mc, mc.top(), isinstance(mc, Counter), isinstance(mc, dict), type(mc + mc).__name__)
print([k.__name__ for k in MyCounter.__mro__], mc.copy(), type(mc.copy()).__name__)
class Plain(Counter):
    pass
print(Plain('xyx'), Plain(), repr(Plain(a=1)))
class Defaults(defaultdict):
    def __init__(self):
        super().__init__(int)
    def __missing__(self, key):
        return 'missing:' + key
df = Defaults()
print(df['x'], df, len(df))
class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
lu = LastUpdated([('a', 1), ('b', 2)])
lu['a'] = 3
lu.update(b=4, c=5)
print(lu, list(lu), lu == OrderedDict(a=3, b=4, c=5), lu == OrderedDict(b=4, a=3, c=5))
print(LastUpdated.fromkeys('xy', 0), type(LastUpdated.fromkeys('x')).__name__)
class Logged(OrderedDict):
    def update(self, *args, **kwds):
        print('update called', args, kwds)
        OrderedDict.update(self, *args, **kwds)
lg = Logged(a=1)
lg.update(b=2)
print(lg, Counter(iterable=3), defaultdict(None, default_factory=1), OrderedDict(other=2))
pprint.pprint(OrderedDict((str(i) * 8, i) for i in range(8)))
pprint.pprint(Counter({str(i) * 9: i for i in range(8)}))
pprint.pprint(defaultdict(list, {str(i) * 9: [i] for i in range(7)}))
