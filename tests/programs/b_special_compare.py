# special methods: rich comparison fallbacks, reflected operands, NotImplemented, __ne__
class Num:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if isinstance(other, Num):
            return self.v == other.v
        if isinstance(other, int):
            return self.v == other
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Num):
            return self.v < other.v
        if isinstance(other, int):
            return self.v < other
        return NotImplemented

    def __hash__(self):
        return hash(self.v)


a, b = Num(1), Num(2)
print(a == Num(1), a != Num(1), a == 1, 1 == a, a != 2, a == "1")
print(a < b, b > a, a < 5, 5 > a)
try:
    print(0 < a)
except TypeError:
    print("TypeError no reflected __gt__")
try:
    a < "x"
except TypeError:
    print("TypeError Num < str")
print(Num(3) in [Num(1), Num(3)], [Num(1), 2].index(2), [1, 2, 3].count(Num(2)))
print({Num(1): "x"}.get(1), {1: "y"}.get(Num(1)))


class Logger:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __eq__(self, other):
        self.log.append(self.name + "==" + other.name)
        return NotImplemented


log = []
print(Logger("L", log) == Logger("R", log), log)
x = Logger("X", [])
print(x == x, x != x)


class Always:
    def __eq__(self, other):
        return True


print(Always() == 5, 5 == Always(), None == Always(), Always() != 3)
print([1, Always()] == [1, 2], (Always(),) == ("q",))
