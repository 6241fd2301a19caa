# copy: shallow and deep copies of containers and instances, cycles, __copy__/__deepcopy__
import copy

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(98)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) == t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)

class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
        self.inits = 1

root = Node(1, [Node(2), Node(3, [Node(4)])])
clone = copy.deepcopy(root)
clone.children[1].children[0].value = 40
print(root.children[1].children[0].value, clone.children[1].children[0].value,
      type(clone).__name__, clone.inits)
shallow = copy.copy(root)
print(shallow.children is root.children, shallow is root, shallow.value)

# a cycle survives a deep copy
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is not cyc, len(cc))
n1 = Node('a')
n2 = Node('b', [n1])
n1.children.append(n2)
m1 = copy.deepcopy(n1)
print(m1.children[0].children[0] is m1, m1.children[0].value)
shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is not shared)

class Custom:
    def __init__(self, x):
        self.x = x
    def __copy__(self):
        return Custom('copied ' + self.x)
    def __deepcopy__(self, memo):
        return Custom('deep ' + self.x)
print(copy.copy(Custom('a')).x, copy.deepcopy([Custom('b')])[0].x)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
        self.b = [2]
sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)
print(copy.deepcopy({'x': (1, [2, 3]), 'y': None}), copy.copy({'a': 1}), copy.copy(5), copy.copy('s'))
