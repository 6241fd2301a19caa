# copy/deepcopy of slices (a new slice, items deep-copied), properties and weak
# references (copied as themselves), as a benchmark's deepcopy of its state meets them.
import copy
import weakref


class Box:
    total = property(lambda self: sum(self.items))

    def __init__(self, items):
        self.items = items
        self.window = slice(1, len(items), 2)


b = Box([1, 2, 3, 4])
c = copy.deepcopy(b)
print(c.items, c.window, c.total, c.items is b.items, c.window == b.window)
s = slice([1], 2)
t = copy.deepcopy(s)
print(t, t.start is s.start, t.start == s.start, copy.copy(s) == s)
print(copy.deepcopy([slice(None), slice(0, -1, None)]))
p = property(lambda self: 1)
print(copy.deepcopy(p) is p, copy.copy(p) is p)


class Node:
    pass


n = Node()
r = weakref.ref(n)
print(copy.deepcopy(r) is r, copy.copy(r) is r)
holder = {'ref': r, 'data': [1, 2]}
h2 = copy.deepcopy(holder)
print(h2['ref'] is r, h2['ref']() is n, h2['data'] == [1, 2], h2['data'] is holder['data'])
