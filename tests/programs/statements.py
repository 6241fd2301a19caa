# assorted statements: del, global, is, while/for else, with, pass, chained ops
import sys

values = [1, 2, 3, 4]
del values[1]
print(values)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)

n = 0
while n < 3:
    n += 1
else:
    print("while else", n)

for i in range(3):
    if i == 10:
        break
else:
    print("for else", i)

a = [1]
b = a
print(a is b, a is not b, a == [1], [1] is a, None is None)


class Managed:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None, value)
        return typ is KeyError


with Managed("one") as m:
    print("inside", m.name)

with Managed("two"):
    raise KeyError("swallowed")
print("after two")

try:
    with Managed("three"), Managed("four"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)


def early():
    with Managed("five"):
        return "returned"


print(early())
bits = 0b1010 | 0x0F & 0o7 ^ 3
print(bits, 1 << 70, -1 >> 3, ~7, 7 & -2)
print(10 // 3, 10 % 3, -10 // 3, -10 % 3, 10.5 // 3, 10.5 % 3, 2 ** -1)
print(3 * "ab", [0] * 3, (1,) * 2, "x" + "y")
print(1e100, 1.5e-7, 123456789.0, 0.1, 1 / 3, 2.0, -0.0, 1e16, 12345678901234567.0)
print(float("3.25"), int(3.99), int(-3.99), int("  42 "), int("ff", 16), int("0b101", 0))
print(True + True, True * 3, False == 0, 1 == 1.0, hash(1) == hash(1.0))
print(sys.argv[0].endswith("statements.py"), len(sys.argv))
big = 10 ** 30
print(big, big // 7, big % 7, -big, big > 1e29, float(big))
pass
