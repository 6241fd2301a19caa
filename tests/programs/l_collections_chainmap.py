# collections.ChainMap: lookups through the maps, writes to the first, new_child,
# parents, | and the first-mapping KeyErrors
from collections import ChainMap
base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], cm['c'], len(cm), list(cm), sorted(cm.items()), 'a' in cm, cm.get('z', 0))
child = cm.new_child({'d': 4})
child['b'] = 200
print(child, child.parents, child['b'], cm['b'])
del child['b']
try:
    del child['a']
except KeyError as e:
    print('KeyError', e)
print(dict(cm), cm.maps, bool(ChainMap()), ChainMap() == {}, cm == {'a': 1, 'b': 20, 'c': 30})
print(repr(ChainMap({'x': 1}) | {'y': 2}), ChainMap.fromkeys('ab', 0))
