# PEP 560: class bases resolved through __mro_entries__ (and list[int] as a base), __orig_bases__
class Base:
    def __init__(self, x): self.x = x
class Mixin:
    def hello(self): return 'hello'
class Entries:
    def __mro_entries__(self, bases):
        print("mro_entries got", len(bases), 'bases')
        return (Base, Mixin)
e = Entries()
class Derived(e):
    pass
print([c.__name__ for c in Derived.__bases__], Derived.__orig_bases__ == (e,), Derived(5).x, Derived(1).hello())
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("meta sees", [b.__name__ for b in bases], '__orig_bases__' in ns)
        return super().__new__(mcls, name, bases, ns)
class D2(Entries(), metaclass=Meta): pass
class Drop:
    def __mro_entries__(self, bases): return ()
class D3(Drop(), Mixin): pass
print(D3.__bases__, D3.__orig_bases__[1] is Mixin)
class L(list[int]):
    pass
print(L.__bases__, L.__orig_bases__, L([1, 2]))
class DI(dict[str, int]): pass
print(DI.__mro__, '__orig_bases__' in vars(DI))
class Plain(Base): pass
print('__orig_bases__' in vars(Plain))
class BadEntries:
    def __mro_entries__(self, bases): return [Base]
try:
    class D4(BadEntries()): pass
except TypeError as ex:
    print("TypeError:", ex)
