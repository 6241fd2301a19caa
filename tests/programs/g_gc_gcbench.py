# GC workload: GCBench shape - top-down and bottom-up trees, a long-lived tree and array, temporaries of growing depth
class Node:
    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right
        self.i = 0
        self.j = 0


def tree_size(depth):
    return (1 << (depth + 1)) - 1


def num_iters(depth, stretch_depth):
    return 2 * tree_size(stretch_depth) // tree_size(depth)


def populate(depth, node):
    # top-down construction: the node exists before its children
    if depth <= 0:
        return
    depth -= 1
    node.left = Node()
    node.right = Node()
    populate(depth, node.left)
    populate(depth, node.right)


def make_tree(depth):
    # bottom-up construction: children exist before the parent
    if depth <= 0:
        return Node()
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def count(node):
    if node is None:
        return 0
    return 1 + count(node.left) + count(node.right)


def check(node):
    # item check: number the nodes in preorder, return a checksum
    total = 0
    stack = [node]
    k = 0
    while stack:
        n = stack.pop()
        k += 1
        n.i = k
        n.j = k * 3 % 7
        total += n.i * n.j
        if n.right is not None:
            stack.append(n.right)
        if n.left is not None:
            stack.append(n.left)
    return total


STRETCH = 8
LONG_LIVED = 7
MIN_DEPTH = 2
MAX_DEPTH = 7
ARRAY_SIZE = 500

print("Stretching memory with a binary tree of depth", STRETCH)
temp = make_tree(STRETCH)
print(" stretch nodes", count(temp), "check", check(temp))
temp = None

print("Creating a long-lived binary tree of depth", LONG_LIVED)
long_lived = Node()
populate(LONG_LIVED, long_lived)

print("Creating a long-lived array of", ARRAY_SIZE, "doubles")
array = [0.0] * ARRAY_SIZE
for i in range(ARRAY_SIZE // 2):
    array[i] = 1.0 / (i + 1)

for depth in range(MIN_DEPTH, MAX_DEPTH + 1, 2):
    iters = num_iters(depth, STRETCH)
    td = 0
    bu = 0
    for k in range(iters):
        t = Node()
        populate(depth, t)
        td += count(t)
        t = None
        t = make_tree(depth)
        bu += count(t)
        t = None
    print(" %d iterations of depth %d: top-down %d nodes, bottom-up %d nodes" % (iters, depth, td, bu))

if long_lived is None or array[100] != 1.0 / 101:
    print("failed")
print("long-lived nodes", count(long_lived), "check", check(long_lived))
print("array sum %.9f" % sum(array))
