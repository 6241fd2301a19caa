# GC workload: doubly linked list with sentinel - insert, remove, rotate, splice; lists built and dropped
class DNode:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


class DList:
    def __init__(self):
        self.head = DNode(None)
        self.head.prev = self.head
        self.head.next = self.head
        self.size = 0

    def insert_after(self, node, value):
        n = DNode(value)
        n.prev = node
        n.next = node.next
        node.next.prev = n
        node.next = n
        self.size += 1
        return n

    def append(self, value):
        return self.insert_after(self.head.prev, value)

    def appendleft(self, value):
        return self.insert_after(self.head, value)

    def remove(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev
        node.prev = node.next = None
        self.size -= 1
        return node.value

    def to_list(self):
        out = []
        n = self.head.next
        while n is not self.head:
            out.append(n.value)
            n = n.next
        return out

    def backwards(self):
        out = []
        n = self.head.prev
        while n is not self.head:
            out.append(n.value)
            n = n.prev
        return out

    def rotate(self, k):
        for i in range(k):
            self.append(self.remove(self.head.next))

    def splice(self, other):
        if other.size == 0:
            return
        first = other.head.next
        last = other.head.prev
        tail = self.head.prev
        tail.next = first
        first.prev = tail
        last.next = self.head
        self.head.prev = last
        self.size += other.size
        other.head.next = other.head.prev = other.head
        other.size = 0


d = DList()
nodes = [d.append(i) for i in range(10)]
d.appendleft(-1)
print(d.size, d.to_list())
print(d.backwards() == d.to_list()[::-1])
for n in nodes[::2]:
    d.remove(n)
print(d.size, d.to_list())
d.rotate(3)
print(d.to_list())
e = DList()
for c in "xyz":
    e.append(c)
d.splice(e)
print(d.size, e.size, d.to_list(), e.to_list())

# Josephus problem on a circular doubly linked list
def josephus(n, k):
    ring = DList()
    for i in range(1, n + 1):
        ring.append(i)
    order = []
    cur = ring.head.next
    while ring.size > 0:
        for s in range(k - 1):
            cur = cur.next
            if cur is ring.head:
                cur = cur.next
        nxt = cur.next
        if nxt is ring.head:
            nxt = nxt.next
        order.append(ring.remove(cur))
        cur = nxt
    return order


print(josephus(7, 3))
print(josephus(41, 3)[-2:])
total = 0
for r in range(30):
    big = DList()
    for i in range(200):
        big.append(i * r)
    while big.size > 50:
        big.remove(big.head.next)
    total += sum(big.to_list())
    big = None
print("total", total)
