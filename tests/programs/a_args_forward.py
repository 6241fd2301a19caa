# *args/**kwargs collection and forwarding through wrappers
def target(a, b, c=0, *extra, **named):
    return 'a=%r b=%r c=%r extra=%r named=%r' % (a, b, c, extra, sorted(named.items()))
def wrapper(*args, **kwargs):
    return target(*args, **kwargs)
print(wrapper(1, 2))
print(wrapper(1, 2, 3, 4, 5, x=6))
print(wrapper(b=1, a=2, z=0))
print(wrapper(*[1], **{'b': 2, 'c': 3}))
def logged(fn):
    def inner(*args, **kwargs):
        print('call', fn.__name__, args, sorted(kwargs))
        return fn(*args, **kwargs)
    return inner
@logged
def add(x, y=10):
    return x + y
print(add(1), add(1, 2), add(y=5, x=5))
def count_args(*args, **kwargs):
    return len(args), len(kwargs)
print(count_args(), count_args(*range(5)), count_args(*'ab', *'cd', **{'k': 1}, m=2))
def mutate(**kw):
    kw['new'] = 1
    return kw
src = {'old': 0}
print(mutate(**src), src)
def first(*args):
    return args[0] if args else None
print(first(), first(3, 4), type(count_args.__name__).__name__)
try:
    target(1, 2, **{'a': 5})
except TypeError:
    print('duplicate a TypeError')
try:
    wrapper(1)
except TypeError:
    print('missing b TypeError')
def pass_through(*args, **kwargs):
    return args, kwargs
a, k = pass_through(1, *(2, 3), **{'x': 1}, y=2)
print(a, sorted(k.items()), type(a).__name__, type(k).__name__)
print(max(*[3, 9, 2]), min(4, *[7, 1]), list(zip(*[(1, 'a'), (2, 'b')])))
print('{} {} {x}'.format(*['p', 'q'], **{'x': 'r'}))
