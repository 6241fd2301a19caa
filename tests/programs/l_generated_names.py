# Names and annotations of what the library generates (dataclass methods and __init__,
# total_ordering's), reversed() of a class whose __reversed__ is None,
# functools.recursive_repr and inspect.get_annotations, as CPython's.
class R:
    __reversed__ = None
    def __len__(self): return 2
    def __getitem__(self, i): return i
try:
    reversed(R())
except TypeError as e:
    print('TypeError', e)
import dataclasses, functools
@dataclasses.dataclass(order=True)
class Item:
    a: int
    b: str = 'x'
print(Item.__eq__.__qualname__, Item.__repr__.__qualname__, Item.__lt__.__qualname__, Item.__init__.__qualname__)
print(Item.__init__.__annotations__)
print(repr(dataclasses.MISSING).split(' at ')[0])
@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
print(T.__le__.__name__, T.__gt__.__qualname__)
class Rec:
    def __init__(self): self.me = self
    @functools.recursive_repr()
    def __repr__(self): return f'Rec({self.me!r})'
print(repr(Rec()))
import inspect
def ann(a: int, b: 'str' = 'x') -> bool: pass
print(inspect.get_annotations(ann))
print(inspect.signature(Item))
