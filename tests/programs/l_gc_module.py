# The gc module: the parts every plan answers as CPython does (docs/language.md).
from __future__ import print_function, division, annotations
import gc

print(type(gc.collect()).__name__, type(gc.collect(0)).__name__,
      type(gc.collect(generation=1)).__name__)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(700)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.garbage, gc.callbacks, gc.DEBUG_LEAK, gc.DEBUG_SAVEALL, gc.get_debug())
for bad in [lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect('x'),
            lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4),
            lambda: gc.isenabled(1), lambda: gc.enable(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


# objects made and dropped while collect() runs: harmless on every plan
class Node:
    def __init__(self, n):
        self.n = n
        self.children = [n] * 3


total = 0
for i in range(2000):
    a = Node(i)
    total += a.n + len(a.children)
    if i % 500 == 0:
        gc.collect()
print(total)
