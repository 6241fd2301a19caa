# pprint: gclab/lib/pprint.py must print exactly what CPython 3.11's pprint prints.
import pprint
import sys
from collections import OrderedDict, defaultdict, Counter, deque


def show(title, obj, **kw):
    print('--', title, kw)
    pprint.pprint(obj, **kw)


data = {'name': 'gclab', 'versions': [1, 2, 3, (4, 5)], 'nested': {'a': [1, {'b': 2}],
        'c': ('x', 'y', 'z'), 'empty': [], 'e2': {}, 'e3': (), 'e4': set()},
        'zeta': None, 'alpha': 1.5, 'flags': {3, 1, 2}}
show('small', [1, 2, 3])
show('dict default', data)
for w in (20, 25, 30, 35, 40):
    show('width', data, width=w)
show('indent 4', data, indent=4, width=30)
show('indent 0', data, indent=0, width=30)
show('depth 1', data, depth=1)
show('depth 2', data, depth=2, width=30)
show('depth 3 narrow', [1, [2, [3, [4, [5]]]], (6, (7, (8,)))], depth=3, width=10)
show('sort_dicts False', data, sort_dicts=False, width=40)
pprint.pp({'z': 1, 'a': [1, 2] * 12, 'm': 3})
pprint.pp({'z': 1, 'a': 2}, width=5)

nums = list(range(60))
show('list default', nums)
show('list compact', nums, compact=True, width=40)
show('nested compact', [nums[:15], [nums[:8], 'abc' * 5], (1,) * 12], compact=True, width=30)
show('compact dict vals', {'k%d' % i: list(range(i)) for i in range(8)}, compact=True, width=30)
show('tuples', [(1,), (), ((1,),)] + [('long element %d' % i,) for i in range(3)], width=20)
show('one tuple wrapped', ('a' * 30,), width=20)
show('sets', [{5, 3, 1, 4}, frozenset({2, 1, 3}), set(), frozenset()])
show('big set', set(range(30)), width=30)
show('big frozenset', frozenset('abcdefghijklmnop'), width=25)
show('nested empties', [[], {}, (), [[]], [{}], {'a': []}, [(), [()]]], width=10)

long_text = ('The quick brown fox jumps over the lazy dog. ' * 6).strip()
show('long string', long_text)
show('long string narrow', long_text, width=30)
show('string in list', [long_text, 'short'], width=40)
show('string in dict', {'text': long_text, 'k': 'v'}, width=50)
show('multiline string', 'line one\nline two is rather longer than that\n\nlast line',
     width=20)
show('no spaces', 'x' * 100, width=30)
show('spaces runs', 'a   b    c     d      e' * 4, width=20)
show('string with quotes', "it's a \"quoted\" text with words " * 3, width=30)
show('short string', 'hi', width=1)
show('empty string', '', width=1)

blob = bytes(range(60))
show('bytes', blob)
show('bytes narrow', blob, width=30)
show('bytes in list', [b'abcdefghijklmnopqrstuvwxyz' * 2, b'xy'], width=30)
show('bytearray', bytearray(b'hello world, this is a bytearray' * 2), width=40)
show('small bytes', b'abcd', width=1)

mixed = {1: 'int', 'b': 'str', None: 'none', (1, 2): 'tuple', 2.5: 'float', 'a': 'str2',
         b'by': 'bytes', 0: 'zero'}
show('mixed keys', mixed)
show('mixed keys narrow', mixed, width=30)
show('mixed set', {'x', 3, None, (1,), 'a', 2}, width=10)
show('bool and int keys', {True: 1, 2: 2, 0.5: 3})

rec = [1, 2]
rec.append(rec)
text = pprint.pformat(rec)
print(text[:text.index('id=')])
d = {'self': None}
d['self'] = d
text = pprint.pformat(d, width=10)
print(text[:text.index('id=')])
print(pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isrecursive([1, [2]]))
print(pprint.isreadable([1, 'a', (2,)]), pprint.isreadable(object()), pprint.isreadable({1: 2}))
s = pprint.saferepr(rec)
print(s[:s.index('id=')])
print(pprint.saferepr({'b': 1, 'a': [1, (2,)]}))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class MyList(list):
    pass


class OwnRepr(list):
    def __repr__(self):
        return 'OwnRepr<%d items>' % len(self)


show('custom repr', [Point(i, i * i) for i in range(8)], width=30)
show('custom repr readable', pprint.isreadable(Point(1, 2)))
show('list subclass', MyList(range(30)), width=30)
show('list subclass own repr', OwnRepr(range(30)), width=10)

show('OrderedDict', OrderedDict([('b', 1), ('a', [1, 2, 3]), ('c', 'x' * 20)]), width=30)
show('OrderedDict empty', OrderedDict(), width=5)
show('defaultdict', defaultdict(list, {'b': [1, 2], 'a': list(range(15))}), width=30)
show('defaultdict empty', defaultdict(int), width=5)
show('Counter', Counter('abracadabra alakazam'), width=30)
show('Counter short', Counter('aab'))
show('deque', deque(range(25)), width=30)
show('deque maxlen', deque(range(25), maxlen=30), width=30)
show('deque empty', deque(), width=5)
show('collections nested', {'od': OrderedDict(a=1), 'dq': deque([1, 2]),
                            'c': Counter('aa')}, width=20)

show('underscore numbers', [10 ** 9, 12345, -7654321, 3.5], underscore_numbers=True,
     width=20)
show('underscore depth', {'n': 10 ** 6}, underscore_numbers=True)

printer = pprint.PrettyPrinter(indent=2, width=30, depth=3)
printer.pprint({'a': [1, [2, [3, [4]]]], 'b': 'x' * 40})
print(printer.pformat((1, 2)))
print(printer.isreadable([1, 2]), printer.isrecursive([1, 2]))
print(printer.format({'a': 1}, {}, 0, 0))


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


out = Out()
pprint.pprint({'to': 'stream', 'x': list(range(30))}, stream=out, width=40)
print(repr(''.join(out.parts)))
pprint.PrettyPrinter(stream=out).pprint('again')
print(repr(out.parts[-2:]))
pprint.pprint('to stdout', stream=None)
print(pprint.pformat(list(range(12)), width=20, compact=True))

for bad in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError:', e)

deep = {'level1': {'level2': {'level3': {'level4': ['leaf'] * 6}}}, 'other': [1] * 20}
for w in (20, 28, 36):
    for depth in (None, 2, 3):
        show('deep', deep, width=w, depth=depth)
show('deep compact', deep, width=24, compact=True)
show('wide list of dicts', [{'id': i, 'tags': ['t%d' % j for j in range(i)]}
                            for i in range(5)], width=35)

numbers_and_strs = {'b': 1, 1: 2, 'a': 3, 2.0: 4, 0: 5, 1.5: 6, None: 7, 3: 8, 0.5: 9, 'c': 0}
show('ints floats strs keys', numbers_and_strs, width=30)
show('ints floats strs keys', numbers_and_strs)
show('mixed set in list', [{3, 'a', 1.5, 2, 'b', 0.25, 1}], width=10)
show('int set', {5, 3, 1, 4, 100, 64, 33})
