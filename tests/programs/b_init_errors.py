# classes: errors raised in and around __init__
class NeedsTwo:
    def __init__(self, a, b):
        self.a = a
        self.b = b


try:
    NeedsTwo(1)
except TypeError:
    print("TypeError missing arg")
try:
    NeedsTwo(1, 2, 3)
except TypeError:
    print("TypeError too many args")
print(NeedsTwo(b=2, a=1).a)


class Validating:
    def __init__(self, n):
        if n < 0:
            raise ValueError("negative: " + str(n))
        self.n = n


for v in (3, -1, 0):
    try:
        print("made", Validating(v).n)
    except ValueError as e:
        print("ValueError", e)


class ReturnsValue:
    def __init__(self):
        return None


print(type(ReturnsValue()).__name__)


class BadReturn:
    def __init__(self):
        return 5


try:
    BadReturn()
except TypeError:
    print("TypeError __init__ returned non-None")


class NoInit:
    pass


try:
    NoInit(1)
except TypeError:
    print("TypeError no-arg object")


class Partial:
    def __init__(self):
        self.first = 1
        raise RuntimeError("half built")


try:
    Partial()
except RuntimeError as e:
    print("RuntimeError", e)
