# classmethod wrapping a descriptor (CPython 3.9-3.12): @classmethod @property, classmethod(obj with __get__)
class CMProp:
    _n = 'cmp'
    @classmethod
    @property
    def name(cls): return 'name of ' + cls.__name__
class Sub(CMProp): pass
print(CMProp.name, Sub.name, CMProp().name, Sub().name)
class D:
    def __get__(self, obj, owner): return ('D.__get__', obj.__name__, owner.__name__)
class U:
    x = classmethod(D())
print(U.x, U().x)
class V(U):
    @classmethod
    def m(cls): return super().x
print(V.m())
print(classmethod(property(lambda c: c.__name__ + '!')).__get__(None, U), classmethod(property(lambda c: c.__name__)).__get__(U()))
class Plain:
    @classmethod
    def f(cls, a): return (cls.__name__, a)
print(Plain.f(1), Plain().f(2), classmethod(Plain.f.__func__).__get__(None, Plain)(3))
