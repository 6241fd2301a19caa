# enum: auto() values usable in the class body (RW = R | W), _generate_next_value_ in the body
from enum import Enum, Flag, IntFlag, auto
class P(Flag):
    R = auto(); W = auto(); X = auto()
    RW = R | W
    ALL = R | W | X
print(list(P), P.RW, P.ALL, repr(P(3)))
class E(Enum):
    A = auto()
    print(repr(A))
    B = auto()
    C = 10
    D = auto()
print(list(E))
class S(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    X = auto()
    Y = auto()
print(S.X.value, S.Y.value)
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = R | W | X
print(Perm.RWX, repr(Perm.RWX), list(Perm))
class T(Enum):
    A = (1, auto())
print(T.A.value)
