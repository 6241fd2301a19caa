# classes: multiple inheritance, method resolution order (diamond and wider)
class Base:
    def hello(self):
        return "Base"

    def tag(self):
        return "base-tag"


class Left(Base):
    def hello(self):
        return "Left"


class Right(Base):
    def hello(self):
        return "Right"

    def tag(self):
        return "right-tag"


class Diamond(Left, Right):
    pass


class Diamond2(Right, Left):
    pass


d = Diamond()
d2 = Diamond2()
print(d.hello(), d.tag())
print(d2.hello(), d2.tag())
print([c.__name__ for c in Diamond.__mro__])
print([c.__name__ for c in Diamond2.__mro__])


class X:
    def m(self):
        return "X"


class Y:
    def m(self):
        return "Y"

    def n(self):
        return "Y.n"


class Z(X, Y):
    pass


z = Z()
print(z.m(), z.n())
print([c.__name__ for c in Z.__mro__])


class K1(X, Y): pass
class K2(Y): pass
class K3(K1, K2): pass


print([c.__name__ for c in K3.__mro__])
print(K3().m(), K3().n())
try:
    class Bad(X, Z):
        pass
    print("no error")
except TypeError:
    print("TypeError: inconsistent MRO")
