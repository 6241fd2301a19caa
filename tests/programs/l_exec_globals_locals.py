# globals() and locals(): the module's names (writes through globals() reach the
# module), a snapshot of a function's locals.
x = 1
g = globals()
print(g['x'], g['__name__'])
g['y'] = 42
print(y)
globals()['z'] = 'zed'
print(z)
globals().update({'ignored': 1}) if False else None
del globals()['z']
print('z' in globals())
try:
    print(z)
except NameError as e:
    print('NameError:', e)
print(locals()['x'], 'g' in locals())


def f(a, b=2, *args, **kw):
    c = a + b
    return sorted(locals().items())


print(f(1))
print(f(1, 3, 4, k=5))


def outer():
    v = 'outer'

    def inner():
        w = v
        return sorted(locals())
    return inner()


print(outer())


def snapshot():
    a = 1
    d = locals()
    a = 2
    d['a'] = 100
    return a, d['a']


print(snapshot())


class K:
    p = 1
    names = sorted(n for n in locals() if not n.startswith('__'))


print(K.names)


def set_global(name, value):
    globals()[name] = value


set_global('made', [1, 2])
print(made)
print(eval('made', globals()))
exec('made2 = made * 2', globals())
print(made2)
exec('later = 5', globals(), globals())
print(later)
print(eval('x + y', globals(), {'y': 0}))
print(sorted(k for k in globals() if not k.startswith('__')))
exec('later2 = 6', None, globals())
print(later2)
ns = {}
exec('def fn():\n    return "fn"\nresult = fn()', globals(), ns)
print(ns['result'], 'fn' in globals())
