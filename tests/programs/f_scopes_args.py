# nested functions, nonlocal, global, lambda defaults, kw-only/pos-only args, while-else, asserts
counter = 0


def bump(n=1):
    global counter
    counter += n
    return counter


def make_accumulator(start=0):
    total = start

    def add(x):
        nonlocal total
        total += x
        return total

    def reset():
        nonlocal total
        total = start

    return add, reset


add, reset = make_accumulator(10)
print(add(1), add(5), reset(), add(2), bump(), bump(5), counter)


def outer():
    x = 'outer'

    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
            return x
        return inner()
    middle()
    return x


print(outer())
funcs = [lambda i=i: i * i for i in range(4)]
late = [lambda: i for i in range(3)]
print([f() for f in funcs], [f() for f in late], (lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))


def f(a, b, /, c, d=4, *, e, f=6, **rest):
    return (a, b, c, d, e, f, rest)


print(f(1, 2, 3, e=5), f(1, 2, c=3, d=0, e=5, g=7), f(1, 2, 3, 4, e=5, f=0, a=9))
for bad in [lambda: f(1, 2, 3), lambda: f(1, b=2, c=3, e=5), lambda: f(1, 2, 3, 4, 5, e=1), lambda: f()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)


def g(*args, sep=', ', **kw):
    return sep.join(map(str, args)) + (' ' + str(sorted(kw.items())) if kw else '')


print(g(1, 2, 3), g(sep='-'), g(*'ab', sep='', **{'x': 1}), g(*[1], *(2, 3), **{'a': 1}, **{'b': 2}))
try:
    g(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print('TypeError:', e)


def h(x, y=[]):
    y.append(x)
    return y


print(h(1), h(2), h(3, []), h.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
n = 17
i = 2
while i * i <= n:
    if n % i == 0:
        print(n, 'is composite')
        break
    i += 1
else:
    print(n, 'is prime')
for k in range(3):
    if k == 5:
        break
else:
    print('for-else ran')
while False:
    pass
else:
    print('while-else on false')
i = 0
while True:
    i += 1
    if i < 3:
        continue
    if i > 5:
        break
print('i =', i)
try:
    assert isinstance(n, str), f"n should be str, got {type(n).__name__}"
except AssertionError as e:
    print('AssertionError:', e)
try:
    assert []
except AssertionError as e:
    print('AssertionError repr:', repr(e))


def gen_scope():
    y = 10
    return [x + y for x in range(3)], {x: y for x in 'ab'}, list(x * y for x in range(2))


print(gen_scope())
x = 'global x'


class K:
    x = 'class x'
    y = [x for _ in range(1)]

    def m(self):
        return x


print(K.y, K().m())


def recursive_closure(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)


print(recursive_closure(10), (lambda: (yield))().__class__.__name__ if False else 'skip')


def uses_before_assign():
    try:
        print(zz)
    except NameError as e:
        print('NameError:', e)
    try:
        v = v + 1
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)


uses_before_assign()
print(globals()['counter'], 'bump' in globals(), sorted(k for k in locals() if k in ('K', 'x')))
