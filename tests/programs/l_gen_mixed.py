def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return 'done'

print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
print(sum(x * x for x in range(10)))
g = (x for x in range(3))
print(g.__class__.__name__, next(g), list(g))

def echo():
    got = yield 'ready'
    while True:
        got = yield 'got %r' % (got,)

e = echo()
print(next(e), e.send(1), e.send('x'))
def deleg():
    r = yield from count(3)
    print('inner returned', r)
    yield from [10, 20]
    return 'outer'
print(list(deleg()))
def catcher():
    try:
        yield 1
        yield 2
    except ValueError as ex:
        yield 'caught %s' % ex
    finally:
        print('finally runs')
c = catcher()
print(next(c), c.throw(ValueError('boom')))
c.close()
def ign():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ign(); next(i)
try:
    i.close()
except RuntimeError as ex:
    print('RuntimeError', ex)
def bad():
    raise StopIteration
    yield
try:
    list(bad())
except RuntimeError as ex:
    print(ex, type(ex.__cause__).__name__)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
z = zip(count(3), 'abc'); print(list(z))
print(dict((k, v) for k, v in [(1, 2)]), max(x for x in [3, 1, 2]))
def gen_exc():
    try:
        raise KeyError('k')
    except KeyError:
        yield 1
        import sys
        print('handled', repr(sys.exception()))
g = gen_exc(); next(g)
import sys; print(sys.exception())
try: next(g)
except StopIteration: print('end')
print(repr(count(1))[:24])
def deep():
    yield from deleg()
d = deep(); print(next(d), d.throw(StopIteration) if False else next(d))
