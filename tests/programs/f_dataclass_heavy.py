# dataclass-heavy code: inheritance, defaults, field(), ordering, frozen, slots-less, post_init, InitVar, fields()
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import List, Dict, Optional


@dataclass
class Base:
    id: int
    name: str = 'base'

    def label(self):
        return f'{type(self).__name__}#{self.id}:{self.name}'


@dataclass
class Child(Base):
    tags: List[str] = field(default_factory=list)
    score: float = field(default=0.0, repr=False)
    meta: Dict[str, int] = field(default_factory=dict, compare=False)


@dataclass(eq=False)
class Ident:
    key: str


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(default='', hash=False)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f'{self.major}.{self.minor}.{self.patch}'

    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split('.')))


@dataclass
class Account:
    owner: str
    initial: InitVar[float] = 0.0
    history: List[float] = field(default_factory=list, init=False)
    balance: float = field(init=False)

    def __post_init__(self, initial):
        self.balance = initial
        self.history.append(initial)

    def deposit(self, amt):
        if amt <= 0:
            raise ValueError(f'invalid amount {amt!r}')
        self.balance += amt
        self.history.append(amt)
        return self


@dataclass
class Opts:
    path: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1


@dataclass
class Node:
    value: int
    children: List['Node'] = field(default_factory=list)
    parent: Optional['Node'] = field(default=None, repr=False, compare=False)

    def add(self, v):
        n = Node(v, parent=self)
        self.children.append(n)
        return n

    def total(self):
        return self.value + sum(c.total() for c in self.children)


c = Child(1, 'kid', ['a'])
print(c, c.label(), c == Child(1, 'kid', ['a'], 9.0, {'x': 1}), c != Child(2), Base(3))
print([f.name for f in fields(Child)], [f.name for f in fields(c) if f.repr], dataclasses.is_dataclass(c), dataclasses.is_dataclass(Child))
print(Ident('k') == Ident('k'), Key(1, 'x') == Key(1, 'x'), hash(Key(1, 'x')) == hash(Key(1, 'y')), Child.__hash__)
vs = sorted(Version.parse(s) for s in ['1.2.3', '1.10.0', '1.2', '0.9.9'])
print([str(v) for v in vs], max(vs), Version(1) < Version(1, 0, 1), Version(2) == Version(2, 0, 0), {Version(1): 'one'}[Version(1, 0)])
try:
    vs[0].major = 5
except dataclasses.FrozenInstanceError as e:
    print('frozen:', e)
acct = Account('ann', 10.0).deposit(5).deposit(2.5)
print(acct, acct.history, acct.balance)
try:
    acct.deposit(-1)
except ValueError as e:
    print(e)
print(Opts('/tmp'), Opts('/x', verbose=True, level=3))
try:
    Opts('/x', True)
except TypeError as e:
    print('TypeError:', e)
root = Node(1)
a = root.add(2)
a.add(3)
root.add(4)
print(root, root.total(), a.parent is root, Node(2, [Node(3)]) == a)
print(dataclasses.asdict(Version(1, 2)), dataclasses.astuple(c), dataclasses.replace(c, name='other').name)
Point = dataclasses.make_dataclass('Point', [('x', int), ('y', int, field(default=0))])
print(Point(1), Point(1, 2) == Point(1, 2), Point.__name__)
try:
    Child()
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class BadDefault:
        items: list = []
except ValueError as e:
    print('ValueError:', e)
print(Base.__init__.__doc__ if False else 'ok', Version.__match_args__, Child.__dataclass_fields__['tags'].default_factory)
