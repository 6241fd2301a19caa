# object's methods: object.__setattr__, super().__setattr__, __delattr__ hooks, object.__eq__...
class Tracked:
    def __setattr__(self, k, v):
        print('set', k, v)
        object.__setattr__(self, k, v)
    def __delattr__(self, k):
        print('del', k)
        object.__delattr__(self, k)
t = Tracked()
t.x = 1
print(t.x, vars(t))
del t.x
print(hasattr(t, 'x'), vars(t))
class Doubler:
    def __setattr__(self, k, v):
        super().__setattr__(k, v * 2)
d = Doubler()
d.y = 21
print(d.y)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, 'v', v)
    def __setattr__(self, k, v):
        raise AttributeError('frozen: ' + k)
    def __delattr__(self, k):
        raise AttributeError('frozen del: ' + k)
f = Frozen(3)
print(f.v)
for action in ['set', 'del']:
    try:
        if action == 'set':
            f.v = 4
        else:
            del f.v
    except AttributeError as e:
        print('AttributeError', e)
class WithProp:
    def __init__(self):
        self._p = 0
    @property
    def p(self):
        return self._p
    @p.setter
    def p(self, v):
        self._p = v + 100
    def __setattr__(self, k, v):
        print('hook', k)
        super().__setattr__(k, v)
w = WithProp()
w.p = 1
print(w.p, w._p)
class Plain:
    def __init__(self):
        object.__init__(self)
        self.a = 1
p = Plain()
q = Plain()
print(object.__eq__(p, p), object.__eq__(p, q), object.__ne__(p, q), object.__ne__(p, p))
print(p.__eq__(q), p.__ne__(p), p.__hash__() == hash(p), Plain.__hash__(p) == hash(p))
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v
print(Eq(1) != Eq(1), Eq(1) != Eq(2), Eq(1).__ne__(Eq(1)), object.__ne__(Eq(1), Eq(2)))
class R:
    def __repr__(self):
        return 'R!'
print(str(R()), object.__str__(R()), object.__repr__(R()).startswith('<__main__.R object at'))
print(str(object()).startswith('<object object at'), getattr(p, 'a'), object.__getattribute__(p, 'a'))
try:
    object.__init__(p, 1)
except TypeError as e:
    print('TypeError', e)
try:
    object.__setattr__(p, 1, 2)
except TypeError as e:
    print('TypeError', e)
