# a class's repr names the module that defined it (its __module__), as CPython's
import collections, heapq, contextlib
print(collections.deque, collections.Counter)
class A:
    pass
class B:
    __module__ = 5
class C:
    __module__ = "builtins"
class D:
    __module__ = "elsewhere"
print(A, B, C, D, int, type(None))
print(repr(A()).startswith("<__main__.A object at 0x"), repr(D()).startswith("<elsewhere.D object at 0x"))
print(object.__repr__(C()).startswith("<C object at 0x"))
