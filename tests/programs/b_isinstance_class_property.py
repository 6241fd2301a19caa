# isinstance() also asks obj.__class__, as CPython does (unittest.mock's spec uses it)
class Real:
    pass


class Pretender:
    @property
    def __class__(self):
        return Real


class Liar:
    __class__ = property(lambda self: 42)       # not a class: ignored


class Plain:
    pass


p = Pretender()
print(isinstance(p, Real), isinstance(p, Pretender), isinstance(p, (int, Real)))
print(type(p).__name__, p.__class__.__name__, issubclass(Pretender, Real))
print(isinstance(Liar(), Liar), isinstance(Liar(), int))
print(isinstance(Plain(), Real), isinstance(3, Real), isinstance(Real(), Real))


class Sub(Real):
    pass


class PretendSub:
    __class__ = Sub         # a class attribute, not a property


print(isinstance(PretendSub(), Real), isinstance(PretendSub(), Sub), PretendSub().__class__)
