# an uncaught group raised while handling a group, from a function: the chain and the
# sub-exceptions' own tracebacks and contexts
def f():
    raise ValueError(1)


def g():
    try:
        f()
    except ValueError as e:
        raise ExceptionGroup("inner", [e, TypeError("t")])


def h():
    try:
        raise ExceptionGroup("eg", [KeyError(1), TypeError(2)])
    except* KeyError:
        raise IndexError(3)


try:
    g()
except ExceptionGroup as e:
    eg = e
try:
    h()
except ExceptionGroup as e:
    other = e
try:
    1 / 0
except ZeroDivisionError:
    raise BaseExceptionGroup("outer", [eg, other, KeyboardInterrupt()])
