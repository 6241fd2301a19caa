# the descriptor protocol on classes the program writes: data descriptors (__set__,
# __delete__) before the instance's attributes, non-data ones (__get__) after them,
# class-level access (__get__(None, cls)), obj.__dict__ / vars(obj) writing through,
# functools.cached_property, partialmethod, singledispatch
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s' % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)

class NonData:
    def __get__(self, obj, objtype=None):
        return 'computed for %s' % (type(obj).__name__ if obj is not None else objtype.__name__)

class P:
    x = Typed(int)
    y = NonData()
    def __init__(self, x):
        self.x = x

p = P(3)
print(p.x, p.__dict__, P.x.kind.__name__, p.y, P.y)
p.y = 'shadow'
print(p.y)
try:
    p.x = 'a'
except TypeError as e:
    print('TypeError', e)
class Lazy:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class Q:
    @Lazy
    def big(self):
        print('computing')
        return 42
q = Q()
print(q.big, q.big)
class D:
    def __get__(self, obj, cls): return 'get'
    def __delete__(self, obj): print('deleting')
class S:
    d = D()
s = S()
del s.d
print(s.d)
class K:
    def __init__(self, **kw):
        self.__dict__.update(kw)
k = K(a=1, b=2)
print(k.a, k.b, vars(k))
d = k.__dict__
d['c'] = 3
del d['a']
print(vars(k), hasattr(k, 'a'), k.c)
k.__dict__.setdefault('z', 9)
print(k.z, k.__dict__.pop('z'), hasattr(k, 'z'))
k.__dict__.clear()
print(vars(k))
g = globals()
g['NEWNAME'] = 5
print(NEWNAME)
g.update(OTHER=6)
print(OTHER)
from functools import cached_property, partialmethod, singledispatch


class R:
    def __init__(self):
        self.calls = 0

    @cached_property
    def val(self):
        """The value."""
        self.calls += 1
        return 7


r = R()
print(r.val, r.val, r.calls, 'val' in vars(r), R.val.__doc__)
del r.val
print(r.val, r.calls)


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)


@singledispatch
def describe(x):
    return 'object %r' % (x,)


@describe.register(int)
def _(x):
    return 'int %d' % x


@describe.register
def _(x: list):
    return 'list of %d' % len(x)


print(describe(3), describe([1, 2]), describe('s'), describe(True))
