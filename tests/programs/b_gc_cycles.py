# GC workload: object graphs with reference cycles, created and abandoned
class Vertex:
    def __init__(self, name):
        self.name = name
        self.edges = []
        self.back = None


def ring(n, tag):
    nodes = [Vertex(tag + str(i)) for i in range(n)]
    for i, v in enumerate(nodes):
        v.edges.append(nodes[(i + 1) % n])
        v.back = nodes[i - 1]
    return nodes[0]


def walk(start, steps):
    names = []
    v = start
    for _ in range(steps):
        names.append(v.name)
        v = v.edges[0]
    return names


total = 0
for r in range(100):
    head = ring(20, "r")
    total += len(walk(head, 45))
    head.edges[0].edges.append(head)   # extra cycle edge
    head = None
print("walked", total)
first = ring(5, "k")
print(walk(first, 7), first.back.name, first.back.back.name)


class Parent:
    def __init__(self):
        self.children = []


class Child:
    def __init__(self, parent, i):
        self.parent = parent
        self.i = i
        parent.children.append(self)


acc = 0
for r in range(200):
    p = Parent()
    for i in range(10):
        Child(p, i)
    acc += sum(c.i for c in p.children) + len(p.children[3].parent.children)
    p = None
print("family", acc)
d = {}
d["self"] = d
lst = [1]
lst.append(lst)
print(d["self"]["self"] is d, lst[1][1][0], len(lst))
d = None
lst = None
print("done")
