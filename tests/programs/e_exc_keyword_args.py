import os
u = os.uname()
print(u.sysname, u.machine, len(u), type(u).__name__, u[0] == u.sysname)
print(repr(u) == repr(os.uname()))
print(u)
class E4(Exception):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a)
try:
    print(E4(1, x=2).args)
except TypeError as e:
    print(e)
n = NameError("m", name="zz")
print(n.name)
a = AttributeError("m", name="q", obj=5)
print(a.name, a.obj)
try:
    AttributeError(path=1)
except TypeError as e:
    print(e)
try:
    ModuleNotFoundError(foo=1)
except TypeError as e:
    print(e)
class E5(ImportError): pass
print(E5("a", name="b").name)
