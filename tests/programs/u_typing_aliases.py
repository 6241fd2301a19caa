# typing: aliases as CPython 3.11 makes them -- reprs, get_origin/get_args, __parameters__,
# __mro_entries__ (class C(List[int]) has the bases (list, Generic) and __orig_bases__),
# Generic[T]/Protocol[T] classes and their subscription, the errors
import typing
from typing import (List, Dict, Optional, Union, Callable, Tuple, Any, TypeVar, Generic,
                    Protocol, get_origin, get_args, Literal, Annotated, ClassVar, Iterable,
                    Sequence, Mapping, Type, Set, FrozenSet, DefaultDict, Final)
T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
for a in [List[int], List, Dict[str, int], Optional[int], Union[int, str], Union[int, None, str],
          Callable[[int], str], Callable[..., int], Callable[[], None], Callable,
          Tuple[int, ...], Tuple[()], Tuple, Literal[1, 'a'], Annotated[int, 'meta'],
          ClassVar[int], Iterable[T], Sequence[int], Mapping[str, List[int]], Type[int],
          int, list, Generic, Generic[T], Any, Final[int], List[T], Dict[K, V]]:
    print(repr(a), get_origin(a), get_args(a), getattr(a, '__parameters__', '-'))
print(get_origin(list[int]), get_args(list[int]), get_origin(int | str), get_args(int | None))

class C(List[int]):
    pass
print(C.__bases__, C.__orig_bases__, C.__mro__)

class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
print(Stack.__bases__, Stack.__orig_bases__, Stack.__parameters__, Stack.__mro__)
s = Stack[int]()
s.push(1)
print(s.items, Stack[int], get_origin(Stack[int]), get_args(Stack[int]), s.__orig_class__)
print(Stack[int] == Stack[int], Stack[int] == Stack[str], type(s).__name__)

class Pair(Generic[K, V]):
    pass
print(Pair[str, int], Pair.__parameters__, Pair[str, T].__parameters__)

class IntStack(Stack[int]):
    pass
print(IntStack.__bases__, IntStack.__orig_bases__, IntStack.__parameters__)

class Mixed(Dict[str, T], Generic[T]):
    pass
print(Mixed.__bases__, Mixed.__orig_bases__, Mixed.__parameters__)

class P(Protocol[T]):
    def get(self) -> T: ...
print(P.__bases__, P.__parameters__, P.__orig_bases__)

class D(typing.List):
    pass
print(D.__bases__)

for bad in [lambda: Generic[int], lambda: type(Generic()).__name__, lambda: isinstance([], List[int]),
            lambda: Stack[int, str], lambda: List[int](), lambda: Union[int]()]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
print(isinstance([], List), issubclass(list, Sequence), isinstance(3, Optional[int]))
print(T, T.__name__, TypeVar('S', bound=int).__bound__, TypeVar('U', int, str).__constraints__)
print(T | None, Optional[T], List[int] | None)
print(Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]))
print(List[int].__origin__, Union[int, str].__origin__, Optional[List[int]])
print(typing.Callable[[int, str], List[int]])
