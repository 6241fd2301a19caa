# the builtin exception classes of CPython 3.11 (but the exception groups), their
# hierarchy and aliases; complex and memoryview as names; exit() and quit()
import sys
names = ["BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning",
         "ChildProcessError", "ConnectionAbortedError", "ConnectionError",
         "ConnectionRefusedError", "ConnectionResetError", "DeprecationWarning",
         "EncodingWarning", "FutureWarning", "ImportWarning", "InterruptedError",
         "PendingDeprecationWarning", "ProcessLookupError", "ResourceWarning",
         "RuntimeWarning", "StopAsyncIteration", "SyntaxWarning", "TabError",
         "TimeoutError", "UnicodeTranslateError", "UnicodeWarning", "UserWarning",
         "Warning", "FileExistsError", "FileNotFoundError", "IsADirectoryError",
         "NotADirectoryError", "PermissionError", "EOFError"]
for n in names:
    cls = eval(n)
    print(n, [b.__name__ for b in cls.__mro__[1:]])
print(IOError is OSError, EnvironmentError is OSError)
class MyWarning(UserWarning):
    pass
try:
    raise MyWarning("careful")
except Warning as w:
    print("caught", type(w).__name__, w, isinstance(w, Exception))
try:
    raise TimeoutError(110, "Connection timed out")
except OSError as e:
    print(type(e).__name__, e.errno, e)
def f(x: complex, buf: memoryview) -> memoryview:
    return x
print(f(1, 2), isinstance(3, complex), isinstance(b"", memoryview))
try:
    exit(3)
except SystemExit as e:
    print("exit", e.code)
try:
    quit()
except SystemExit as e:
    print("quit", e.code)
sys.stdout.flush()
exit("bye")
