# threads pull from one shared generator: a thread that finds it running elsewhere gets
# CPython's "ValueError: generator already executing" and tries again; every item is
# taken exactly once, and none is lost or taken twice (free-threaded builds claim the
# generator under its lock)
import threading

N = 20000
THREADS = 4


def numbers():
    for i in range(N):
        yield i


gen = numbers()
taken = [[] for _ in range(THREADS)]
busy = [0] * THREADS


def worker(k):
    mine = taken[k]
    while True:
        try:
            item = next(gen)
        except StopIteration:
            return
        except ValueError as e:
            assert str(e) == 'generator already executing', e
            busy[k] += 1
            continue
        mine.append(item)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
everything = []
for mine in taken:
    everything.extend(mine)
print(len(everything), sorted(everything) == list(range(N)))
print('each thread in order:', all(mine == sorted(mine) for mine in taken))
