# A wait with a timeout that nothing ends (time.sleep, Lock.acquire, Event.wait,
# Condition.wait, Semaphore.acquire, Thread.join, queue.Queue.get) lasts at least its
# timeout while other threads allocate: Boehm stops every thread with a signal for a
# collection, and the interrupted wait must resume for the time left rather than end.
import queue
import threading
import time

stop = []


def churn(out):
    n = 0
    while not stop:
        junk = [[i] * 8 for i in range(200)]
        n += len(junk)
    out.append(n > 0)


out = []
ts = [threading.Thread(target=churn, args=(out,)) for k in range(2)]
for t in ts:
    t.start()

TIMEOUT = 0.1
held = threading.Lock()
held.acquire()
cond = threading.Condition()
sem = threading.Semaphore(0)
never = threading.Event()
sleeper = threading.Thread(target=never.wait, args=(5,))
sleeper.start()
q = queue.Queue()


def queue_get():
    try:
        return q.get(timeout=TIMEOUT)
    except queue.Empty:
        return 'Empty'


def cond_wait():
    with cond:
        return cond.wait(TIMEOUT)


waits = [('time.sleep', lambda: time.sleep(TIMEOUT)),
         ('Lock.acquire', lambda: held.acquire(timeout=TIMEOUT)),
         ('Event.wait', lambda: never.wait(TIMEOUT)),
         ('Condition.wait', cond_wait),
         ('Semaphore.acquire', lambda: sem.acquire(timeout=TIMEOUT)),
         ('Thread.join', lambda: sleeper.join(TIMEOUT)),
         ('Queue.get', queue_get)]
for name, wait in waits:
    for k in range(3):
        t0 = time.monotonic()
        result = wait()
        took = time.monotonic() - t0
        if took < TIMEOUT:
            print(name, 'returned', result, 'after', took)
            break
    else:
        print(name, result, 'at least the timeout')
print(sleeper.is_alive())
never.set()
sleeper.join()
stop.append(1)
for t in ts:
    t.join()
print(out)
