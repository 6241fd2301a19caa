# threading's Condition, Semaphore, BoundedSemaphore, Barrier, Timer and local, used as
# programs use them; what is printed does not depend on the interleaving
import threading
import time

# Condition: a bounded buffer, two producers and two consumers
buf = []
cond = threading.Condition()
consumed = []
N = 200


def produce(base):
    for i in range(N):
        with cond:
            cond.wait_for(lambda: len(buf) < 5)
            buf.append(base + i)
            cond.notify_all()


def consume(out):
    for _ in range(N):
        with cond:
            cond.wait_for(lambda: len(buf) > 0)
            out.append(buf.pop(0))
            cond.notify_all()


outs = [[], []]
ts = [threading.Thread(target=produce, args=(0,)), threading.Thread(target=produce, args=(1000,)),
      threading.Thread(target=consume, args=(outs[0],)),
      threading.Thread(target=consume, args=(outs[1],))]
for t in ts:
    t.start()
for t in ts:
    t.join()
got = sorted(outs[0] + outs[1])
print('condition:', len(got), got == sorted(list(range(N)) + list(range(1000, 1000 + N))))
with cond:
    print('wait timeout:', cond.wait(0.01), cond.wait_for(lambda: False, 0.01))
try:
    cond.notify()
except RuntimeError as e:
    print(e)

# Semaphore: at most 2 workers inside at once
sem = threading.Semaphore(2)
inside = [0]
peak = [0]
guard = threading.Lock()


def limited():
    for _ in range(50):
        with sem:
            with guard:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
            time.sleep(0.0001)
            with guard:
                inside[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('semaphore peak <= 2:', peak[0] <= 2, inside[0])
print(sem.acquire(False), sem.acquire(False), sem.acquire(False), sem.acquire(timeout=0.01))
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print(e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print(e)

# Barrier: three threads, five rounds, an action per round
rounds = []
barrier = threading.Barrier(3, action=lambda: rounds.append(len(rounds)))
indexes = []


def meet():
    for _ in range(5):
        indexes.append(barrier.wait())


ts = [threading.Thread(target=meet) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('barrier:', rounds, sorted(indexes) == sorted([0, 1, 2] * 5), barrier.parties,
      barrier.n_waiting, barrier.broken)
lonely = threading.Barrier(2, timeout=0.02)
try:
    lonely.wait()
except threading.BrokenBarrierError:
    print('broken after timeout:', lonely.broken)
lonely.reset()
print('reset:', lonely.broken)

# Timer: one fires, one is cancelled
fired = []
t1 = threading.Timer(0.01, fired.append, args=['first'])
t2 = threading.Timer(5.0, fired.append, args=['never'])
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print('timers:', fired)

# local: each thread sees its own attributes
data = threading.local()
data.x = 'main'
seen = {}


def visit(k):
    print_missing = not hasattr(data, 'x')
    data.x = k
    time.sleep(0.001)
    seen[k] = (print_missing, data.x)


ts = [threading.Thread(target=visit, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('local:', data.x, sorted(seen.items()))
