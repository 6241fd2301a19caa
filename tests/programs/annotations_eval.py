# annotations evaluated as CPython 3.11 evaluates them (no __future__ import)
from typing import List, Optional, Dict, Callable, Union, Any, ClassVar, Tuple

count: int = 0
name: str
items: List[int] = [1, 2]
maybe: Optional[int] = None
table: dict[str, list[int]] = {}
pair: tuple[int, ...] = (1, 2)
either: int | None = 3
fn: Callable[[int], str] = str
fwd: 'Node'
print(count, items, maybe, table, pair, either, fn(5))
print(__annotations__)
print(sorted(__annotations__))
try:
    print(name)
except NameError as e:
    print('NameError', e)

for i in range(2):
    loop_var: int = i
if True:
    in_if: float = 1.5
try:
    in_try: bytes = b''
except Exception:
    pass
print(list(__annotations__)[-4:])


class Node:
    """A node."""
    value: int
    next: Optional['Node'] = None
    children: List['Node']
    kind: ClassVar[str] = 'node'
    weights: Dict[str, float] = {}
    union: Union[int, str] = 0

    def __init__(self, value):
        self.value = value
        local: int = 5          # not evaluated, not recorded
        undefined_in_function: no_such_name = 1
        self.children = []

    def total(self) -> int:
        return self.value


n = Node(3)
print(Node.__annotations__)
print(Node.next, Node.kind, n.value, n.total(), n.children)
print('value' in Node.__dict__, 'next' in Node.__dict__)


class Plain:
    x = 1


class Child(Node):
    extra: Any


print(Plain.__annotations__, Child.__annotations__, Node.__annotations__ is not Child.__annotations__)


class Counter:
    hits: int
    print('in body', __annotations__)
    hits = 0
    __annotations__['added'] = str


print(Counter.__annotations__, Counter.hits)


class Preset:
    __annotations__ = {'given': int}
    more: str


print(Preset.__annotations__)


def f(a: int, b: 'str' = 'x', *args: float, key: bool = True, **kw: list[int]) -> Optional[int]:
    return a


def g(a, b=2):
    return a


lam = lambda x: x
print(f.__annotations__)
print(g.__annotations__, lam.__annotations__)
print(f(1), f.__annotations__ is f.__annotations__)


class Holder:
    pass


h = Holder()
h.attr: int = 7
box = {}
box['k']: str = 'v'
h.other: int
print(h.attr, box, hasattr(h, 'other'))

try:
    bad: undefined_type = 1
except NameError as e:
    print('NameError', e)
print(bad if 'bad' in dir() else 'no bad', 'bad' in __annotations__)

try:
    class Broken:
        a: int = 1
        b: MissingType
except NameError as e:
    print('NameError', e)

try:
    def h2(x: NotDefinedEither): pass
except NameError as e:
    print('NameError', e)

try:
    class Forward:
        me: Forward
except NameError as e:
    print('NameError', e)

try:
    obj_missing.attr: int
except NameError as e:
    print('NameError', e)


def outer():
    T = int

    class Inner:
        x: T = 1
        y: list[T]
    def inner(a: T) -> T:
        return a
    return Inner, inner


Inner, inner = outer()
print(Inner.__annotations__, inner.__annotations__)


def side(label):
    print('evaluating', label)
    return label


class Order:
    a: side('ann a') = side('value a')
    b: side('ann b')


print(Order.__annotations__, Order.a)


def defaults_order(x: side('ann x') = side('default x'), *, y: side('ann y') = side('default y')) -> side('ret'):
    pass


print(defaults_order.__annotations__)
