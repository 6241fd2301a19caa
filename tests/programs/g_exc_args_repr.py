# exceptions: args, str(e) and repr(e) for builtin and user exceptions with 0, 1 and several arguments
cases = [
    ValueError(),
    ValueError("msg"),
    ValueError("a", 1),
    ValueError(42),
    ValueError(""),
    KeyError("key"),
    KeyError(3),
    KeyError(),
    KeyError("a", "b"),
    IndexError("list index out of range"),
    TypeError("x", [1, 2]),
    RuntimeError(None),
    Exception("top"),
    ZeroDivisionError("division by zero"),
    AttributeError("attr"),
    StopIteration(5),
    NotImplementedError("todo"),
]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)

try:
    {}["missing"]
except KeyError as e:
    print("str:", str(e), "repr:", repr(e), "args:", e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print("str:", str(e), "args:", e.args)
try:
    [][0]
except IndexError as e:
    print("str:", str(e), "repr:", repr(e))
try:
    int("12x")
except ValueError as e:
    print("str:", str(e), "args:", e.args)


class Detailed(Exception):
    def __init__(self, where, what):
        super().__init__(where, what)
        self.where = where
        self.what = what


d = Detailed("parser", "unexpected token")
print(str(d), repr(d), d.args, d.where)


class Custom(Exception):
    def __str__(self):
        return "custom<%s>" % ",".join([str(a) for a in self.args])


c = Custom(1, "two")
print(str(c), repr(c), "%s" % c, "{}".format(c))
try:
    raise Custom("raised")
except Custom as e:
    print("caught", e, e.args[0])

e = ValueError("first")
e.args = ("changed", 2)
print(str(e), repr(e))
print(str(ValueError(["list", "arg"])), str(OverflowError((1, 2))))
print([str(x) for x in [Exception(), Exception(None), Exception(0), Exception(1.5)]])
