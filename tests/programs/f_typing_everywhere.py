# typed code: Generic, Protocol, TypeVar, Optional, dataclasses, annotations everywhere
from __future__ import annotations

from dataclasses import dataclass, field, asdict, astuple, replace
from typing import (Any, Callable, ClassVar, Dict, Generic, Iterable, Iterator, List,
                    Optional, Protocol, Tuple, TypeVar, Union, overload, cast)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


class Comparable(Protocol):
    def __lt__(self, other: Any) -> bool: ...


C = TypeVar('C', bound=Comparable)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value

    def __repr__(self) -> str:
        return f"Pair({self.key!r}, {self.value!r})"


def max_of(items: Iterable[C]) -> Optional[C]:
    best: Optional[C] = None
    for it in items:
        if best is None or best < it:
            best = it
    return best


@dataclass(order=True)
class Employee:
    name: str
    salary: float = 0.0
    tags: List[str] = field(default_factory=list)
    manager: Optional['Employee'] = field(default=None, compare=False, repr=False)
    count: ClassVar[int] = 0

    def __post_init__(self) -> None:
        Employee.count += 1


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def moved(self, dx: int, dy: int = 0) -> 'Point':
        return replace(self, x=self.x + dx, y=self.y + dy)


def apply(f: Callable[[int], int], xs: List[int]) -> List[int]:
    return [f(x) for x in xs]


def describe(v: Union[int, str, None]) -> str:
    if v is None:
        return "none"
    if isinstance(v, int):
        return "int %d" % v
    return "str " + v


s: Stack[int] = Stack()
for i in range(4):
    s.push(i * i)
print(len(s), list(s), s.pop())
print(Pair('a', 1), Pair[str, int](b'x', None))
print(max_of([3, 9, 2]), max_of([]), max_of(['pear', 'apple']))
e1 = Employee('ann', 10.5, ['x'])
e2 = Employee('bob', manager=e1)
print(e1, e2, e1 < e2, sorted([e2, e1])[0].name, Employee.count)
print(asdict(e1), astuple(Point(1, 2)))
p = Point(1)
print(p, p.moved(2, 3), p == Point(1, 0), hash(p) == hash(Point(1, 0)))
try:
    p.x = 5
except Exception as ex:
    print(type(ex).__name__, ex)
print(apply(lambda x: x + 1, [1, 2]), describe(None), describe(3), describe('q'))
print(cast(int, '5'), Stack.__annotations__ if hasattr(Stack, '__annotations__') else {}, describe.__annotations__)
print(Employee.__annotations__['salary'], apply.__annotations__['return'])
print(Optional[int] == Union[int, None], List[int], Dict[str, Tuple[int, ...]])
print(Stack[int].__origin__ is Stack, Pair.__parameters__, isinstance(s, Stack))


def first(xs: List[T]) -> T:
    return xs[0]


print(first([7, 8]), T, T.__name__, C.__bound__)

from typing import Literal, get_type_hints


def mode(m: Optional[Literal['r', 'w']] = None) -> Literal['ok', 'fail']:
    return 'ok' if m else 'fail'


print(mode('r'), get_type_hints(mode))
print(get_type_hints(Employee)['manager'], get_type_hints(first))
