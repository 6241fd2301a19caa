# try/except*: matching, handlers run once with their subgroup, what is re-raised
import sys
def show(label, e):
    print(label, type(e).__name__, repr(e))

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    show("V", e)
    print(repr(sys.exc_info()[1]))
except* TypeError as e:
    show("T", e)
print("after 1")

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        show("V", e)
except ExceptionGroup as outer:
    show("outer", outer)
    print(outer.exceptions)

try:
    raise ValueError("naked")
except* ValueError as e:
    show("naked", e)
    print(e.exceptions[0] is not None, e.__traceback__ is not None)

try:
    try:
        raise KeyError("naked2")
    except* ValueError as e:
        print("no")
except KeyError as k:
    show("naked passes", k)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("new")
    except* TypeError:
        raise
except ExceptionGroup as outer:
    show("combined", outer)
    print(repr(outer.exceptions[0].__context__))

try:
    pass
except* ValueError:
    print("no")
else:
    print("else ran")
finally:
    print("finally ran")

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (TypeError, ValueError) as e:
        show("tuple", e)
        raise
    finally:
        print("finally 2")
except ExceptionGroup as outer:
    show("re", outer)
print("e" in dir())

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as t:
    print(t, repr(t.__context__))
try:
    try:
        raise ValueError(1)
    except* 3:
        pass
except TypeError as t:
    print(t)
try:
    raise ExceptionGroup("nest", [ValueError(1), ExceptionGroup("in", [TypeError(2), ValueError(3)])])
except* ValueError as e:
    show("nestV", e)
except* TypeError as e:
    show("nestT", e)
def f():
    for i in range(3):
        try:
            raise ExceptionGroup("loop", [ValueError(i)])
        except* ValueError as e:
            for j in range(2):
                if j == 1:
                    break
            print("loop", i, e.exceptions)
    return "done"
print(f())
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
except ExceptionGroup as outer:
    show("raise e", outer)
# (ExceptionGroup refuses a KeyboardInterrupt: the TypeError is raised naked, caught by
# except* TypeError, and the SystemExit its handler raises leaves alone: exit status 3)
try:
    try:
        raise ExceptionGroup("eg", [KeyboardInterrupt(), TypeError(2)])
    except* TypeError:
        raise SystemExit(3)
except BaseExceptionGroup as outer:
    show("base", outer)
