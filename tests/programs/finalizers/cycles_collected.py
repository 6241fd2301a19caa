# Reference cycles that the program drops are found and freed by gc.collect() (and by
# the automatic collections, which tests/e2e/test_gc.py checks): refcount plans with their cycle collector, tracing plans.
# Each shape of cycle the refcount plans' collector must see through (builtin iterators,
# descriptors, super, slices and frames among them), a __del__ in a
# cycle called once, resurrection, and what stays alive left intact.
import gc
import sys
import weakref


class N:
    def method(self):
        return self


log = []


class D:
    def __init__(self, n):
        self.n = n
        self.peer = None

    def __del__(self):
        log.append(self.n)


a = D(1)
b = D(2)
a.peer = b
b.peer = a
del a, b
gc.collect()
print('__del__ in a cycle:', sorted(log))
gc.collect()
print('called once:', sorted(log))


def shape(kind):
    o = N()
    if kind == 'self':
        o.me = o
    elif kind == 'list':
        o.items = [1, o, 'x']
    elif kind == 'dict':
        o.table = {'k': o, o: 'v'}
    elif kind == 'tuple':
        o.pair = (1, (o, 2))
    elif kind == 'set':
        o.group = {1, (o,)}
    elif kind == 'bound method':
        o.m = o.method
    elif kind == 'closure':
        def get():
            return o
        o.get = get
    elif kind == 'default':
        o.f = lambda x=o: x
    elif kind == 'function attribute':
        def f():
            return 1
        f.owner = o
        o.f = f
    elif kind == 'list subclass':
        class L(list):
            pass
        o.items = L([o])
    elif kind == 'exception':
        e = ValueError(o)
        o.error = e
    elif kind == 'list iterator':
        o.it = iter([o])
    elif kind == 'tuple iterator':
        o.it = iter((1, [o]))
    elif kind == 'generator expression':
        o.it = (x for x in [o])
    elif kind == 'map':
        o.it = map(lambda x: o, [1])
    elif kind == 'filter':
        o.it = filter(None, [o])
    elif kind == 'zip':
        o.it = zip([o], [1])
    elif kind == 'enumerate':
        o.it = enumerate([o])
    elif kind == 'reversed':
        o.it = reversed([o])
    elif kind == 'dict iterator':
        o.it = iter({'k': o}.items())
    elif kind == 'set iterator':
        o.it = iter({o})
    elif kind == 'callable iterator':
        o.it = iter(lambda: o, None)
    elif kind == 'getitem iterator':
        class Seq:
            def __getitem__(self, i):
                return o
        o.it = iter(Seq())
    elif kind == 'staticmethod':
        o.s = staticmethod(o)
    elif kind == 'classmethod':
        o.c = classmethod(o)
    elif kind == 'property':
        o.p = property(o)
    elif kind == 'slice':
        o.s = slice(o, [o])
    elif kind == 'super':
        o.s = super(N, o)
    elif kind == 'frame':
        o.f = sys._getframe()       # its f_locals holds o
    elif kind == 'long ring':
        first = o
        for i in range(1000):
            nxt = N()
            o.next = nxt
            o = nxt
        o.next = first
        o = first
    return weakref.ref(o)


for kind in ['self', 'list', 'dict', 'tuple', 'set', 'bound method', 'closure',
             'default', 'function attribute', 'list subclass', 'exception',
             'list iterator', 'tuple iterator', 'generator expression', 'map', 'filter',
             'zip', 'enumerate', 'reversed', 'dict iterator', 'set iterator',
             'callable iterator', 'getitem iterator', 'staticmethod', 'classmethod',
             'property', 'slice', 'super', 'frame', 'long ring']:
    r = shape(kind)
    gc.collect()
    print(kind, 'freed:', r() is None)


saved = []


class R:
    def __del__(self):
        saved.append(self)


x = R()
x.me = x
del x
gc.collect()
print('resurrected:', len(saved), len(saved) == 1 and saved[0].me is saved[0])
r = weakref.ref(saved[0]) if saved else None
del saved[:]
gc.collect()
print('freed the second time, no second __del__:', r is not None and r() is None,
      len(saved))

keep = N()
keep.items = [keep, 1, 2]
keep.table = {'me': keep}
gc.collect()
print('alive and intact:', keep.items[0] is keep, keep.items[1:], keep.table['me'] is keep)

items = [N(), N()]
items[0].back = items
items[1].back = items
it = iter(items)
del items
gc.collect()
first = next(it)
print('an iterator keeps what it iterates:', first.back[0] is first, len(first.back))

gc.disable()
print('enabled:', gc.isenabled())
o = N()
o.me = o
r = weakref.ref(o)
del o
gc.collect()
print('collected while disabled:', r() is None)
gc.enable()
print('enabled:', gc.isenabled())
