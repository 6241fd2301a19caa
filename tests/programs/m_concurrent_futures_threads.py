# concurrent.futures.ThreadPoolExecutor: submit, map, shutdown, the with statement,
# as_completed and wait on work running in threads, initializers, cancellation.
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED, CancelledError)
import concurrent.futures.thread


def square(x):
    return x * x


def fails(x):
    raise ValueError('no %d' % x)


with ThreadPoolExecutor(max_workers=4) as ex:
    futures = [ex.submit(square, i) for i in range(10)]
    print([f.result() for f in futures])
    print(list(ex.map(square, range(8))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    print(sorted(f.result() for f in as_completed(futures)))
    bad = ex.submit(fails, 3)
    print(repr(bad.exception()), bad.done())
    try:
        list(ex.map(fails, [1, 2]))
    except ValueError as e:
        print('map raised', e)
    print(ex.submit(lambda *a, **k: (a, sorted(k.items())), 1, 2, b=3).result())

# a call blocked on an event keeps its future running; wait and as_completed see the
# others first
def waiting(started, gate, value):
    started.set()
    gate.wait(10)
    return value


gate = threading.Event()
started = threading.Event()
ex = ThreadPoolExecutor(max_workers=2, thread_name_prefix='pool')
slow = ex.submit(waiting, started, gate, 'slow')
quick = ex.submit(square, 7)
print(quick.result(), started.wait(10), slow.running(), slow.done())
done, not_done = wait([slow, quick], timeout=0.05)
print(quick in done, slow in not_done)
done, not_done = wait([slow, quick], return_when=FIRST_COMPLETED)
print(quick in done, len(done))
# a third call queues behind the two: it can be cancelled before it starts
gate2 = threading.Event()
blocker = ex.submit(gate2.wait, 10)
queued = ex.submit(square, 9)
print(queued.cancel(), queued.cancelled())
try:
    queued.result()
except CancelledError:
    print('CancelledError')
order = []
gate.set()
for f in as_completed([slow, quick]):
    order.append(f.result())
print(sorted(order, key=str))
gate2.set()
done, not_done = wait([slow, quick, blocker], return_when=ALL_COMPLETED)
print(len(done), len(not_done), blocker.result())
e1 = ex.submit(fails, 1)
done, not_done = wait([e1], return_when=FIRST_EXCEPTION)
print(e1 in done)
names = set(ex.submit(lambda: threading.current_thread().name).result() for i in range(5))
print(all(n.startswith('pool_') for n in names))
ex.shutdown(wait=True)
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(e)

# callbacks run in the thread that completes the future
results = []
lock = threading.Lock()
with ThreadPoolExecutor(3) as ex:
    for i in range(6):
        ex.submit(square, i).add_done_callback(
            lambda f: results.append(f.result()))
print(sorted(results))

# initializer runs once per worker; a failing one breaks the pool
seen = []
with ThreadPoolExecutor(2, initializer=seen.append, initargs=('init',)) as ex:
    print(ex.submit(square, 3).result())
print(set(seen))


def broken():
    raise OSError('init failed')


import logging
logging.getLogger('concurrent.futures').addHandler(logging.NullHandler())
logging.getLogger('concurrent.futures').propagate = False
ex = ThreadPoolExecutor(1, initializer=broken)
f = ex.submit(square, 2)
try:
    f.result(timeout=10)
except concurrent.futures.thread.BrokenThreadPool as e:
    print('BrokenThreadPool', e)
try:
    ex.submit(square, 2)
except concurrent.futures.thread.BrokenThreadPool as e:
    print('BrokenThreadPool', e)
ex.shutdown()

# shutdown(cancel_futures=True) cancels what has not started; shutdown(wait=False)
# returns at once and the work still runs
gate = threading.Event()
started = threading.Event()
ex = ThreadPoolExecutor(1)
first = ex.submit(waiting, started, gate, True)
rest = [ex.submit(square, i) for i in range(3)]
started.wait(10)
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
print(first.result(), [f.cancelled() for f in rest])

left = []
ex = ThreadPoolExecutor(2)
for i in range(4):
    ex.submit(left.append, i)
ex.shutdown(wait=True)
print(sorted(left))
# work still queued when the program ends is done before exit
ex = ThreadPoolExecutor(1)
ex.submit(time.sleep, 0.05)
ex.submit(print, 'ran at exit')
print('end of program')
