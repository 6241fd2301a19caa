# classes: __hash__ with __eq__ - instances as dict keys, equal distinct objects, unhashable classes, identity hashing
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)


d = {}
d[Point(1, 2)] = "a"
d[Point(3, 4)] = "b"
d[Point(1, 2)] = "c"  # equal key: replaces the value, keeps the first key object
print(len(d), d[Point(1, 2)], d.get(Point(9, 9), "none"), Point(3, 4) in d)
print(list(d.items()))
del d[Point(3, 4)]
print(d, hash(Point(1, 2)) == hash(Point(1, 2)), hash(Point(1, 2)) == hash((1, 2)))

visits = {}
path = [(0, 0), (1, 0), (1, 1), (0, 1), (0, 0), (1, 0), (2, 0)]
for x, y in path:
    p = Point(x, y)
    visits[p] = visits.get(p, 0) + 1
print(sorted(visits.items(), key=lambda kv: (kv[0].x, kv[0].y)))


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


try:
    {EqOnly(1): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(EqOnly(2))
except TypeError as e:
    print("TypeError:", e)
print(EqOnly(1) == EqOnly(1), EqOnly.__hash__ is None)


class Ident:
    pass


a, b = Ident(), Ident()
m = {a: "first", b: "second"}
print(m[a], m[b], len(m), a in m, Ident() in m, hash(a) == hash(a))


class Caseless:
    def __init__(self, s):
        self.s = s

    def __eq__(self, other):
        return self.s.lower() == other.s.lower()

    def __hash__(self):
        return hash(self.s.lower())

    def __repr__(self):
        return self.s


names = {}
for n in ["Alice", "BOB", "alice", "Bob", "carol", "ALICE"]:
    k = Caseless(n)
    names.setdefault(k, []).append(n)
print(names)


class BadHash:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 7  # every instance collides

    def __eq__(self, other):
        return self.v == other.v


coll = {}
for i in range(50):
    coll[BadHash(i % 20)] = i
print(len(coll), coll[BadHash(3)], sum(coll.values()))


class HashStr:
    def __hash__(self):
        return "not an int"


try:
    hash(HashStr())
except TypeError as e:
    print("TypeError:", e)
print(hash(3) == hash(3.0), hash("ab") == hash("a" + "b"), {1: "int", 1.0: "float"})
