# try/except/else/finally, raise from, custom hierarchies, assert, nested handlers
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


class NotFound(AppError):
    pass


def find(key):
    table = {"a": 1}
    try:
        return table[key]
    except KeyError as e:
        raise NotFound(404, "missing " + key) from e


for key in ["a", "b"]:
    try:
        value = find(key)
    except AppError as e:
        print("error", e.code, e, type(e).__name__, isinstance(e, Exception))
    else:
        print("found", value)
    finally:
        print("done", key)


def order():
    log = []
    try:
        try:
            log.append("body")
            raise ValueError("v")
        finally:
            log.append("inner finally")
    except ValueError as e:
        log.append("caught " + str(e))
    return log


print(order())

try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)

try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e))

try:
    {}["k"]
except LookupError as e:
    print("lookup:", repr(e), str(e))

try:
    [1, 2][5]
except IndexError as e:
    print(e)

try:
    int("x12")
except ValueError as e:
    print(e)

try:
    None.foo
except AttributeError as e:
    print(e)

try:
    "a" < 1
except TypeError as e:
    print(e)

try:
    raise RuntimeError
except RuntimeError as e:
    print("class raised:", repr(e), e.args)

e = Exception("x", 2)
print(e.args, str(e), repr(e))


def loop_with_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f")
    return out


print(loop_with_finally())


def return_in_except():
    try:
        raise KeyError("k")
    except KeyError:
        return "handled"
    finally:
        print("cleanup")


print(return_in_except())
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print("chained:", e, type(e.__context__).__name__ if hasattr(e, "__context__") else "")
