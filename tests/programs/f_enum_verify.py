# enum.verify with UNIQUE, CONTINUOUS and NAMED_FLAGS, and EnumCheck
from enum import Enum, Flag, IntEnum, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck
import enum
print(EnumCheck.UNIQUE, repr(CONTINUOUS), list(EnumCheck))
@verify(UNIQUE, CONTINUOUS)
class Ok(IntEnum):
    A = 1; B = 2; C = 3
print(list(Ok))
for make in [
    lambda: verify(UNIQUE)(Enum("U", [("A", 1), ("B", 1), ("C", 2), ("D", 2)])),
    lambda: verify(CONTINUOUS)(Enum("C", [("A", 1), ("B", 4), ("C", 7)])),
]:
    try: make()
    except ValueError as e: print("VE", e)
try:
    @verify(CONTINUOUS)
    class F(Flag):
        A = 1; B = 8
except ValueError as e: print("VE", e)
try:
    @verify(NAMED_FLAGS)
    class G(Flag):
        A = 1; B = 2; AB = 3; BAD = 12
except ValueError as e: print("VE", e)
try:
    @verify(NAMED_FLAGS)
    class H(Flag):
        A = 1; X = 6; Y = 9
except ValueError as e: print("VE", e)
@verify(NAMED_FLAGS, UNIQUE)
class K(Flag):
    R = 1; W = 2; RW = 3
print(K.RW, enum.verify.__name__)
