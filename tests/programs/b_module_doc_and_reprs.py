"""The module's docstring is its __doc__."""
# __doc__ of modules and classes (not inherited), bound method reprs name the
# method's qualified name, equal ranges hash equal
print(__doc__)


class A:
    """A doc"""

    def m(self):
        pass


class B(A):
    pass


print(B.__doc__, A.__doc__)


def make():
    class Local:
        def m(self):
            pass
    return Local


print(repr(A().m).split(' of ')[0], repr(make()().m).split(' of ')[0])
print(hash(range(3)) == hash(range(0, 3)), {range(3): 1}.get(range(0, 3)))
print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 2, 7)) == hash(range(1, 3, 9)))
print(len({range(0, 10, 2), range(0, 9, 2), range(0, 10, 3)}))
ns = {}
exec('"exec doc"\nx = __doc__', ns)
print(ns['x'])

# __base__
class BA: pass
class BB(BA): pass
class BC(BB, BA): pass
print(BB.__base__, BA.__base__, object.__base__, bool.__base__, BC.__base__)
l = []
print(repr(l.append).split(" at ")[0], repr("x".upper).split(" at ")[0])
