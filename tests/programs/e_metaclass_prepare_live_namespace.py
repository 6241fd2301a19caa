# a metaclass's __prepare__ mapping is read and written as the class body runs
log = []
class Recording(dict):
    def __setitem__(self, k, v):
        log.append(('set', k))
        super().__setitem__(k, v)
    def __getitem__(self, k):
        log.append(('get', k))
        return super().__getitem__(k)
    def __delitem__(self, k):
        log.append(('del', k))
        super().__delitem__(k)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Recording(seed=42)
    def __new__(mcls, name, bases, ns, **kw):
        print(type(ns).__name__, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, dict(ns))

class C(metaclass=Meta):
    x = 1
    y = x + seed
    z: int = 3
    tmp = 5
    del tmp
    def m(self):
        return __class__
    print(sorted(k for k in ["x", "y"]))
    try:
        del nothere
    except NameError as e:
        print('NameError', e)
print(log)
print(C.y, C().m() is C, C.__annotations__)

class Counter(dict):
    def __init__(self):
        self.n = 0
    def __setitem__(self, k, v):
        if not k.startswith('__'):
            self.n += 1
            v = (self.n, v)
        super().__setitem__(k, v)
class M2(type):
    def __prepare__(name, bases):
        return Counter()
class D(metaclass=M2):
    a = 'x'
    b = a
print(D.a, D.b)
