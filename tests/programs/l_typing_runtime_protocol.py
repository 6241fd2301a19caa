# typing.Protocol with @runtime_checkable: isinstance/issubclass check the members
from typing import Protocol, runtime_checkable, Iterable
import abc

@runtime_checkable
class Describable(Protocol):
    def describe(self) -> str: ...

@runtime_checkable
class HasId(Protocol):
    id: int

class NotRuntime(Protocol):
    def run(self): ...

class U:
    def describe(self): return "u"

class V:
    id = 3

class W:
    describe = None

class Explicit(Describable):
    pass

print(isinstance(U(), Describable), isinstance(V(), Describable), isinstance(W(), Describable))
print(isinstance(V(), HasId), isinstance(U(), HasId), isinstance(Explicit(), Describable))
print(issubclass(U, Describable), issubclass(V, Describable), issubclass(Explicit, Describable))
try: issubclass(V, HasId)
except TypeError as e: print(e)
try: isinstance(U(), NotRuntime)
except TypeError as e: print(e)
try: runtime_checkable(U)
except TypeError as e: print(str(e).split(',')[0])
print(Explicit().describe(), isinstance(Explicit(), Explicit), isinstance(3, Explicit))

@runtime_checkable
class SizedP(Protocol):
    def __len__(self): ...
print(isinstance([], SizedP), isinstance(3, SizedP), isinstance("ab", SizedP))

class Both(Describable, Protocol):
    def extra(self): ...
print(isinstance(U(), Explicit))

class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
class Mixed(Base, Describable):
    def f(self): return 1
    def describe(self): return "m"
print(Mixed().f(), isinstance(Mixed(), Base), isinstance(Mixed(), Describable))
