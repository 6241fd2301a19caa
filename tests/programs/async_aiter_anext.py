# The builtins aiter() and anext() (3.10+), with async generators, a class-based async
# iterator, and asyncio; anext(it, default) turns StopAsyncIteration into the default.
import asyncio


async def countdown(n):
    while n > 0:
        await asyncio.sleep(0)
        yield n
        n -= 1


class Ticker:
    """An asynchronous iterator written by hand: __anext__ is a coroutine."""
    def __init__(self, limit):
        self.i = 0
        self.limit = limit

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.limit:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return 'tick%d' % self.i


class Failing:
    def __aiter__(self):
        return self

    def __anext__(self):
        return self._step()

    async def _step(self):
        raise KeyError('inside')


class NotAsync:
    pass


class BadAiter:
    def __aiter__(self):
        return 42


async def main():
    it = aiter(countdown(3))
    print(type(it).__name__)
    print(await anext(it), await anext(it), await anext(it))
    print(await anext(it, 'done'), await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('StopAsyncIteration')

    t = Ticker(2)
    print(aiter(t) is t)
    print(await anext(t), await anext(t, 'x'), await anext(t, 'x'))
    try:
        await anext(t)
    except StopAsyncIteration:
        print('StopAsyncIteration from Ticker')

    # other exceptions pass through the default awaitable
    try:
        await anext(Failing(), 'default')
    except KeyError as e:
        print('KeyError', e)

    for bad in [NotAsync(), 3, [1, 2]]:
        try:
            aiter(bad)
        except TypeError as e:
            print('TypeError', e)
        try:
            anext(bad)
        except TypeError as e:
            print('TypeError', e)
    try:
        aiter(BadAiter())
    except TypeError as e:
        print('TypeError', e)

    # async for over aiter(), and anext in a gather
    got = [v async for v in aiter(countdown(4))]
    print(got)
    print(await asyncio.gather(anext(Ticker(1)), anext(countdown(1)),
                               anext(Ticker(0), 'empty'), anext(countdown(0), 'empty')))
    aw = anext(countdown(0), 'nothing')
    print(iter(aw.__await__()) is aw.__await__(), await aw)
    return 'ok'


print(asyncio.run(main()))
print(aiter.__name__, anext.__name__)
try:
    anext()
except TypeError as e:
    print('TypeError', e)
