# bench-args: 200000
# Builds reference cycles and drops them: tracing collectors reclaim them, and so does
# reference counting with its cycle collector; with `nogc` as second argument the
# program calls gc.disable() first, and reference counting alone cannot (its memory
# grows with the argument).
import gc
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
if sys.argv[2:] == ['nogc']:
    gc.disable()
total = 0
for i in range(n):
    total += make_pair(i)
print("pairs:", n, "sum:", total)
