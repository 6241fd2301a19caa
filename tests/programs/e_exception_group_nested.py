# except* nested in except* handlers, in functions, loops, finally, generators
import sys


def inner(excs):
    try:
        raise ExceptionGroup("inner", excs)
    except* ValueError as e:
        print("inner V", repr(e))
        try:
            raise ExceptionGroup("deeper", [OSError(1), KeyError(2)])
        except* OSError as o:
            print("deeper O", repr(o), repr(sys.exc_info()[1]))
        except* KeyError:
            print("deeper K", repr(sys.exc_info()[1]))
            raise
    print("not reached")


for excs in ([ValueError(1)], [ValueError(1), TypeError(2)], [TypeError(3)]):
    try:
        inner(excs)
    except* KeyError as k:
        print("outer K", repr(k))
    except* TypeError as t:
        print("outer T", repr(t))
    print("exc_info after:", sys.exc_info())


def with_finally(n):
    log = []
    try:
        try:
            if n:
                raise ExceptionGroup("f", [ValueError(n)] * 1 + [KeyError(n)])
            log.append("body")
        except* ValueError:
            log.append("V")
        else:
            log.append("else")
        finally:
            log.append("finally")
    except* KeyError:
        log.append("K")
    return log


print(with_finally(0), with_finally(1))


def gen():
    try:
        yield 1
        raise ExceptionGroup("gen", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield repr(e)
    except* TypeError as e:
        yield repr(e)
    yield "end"


print(list(gen()))

# a handler that raises inside a nested ordinary try/except
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError:
    try:
        raise KeyError("x")
    except KeyError as k:
        print("caught inside", repr(k), repr(k.__context__))
except* TypeError as t:
    print("T", repr(t))

# the unhandled part and the new exceptions leave together
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise IndexError(4)
    except* TypeError:
        raise ExceptionGroup("sub", [NameError(5)])
except ExceptionGroup as e:
    print(repr(e))
    for x in e.exceptions:
        print("  ", type(x).__name__, repr(x.__context__))

# except* catching a naked exception re-raised bare comes out as it was
try:
    try:
        raise ValueError("plain")
    except* ValueError:
        raise
except ValueError as v:
    print("plain back", repr(v))
except ExceptionGroup as g:
    print("group", repr(g))

# raising something new from a naked match
try:
    try:
        raise ValueError("plain")
    except* ValueError as e:
        raise TypeError("new") from e
except TypeError as t:
    # (one exception leaves alone, not in a group)
    print("new from naked", repr(t), repr(t.__cause__))

# BaseException members
try:
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), SystemExit(2), ValueError(1)])
    except* KeyboardInterrupt:
        print("KI")
except BaseExceptionGroup as b:
    print(type(b).__name__, repr(b))

# what leaves is derived anew from the original, even when all of it is re-raised
e = ExceptionGroup("x", [ValueError(1), ExceptionGroup("y", [TypeError(2)])])
m, r = e.split(KeyError)
print(m, r is e, r.exceptions[1] is e.exceptions[1])
try:
    try:
        raise e
    except* KeyError:
        pass
except ExceptionGroup as x:
    print(x is e)
try:
    try:
        raise e
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as x:
    print(x is e, repr(x))
try:
    try:
        raise e
    except* ValueError:
        raise
    except* TypeError:
        raise
except ExceptionGroup as x:
    print(x is e, repr(x))
