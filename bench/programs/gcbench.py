# bench-args: 16
# GCBench's shape (Hans Boehm's GC benchmark, after John Ellis and Pete Kovac): binary
# trees built top-down (each node's children assigned after it exists: old-to-young
# pointers) and bottom-up (young-to-old), at depths 4, 6, ... up to two less than the
# argument, as many of each depth as make about the same number of nodes; all the while a
# long-lived tree and a long-lived array of floats stay alive and are checked at the end.
# gclab's own writing, scaled by one argument: the stretch tree's depth (16 by default;
# the original's is 18, with a long-lived tree of 16 and 500,000 floats).
import sys


class Node:
    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right


def tree_size(depth):
    """Nodes in a complete binary tree of this depth."""
    return (1 << (depth + 1)) - 1


def populate(depth, node):
    """Top-down: give node children down to depth."""
    if depth <= 0:
        return
    depth -= 1
    node.left = Node()
    node.right = Node()
    populate(depth, node.left)
    populate(depth, node.right)


def make_tree(depth):
    """Bottom-up: the children exist before their parent."""
    if depth <= 0:
        return Node()
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def count(node):
    n = 0
    stack = [node]
    while stack:
        node = stack.pop()
        n += 1
        if node.left is not None:
            stack.append(node.left)
            stack.append(node.right)
    return n


def time_construction(depth, stretch_depth):
    iterations = 2 * tree_size(stretch_depth) // tree_size(depth)
    built = 0
    for _ in range(iterations):
        tree = Node()
        populate(depth, tree)
        built += count(tree)
        tree = None
    for _ in range(iterations):
        tree = make_tree(depth)
        built += count(tree)
        tree = None
    print('depth %d: %d trees top-down and %d bottom-up, %d nodes'
          % (depth, iterations, iterations, built))


def main(stretch_depth):
    long_lived_depth = stretch_depth - 2
    max_depth = stretch_depth - 2
    print('stretch tree of depth %d: %d nodes' % (stretch_depth,
                                                  count(make_tree(stretch_depth))))
    long_lived = Node()
    populate(long_lived_depth, long_lived)
    array = [0.0] * (4 * tree_size(long_lived_depth))
    for i in range(1, len(array)):
        array[i] = 1.0 / i
    for depth in range(4, max_depth + 1, 2):
        time_construction(depth, stretch_depth)
    k = len(array) // 2
    if count(long_lived) != tree_size(long_lived_depth) or array[k] != 1.0 / k:
        print('long-lived data lost')
        sys.exit(1)
    print('long-lived tree of depth %d and %d floats intact' % (long_lived_depth,
                                                               len(array)))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 16)
