# the interpreter's caches must never show: globals rebound, builtins shadowed, class
# attributes replaced, properties added later, attributes deleted, instance layouts
# differing between instances of one class, __setattr__ hooks, subclasses
def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


def call_m(o):
    return o.m()


def use_len(s):
    return len(s)


def use_g():
    return g


class P:
    def __init__(self, x):
        self.x = x

    def m(self):
        return 'P.m'


class Q(P):
    def __init__(self, x):
        self.z = 5           # another attribute order than P's instances
        P.__init__(self, x)


g = 1
for step in range(3):
    print('global', use_g())
    g = g + 10
print('builtin', use_len('abc'))
len = lambda s: 'shadowed ' + s
print('builtin', use_len('abc'))
del len
print('builtin', use_len('abcd'))

objs = [P(1), Q(2), P(3)]
for o in objs * 2:
    print(get_x(o), call_m(o))
o = objs[0]
o.m = lambda: 'instance m'
print(call_m(o), call_m(objs[2]))
P.m = lambda self: 'new P.m'
print(call_m(objs[1]), call_m(objs[2]), call_m(o))
del o.m
print(call_m(o))
del o.x
try:
    get_x(o)
except AttributeError as e:
    print('AttributeError:', e)
set_x(o, 10)
print(get_x(o), sorted(o.__dict__.items()))
for i in range(3):
    set_x(objs[2], i)
    set_x(objs[1], -i)
print(get_x(objs[2]), get_x(objs[1]), sorted(objs[1].__dict__))


class R:
    def __setattr__(self, name, value):
        print('R.__setattr__', name, value)


r = R()
for i in range(2):
    set_x(r, i)
    set_x(objs[2], i)
P.x = property(lambda self: 'property wins')
print(get_x(objs[2]), get_x(objs[1]))
try:
    set_x(objs[2], 7)
except AttributeError:
    print('AttributeError: no setter')
del P.x
print(get_x(objs[2]))
P.counter = 0
for i in range(5):
    P.counter += 1
    print(objs[2].counter, end=' ')
print()
