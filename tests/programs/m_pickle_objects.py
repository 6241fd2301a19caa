import pickle
from collections import namedtuple, OrderedDict, defaultdict, deque, Counter
from dataclasses import dataclass, field
from enum import Enum
Pair = namedtuple('Pair', 'a b')
@dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)
class Color(Enum):
    RED = 1
    GREEN = 2
class Outer:
    class Inner:
        def __init__(self): self.v = 'inner'
class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x = x; self.y = y
class Tree:
    def __init__(self, v, kids=()): self.v = v; self.kids = list(kids); self.parent = None
        
def roundtrip(o):
    return pickle.loads(pickle.dumps(o))
p = roundtrip(Pair(1, [2]))
print(p, type(p).__name__, p.a, pickle.dumps(Pair(1, 2)))
it = roundtrip(Item('bolt', 3, ['m4']))
print(it, it == Item('bolt', 3, ['m4']), pickle.dumps(Item('x')))
print(roundtrip(Color.GREEN), roundtrip(Color.RED) is Color.RED)
print(roundtrip(Outer.Inner()).v, roundtrip(Outer.Inner) is Outer.Inner)
s = roundtrip(Slotted(1, 'two')); print(s.x, s.y)
root = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
for k in root.kids:
    k.parent = root
r = roundtrip(root)
print(r.v, [k.v for k in r.kids], r.kids[0].parent is r, r.kids[1].kids[0].v)
od = roundtrip(OrderedDict([('b', 1), ('a', 2)])); print(od, type(od).__name__)
dd = defaultdict(list); dd['x'].append(1); dd2 = roundtrip(dd); print(dd2, dd2['new'])
print(roundtrip(deque([1, 2, 3], maxlen=5)), roundtrip(Counter('abca')).most_common(1))
print(roundtrip({'nested': [{'deep': (1, 2.5, None, True)}]}), roundtrip(frozenset({'a'})), roundtrip(range(3)) if False else '')
class Account:
    count = 0
    def __init__(self, owner, balance):
        self.owner = owner; self.balance = balance; self._log = []
    def __getstate__(self):
        st = self.__dict__.copy(); del st['_log']; return st
    def __setstate__(self, st):
        self.__dict__.update(st); self._log = ['restored']
a = roundtrip(Account('ann', 10)); print(a.owner, a.balance, a._log)
import io
f = io.BytesIO(); p = pickle.Pickler(f, protocol=pickle.HIGHEST_PROTOCOL); p.dump([1, 2]); p.dump('x')
f.seek(0); u = pickle.Unpickler(f); print(u.load(), u.load())
