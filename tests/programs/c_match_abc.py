# the match statement: collections.abc Sequence/Mapping classes, deque, builtin attributes
from collections import deque, ChainMap
from collections.abc import Sequence, Mapping
class S(Sequence):
    def __init__(self, *items): self.items = items
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
class M(Mapping):
    def __init__(self, **kw): self.d = kw
    def __len__(self): return len(self.d)
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
for v in [deque([1, 2]), S(1, 2), M(a=1, b=2), S(), 5]:
    match v:
        case [a, b]: print('seq', a, b)
        case {'a': x, **rest}: print('map', x, rest)
        case []: print('empty seq')
        case _: print('other')
match 5:
    case 1 | 2: pass
    case int(real=r, imag=i): print(r, i)
match -0.0:
    case 0: print('zero')
match 'ab':
    case 'a' 'b': print('concat')
match (n := 7):
    case 7: print('walrus', n)
