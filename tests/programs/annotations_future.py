"""Annotations kept as strings: from __future__ import annotations (PEP 563)."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import ClassVar, Optional

a: int | None = None
b: list[int]
c: 'Node'
d: dict[str, tuple[int, ...]]
e: Optional[Node]
f_: typing.Callable[[int, str], bool]
g: x[1:2, ::3]
h: -1 + 2 * 3 ** -x
i: (p | q) & r
j: f(1, *g, k=2, **h)
k: {1: 2} | {3, 4}
l: 0x10
m: 1.5e3
n: not p and q or r
o: p if q else r
p: (1,)
q: ()
r: x[()]
s: b"hi"
t: p < q <= r
u: "it's"
v: None
w: ...
x: [int, str]
y: x.y.z[int]
z: p @ q // r % s - t
aa: (p, q)
bb: ~p
cc: p[q][r]
dd: x[p:q]
ee: 'a' 'b'
print(__annotations__)
for key, value in __annotations__.items():
    print(key, repr(value), type(value).__name__)


class Node:
    nxt: Node | None = None
    val: undefined_anywhere
    count: ClassVar[int] = 0

    def method(self, a: Node, *args: int, flag: bool = False, **kw: Any) -> Node:
        return self


print(Node.__annotations__)
print(Node.method.__annotations__)


def func(x: int = 5, *, y: list[str]) -> None:
    pass


print(func.__annotations__)


@dataclass
class Point:
    x: int
    y: float = 0.0
    tags: list[str] = field(default_factory=list)
    registry: ClassVar[dict] = {}
    other: 'typing.ClassVar[int]' = 3


pt = Point(1)
print(pt, [(fl.name, fl.type) for fl in fields(Point)], Point.other)


class Later:
    ref: Missing.attr[int]


print(Later.__annotations__)
obj = Later()
obj.dynamic: NotEvaluated = 4
print(obj.dynamic)
