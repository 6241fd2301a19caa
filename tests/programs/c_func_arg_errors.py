# TypeError messages for wrong argument counts, missing/unexpected/duplicate keywords
def f0():
    pass
def f2(a, b):
    pass
def fd(a, b=1):
    pass
def fk(a, *, k):
    pass
def fv(*args):
    return args
def fkw(**kw):
    return kw
class C:
    def m(self, x):
        return x
def attempt(desc, fn, *args, **kwargs):
    try:
        print(desc, '->', fn(*args, **kwargs))
    except TypeError as e:
        print(desc, 'TypeError:', e)
attempt('f0(1)', f0, 1)
attempt('f2()', f2)
attempt('f2(1)', f2, 1)
attempt('f2(1, 2, 3)', f2, 1, 2, 3)
attempt('f2(1, c=2)', f2, 1, c=2)
attempt('f2(1, a=2)', f2, 1, a=2)
attempt('fd()', fd)
attempt('fd(1, 2, 3)', fd, 1, 2, 3)
attempt('fk(1)', fk, 1)
attempt('fk(1, 2)', fk, 1, 2)
attempt('fk(1, k=2, j=3)', fk, 1, k=2, j=3)
attempt('fv(a=1)', fv, a=1)
attempt('fkw(1)', fkw, 1)
attempt('C().m()', C().m)
attempt('C().m(1, 2)', C().m, 1, 2)
attempt('C.m(1)', C.m, 1)
attempt('f2(b=1)', f2, b=1)
attempt('fd(b=2)', fd, b=2)
attempt('ok', fd, b=5, a=4)
attempt('len()', len)
attempt('len(1, 2)', len, 1, 2)
attempt('abs(x=1)', abs, x=1)
