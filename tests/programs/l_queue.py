# queue (one thread): Queue/LifoQueue/PriorityQueue/SimpleQueue orders, maxsize and
# full(), put/get with block=False and short timeouts (Empty, Full), negative timeouts,
# task_done/join and unfinished_tasks, a subclass overriding the storage hooks
import queue
import time

print(sorted(queue.__all__))
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty.__name__, queue.Full.__name__, queue.Empty.__module__)

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    print(cls.__name__, q.maxsize, q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
    for x in [5, 1, 4, 1, 5, 9, 2, 6]:
        q.put(x)
    print(q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
    print([q.get() for i in range(q.qsize())], q.empty())

pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa'), (0, 'z')]:
    pq.put_nowait(item)
print(pq.queue[0], [pq.get_nowait() for i in range(5)])

# a bounded queue
q = queue.Queue(maxsize=2)
q.put('a')
q.put('b', block=False)
print(q.full(), q.qsize(), list(q.queue))
for call in (lambda: q.put_nowait('c'), lambda: q.put('c', False),
             lambda: q.put('c', timeout=0.01), lambda: q.put('c', True, 0)):
    try:
        call()
        print('put', 'no exception')
    except queue.Full as e:
        print('Full', repr(e), type(e).__name__)
print(q.get(), q.full(), q.get(timeout=0.5), q.empty())
for call in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.01),
             lambda: q.get(True, 0), lambda: q.get(block=False, timeout=5)):
    try:
        call()
        print('get', 'no exception')
    except queue.Empty as e:
        print('Empty', repr(e))
start = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print('waited about the timeout:', time.monotonic() - start >= 0.04)
for call in (lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-0.5)):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
print(queue.Queue(-3).full(), queue.Queue(0).full())
big = queue.Queue(-1)
for i in range(100):
    big.put_nowait(i)
print(big.qsize(), big.full(), big.get(), big.get())

# task_done and join
q = queue.Queue()
q.join()
for i in range(3):
    q.put(i)
print(q.unfinished_tasks)
while not q.empty():
    q.get()
    q.task_done()
print(q.unfinished_tasks)
q.join()
print('joined')
try:
    q.task_done()
except ValueError as e:
    print('ValueError', e)

# SimpleQueue
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
for x in 'hello':
    sq.put(x)
sq.put_nowait('!')
sq.put('?', block=False, timeout=3)
print(sq.qsize(), sq.empty(), ''.join(sq.get() for i in range(7)))
for call in (sq.get_nowait, lambda: sq.get(False), lambda: sq.get(timeout=0.01),
             lambda: sq.get(block=False, timeout=-1)):
    try:
        call()
    except queue.Empty as e:
        print('Empty', repr(e))
try:
    sq.get(timeout=-1)
except ValueError as e:
    print('ValueError', e)
print(hasattr(sq, 'task_done'), hasattr(sq, 'full'), sq.empty())


# the storage hooks
class SortedQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)
        self.queue.sort(key=len)

    def _get(self):
        return self.queue.pop(0)


sq2 = SortedQueue(maxsize=3)
for w in ['banana', 'fig', 'apple']:
    sq2.put(w)
print(sq2.full(), sq2.queue)
try:
    sq2.put_nowait('kiwi')
except queue.Full:
    print('Full at', sq2.qsize())
print(sq2.get(), sq2.get(), sq2.qsize())
print(type(q.mutex).__name__ != '', q.not_empty is not q.not_full)
