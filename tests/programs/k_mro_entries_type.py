# PEP 560 from type(), types.new_class and typing's generics.
import types
from typing import Generic, TypeVar, List


class Base:
    def __mro_entries__(self, bases):
        print("mro_entries called", len(bases))
        return (dict,)


b = Base()
try:
    type('X', (b,), {})
except TypeError as e:
    print("type():", e)
try:
    type('X', (int, b), {})
except TypeError as e:
    print("type():", e)
print(types.resolve_bases((b, int)))
X = types.new_class('X', (b,))
print(X.__bases__, X.__orig_bases__ == (b,), X(a=1))
Y = type('Y', (int,), {})
print(Y.__bases__, '__orig_bases__' in vars(Y))

T = TypeVar('T')


class G(Generic[T]):
    pass


print(G.__bases__, G.__orig_bases__)


class H(G[int]):
    pass


print(H.__bases__, H.__orig_bases__, H.__mro__)


class L(List[int]):
    pass


print(L.__bases__, L([3, 4]))
