# Output written as threads end: each thread prints and ends, the main thread joins it
# and prints.  The order is fixed, and no line may be lost or reordered -- not even
# the last ones, written just before the process ends.
import threading


def worker(i):
    print("thread", i, "says", "x" * (i * 50))


for i in range(40):
    t = threading.Thread(target=worker, args=(i,))
    t.start()
    t.join()
    print("joined", i)
print("done")
