# bench-args: 20000 20
# pyperformance gc_traversal's shape: a large live object graph that every full
# collection must traverse, and gc.collect() called repeatedly while it is alive.
# gclab's own writing: N nodes, each holding a list of its children, a dict and a tuple,
# in a tree; K collections; the graph is checked after them.
import gc
import sys


class Node:
    def __init__(self, ident):
        self.ident = ident
        self.children = []
        self.meta = {'ident': ident, 'pair': (ident, str(ident))}


def build(n):
    nodes = [Node(0)]
    for i in range(1, n):
        node = Node(i)
        nodes[(i - 1) // 4].children.append(node)
        nodes.append(node)
    return nodes[0]


def total(root):
    s = 0
    stack = [root]
    while stack:
        node = stack.pop()
        s += node.meta['pair'][0]
        stack.extend(node.children)
    return s


def main(n, collections):
    root = build(n)
    for _ in range(collections):
        gc.collect()
    print('%d nodes, %d collections, checksum %d' % (n, collections, total(root)))


args = sys.argv[1:]
main(int(args[0]) if args else 20000, int(args[1]) if len(args) > 1 else 20)
