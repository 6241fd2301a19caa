# special methods: old-style iteration protocol through __getitem__ and IndexError
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


print(list(Squares(5)))
print(sum(Squares(4)), 9 in Squares(5), 10 in Squares(5))
for v in Squares(3):
    print("item", v)
print(Squares(6)[4], sorted(Squares(4), reverse=True))
a, b, c = Squares(3)
print(a, b, c)


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]


g = Grid()
g[0, 0] = "X"
g[1, 2] = "O"
for r in range(3):
    print("".join(g[r, c] for c in range(3)))
del g[0, 0]
print(g[0, 0], len(g.cells))
try:
    del g[5, 5]
except KeyError:
    print("KeyError on del")


class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(KeyErr())
except KeyError:
    print("KeyError propagates out of iteration")

