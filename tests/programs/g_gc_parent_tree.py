# GC workload: trees with parent pointers (cycles everywhere), re-parenting, subtree detach, rebuild
class TNode:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def path(self):
        parts = []
        n = self
        while n is not None:
            parts.append(n.name)
            n = n.parent
        return "/".join(parts[::-1])

    def depth(self):
        d = 0
        n = self.parent
        while n is not None:
            d += 1
            n = n.parent
        return d

    def size(self):
        return 1 + sum([c.size() for c in self.children])

    def detach(self):
        if self.parent is not None:
            self.parent.children.remove(self)
            self.parent = None
        return self

    def move_to(self, new_parent):
        self.detach()
        self.parent = new_parent
        new_parent.children.append(self)

    def find(self, name):
        if self.name == name:
            return self
        for c in self.children:
            r = c.find(name)
            if r is not None:
                return r
        return None

    def root(self):
        n = self
        while n.parent is not None:
            n = n.parent
        return n


root = TNode("root")
usr = TNode("usr", root)
bin_ = TNode("bin", usr)
lib = TNode("lib", usr)
home = TNode("home", root)
ann = TNode("ann", home)
docs = TNode("docs", ann)
print(docs.path(), docs.depth(), root.size())
lib.move_to(ann)
print(lib.path(), usr.size(), ann.size(), [c.name for c in ann.children])
sub = home.detach()
print(root.size(), sub.size(), docs.root().name, docs.path())
print(root.find("docs"), sub.find("docs").path())


def build(parent, depth, fan):
    if depth == 0:
        return
    for i in range(fan):
        build(TNode("%s.%d" % (parent.name, i), parent), depth - 1, fan)


sizes = []
for r in range(8):
    t = TNode("t%d" % r)
    build(t, 4, 3)
    leaf = t
    while leaf.children:
        leaf = leaf.children[-1]
    mid = t.children[1]
    mid.detach()
    mid.move_to(leaf)
    sizes.append((t.size(), leaf.depth(), mid.children[0].children[0].depth(), leaf.path()))
    t = leaf = mid = None
for s in sizes[:3]:
    print(s)
print(sum([s[0] for s in sizes]))

# doubly linked rings, broken and reformed
class Ring:
    def __init__(self, v):
        self.v = v
        self.next = self
        self.prev = self


def ring(n):
    first = Ring(0)
    last = first
    for i in range(1, n):
        r = Ring(i)
        r.prev = last
        last.next = r
        last = r
    last.next = first
    first.prev = last
    return first


acc = 0
for n in range(1, 60):
    r = ring(n)
    p = r
    for k in range(n * 2):
        p = p.next if k % 3 else p.prev
    acc += p.v
    r = p = None
print("rings", acc)
