# Generator expressions are lazy: evaluated as they are consumed, once.
log = []


def noisy(x):
    log.append(x)
    return x * 2


g = (noisy(x) for x in range(5))
print(log)
print(next(g), log)
print(list(g), log)
print(list(g))

# the first iterable is evaluated at once, the rest lazily
def source(name, n):
    print('iter', name)
    return range(n)


g = (x + y for x in source('outer', 2) for y in source('inner', 2))
print('made')
print(list(g))

# infinite generator, consumed partly
def naturals():
    n = 0
    while True:
        yield n
        n += 1


evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])
print(any(n > 100 for n in naturals()))
print(next(x for x in naturals() if x * x > 50))
total = 0
for sq in (n * n for n in range(1000)):
    total += sq
print(total, sum(n for n in range(10) if n % 3), len([1 for _ in (c for c in 'abc')]))
print(type(x for x in ()).__name__)
