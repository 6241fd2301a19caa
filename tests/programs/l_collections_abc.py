# collections.abc and abc.ABCMeta: isinstance through __subclasshook__ and register(),
# the mixin methods of MutableMapping and Sequence, abstract classes refusing instances
import collections.abc
from collections.abc import Iterable, Sequence, Mapping, MutableMapping, Callable, Hashable, Sized, Iterator, Set, MutableSequence, Generator
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance((), Sequence), isinstance("s", Sequence))
print(isinstance([], Iterable), isinstance(3, Iterable), isinstance(len, Callable), isinstance([], Hashable), isinstance(3, Hashable))
print(isinstance(iter([]), Iterator), isinstance({}, Sized), isinstance(set(), Set), isinstance(frozenset(), Set))
print(issubclass(list, MutableSequence), issubclass(dict, MutableMapping), issubclass(tuple, MutableSequence))
print(isinstance((x for x in []), Generator), isinstance(collections.abc.Sequence, type))
class MyMap(MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
m = MyMap()
m['a'] = 1
m.update(b=2)
print(sorted(m.items()), m.get('z', 0), 'a' in m, len(m), m.pop('a'), dict(m), m.setdefault('c', 3), list(m.keys()))
class Seq(Sequence):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i * i
    def __len__(self): return self.n
s = Seq(4)
print(list(s), 4 in s, s.index(9), s.count(1), list(reversed(s)))
try:
    Sequence()
except TypeError as e:
    print("TypeError", e)
from abc import ABC, ABCMeta, abstractmethod
class Base(ABC):
    @abstractmethod
    def f(self): ...
class Impl(Base):
    def f(self): return 1
class Other: pass
Base.register(Other)
print(isinstance(Other(), Base), issubclass(Other, Base), Impl().f(), isinstance(3, Base), Base.__abstractmethods__, Impl.__abstractmethods__)
try:
    Base()
except TypeError as e:
    print("TypeError", e)
print(type(Base), type(Base).__name__)
