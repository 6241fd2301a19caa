# Coroutines: async def, await, and driving a coroutine by hand with send/throw/close.
import inspect
import types


async def add(a, b):
    return a + b


async def chain(n):
    total = 0
    for i in range(n):
        total += await add(i, 1)
    return total


def run(coro):
    """Drive a coroutine that never suspends, or suspends on bare yields."""
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps


c = add(1, 2)
print(type(c).__name__, c.__name__, c.__qualname__)
r = repr(c)
print(r.startswith('<coroutine object add at 0x'), r.endswith('>'))
print(run(c))
print(run(chain(4)))


class Outer:
    async def method(self, x):
        return x * 2

    def __repr__(self):
        return 'Outer()'


m = Outer().method(21)
print(m.__qualname__, run(m))


# a custom awaitable: __await__ returns an iterator; what it yields goes out to send()
class Suspend:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        received = yield ('suspended', self.tag)
        return (self.tag, received)


async def waits():
    a = await Suspend('a')
    b = await Suspend('b')
    return [a, b]


w = waits()
print(w.cr_running, w.cr_await)
print(w.send(None))
print(type(w.cr_await).__name__)
print(w.send(1))
try:
    w.send(2)
except StopIteration as e:
    print('returned', e.value)
print(w.cr_await)

# a finished coroutine cannot be resumed
try:
    w.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)

# throw() goes to where the coroutine is suspended, through its awaits
async def guarded():
    try:
        await Suspend('g')
    except KeyError as e:
        print('caught inside', repr(e))
        return 'recovered'
    return 'normal'


g = guarded()
g.send(None)
try:
    g.throw(KeyError('k'))
except StopIteration as e:
    print('throw ->', e.value)

g = guarded()
g.send(None)
try:
    g.throw(ValueError, 'v')
except ValueError as e:
    print('propagated', repr(e))

# close() runs finally blocks
async def with_finally():
    try:
        await Suspend('f')
    finally:
        print('finally ran')


f = with_finally()
f.send(None)
f.close()
f.close()
print('closed')

# a coroutine that ignores GeneratorExit
async def stubborn():
    tries = 0
    while True:
        try:
            await Suspend('s')
        except GeneratorExit:
            tries += 1
            if tries > 1:
                print('giving up')
                raise


s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError:', e)
s.close()

# never started: close() is quiet; sending a value first is an error
n = add(1, 1)
try:
    n.send(5)
except TypeError as e:
    print('TypeError:', e)
n.close()

# StopIteration raised inside becomes RuntimeError
async def leaks_stop():
    raise StopIteration(3)

try:
    run(leaks_stop())
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__)

# exceptions travel up through awaits
async def fails(x):
    if x > 2:
        raise ValueError('too big: %d' % x)
    return await fails(x + 1)

try:
    run(fails(0))
except ValueError as e:
    print('ValueError:', e)

# a coroutine is not an iterator; awaiting a non-awaitable is a TypeError
c = add(1, 2)
for what in (iter, next):
    try:
        what(c)
    except TypeError as e:
        print('TypeError:', e)
print(run(c))


async def awaits(x):
    return await x

for bad in (3, None, 'str'):
    try:
        run(awaits(bad))
    except TypeError as e:
        print('TypeError:', e)


class BadAwait:
    def __await__(self):
        return 42


class CoroAwait:
    made = []

    def __await__(self):
        c = add(1, 2)
        self.made.append(c)
        return c

for bad in (BadAwait(), CoroAwait()):
    try:
        run(awaits(bad))
    except TypeError as e:
        print('TypeError:', e)
for c in CoroAwait.made:
    c.close()

# a coroutine can be awaited only once
async def twice():
    inner = add(2, 3)
    first = await inner
    try:
        await inner
    except RuntimeError as e:
        return first, str(e)

print(run(twice()))

# yield from a coroutine in a plain generator is refused
def plain_gen(c):
    yield from c

c = add(1, 2)
try:
    next(plain_gen(c))
except TypeError as e:
    print('TypeError:', e)
c.close()

# types.coroutine: a generator function usable with await
@types.coroutine
def bare_yield(v):
    got = yield v
    return got


async def uses_bare():
    x = await bare_yield('first')
    y = await bare_yield('second')
    return x + y

u = uses_bare()
print(u.send(None), u.send(10))
try:
    u.send(5)
except StopIteration as e:
    print('types.coroutine result', e.value)

# introspection
print(inspect.iscoroutinefunction(add), inspect.iscoroutinefunction(run))
print(inspect.iscoroutinefunction(Outer().method))
c = add(0, 0)
print(inspect.iscoroutine(c), inspect.isawaitable(c), isinstance(c, types.CoroutineType))
print(bool(add.__code__.co_flags & 0x80), bool(add.__code__.co_flags & 0x20))
print(run(c))

# await binds tighter than ** and unary minus applies after it
async def arith():
    return -await add(1, 2) ** 2, [await add(i, i) for i in range(3)]

print(run(arith()))

# lambdas and nested async defs keep their closures
def make(k):
    async def scaled(x):
        return x * k
    return scaled

print(run(make(7)(6)))
