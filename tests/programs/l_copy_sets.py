# copy and deepcopy of sets and frozensets (a frozenset's shallow copy is itself)
import copy

s = {1, 2, (3, 4)}
c = copy.copy(s)
print(c == s, c is s, type(c).__name__)
c.add(5)
print(sorted(s, key=str), sorted(c, key=str))
f = frozenset({1, 2})
print(copy.copy(f) is f, copy.deepcopy(f) == f, type(copy.deepcopy(f)).__name__)
nested = {'tags': {'a', 'b'}, 'frozen': frozenset({frozenset({1})})}
deep = copy.deepcopy(nested)
deep['tags'].add('c')
print(sorted(nested['tags']), sorted(deep['tags']), deep['frozen'] == nested['frozen'])
shared = {7}
pair = [shared, shared]
pair_copy = copy.deepcopy(pair)
print(pair_copy[0] is pair_copy[1], pair_copy[0] is shared, pair_copy)
