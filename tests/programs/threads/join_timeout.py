# join with a timeout returns while the thread still runs; locks with timeouts
import threading
import time

gate = threading.Lock()
gate.acquire()


def waiter():
    gate.acquire()
    print("waiter got the gate")


t = threading.Thread(target=waiter, daemon=False)
t.start()
t.join(0.05)
print("after join timeout, alive:", t.is_alive())
print("acquire with timeout:", threading.Lock().acquire(timeout=0.01))
busy = threading.Lock()
busy.acquire()
start = time.time()
print("busy acquire:", busy.acquire(True, 0.05), time.time() - start >= 0.04)
print("non-blocking:", busy.acquire(False))
gate.release()
t.join()
print("alive at end:", t.is_alive())
