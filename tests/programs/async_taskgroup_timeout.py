# asyncio's 3.11 structured concurrency: TaskGroup (a failure cancels the rest, errors
# raised as a group), timeout(), as_completed, Condition, Runner, Task.cancelling().
import asyncio

async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f'{name} failed')
    return name

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work('a', 0.02))
        t2 = tg.create_task(work('b', 0.01))
    print('results', t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            slow = tg.create_task(work('slow', 1))
            tg.create_task(work('bad', 0.01, fail=True))
            tg.create_task(work('bad2', 0.3, fail=True))
        print('not reached')
    except* ValueError as eg:
        print('caught', sorted(str(e) for e in eg.exceptions), slow.cancelled())
    try:
        async with asyncio.timeout(0.02) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print('timed out', cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print('in time', cm.expired())
    order = []
    for coro in asyncio.as_completed([work('x', 0.3), work('y', 0.01), work('z', 0.15)]):
        order.append(await coro)
    print('as_completed', order)
    try:
        for coro in asyncio.as_completed([work('late', 1)], timeout=0.01):
            await coro
    except TimeoutError:
        print('as_completed timeout')
    cond = asyncio.Condition()
    box = []
    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: box)
            return (i, box[0])
    tasks = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    async with cond:
        box.append('item')
        cond.notify_all()
    print('condition', sorted(await asyncio.gather(*tasks)))
    me = asyncio.current_task()
    print('cancelling', me.cancelling())
    return 'main done'

print(asyncio.run(main()))
with asyncio.Runner() as runner:
    print(runner.run(work('r1', 0)), runner.run(work('r2', 0)))
