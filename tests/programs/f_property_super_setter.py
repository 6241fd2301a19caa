# the idiom for extending a base class property setter: super(Sub, type(self)).x.__set__,
# and property.__get__/__set__/__delete__ called by name
class Base:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        "the x"
        return self._x

    @x.setter
    def x(self, v):
        print('Base setter', v)
        self._x = v

    @x.deleter
    def x(self):
        print('Base deleter')


class Sub(Base):
    @property
    def x(self):
        return super().x * 10

    @x.setter
    def x(self, v):
        super(Sub, type(self)).x.__set__(self, v + 1)

    @x.deleter
    def x(self):
        Base.x.__delete__(self)


s = Sub()
print(s.x)
s.x = 4
print(s.x, s._x, Base.x.__get__(s), Base.x.__get__(s, Sub), Base.x.__get__(None, Base) is Base.x)
del s.x
ro = property(lambda self: 1)
for f in [lambda: ro.__set__(s, 1), lambda: ro.__delete__(s), lambda: property().__get__(s),
          ]:
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(type(Base.__dict__['x']).__get__(Base.__dict__['x'], s), hasattr(property, '__set__'), 'x' in dir(s))
print(Base.x.__doc__, Base.x.fget.__name__, s.__class__.x.fset is not Base.x.fset)
