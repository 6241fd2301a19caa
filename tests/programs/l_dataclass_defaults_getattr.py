# A dataclass field's default is what getattr(cls, name) gives: a descriptor's
# __get__(None, cls), a base class's attribute, as CPython's dataclasses.
import dataclasses
class Desc:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, owner=None):
        if obj is None: return 7
        return getattr(obj, self.name, 7)
    def __set__(self, obj, value): setattr(obj, self.name, value * 2)
@dataclasses.dataclass
class W:
    v: int = Desc()
print(W().v, W(5).v)
class Base:
    x = 10
@dataclasses.dataclass
class Sub(Base):
    x: int
    y: int = 1
print(Sub(), Sub(3, 4), dataclasses.fields(Sub)[0].default)
@dataclasses.dataclass
class P:
    a: int
    b: list = dataclasses.field(default_factory=list)
print(P(1), P.__dataclass_fields__['b'].default_factory)
