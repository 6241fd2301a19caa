# an uncaught exception group: CPython 3.11's boxed report (width and depth limits,
# notes, a chained exception inside the group)
def make(n):
    return ExceptionGroup("wide", [ValueError(i) for i in range(n)])


def deep(d):
    if d == 0:
        return TypeError("bottom")
    return ExceptionGroup("level %d" % d, [deep(d - 1), KeyError(d)])


def fail():
    raise OSError("inside")


def wrapped():
    try:
        fail()
    except OSError as e:
        raise RuntimeError("wrapping") from e


try:
    wrapped()
except RuntimeError as e:
    chained = e
eg = ExceptionGroup("top", [make(17), deep(12), chained, make(2)])
eg.add_note("note one\nsecond line")
print("raising")
try:
    raise eg
except* TypeError:
    raise ValueError("handler failed")
