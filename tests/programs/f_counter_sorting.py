# collections.Counter arithmetic, sorting with key/cmp_to_key, OrderedDict, deque, namedtuple
from collections import Counter, OrderedDict, deque, namedtuple, defaultdict, ChainMap
from functools import cmp_to_key, total_ordering, lru_cache, partial, reduce, wraps

text = "the rain in spain falls mainly on the plain in spain"
c = Counter(text.split())
print(c.most_common(3), c['spain'], c['missing'], sum(c.values()), len(c))
a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=5)
print(a + b, a - b, a & b, a | b, +a, -a)
a.update(b)
print(a)
a.subtract({'a': 10})
print(a, sorted(a.elements()), Counter('abracadabra').most_common())
print(Counter('hello') == Counter('olleh'), Counter(a=1) < Counter(a=2) if hasattr(Counter, '__lt__') else None, c.total())
print(dict(Counter('aab')), repr(Counter()), list(Counter({'x': 2, 'y': 1}).keys()))


def compare(x, y):
    if x[1] != y[1]:
        return y[1] - x[1]
    return (x[0] > y[0]) - (x[0] < y[0])


pairs = [('b', 2), ('a', 2), ('c', 5), ('d', 1)]
print(sorted(pairs, key=cmp_to_key(compare)), sorted(pairs, key=lambda p: p[1], reverse=True))
data = [3, -1, 2, -5, 4]
data.sort(key=abs)
print(data, sorted(data, key=lambda x: (x < 0, x)), min(data, key=abs), max(data, default=0))
print(sorted(['B', 'a', 'C'], key=str.lower), sorted(['B', 'a', 'C']), sorted('bca', reverse=True))
recs = [{'n': 'x', 'a': 3}, {'n': 'y', 'a': 1}, {'n': 'z', 'a': 3}]
print([r['n'] for r in sorted(recs, key=lambda r: -r['a'])])


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))


vs = [Version(s) for s in ['1.10', '1.2', '1.2.1', '0.9']]
print(sorted(vs), max(vs), Version('1.0') >= Version('0.9'), Version('2') > Version('10'), Version('1') <= Version('1'))
od = OrderedDict()
for k in 'cab':
    od[k] = ord(k)
od.move_to_end('c')
print(od, list(od), od.popitem(last=False), od)
od2 = OrderedDict([('a', 1), ('b', 2)])
print(od2 == OrderedDict([('b', 2), ('a', 1)]), dict(od2) == {'b': 2, 'a': 1})
dq = deque([1, 2, 3], maxlen=4)
dq.appendleft(0)
dq.append(4)
dq.rotate(1)
print(dq, dq.maxlen, dq.count(2), list(reversed(dq)))
dq.extendleft('ab')
print(dq, dq.popleft(), dq.pop())
Point = namedtuple('Point', 'x y', defaults=[0])
p = Point(3)
print(p, p._replace(y=5), p._asdict(), Point._fields, Point._make([7, 8]), p.x + p[1], Point._field_defaults)
x, y = Point(1, 2)
print(x, y, isinstance(p, tuple), Point(1, 2) == (1, 2), hash(Point(1, 2)) == hash((1, 2)))
dd = defaultdict(list)
for w in text.split():
    dd[len(w)].append(w)
print(sorted(dd.items())[:3], dd.default_factory)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.new_child({'c': 4})['c'])


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().hits > 0)


def logged(func):
    @wraps(func)
    def inner(*args, **kwargs):
        return ('logged', func(*args, **kwargs))
    return inner


@logged
def add(a, b=1):
    "adds"
    return a + b


print(add(2), add.__name__, add.__doc__, add.__wrapped__(5), partial(add, b=10)(1), reduce(lambda s, v: s * v, range(1, 6)))
