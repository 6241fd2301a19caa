# several threads recurse close to the recursion limit at the same time (each thread
# has its own depth and its own C stack), and one goes past it
import sys
import threading


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


def work(i, out):
    out[i] = down(900)
    try:
        down(5000)
        out[i] += 1
    except RecursionError:
        out[i] += 1000


out = [0] * 4
ts = [threading.Thread(target=work, args=(i, out)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)
print(down(950))
