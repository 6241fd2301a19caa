# dict methods: get/pop/popitem/setdefault/update forms/copy/clear/fromkeys and errors
d = dict(a=1, b=2)
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 100), d)
d.update({'d': 4})
d.update([('e', 5), ('a', 'A')])
d.update(f=6, b='B')
d.update((('g', 7),))
d.update()
print(d)
print(d.pop('a'), d.pop('zz', None), d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
try:
    d.pop('nope')
except KeyError as e:
    print('KeyError:', e)
try:
    d.update([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    d.update([('a', 1, 2)])
except ValueError as e:
    print('ValueError:', e)
try:
    dict([(1, 2), 'abc'])
except ValueError as e:
    print('ValueError:', e)
c = d.copy()
c['new'] = [1]
print(d, c, d == c, 'new' in d)
shared = {'k': []}
shallow = shared.copy()
shallow['k'].append('x')
print(shared, shallow)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 'v'), dict.fromkeys([]), dict(), dict(d) is d)
lst = dict.fromkeys('xy', [])
lst['x'].append(1)
print(lst)
d.clear()
print(d, len(d), bool(d), d.get('a', 'gone'))
print(dict(zip('abc', range(3))), dict([('a', 1)], a=2), dict({'x': 1}, y=2))
try:
    dict(1)
except TypeError as e:
    print('TypeError:', e)
