# __slots__ (instances without __dict__, AttributeError for other names, slots kept
# out of a subclass's __dict__, the class-variable conflict) and a class's own
# __getattribute__ (with object.__getattribute__, super(), __getattr__ after it)
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x = x; self.y = y
p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError', e)
class Q(P):
    __slots__ = 'z'
q = Q(1, 2)
q.z = 5
print(q.z)
try:
    q.w = 1
except AttributeError as e:
    print('AttributeError', e)
class R(P):
    pass
r = R(1, 2)
r.anything = 1
print(r.anything, vars(r))
try:
    vars(p)
except TypeError as e:
    print('TypeError', e)
try:
    print(P(1, 2).__dict__)
except AttributeError as e:
    print('AttributeError', e)
class U:
    __slots__ = ['a']
u = U()
try:
    u.a
except AttributeError as e:
    print('AttributeError', e)
try:
    class V:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print('ValueError', e)
class W:
    __slots__ = ('a', '__dict__')
w = W(); w.b = 2
print(w.b)
class G:
    def __getattribute__(self, name):
        if name == 'magic': return 42
        return object.__getattribute__(self, name)
g = G(); g.a = 1
print(g.magic, g.a)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattribute__(self, name):
        if name.startswith('_'):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, '_target'), name)
    def __getattr__(self, name):
        return 'fallback ' + name
p = Proxy([3, 1, 2])
p.sort()
print(p.count(1), p._target, p.__class__.__name__)
class Noisy:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError('custom message')
        return super().__getattribute__(name)
    def method(self):
        return 'm'
n = Noisy()
print(n.method(), hasattr(n, 'boom'))
try:
    n.boom
except AttributeError as e:
    print('AttributeError', e)
try:
    n.other
except AttributeError as e:
    print('AttributeError', e)
for i in range(3):
    print(g.magic, g.a)
