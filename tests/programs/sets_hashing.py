# frozenset hashing (CPython's algorithm), sets of frozensets, frozensets as dict keys,
# equal items of different types, user classes with __eq__/__hash__ in sets
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset([3, 2, 1])))
print(hash(frozenset({-1, -2, 0})), hash(frozenset({2 ** 70, 1.5, -0.25})))
print(hash(frozenset({frozenset({1}), frozenset({2, 3}), 4})), hash(frozenset(range(100))))
print(hash(frozenset({True})) == hash(frozenset({1})) == hash(frozenset({1.0})))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset({0})))
groups = {}
for word in ['listen', 'silent', 'enlist', 'google', 'banana', 'inlets']:
    key = frozenset(word)
    groups.setdefault(key, []).append(word)
for key in sorted(groups, key=lambda k: sorted(k)):
    print(sorted(key), groups[key])
family = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3}), frozenset()}
print(len(family), frozenset() in family, frozenset({2, 1}) in family, {1, 2} in family)
print(sorted(len(f) for f in family))
nested = frozenset({frozenset({frozenset()})})
print(nested, hash(nested) == hash(frozenset({frozenset({frozenset()})})))
d = {frozenset({'a'}): 1}
d[frozenset('a')] += 1
print(d)
# 1, 1.0 and True are one item: the first one stays
print({1, 1.0, True}, {True, 1}, {1.0, 1}, len({0, 0.0, False, -0.0}))
mixed = {1, 'a', (1, 'a'), None, 2.5, frozenset({1})}
print(len(mixed), 'a' in mixed, (1, 'a') in mixed, None in mixed, 2.5 in mixed)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)


pts = {Point(1, 2), Point(1, 2), Point(3, 4)}
print(len(pts), Point(1, 2) in pts, Point(2, 1) in pts)
pts.discard(Point(3, 4))
print(pts)


class Plain:
    pass


p = Plain()
objs = {p, p, Plain()}
print(len(objs), p in objs)


class NoHash:
    def __eq__(self, other):
        return True


try:
    {NoHash()}
except TypeError as e:
    print(e)


class Loud:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 2

    def __eq__(self, other):
        return self.n == other.n


loud = {Loud(1), Loud(3), Loud(5), Loud(1)}
print(len(loud), sorted(x.n for x in loud))
