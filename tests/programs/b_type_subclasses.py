# type.__subclasses__() (direct subclasses, in creation order) and type.mro()
class A: pass
class B(A): pass
print(A.__subclasses__())
class C(A): pass
class D(B, C): pass
print(A.__subclasses__(), B.__subclasses__(), C.__subclasses__(), D.__subclasses__())
print(type.__subclasses__(A) == A.__subclasses__(), D.mro())
def all_subclasses(cls):
    out = []
    for sub in cls.__subclasses__():
        out.append(sub.__name__)
        out.extend(all_subclasses(sub))
    return out
print(all_subclasses(A))
class Plugin:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls.__name__)
class P1(Plugin): pass
class P2(Plugin): pass
print(Plugin.registry, [c.__name__ for c in Plugin.__subclasses__()])
class L(list): pass
print(L in list.__subclasses__(), [c.__name__ for c in L.__subclasses__()])
try:
    A.__subclasses__(1)
except TypeError as e:
    print(e)
