# GC workload: a mark-and-sweep collector simulated in Python over a heap of Python objects
class Obj:
    def __init__(self, heap, tag):
        self.tag = tag
        self.refs = []
        self.marked = False
        self.addr = heap.next_addr
        heap.next_addr += 1


class Heap:
    def __init__(self, limit):
        self.objects = []
        self.roots = {}
        self.limit = limit
        self.next_addr = 0
        self.collections = 0
        self.freed_total = 0

    def alloc(self, tag):
        if len(self.objects) >= self.limit:
            self.collect()
            if len(self.objects) >= self.limit:
                raise MemoryError("heap full: %d live" % len(self.objects))
        o = Obj(self, tag)
        self.objects.append(o)
        return o

    def mark(self):
        stack = list(self.roots.values())
        marked = 0
        while stack:
            o = stack.pop()
            if o is None or o.marked:
                continue
            o.marked = True
            marked += 1
            stack.extend(o.refs)
        return marked

    def sweep(self):
        live = []
        freed = 0
        for o in self.objects:
            if o.marked:
                o.marked = False
                live.append(o)
            else:
                o.refs = []
                freed += 1
        self.objects = live
        return freed

    def collect(self):
        self.collections += 1
        self.mark()
        freed = self.sweep()
        self.freed_total += freed
        return freed


h = Heap(80)
a = h.alloc("a")
b = h.alloc("b")
c = h.alloc("c")
a.refs.append(b)
b.refs.append(c)
c.refs.append(a)  # a cycle
d = h.alloc("d")
d.refs.append(d)  # a self-loop
h.roots["x"] = a
print(len(h.objects), h.collect(), [o.tag for o in h.objects])
del h.roots["x"]
print(h.collect(), len(h.objects))

# a linked list held by a root, with garbage allocated in between
h.roots["list"] = None
for i in range(200):
    node = h.alloc("n%d" % i)
    if i % 4 == 0:
        node.refs.append(h.roots["list"])
        h.roots["list"] = node
print("collections", h.collections, "freed", h.freed_total, "live", len(h.objects))
n = h.roots["list"]
length = 0
while n is not None:
    length += 1
    n = n.refs[0] if n.refs else None
print("list length", length)

# a tree rooted, then pruned, then collected
h2 = Heap(2000)


def build(depth):
    o = h2.alloc("t%d" % depth)
    if depth > 0:
        o.refs.append(build(depth - 1))
        o.refs.append(build(depth - 1))
    return o


h2.roots["tree"] = build(8)
print(len(h2.objects), h2.collect(), len(h2.objects))
h2.roots["tree"].refs[1] = None
print(h2.collect(), len(h2.objects))
h2.roots["tree"].refs[0].refs = []
print(h2.collect(), len(h2.objects), h2.collections)

h3 = Heap(10)
h3.roots["keep"] = h3.alloc("k")
for i in range(9):
    h3.roots["keep"].refs.append(h3.alloc("k%d" % i))
try:
    h3.alloc("overflow")
except MemoryError as e:
    print("MemoryError:", e)
