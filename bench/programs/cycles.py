# bench-args: 200000
# Builds reference cycles and drops them: tracing collectors reclaim them, reference
# counting without a cycle collector cannot (its memory grows with the argument).
import sys


class Node:
    def __init__(self, value):
        self.value = value
        self.other = None


def make_pair(i):
    a = Node(i)
    b = Node(i + 1)
    a.other = b
    b.other = a          # a <-> b: a cycle
    return a.value + b.value


n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
total = 0
for i in range(n):
    total += make_pair(i)
print("pairs:", n, "sum:", total)
