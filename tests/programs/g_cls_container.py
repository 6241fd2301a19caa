# classes: container protocol - __len__, __getitem__/__setitem__/__delitem__ (ints, negatives, slices), __contains__, __iter__
class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = [fill] * (w * h)

    def __len__(self):
        return self.w * self.h

    def _index(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError("Grid indices must be (x, y) tuples, not " + type(key).__name__)
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell (%d, %d) out of range" % (x, y))
        return y * self.w + x

    def __getitem__(self, key):
        return self.cells[self._index(key)]

    def __setitem__(self, key, value):
        self.cells[self._index(key)] = value

    def __delitem__(self, key):
        self.cells[self._index(key)] = 0

    def __contains__(self, value):
        return value in self.cells

    def rows(self):
        return [self.cells[i * self.w:(i + 1) * self.w] for i in range(self.h)]


g = Grid(4, 3)
g[1, 2] = 7
g[(3, 0)] = 5
print(len(g), g[1, 2], g[3, 0], 7 in g, 8 in g, 8 not in g)
del g[1, 2]
print(g.rows())
for bad in [(4, 0), (0, -1)]:
    try:
        g[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    g[3]
except TypeError as e:
    print("TypeError:", e)


class Seq:
    def __init__(self, items):
        self.items = list(items)
        self.log = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            self.log.append(("slice", i.start, i.stop, i.step))
            return Seq(self.items[i])
        self.log.append(("get", i))
        return self.items[i]

    def __setitem__(self, i, v):
        self.log.append(("set", i))
        self.items[i] = v

    def __delitem__(self, i):
        self.log.append(("del", i))
        del self.items[i]

    def __repr__(self):
        return "Seq(%r)" % (self.items,)


s = Seq("abcdef")
print(s[0], s[-1], s[1:4], s[::2], s[:], s[4:1:-1])
s[0] = "A"
del s[-1]
print(s, len(s))
print(s.log)
print(list(s), [c for c in s], "c" in s, "z" in s)  # iteration via __getitem__ until IndexError
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)


class Counter:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d.get(k, 0)

    def __setitem__(self, k, v):
        self.d[k] = v

    def __len__(self):
        return len(self.d)

    def __contains__(self, k):
        return k in self.d

    def __iter__(self):
        return iter(sorted(self.d))


c = Counter()
for w in "the cat and the hat and the bat".split():
    c[w] += 1
print(len(c), c["the"], c["dog"], "dog" in c, "cat" in c, list(c))
print(sorted(c, key=lambda k: (-c[k], k)), max(c, key=lambda k: c[k]))
print(bool(Counter()), bool(c), len(Seq([])) == 0)
