# enum.Flag/IntFlag: multi-bit members are aliases, unknown bits (IntFlag keeps them, Flag refuses them)
import enum
from enum import Flag, IntFlag, auto
class F(IntFlag):
    A = 1
    B = 2
print(repr(F(7)), repr(F(8)), repr(F(4)), F(7).name, F(8).name, list(F(7)), repr(F(-1)), repr(~F.A))
print(repr(F.A | 8), repr(F(0)))
class P(Flag):
    NONE = 0
    R, W, X, RW = 1, 2, 4, 3
print(list(P), P(7), repr(P(3)), len(P), P.RW in P(7), list(P.RW), repr(P(0)), P.NONE)
print(list(P.__members__), P['RW'], repr(~P.R), repr(~P.RW))
try: P(8)
except ValueError as e: print(e)
class Q(IntFlag):
    X = 1
    Y = 6
print(list(Q), repr(Q(7)))
print(repr(F.A ^ F.B), repr(F.A ^ 3), repr(3 ^ F.A), repr(~F.B), F.A | F.B == 3, str(F.A | F.B), format(F.B, '03d'))
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(Perm.R | Perm.W), Perm.R | Perm.W, repr(Perm(0)), repr(~Perm.R), Perm.R in (Perm.R | Perm.X))
class E(enum.Enum):
    A = 1
print(repr(E.A), repr(E), repr(Perm))
