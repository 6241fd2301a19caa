# classes: long inheritance chains, overriding, calling base methods explicitly
class A:
    def who(self):
        return "A"

    def chain(self):
        return ["A"]

    def only_a(self):
        return "only in A from " + self.who()


class B(A):
    def who(self):
        return "B"

    def chain(self):
        return A.chain(self) + ["B"]


class C(B):
    def chain(self):
        return B.chain(self) + ["C"]


class D(C):
    def who(self):
        return "D"

    def chain(self):
        return super().chain() + ["D"]


for cls in (A, B, C, D):
    obj = cls()
    print(cls.__name__, obj.who(), obj.chain(), obj.only_a())

print([k.__name__ for k in D.__mro__])
print(D.__bases__[0].__name__, C.__bases__[0].__name__)
print(issubclass(D, A), issubclass(A, D), issubclass(D, D))
d = D()
print(isinstance(d, A), isinstance(d, B), type(d) is D, type(d) is C)
print(A.who(d), B.who(d), C.who(d), D.who(d))


class E(D):
    pass


e = E()
print("E", e.who(), e.chain(), type(e).__name__)
print(E.__mro__[1] is D, len(E.__mro__))
