# GC workload: union-find with path compression and union by rank; Kruskal MST; components
class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.rank = [0] * n
        self.sets = n

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            nxt = self.parent[x]
            self.parent[x] = root
            x = nxt
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.sets -= 1
        return True


d = DSU(10)
print(d.union(1, 2), d.union(3, 4), d.union(2, 4), d.union(1, 3))
print(d.sets, d.find(4) == d.find(1), d.find(5) == d.find(1))
groups = {}
for i in range(10):
    groups.setdefault(d.find(i), []).append(i)
print(sorted(groups.values()))


def kruskal(n, edges):
    dsu = DSU(n)
    total = 0
    chosen = []
    for w, a, b in sorted(edges):
        if dsu.union(a, b):
            total += w
            chosen.append((a, b))
    return total, chosen, dsu.sets


edges = [(7, 0, 1), (5, 0, 3), (8, 1, 2), (9, 1, 3), (7, 1, 4), (5, 2, 4),
         (15, 3, 4), (6, 3, 5), (8, 4, 5), (9, 4, 6), (11, 5, 6)]
print(kruskal(7, edges))

# a bigger pseudo-random graph, object-based nodes this time
class Elem:
    def __init__(self, ident):
        self.ident = ident
        self.parent = self
        self.size = 1


def find(e):
    while e.parent is not e:
        e.parent = e.parent.parent
        e = e.parent
    return e


def union(a, b):
    a, b = find(a), find(b)
    if a is b:
        return
    if a.size < b.size:
        a, b = b, a
    b.parent = a
    a.size += b.size


x = 2024
results = []
for r in range(5):
    elems = [Elem(i) for i in range(400)]
    for k in range(300 + r * 40):
        x = (x * 1664525 + 1013904223) % 4294967296
        a = x % 400
        x = (x * 1664525 + 1013904223) % 4294967296
        union(elems[a], elems[x % 400])
    roots = {}
    for e in elems:
        roots[find(e).ident] = find(e).size
    biggest = max(roots.values())
    results.append((len(roots), biggest))
    elems = None
print(results)
