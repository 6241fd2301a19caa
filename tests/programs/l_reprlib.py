# reprlib: Repr's limits for tuples, lists, arrays, dicts, sets, frozensets, deques,
# strings, ints and other objects, nesting levels, custom fillvalue, subclass repr_
# methods, failing __repr__, the module-level repr and recursive_repr
import reprlib
from array import array
from collections import deque

r = reprlib.Repr()
print(sorted(vars(r).items()))
samples = [
    (), (1,), (1, 2), tuple(range(6)), tuple(range(7)),
    [], [1], list(range(6)), list(range(7)), list(range(100)),
    array('i'), array('i', [1, 2]), array('d', range(10)), array('b', range(5)),
    {}, {1: 2}, {i: str(i) for i in range(4)}, {i: i * i for i in range(10)},
    {'b': 1, 'a': 2, 3: 4}, set(), {3, 1, 2}, set(range(20)), {1, 2.5, None},
    frozenset(), frozenset({5, 4}), frozenset(range(10)), deque(), deque([1]),
    deque(range(10)), 'short', 'a' * 29, 'a' * 30, 'a' * 31, 'x' * 100,
    "it's \"quoted\" " * 5, 'tab\t' * 10, 10 ** 39, 10 ** 40, -10 ** 40, 2 ** 300, 1.5,
    True, None, [[[[[[[[1]]]]]]]], ((((((((1,),),),),),),),), [{1: [2, {3: [4, [5, [6]]]}]}],
    {(1, 2): [3, 4], 'k': {'x': [1, 2, 3, 4, 5, 6, 7]}}, [set(range(10)), 'y' * 40],
    object.__new__(type('LongName' * 10, (), {})) and 0, range(100), b'bytes' * 20,
]
for s in samples:
    print(r.repr(s))
    print(reprlib.repr(s))

r2 = reprlib.Repr()
r2.maxlevel = 2
r2.maxlist = 2
r2.maxtuple = 1
r2.maxdict = 1
r2.maxset = 3
r2.maxfrozenset = 1
r2.maxdeque = 0
r2.maxarray = 1
r2.maxstring = 10
r2.maxlong = 5
r2.maxother = 8
r2.fillvalue = '<~>'
for s in samples:
    print(r2.repr(s))
r2.maxlevel = 0
print(r2.repr([]), r2.repr([1]), r2.repr({}), r2.repr({1: 2}), r2.repr(()), r2.repr((1,)),
      r2.repr(set()), r2.repr({1}), r2.repr('abc'), r2.repr(123456789))
r2.maxstring = 0
r2.maxother = 1
r2.maxlong = 2
print(r2.repr('hello world'), r2.repr(12345), r2.repr(1.2345))


class Bad:
    def __repr__(self):
        raise ValueError('no')


class Long:
    def __repr__(self):
        return '<Long ' + '-' * 50 + '>'


print(r.repr(Bad()).startswith('<Bad instance at 0x'), r.repr(Long()), r.repr([Long()]))


class MyRepr(reprlib.Repr):
    def repr_float(self, x, level):
        return 'F(%s)' % x

    def repr_MyList(self, x, level):
        return 'MyList' + self.repr_list(x, level)


class MyList(list):
    pass


m = MyRepr()
print(m.repr([1.5, 2, MyList([1, 2.5])]), r.repr(MyList(range(10))))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        'node repr'
        return 'Node(%s, %r)' % (self.name, self.children)


a = Node('a')
b = Node('b')
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a), repr(b))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__,
      Node.__repr__.__module__, Node.__repr__.__dict__)


class Other(list):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return '<' + '|'.join(map(repr, self)) + '>'


o = Other([1, 2])
o.append(o)
o.append([o])
print(repr(o))
print(reprlib.__all__, reprlib.aRepr.maxlist, reprlib.repr is not None)
