# keyword-only arguments, required kw-only, bare star, errors
def f(a, *, b, c=3):
    return (a, b, c)
print(f(1, b=2), f(1, c=0, b=5), f(a=9, b=8))
for call in ['positional b', 'missing b', 'unknown d']:
    try:
        if call == 'positional b':
            f(1, 2)
        elif call == 'missing b':
            f(1)
        else:
            f(1, b=2, d=4)
    except TypeError:
        print(call, 'TypeError')
def g(*args, sep='-', end='!'):
    return sep.join([str(a) for a in args]) + end
print(g(1, 2, 3), g('a', 'b', sep='+'), g(end='?'), g(1, end=''))
def h(x, *rest, flag=False, **opts):
    return x, rest, flag, sorted(opts.items())
print(h(1), h(1, 2, 3, flag=True), h(0, z=1, y=2))
def only_kw(*, x, y):
    return x - y
print(only_kw(y=1, x=10))
try:
    only_kw(1, 2)
except TypeError:
    print('only_kw positional TypeError')
kw = {'x': 5, 'y': 2}
print(only_kw(**kw))
try:
    only_kw(**{'x': 1})
except TypeError:
    print('only_kw missing y TypeError')
def defaults_mix(a, b=1, *, c, d=4):
    return [a, b, c, d]
print(defaults_mix(0, c=2), defaults_mix(0, 9, c=2, d=0))
class Box:
    def __init__(self, *, width, height=1):
        self.area = width * height
print(Box(width=3).area, Box(height=2, width=5).area)
try:
    Box(3)
except TypeError:
    print('Box positional TypeError')
