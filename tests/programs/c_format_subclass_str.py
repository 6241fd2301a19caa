# format() with an empty spec of an instance of a subclass of str, int or float is
# str(self), its own __str__ if it has one; enum's IntEnum/StrEnum follow that rule.
class S(str):
    def __str__(self): return 'overridden'
s = S('base')
print(f"{s}", format(s), "{}".format(s), f"{s:>6}", f"{s!r}", "%s" % s)
class I(int):
    def __str__(self): return 'int-str'
print(f"{I(5)}", format(I(5), 'd'), "{:}".format(I(5)))
import enum
class Http(enum.IntEnum):
    OK = 200
    def __str__(self): return f'{self.value} {self.name}'
print(f"{Http.OK}", format(Http.OK), str(Http.OK), f"{Http.OK:d}")
class Plain(enum.IntEnum):
    A = 1
print(f"{Plain.A}", str(Plain.A), repr(Plain.A))
class Col(str, enum.Enum):
    RED = 'r'
print(f"{Col.RED}", str(Col.RED), format(Col.RED))
class F(float):
    def __str__(self): return 'fl'
print(f"{F(1.5)}", f"{F(1.5):.2f}")
