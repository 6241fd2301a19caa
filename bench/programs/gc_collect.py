# bench-args: 200 100
# pyperformance gc_collect's shape: many reference cycles built and dropped, then
# gc.collect() finds them.  gclab's own writing: N rings of S nodes, each ring linked
# both ways; the rings are dropped and collected, three times over.  On the refcount
# plans only the cycle collector frees them; on the tracing plans a full collection;
# on boehm libgc's.
import gc
import sys


class Node:
    def __init__(self, ident):
        self.ident = ident
        self.next = None
        self.prev = None


def ring(size, base):
    first = Node(base)
    node = first
    for i in range(1, size):
        nxt = Node(base + i)
        node.next = nxt
        nxt.prev = node
        node = nxt
    node.next = first
    first.prev = node
    return first


def walk(first):
    total = 0
    node = first
    while True:
        total += node.ident
        node = node.next
        if node is first:
            return total


def main(rings, size):
    for rnd in range(3):
        all_rings = [ring(size, i * size) for i in range(rings)]
        checksum = 0
        for first in all_rings:
            checksum += walk(first)
        all_rings = None
        gc.collect()
        print('round %d: %d rings of %d nodes, checksum %d' % (rnd, rings, size, checksum))


args = sys.argv[1:]
main(int(args[0]) if args else 200, int(args[1]) if len(args) > 1 else 100)
