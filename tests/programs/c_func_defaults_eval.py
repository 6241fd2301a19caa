# default arguments: evaluated once at def time, mutable defaults shared, None sentinel, kw override
log = []
def side(v):
    log.append(v)
    return v
def f(a, b=side('b-default'), c=side('c-default')):
    return a, b, c
print(log)
print(f(1), f(1, 2), f(1, c=3), f(a=0), log)
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
n = 10
def g(x=n):
    return x
n = 20
print(g(), g(n))
def counter(d={}):
    d['calls'] = d.get('calls', 0) + 1
    return d['calls']
print(counter(), counter(), counter({}), counter())
funcs = []
for i in range(3):
    def h(i=i):
        return i * 10
    funcs.append(h)
print([fn() for fn in funcs])
def mixed(a, b=2, *args, c=3, d, **kw):
    return a, b, args, c, d, kw
print(mixed(1, d=4), mixed(1, 2, 3, 4, d=5, e=6), mixed(d=0, a=9, c=1))
