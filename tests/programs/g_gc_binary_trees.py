# GC workload: benchmarks-game binary-trees - stretch tree, long-lived tree, iterations per depth
def make(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make(depth), make(depth))


def check(tree):
    left, right = tree
    if left is None:
        return 1
    return 1 + check(left) + check(right)


def main(n):
    min_depth = 4
    max_depth = max(min_depth + 2, n)
    stretch = max_depth + 1
    print("stretch tree of depth %d\t check: %d" % (stretch, check(make(stretch))))
    long_lived = make(max_depth)
    iterations = 1 << max_depth
    for depth in range(min_depth, stretch, 2):
        total = 0
        for i in range(iterations):
            total += check(make(depth))
        print("%d\t trees of depth %d\t check: %d" % (iterations, depth, total))
        iterations >>= 2
    print("long lived tree of depth %d\t check: %d" % (max_depth, check(long_lived)))


main(6)


class TreeNode:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def make_obj(depth):
    if depth == 0:
        return TreeNode(None, None)
    return TreeNode(make_obj(depth - 1), make_obj(depth - 1))


trees = []
for d in range(1, 8):
    trees.append(make_obj(d))
print([t.check() for t in trees])
trees = trees[::2]
print([t.check() for t in trees])
