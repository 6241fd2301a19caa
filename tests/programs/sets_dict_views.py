# dict.keys() and dict.items() views are set-like: | & - ^ with any iterable give a set,
# and they compare with sets and with each other as sets
d = {1: 'a', 2: 'b', 3: 'c'}
e = {2: 'x', 4: 'y'}
print(sorted(d.keys() & e.keys()), sorted(d.keys() | e.keys()), sorted(d.keys() - e.keys()), sorted(d.keys() ^ e.keys()))
print(sorted(d.keys() | [9]), sorted([9, 1] - d.keys()), sorted({1, 7} & d.keys()), sorted([1, 8] ^ d.keys()))
print(sorted(d.items() & {(1, 'a'), (2, 'z')}), type(d.keys() & e.keys()).__name__)
print(d.keys() == {1, 2, 3}, {1, 2, 3} == d.keys(), d.keys() != {1}, d.keys() < {1, 2, 3, 4}, {1} <= d.keys(), d.keys() > e.keys())
print(d.items() == {(1, 'a'), (2, 'b'), (3, 'c')}, d.keys() == [1, 2, 3], d.values() == {1})
try:
    d.values() | {1}
except TypeError as err:
    print(err)
try:
    d.keys() | 5
except TypeError as err:
    print(err)
try:
    d.keys() < [1]
except TypeError as err:
    print(err)
