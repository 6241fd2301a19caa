# async with, async for and asynchronous comprehensions, driven without an event loop.


class Step:
    """An awaitable that suspends once (what a loop would see) and returns a value."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield 'step'
        return self.value


class Ticker:
    """An asynchronous iterator counting to n, suspending before each value."""

    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return await Step(self.i)


class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print('enter', self.name)
        await Step(None)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        await Step(None)
        print('exit', self.name, typ.__name__ if typ else None, val)
        return self.suppress


def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps


async def double(x):
    return x * 2


async def loops():
    async for i in Ticker(3):
        print('tick', i)
    else:
        print('else ran')
    async for i in Ticker(6):
        if i == 2:
            continue
        if i == 4:
            break
        print('t', i)
    else:
        print('not printed')
    async for a, b in Pairs([(1, 'x'), (2, 'y')]):
        print('pair', a, b)
    total = 0
    async for i in Ticker(3):
        async for j in Ticker(i):
            total += i * j
    print('total', total)
    return 'loops done'


class Pairs:
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return PairsIter(self.items)


class PairsIter:
    def __init__(self, items):
        self.items = items

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


async def withs():
    async with Res('a') as a, Res('b') as b:
        print('body', a, b)
    async with Res('s', True):
        raise ValueError('boom')
    print('after suppress')
    try:
        async with Res('n'):
            raise KeyError('k')
    except KeyError as e:
        print('caught', repr(e))
    for x in range(3):
        async with Res('loop%d' % x):
            if x == 1:
                continue
            if x == 2:
                break
            print('x', x)
    r = await early_return()
    print('early', r)
    async with Res('outer'):
        async with Res('inner', True):
            1 / 0
        print('between')
    return 'withs done'


async def early_return():
    async with Res('r'):
        async for i in Ticker(10):
            if i == 2:
                return i * 100


async def comprehensions():
    print([i * 2 async for i in Ticker(4) if i % 2])
    print({i: await double(i) for i in range(3)})
    print([await double(i) for i in range(3)])
    print({i async for i in Ticker(3)})
    print([(i, j) async for i in Ticker(2) for j in range(i)])
    print([[await double(j) for j in range(i)] for i in range(3)])
    print([x async for x in Pairs(['p', 'q']) if await double(1) == 2])
    return 'comprehensions done'


print(run(loops()))
print(run(withs()))
print(run(comprehensions()))


# errors from the protocols
async def errors():
    cases = []

    async def bad_for(obj):
        async for _ in obj:
            pass

    async def bad_with(obj):
        async with obj:
            pass

    class NoAnext:
        def __aiter__(self):
            return self

    class BadAnext:
        def __aiter__(self):
            return self

        def __anext__(self):
            return 3

    class SyncOnly:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            pass

    class EnterOnly:
        async def __aenter__(self):
            return self

    class BadEnter:
        def __aenter__(self):
            return 1

        async def __aexit__(self, *a):
            pass

    class BadExit:
        async def __aenter__(self):
            return 1

        def __aexit__(self, *a):
            return 1

    for obj in (5, [1, 2], NoAnext(), BadAnext()):
        try:
            await bad_for(obj)
        except TypeError as e:
            cases.append(str(e))
    for obj in (5, SyncOnly(), EnterOnly(), BadEnter(), BadExit()):
        try:
            await bad_with(obj)
        except TypeError as e:
            cases.append(str(e))
    return cases


for line in run(errors())[0]:
    print(line)


# StopAsyncIteration raised by the body is not the loop's end
async def body_raises():
    async for i in Ticker(2):
        raise StopAsyncIteration('from body')

try:
    run(body_raises())
except StopAsyncIteration as e:
    print('escaped', repr(e))


# an uncaught exception's traceback passes through the awaits
async def deep(n):
    if n == 0:
        async with Res('last'):
            return {}['missing']
    return await deep(n - 1)

run(deep(2))
