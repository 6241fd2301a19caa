# gclab/lib/asyncio.py: the event loop, tasks, gather, wait_for, queues, locks, events.
import asyncio

async def worker(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    return name.upper()

async def boom(delay):
    await asyncio.sleep(delay)
    raise ValueError('boom %s' % delay)

async def main():
    log = []
    res = await asyncio.gather(worker('c', 0.3, log), worker('a', 0.1, log),
                               worker('b', 0.2, log))
    print(res, log)
    res = await asyncio.gather(worker('x', 0, log), boom(0.01), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(boom(0.01), worker('y', 0.03, log))
    except ValueError as e:
        print('gather raised', e)
    t = asyncio.create_task(worker('t', 0.01, log))
    print(t.done())
    print(await t, t.done(), t.result())
    order = []
    async def spin(n):
        for i in range(3):
            order.append((n, i))
            await asyncio.sleep(0)
    await asyncio.gather(spin(1), spin(2))
    print(order)
    async def forever():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('cancelled inside')
            raise
    t = asyncio.create_task(forever())
    await asyncio.sleep(0.01)
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print('task cancelled', t.cancelled())
    try:
        await asyncio.wait_for(asyncio.sleep(5), 0.02)
    except asyncio.TimeoutError as e:
        print('timeout', type(e).__name__)
    print(await asyncio.wait_for(worker('w', 0.01, log), 1))
    q = asyncio.Queue()
    async def producer():
        for i in range(5):
            await q.put(i)
            await asyncio.sleep(0)
        await q.put(None)
    async def consumer():
        got = []
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                return got
            got.append(item * item)
    _, got = await asyncio.gather(producer(), consumer())
    print(got)
    lock = asyncio.Lock()
    trace = []
    async def crit(n):
        async with lock:
            trace.append('in%d' % n)
            await asyncio.sleep(0.001)
            trace.append('out%d' % n)
    await asyncio.gather(crit(1), crit(2), crit(3))
    print(trace)
    ev = asyncio.Event()
    async def waiter(n):
        await ev.wait()
        return n
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), [t.done() for t in ts])
    ev.set()
    print(await asyncio.gather(*ts))
    sem = asyncio.Semaphore(2)
    active = [0]
    peak = [0]
    async def limited(n):
        async with sem:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
            await asyncio.sleep(0.001)
            active[0] -= 1
            return n
    print(await asyncio.gather(*[limited(i) for i in range(6)]), peak[0])
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, 'fut!')
    print(await fut)
    done_cb = []
    t = asyncio.create_task(worker('cb', 0, log))
    t.add_done_callback(lambda f: done_cb.append(f.result()))
    await t
    await asyncio.sleep(0)
    print(done_cb)
    # names, current_task, results of sleep
    t = asyncio.create_task(asyncio.sleep(0, result='slept'), name='sleeper')
    print(t.get_name(), await t)
    print(asyncio.current_task() is not None, asyncio.current_task().get_name())
    # a task cancelled before it starts never runs
    ran = []
    async def mark():
        ran.append(1)
    t = asyncio.create_task(mark())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled before start', ran, t.cancelled(), t.done())
    # exceptions are kept in the task
    t = asyncio.create_task(boom(0))
    await asyncio.sleep(0.01)
    print(t.done(), repr(t.exception()))
    try:
        t.result()
    except ValueError as e:
        print('result() raised', e)
    # wait() with FIRST_COMPLETED
    fast = asyncio.create_task(worker('fast', 0.01, log))
    slow = asyncio.create_task(worker('slow', 1, log))
    done, pending = await asyncio.wait([fast, slow], return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending), slow in pending)
    slow.cancel()
    print(await asyncio.gather(slow, return_exceptions=True))
    # a bounded queue makes the producer wait
    q = asyncio.Queue(maxsize=2)
    events = []
    async def prod():
        for i in range(4):
            await q.put(i)
            events.append('put%d' % i)
    async def cons():
        await asyncio.sleep(0.02)
        for i in range(4):
            events.append('got%d' % await q.get())
    await asyncio.gather(prod(), cons())
    print(events)
    pq = asyncio.PriorityQueue()
    for item in (5, 1, 4, 2):
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(4)])
    try:
        pq.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    # shield keeps the inner task running when the outer wait times out
    inner = asyncio.create_task(worker('shielded', 0.3, log))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.05)
    except asyncio.TimeoutError:
        print('outer timed out; inner cancelled?', inner.cancelled())
    print(await inner)
    # Future states
    f = asyncio.get_running_loop().create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    f.set_exception(KeyError('x'))
    print(f.done(), repr(f.exception()))
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        await asyncio.gather(asyncio.sleep(0.01), boom(0.001))
    except ValueError as e:
        print('first error wins:', e)
    return 'main done'

print(asyncio.run(main()))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(worker('loop', 0.01, [])))
loop.close()
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))


async def fails():
    await asyncio.sleep(0)
    raise LookupError('from main')

try:
    asyncio.run(fails())
except LookupError as e:
    print('asyncio.run raised', repr(e))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    asyncio.run(worker)
except ValueError as e:
    print('ValueError:', str(e).split(' <')[0])


# tasks left running when main returns are cancelled by asyncio.run
async def leaves_one():
    async def background():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('background cancelled at shutdown')
            raise
    asyncio.create_task(background())
    await asyncio.sleep(0)
    return 'left one'

print(asyncio.run(leaves_one()))
