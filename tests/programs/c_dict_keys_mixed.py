# dict keys of mixed types: 1, 1.0 and True collide; tuple/str/None/float keys; KeyError reprs
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d), d[1], d[1.0], d[True])
d[0] = 'zero'
d[False] = 'false'
d[0.0] = 'fzero'
print(d)
e = {True: 'a', 1: 'b', 1.0: 'c'}
print(e, list(e.keys()))
f = {None: 'none', 'None': 'str', (None,): 'tuple', 2.5: 'f', -0.0: 'negzero', (): 'empty'}
print(f[None], f['None'], f[(None,)], f[2.5], f[0], f[0.0], f[()], len(f))
print(1 in {1.0: 0}, True in {1: 0}, 2 in {2.0: 0}, '1' in {1: 0}, (1, 2) in {(1.0, 2.0): 0})
for key in ['missing', 0, (1, 'a'), None, 2.5, '']:
    try:
        {}[key]
    except KeyError as e:
        print('KeyError:', e, repr(e.args[0]))
try:
    {}[[1]]
except TypeError as e:
    print('TypeError:', e)
try:
    {[1]: 2}
except TypeError as e:
    print('TypeError:', e)
try:
    {}.get({})
except TypeError as e:
    print('TypeError:', e)
g = {10 ** 20: 'big', -1: 'neg', 'a' * 3: 'str'}
print(g[10 ** 20], g[100000000000000000000], g['aaa'], g[-1])
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False) == hash(0.0), hash('a') == hash('a'))
print(hash((1, 'x')) == hash((True, 'x')), hash(-1) == hash(-1.0), hash(10 ** 20) == hash(1e20))
