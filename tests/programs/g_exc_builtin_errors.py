# exceptions: builtin errors raised by the interpreter and caught - messages of common cases
import math


def attempt(label, fn):
    try:
        r = fn()
        print(label, "=> no error:", r)
    except Exception as e:
        print(label, "=>", type(e).__name__ + ":", e)


attempt("int div", lambda: 1 // 0)
attempt("int mod", lambda: 5 % 0)
attempt("true div", lambda: 1 / 0)
attempt("float div", lambda: 1.0 / 0)
attempt("float floordiv", lambda: 2.5 // 0.0)
attempt("divmod", lambda: divmod(1, 0))
attempt("list index", lambda: [1, 2, 3][3])
attempt("tuple index", lambda: (1,)[-2])
attempt("str index", lambda: "abc"[10])
attempt("list assign", lambda: [1].__setitem__(5, 0))
attempt("pop empty", lambda: [].pop())
attempt("dict key", lambda: {"a": 1}["b"])
attempt("dict int key", lambda: {1: 2}[7])
attempt("int parse", lambda: int("abc"))
attempt("float parse", lambda: float("1.2.3"))
attempt("list remove", lambda: [1, 2].remove(9))
attempt("list index()", lambda: [1, 2].index(9))
attempt("str index()", lambda: "abc".index("z"))
attempt("add types", lambda: 1 + "a")
attempt("concat", lambda: "a" + 1)
attempt("list + tuple", lambda: [1] + (2,))
five = 5
attempt("call int", lambda: five())
attempt("len int", lambda: len(5))
attempt("subscript int", lambda: five[0])
attempt("unhashable", lambda: {[1]: 2})
attempt("attr", lambda: (5).real_part)
attempt("none attr", lambda: None.x)
attempt("name", lambda: undefined_thing)
attempt("exp overflow", lambda: math.exp(1000))
attempt("float pow overflow", lambda: 10.0 ** 400)
attempt("sqrt domain", lambda: math.sqrt(-1))
attempt("log domain", lambda: math.log(0))
attempt("int too big for float", lambda: float(10 ** 400))
attempt("unpack many", lambda: [a for a, b in [(1, 2, 3)]])
attempt("unpack few", lambda: [a for a, b, c in [(1, 2)]])
attempt("str * str", lambda: "a" * "b")
attempt("neg shift", lambda: 1 << -1)
attempt("chr range", lambda: chr(-1))
attempt("iter int", lambda: iter(5))
attempt("min empty", lambda: min([]))
attempt("no error", lambda: 2 ** 10)


def assign_unbound():
    if False:
        y = 1
    return y


attempt("unbound local", assign_unbound)
attempt("too many args", lambda: (lambda x: x)(1, 2))
attempt("bad keyword", lambda: (lambda x: x)(y=2))
