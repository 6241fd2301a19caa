# asyncio script style: worker queue, async context managers, async iteration, gather
import asyncio
import contextlib

async def worker(name, q, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0)
        results.append((name, item * 2))
        q.task_done()

async def producer(q, n):
    for i in range(n):
        await q.put(i)

@contextlib.asynccontextmanager
async def resource(name):
    print('open', name)
    try:
        yield name.upper()
    finally:
        print('close', name)

class AIter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n

async def agen(n):
    for i in range(n):
        yield i * i
        await asyncio.sleep(0)

async def fails():
    await asyncio.sleep(0)
    raise ValueError('task failed')

async def main():
    q = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker('w%d' % i, q, results)) for i in range(3)]
    await producer(q, 9)
    for _ in workers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*workers)
    print(sorted(results))
    async with resource('db') as r:
        print('using', r)
    print([x async for x in AIter(3)], [x async for x in agen(4)])
    res = await asyncio.gather(fails(), asyncio.sleep(0, result='ok'), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in res])
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        print('timeout')
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', t.cancelled())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print(await fut)
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            await asyncio.sleep(0)
            return i
    print(await asyncio.gather(*(limited(i) for i in range(5))))
    async with contextlib.nullcontext(5) as five:
        print("null", five)
        pass
    return 'done'



@contextlib.asynccontextmanager
async def transaction(log, swallow=False):
    log.append('begin')
    try:
        yield log
    except KeyError as e:
        log.append('rollback %s' % e)
        if not swallow:
            raise
    else:
        log.append('commit')


@contextlib.asynccontextmanager
async def no_yield():
    if False:
        yield


@transaction([])
async def decorated():
    return 'decorated ran'


class Res(contextlib.AbstractAsyncContextManager):
    async def __aexit__(self, *exc):
        print('Res exit', exc)


class Closeable:
    async def aclose(self):
        print('aclose called')


async def more():
    log = []
    async with transaction(log):
        log.append('work')
    try:
        async with transaction(log):
            raise KeyError('k1')
    except KeyError as e:
        log.append('propagated %s' % e)
    async with transaction(log, swallow=True):
        raise KeyError('k2')
    print(log)
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(await decorated())
    async with contextlib.aclosing(Closeable()) as c:
        print(type(c).__name__)
    async with Res() as m:
        print(type(m).__name__, isinstance(m, contextlib.AbstractAsyncContextManager))


print(asyncio.run(main()))
asyncio.run(more())
