# threads write one dict: the same keys and distinct keys, with no lock of their own
import threading

N = 5000
shared = {}
counts = {}


def writer(tid):
    for i in range(N):
        shared[(tid, i)] = i            # distinct keys: every one arrives
        shared[i % 100] = tid           # the same keys: some thread's value wins
        if i % 7 == 0:
            shared.pop((tid, i), None)  # and some go again
        counts.setdefault(tid, 0)
        counts[tid] = counts[tid] + 1


ts = [threading.Thread(target=writer, args=(t,)) for t in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
mine = [k for k in shared if isinstance(k, tuple)]
print(len(mine), len(mine) == 4 * (N - len(range(0, N, 7))))
print(sorted(k for k in shared if isinstance(k, int)) == list(range(100)))
print(all(shared[k] in (0, 1, 2, 3) for k in range(100)))
print(sorted(counts.items()))


# iteration and copies while another thread inserts and deletes
small = dict(('k%d' % i, i) for i in range(100))


def churn():
    for i in range(3000):
        small['x%d' % (i % 50)] = i
        if i % 3 == 0:
            small.pop('x%d' % ((i + 25) % 50), None)


def walker(res):
    seen = 0
    for i in range(300):
        try:
            for k in small:
                seen += 1
        except RuntimeError:        # changed size during iteration: as CPython
            pass
        d = dict(small)
        items = list(small.items())
        keys = list(small)
        if len(d) < 100 or len(items) < 100 or len(keys) < 100:
            seen = -10 ** 9         # the k keys are never removed
    res.append(seen > 0)


res = []
ts = [threading.Thread(target=churn), threading.Thread(target=walker, args=(res,))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(res)
