# default argument pitfalls: mutable defaults, evaluation time, None sentinel
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))
n = 10
def show(x=n):
    return x
n = 20
print(show(), show(5))
def counter(d={}):
    d['calls'] = d.get('calls', 0) + 1
    return d['calls']
print(counter(), counter(), counter({}), counter())
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, c=9), f(1, 5), f(c=0, a=-1), f(*[7, 8]), f(**{'a': 0, 'c': 1}))
try:
    f()
except TypeError:
    print('missing argument TypeError')
try:
    f(1, 2, 3, 4)
except TypeError:
    print('too many arguments TypeError')
try:
    f(1, a=2)
except TypeError:
    print('multiple values TypeError')
try:
    f(1, d=4)
except TypeError:
    print('unexpected keyword TypeError')
def g(x, y=[]):
    y = y + [x]
    return y
print(g(1), g(2))
print(f.__defaults__ if hasattr(f, '__defaults__') and False else 'defaults ok')
def h(a, b=None, *rest, k=lambda: 'lam'):
    return a, b, rest, k()
print(h(1), h(1, 2, 3, 4), h(0, k=lambda: 'other'))
