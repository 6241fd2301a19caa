# special methods: __lt__ used by sorted, min, max, list.sort; missing ordering errors
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __repr__(self):
        return "v%d.%d" % (self.major, self.minor)


vs = [Version(2, 0), Version(1, 5), Version(1, 10), Version(0, 9), Version(2, 0)]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
vs.sort()
print(vs)
print(Version(1, 0) < Version(1, 1), Version(1, 1) > Version(1, 0))
try:
    print(Version(1, 0) <= Version(1, 1))
except TypeError:
    print("TypeError for <=")


class NoOrder:
    pass


try:
    sorted([NoOrder(), NoOrder()])
except TypeError:
    print("TypeError unorderable")


class Rec:
    def __init__(self, name, score):
        self.name = name
        self.score = score

    def __repr__(self):
        return self.name


rs = [Rec("c", 3), Rec("a", 3), Rec("b", 1), Rec("d", 2)]
print(sorted(rs, key=lambda r: r.score))
print(sorted(rs, key=lambda r: (-r.score, r.name)))


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v


print([r.v for r in sorted([Rev(i) for i in [3, 1, 4, 1, 5, 9, 2, 6]])])
