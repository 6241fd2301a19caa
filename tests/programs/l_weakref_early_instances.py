# Instances made above the module's `import weakref` (and before a function that
# imports it runs) can be referred to weakly: the import is seen when the module is
# compiled.
class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Node(%r)' % self.name


early = [Node('a'), Node('b')]


def registry():
    from weakref import WeakValueDictionary
    d = WeakValueDictionary()
    for n in early:
        d[n.name] = n
    return d


import weakref

r = weakref.ref(early[0])
print(r() is early[0], r())
d = registry()
print(sorted(d.keys()), d['b'])
s = weakref.WeakSet(early)
print(len(s), early[1] in s)
p = weakref.proxy(early[1])
print(p.name)
