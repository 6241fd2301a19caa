# property: fget/fset/fdel/doc, @x.setter and @x.deleter, messages without accessors
class Temp:
    def __init__(self):
        self._t = 0
    @property
    def t(self):
        return self._t
    @t.setter
    def t(self, v):
        print('set', v)
        self._t = v
    @t.deleter
    def t(self):
        print('del')
        self._t = None
x = Temp()
x.t = 5
print(x.t)
del x.t
print(x.t)
class P:
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v
    def delx(self):
        del self._x
    x = property(getx, setx, delx, "the x property")
    y = property(fget=getx)
    z = property()
p = P()
p.x = 3
print(p.x, P.x.__doc__, P.x.fget is P.getx, P.y.fset, P.x.fdel.__name__)
del p.x
try:
    print(p.x)
except AttributeError as e:
    print('AttributeError', e)
try:
    p.y = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    del p.y
except AttributeError as e:
    print('AttributeError', e)
try:
    p.z
except AttributeError as e:
    print('AttributeError', e)
q = P.y.setter(P.setx)
print(type(q).__name__, q.fget is P.getx, q.fset is P.setx, P.y.fset)
class Base:
    @property
    def v(self):
        return 'base'
class Derived(Base):
    @Base.v.setter
    def v(self, value):
        self._v = value
d = Derived()
d.v = 9
print(d.v, d._v)
print(isinstance(P.x, property), P.z.fget, P.z.__doc__)
