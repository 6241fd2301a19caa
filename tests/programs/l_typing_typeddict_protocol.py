# typing: TypedDict's Required/NotRequired keys (under Annotated too), a Protocol
# class cannot be instantiated (a class implementing it can).
from typing import TypedDict, Required, NotRequired, Annotated
class Movie(TypedDict):
    title: str
    year: NotRequired[int]
class Opt(TypedDict, total=False):
    a: int
    b: Required[str]
    c: Annotated[NotRequired[int], 'meta']
class Sub(Movie, total=False):
    extra: Required[bool]
    more: int
for t in (Movie, Opt, Sub):
    print(t.__name__, sorted(t.__required_keys__), sorted(t.__optional_keys__), t.__total__)
print(Movie(title='x'))
from typing import Protocol, runtime_checkable
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class File(Closer):
    def close(self): return 'closed'
class Other:
    def close(self): pass
try:
    Closer()
except TypeError as e:
    print('TypeError', e)
print(File().close(), isinstance(Other(), Closer), isinstance(1, Closer))
try:
    print(type(Protocol()).__name__)
except TypeError as e:
    print('TypeError', e)
