# a producer and a consumer sharing a list under a lock
import threading
import time

items = []
lock = threading.Lock()
done = []


def producer():
    for i in range(200):
        with lock:
            items.append(i)
        if i % 50 == 0:
            time.sleep(0.001)
    with lock:
        done.append(True)


def consumer(out):
    while True:
        with lock:
            if items:
                out.append(items.pop(0))
                continue
            if done:
                break
        time.sleep(0.0005)


got = []
c = threading.Thread(target=consumer, args=(got,))
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print(len(got), got == list(range(200)), sum(got))
