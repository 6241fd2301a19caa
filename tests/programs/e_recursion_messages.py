# The message of RecursionError depends on where the limit is hit, as CPython 3.11's.
import sys
sys.setrecursionlimit(150)


def f(n):
    return f(n + 1)


try:
    f(0)
except RecursionError as e:
    print("function:", e)


def nest(n, make):
    a = 0
    for i in range(n):
        a = make(a)
    return a


cases = [("list", lambda x: [x]), ("tuple", lambda x: (x, 1)),
         ("dict", lambda x: {"k": x})]
for name, make in cases:
    a = nest(500, make)
    b = nest(500, make)
    try:
        repr(a)
    except RecursionError as e:
        print(name, "repr:", e)
    try:
        str(a)
    except RecursionError as e:
        print(name, "str:", e)
    try:
        print(a == b)
    except RecursionError as e:
        print(name, "==:", e)
    if name != "dict":
        try:
            print(a < b)
        except RecursionError as e:
            print(name, "<:", e)

# shallow ones still work, and the depth is restored after each error
print(repr(nest(20, lambda x: [x])))
print(nest(20, lambda x: (x,)) == nest(20, lambda x: (x,)))
l = [1]
l.append(l)
print(l, repr({"a": l}))
try:
    f(0)
except RecursionError as e:
    print("again:", e)
