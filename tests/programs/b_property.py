# property: getters, setters, read-only and undeletable (property(fget, fset) form), read-only errors, inheritance
class Temp:
    def __init__(self, c):
        self._c = c
        self.log = []

    def _get(self):
        self.log.append("get")
        return self._c

    def _set(self, v):
        if v < -273:
            raise ValueError("too cold")
        self.log.append("set")
        self._c = v

    celsius = property(_get, _set)

    @property
    def fahrenheit(self):
        return self._c * 9 // 5 + 32


t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 5
except AttributeError:
    print("AttributeError read-only")
try:
    del t.celsius
except AttributeError:
    print("AttributeError no deleter")
print(t._c, t.log)


class Base:
    @property
    def name(self):
        return "base"


class Child(Base):
    @property
    def name(self):
        return "child<" + super().name + ">"


print(Base().name, Child().name)


def get_x(self):
    return self._x * 2


def set_x(self, v):
    self._x = v


class Old:
    x = property(get_x, set_x)


o = Old()
o.x = 4
print(o.x, o._x)
