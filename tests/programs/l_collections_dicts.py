# collections: defaultdict, OrderedDict, Counter
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
