# typing.NamedTuple: the class syntax (fields from annotations, defaults, methods,
# properties, docstring) and the functional form
from typing import NamedTuple, List
class Pt(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    def norm1(self):
        return abs(self.x) + abs(self.y)
    @property
    def swapped(self):
        return Pt(self.y, self.x)
p = Pt(1)
print(p, p.x, p._replace(y=5), Pt._fields, p.norm1(), p.swapped, Pt._field_defaults, Pt.__doc__)
x, y = Pt(3, 4)
print(x, y, Pt(3, 4) == (3, 4), p[0], len(p), Pt.__annotations__)
Q = NamedTuple('Q', [('a', int), ('b', List[int])])
print(Q(1, [2]), Q._fields)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
