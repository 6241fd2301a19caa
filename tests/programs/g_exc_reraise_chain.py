# exceptions: bare raise, raise e, raise X from Y, __cause__/__context__, raise from None, translating errors
class StorageError(Exception):
    pass


def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise StorageError("no record " + repr(key)) from e


try:
    load({}, "x")
except StorageError as e:
    print("StorageError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__,
          "| suppress:", e.__suppress_context__)


def parse(s):
    try:
        return int(s)
    except ValueError:
        raise StorageError("bad number") from None


try:
    parse("zz")
except StorageError as e:
    print("from None:", e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)


def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")


try:
    implicit()
except ValueError as e:
    print("implicit context:", type(e.__context__).__name__, e.__context__, e.__cause__)


def reraiser(n):
    try:
        [1, 2][n]
    except IndexError:
        print("  logging and re-raising", n)
        raise


for n in [0, 5]:
    try:
        print("got", reraiser(n))
    except IndexError as e:
        print("outer caught:", e)


def reraise_saved():
    saved = None
    try:
        raise KeyError("saved")
    except KeyError as e:
        saved = e
    print("after the except block, saved =", repr(saved))
    raise saved


try:
    reraise_saved()
except KeyError as e:
    print("re-raised saved:", e)

# re-raising after handling another exception inside the handler
try:
    try:
        raise TypeError("original")
    except TypeError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise  # still re-raises the TypeError
except TypeError as e:
    print("bare raise kept:", e)

# a cause chain three deep
def level(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        level(n - 1)
    except LookupError as e:
        raise LookupError("level %d" % n) from e


try:
    level(3)
except LookupError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(str(cur))
        cur = cur.__cause__
    print(chain)

try:
    raise RuntimeError("with class cause") from KeyError
except RuntimeError as e:
    print(type(e.__cause__).__name__, repr(e.__cause__))
try:
    raise
except RuntimeError as e:
    print("bare raise with nothing active:", e)
