# time.sleep sleeps at least as long as asked while other threads allocate (Boehm
# stops every thread with a signal for a collection: the sleep must resume after it)
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
t0 = time.monotonic()
time.sleep(0.3)
slept = time.monotonic() - t0
stop.append(1)
for t in ts:
    t.join()
print(slept >= 0.3, out)
