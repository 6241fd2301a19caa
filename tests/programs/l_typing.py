# typing (gclab/lib): the names annotations use import, subscript and print as in
# CPython; TypeVar, Generic as a base, cast, overload, NewType, functional NamedTuple.
from typing import (List, Dict, Optional, Tuple, Callable, Any, Union, Set, Iterable,
                    Iterator, Sequence, Mapping, TypeVar, Generic, cast, overload,
                    NewType, NamedTuple, TYPE_CHECKING, ClassVar)
import typing

T = TypeVar('T')
K = TypeVar('K', covariant=True)
Vector = List[float]
Table = Dict[str, List[int]]
print(Vector, Table, Optional[int], Tuple[int, str], Callable[[int, str], bool])
print(List, Any, T, K, Union[int, None], Mapping[str, Any], typing.Iterator[T])
print(TYPE_CHECKING, cast(int, 'not checked'), List[int] == List[int])


def scale(v: Vector, k: float) -> Vector:
    return [x * k for x in v]


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack()
s.push(1)
s.push(2)
print(s.pop(), scale([1.0, 2.0], 2.0), isinstance(s, Generic))

UserId = NewType('UserId', int)
print(UserId(5) + 1)

Point = NamedTuple('Point', [('x', int), ('y', int)])
p = Point(1, 2)
print(p.x + p.y, p)


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2


print(f(3), f('ab'))
for form in (List, Dict, Tuple, Set, Any, Optional, Union):
    try:
        form()
    except TypeError as e:
        print('TypeError:', e)
print(Union[int], Union[int, str, None], Optional[Union[int, str]], Tuple[()],
      Callable[..., int], Dict[str, Tuple[int, ...]], List[None], Union[int, Union[str, int]])
print(List[Stack], typing.Type[Stack])
