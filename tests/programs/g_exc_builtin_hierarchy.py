# exceptions: the builtin exception hierarchy - catching by base classes, except tuples, isinstance of exceptions
pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError),
    (UnboundLocalError, NameError),
    (ModuleNotFoundError, ImportError),
    (OSError, Exception),
    (MemoryError, Exception),
    (StopIteration, Exception),
    (KeyboardInterrupt, Exception),
    (SystemExit, BaseException),
    (Exception, BaseException),
    (TypeError, ValueError),
    (AssertionError, Exception),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))


def raise_each(i):
    if i == 0:
        return [][1]
    if i == 1:
        return {}["k"]
    if i == 2:
        return 1 // 0
    if i == 3:
        return int("z")
    if i == 4:
        return None + 1
    if i == 5:
        assert i < 0, "assert message"
    if i == 6:
        raise NotImplementedError
    return "no error"


for i in range(8):
    try:
        print(i, raise_each(i))
    except LookupError as e:
        print(i, "LookupError family:", type(e).__name__, isinstance(e, (KeyError, IndexError)))
    except (ArithmeticError, ValueError) as e:
        print(i, "arith-or-value:", type(e).__name__, e)
    except RuntimeError as e:
        print(i, "runtime:", type(e).__name__, repr(e))
    except Exception as e:
        print(i, "generic:", type(e).__name__, e)

handlers = (KeyError, ZeroDivisionError)
for i in [1, 2]:
    try:
        raise_each(i)
    except handlers as e:
        print("tuple in a variable caught", type(e).__name__)

try:
    import nosuchmodule
except ImportError as e:
    print("ImportError family:", type(e).__name__, e)

e = ZeroDivisionError("x")
print(isinstance(e, ArithmeticError), isinstance(e, Exception), isinstance(e, BaseException), isinstance(e, LookupError))
print([c.__name__ for c in type(e).__mro__])
print(KeyError.__mro__[1].__name__, IndexError.__bases__[0].__name__)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit caught, code", e.code)
try:
    raise BaseException("base")
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught:", e)
try:
    raise ValueError
except ValueError as e:
    print("raised class, got instance:", repr(e), type(e) is ValueError)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
