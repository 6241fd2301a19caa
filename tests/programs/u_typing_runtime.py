# typing at run time: NamedTuple (both forms), TypedDict, runtime protocols, NewType,
# cast, overload/get_overloads, final, get_type_hints (forward references, ClassVar,
# Annotated), dataclasses with typing annotations, typing classes as bases, IO
import typing
from typing import (NamedTuple, TypedDict, Protocol, runtime_checkable, NewType, cast,
                    overload, final, get_type_hints, Optional, List, Dict, Any, TYPE_CHECKING,
                    ClassVar, Annotated, Callable, TypeVar, Generic, Iterator, Union, IO,
                    TextIO, get_overloads, Literal, Final)
import dataclasses


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self) -> int:
        return self.x + self.y


p = Point(1)
print(p, p.norm(), Point._fields, Point._field_defaults, Point.__annotations__)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__ if hasattr(Emp, '__annotations__') else '-')
Emp2 = NamedTuple('Emp2', name=str, id=int)
print(Emp2('b', 2))


class Movie(TypedDict, total=False):
    name: str
    year: int


class Movie2(Movie):
    rating: float


m = Movie(name='x')
print(m, type(m), Movie.__total__, sorted(Movie2.__required_keys__),
      sorted(Movie2.__optional_keys__), Movie2.__annotations__)
M3 = TypedDict('M3', {'a': int, 'b': str})
print(M3(a=1, b='x'), M3.__required_keys__ == {'a', 'b'})


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class F:
    def close(self):
        pass


print(isinstance(F(), Closer), isinstance(1, Closer), issubclass(F, Closer))
T = TypeVar('T')


class Box(Protocol[T]):
    def get(self) -> T: ...


print(Box.__parameters__)
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__)
print(cast(int, 'x'), cast('List[int]', [1]), TYPE_CHECKING)


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x


print(f(3), len(get_overloads(f)))


@final
class Leaf:
    pass


print(getattr(Leaf, '__final__', None))


class Node:
    val: int
    nxt: Optional['Node']
    kids: List['Node']
    meta: Annotated[str, 'm']
    count: ClassVar[int] = 0


print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)['meta'])


def g(a: 'int', b: Optional[str] = None, *c: int, **d: 'Node') -> List[int]:
    return []


print(get_type_hints(g))


@dataclasses.dataclass
class DC:
    x: int
    y: List[int] = dataclasses.field(default_factory=list)
    z: ClassVar[int] = 3


print(DC(1), [f.name for f in dataclasses.fields(DC)])


class It(Iterator[int]):
    def __init__(self):
        self.n = 0

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


print(list(It()), It.__mro__[1:3], isinstance(It(), Iterator))
print(IO, TextIO, IO[str], TextIO.__mro__[1])
print(Literal['a', 'b'] == Literal['b', 'a'], Literal[1] == Literal[True])
print(Callable[[int], str] == Callable[[int], str], Union[int, str] == Union[str, int])
print(Optional[int] == Union[int, None], int | str == Union[int, str])
print(List[int] | None, Dict[str, Any], typing.Any, typing.Union, typing.Optional)
try:
    class Bad(Union[int, str]):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad2(Generic):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad3(UserId):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    Optional[int, str]
except TypeError as e:
    print('TypeError:', e)
try:
    List[int, str]
except TypeError as e:
    print('TypeError:', e)
try:
    isinstance(1, Any)
except TypeError as e:
    print('TypeError:', e)
print(List[T][int], Dict[str, T][List[int]], Optional[T][int])
print(typing.get_origin(Annotated[int, 'x']), typing.get_args(Optional[List['Node']]))
x: Final = 3
S = TypeVar('S', bound='Node')
print(S.__bound__, Final[int], typing.Tuple[int, str].__args__)
print(typing.Type[Node], typing.Deque[int], typing.DefaultDict[str, int]())
