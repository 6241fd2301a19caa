# CPython 3.11's "Did you mean" after a NameError or AttributeError the interpreter
# raised: the report of an uncaught one prints it (this program's last line), not
# traceback.format_exception_only (before 3.12) nor str(); the closest name among the
# frame's locals, then its globals, then the builtins (for an AttributeError, dir() of
# the object).  errors_did_you_mean_attr.py: an uncaught AttributeError.
import math
import traceback


def last_line(fn):
    try:
        fn()
    except Exception as e:
        return traceback.format_exception_only(e)[-1].rstrip()
    return "no error"


class Point:
    def __init__(self):
        self.value = 1
        self.values = [1]

    def total(self):
        return self.valeu


def local_typo(count):
    total = 0
    for i in range(count):
        total += coutn
    return total


Prnt = 1
print(last_line(lambda: local_typo(2)))
print(last_line(lambda: lenn([1])))
print(last_line(lambda: Point().total()))
print(last_line(lambda: math.sqrtt(2)))
print(last_line(lambda: "abc".uper()))
print(last_line(lambda: prnt(3)))
print(last_line(lambda: [].appendd(1)))
print(last_line(lambda: zzzzzzzz))
print(last_line(lambda: {}.itemz()))
print(last_line(lambda: Exeption))
print(last_line(lambda: Point.totl))
print(last_line(lambda: Point().valus))


def user_raised():
    raise NameError("lenn")


print(last_line(user_raised))
try:
    lenn
except NameError as e:
    print(repr(str(e)), e.name)


def inner_scope():
    data = 1

    def inner():
        return dta
    return inner()


print(last_line(inner_scope))
ab = 1
AB
