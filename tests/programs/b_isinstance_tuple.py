# isinstance / issubclass with single classes, tuples, nested tuples and builtins
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass


objs = [A(), B(), C(), D(), 1, "s", 2.0, [], {}, (), None, True]
for o in objs:
    print(type(o).__name__, isinstance(o, (A, C)), isinstance(o, (int, str)),
          isinstance(o, (list, (dict, tuple))))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float))
print(issubclass(D, (C,)), issubclass(B, (C, int)), issubclass(bool, (str, int)))
print(issubclass(D, A), issubclass(A, object), issubclass(int, object))
print(isinstance(A, type), isinstance(int, type), isinstance(A(), type))
print(isinstance(D(), ()), issubclass(D, ()))
try:
    isinstance(1, 1)
except TypeError:
    print("TypeError isinstance arg 2")
try:
    issubclass(1, int)
except TypeError:
    print("TypeError issubclass arg 1")
try:
    issubclass(D, (A, "x"))
    print("short-circuit ok")
except TypeError:
    print("TypeError in tuple")
print(isinstance(None, type(None)), isinstance(print, type(len)))
