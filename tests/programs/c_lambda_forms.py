# lambda: defaults, *args/**kwargs, nested lambdas, in data structures, conditional bodies
add = lambda a, b=10: a + b
va = lambda *a, **k: (a, sorted(k))
nested = lambda x: lambda y: lambda z: x + y + z
print(add(1), add(1, 2), add(b=1, a=5), va(1, 2, z=3, y=4), nested(1)(2)(3))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print([ops[o](7, 3) for o in '+-*'])
sign = lambda n: 'pos' if n > 0 else ('neg' if n < 0 else 'zero')
print([sign(n) for n in (-2, 0, 2)], (lambda: 'immediate')(), (lambda *a: len(a))(1, 2, 3))
kwonly = lambda a, *, b: a - b
print(kwonly(10, b=3))
try:
    kwonly(1, 2)
except TypeError as e:
    print('TypeError:', e)
f = lambda: None
print(f(), f.__name__, (lambda x: x).__name__)
pipeline = [lambda s: s.strip(), lambda s: s.upper(), lambda s: s.replace(' ', '_')]
val = '  hello world '
for step in pipeline:
    val = step(val)
print(val)
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)), max([3, -7, 5], key=lambda v: abs(v)))
print(list(map(lambda x: x * x, [1, 2, 3])), list(filter(lambda x: x % 2, range(8))))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(0))
try:
    (lambda x: x)()
except TypeError as e:
    print('TypeError:', e)
