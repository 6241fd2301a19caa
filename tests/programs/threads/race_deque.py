# collections.deque shared by threads, as CPython's (written in C) allows: every
# operation is atomic.  gclab's deque is Python code, so it holds its lock once threads
# exist; without it two threads' popleft() could return one item twice and an append()
# made during popleft()'s compaction of the list could be lost.  Also queue.SimpleQueue
# (a deque and a semaphore), which concurrent.futures' pools use for their work.
import threading
import queue
from collections import deque

THREADS = 4
N = 3000

# producers append at both ends while consumers pop from both ends: every item comes out
# exactly once
dq = deque()
taken = [[] for i in range(THREADS)]
done_producing = threading.Event()


def produce(tid):
    for i in range(N):
        if i % 2:
            dq.append((tid, i))
        else:
            dq.appendleft((tid, i))


def consume(tid):
    got = taken[tid]
    while True:
        try:
            got.append(dq.popleft() if len(got) % 2 else dq.pop())
        except IndexError:
            if done_producing.is_set() and not dq:
                return


producers = [threading.Thread(target=produce, args=(t,)) for t in range(THREADS)]
consumers = [threading.Thread(target=consume, args=(t,)) for t in range(THREADS)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
done_producing.set()
for t in consumers:
    t.join()
items = [x for got in taken for x in got]
print('items out:', len(items), 'distinct:', len(set(items)), 'left:', len(dq))
print('all there:', set(items) == set((t, i) for t in range(THREADS) for i in range(N)))

# readers index and iterate while a writer rotates and appends: no reader sees an
# IndexError from inside the deque, only RuntimeError for mutation during iteration
ring = deque(range(100))
stop = threading.Event()
errors = []


def rotate_and_grow():
    for i in range(3000):
        ring.rotate(7)
        ring.append(i)
        ring.popleft()
    stop.set()


def read():
    while not stop.is_set():
        try:
            n = len(ring)
            ring[n // 2]
            ring[-1]
            if n not in (100, 101):
                errors.append('length %d' % n)
            for x in ring:
                pass
        except RuntimeError:
            pass
        except Exception as e:
            errors.append(repr(e))


threads = [threading.Thread(target=rotate_and_grow)]
threads += [threading.Thread(target=read) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('ring length:', len(ring), 'errors:', errors[:3])

# SimpleQueue: producers and consumers through put/get
sq = queue.SimpleQueue()
results = []
results_lock = threading.Lock()


def worker():
    mine = []
    while True:
        item = sq.get()
        if item is None:
            break
        mine.append(item * 2)
    with results_lock:
        results.extend(mine)


def feeder(base):
    for i in range(N):
        sq.put(base + i)


workers = [threading.Thread(target=worker) for i in range(3)]
feeders = [threading.Thread(target=feeder, args=(k * N,)) for k in range(2)]
for t in workers + feeders:
    t.start()
for t in feeders:
    t.join()
for t in workers:
    sq.put(None)
for t in workers:
    t.join()
print('simple queue:', len(results), sum(results) == 2 * sum(range(2 * N)))
