# threads sharing one list, one dict and one instance; an RLock; _thread
import threading
import _thread


class Stats:
    def __init__(self):
        self.calls = 0
        self.lock = threading.RLock()

    def record(self):
        with self.lock:
            with self.lock:
                self.calls += 1


shared_list = []
shared_dict = {}
stats = Stats()
guard = threading.Lock()


def worker(tid, count):
    for i in range(count):
        key = (tid, i % 10)
        with guard:
            shared_list.append(tid)
            shared_dict[key] = shared_dict.get(key, 0) + 1
        stats.record()


ts = [threading.Thread(target=worker, args=(t, 500)) for t in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared_list), len(shared_dict), sum(shared_dict.values()), stats.calls)
print(sorted(set_ for set_ in {k[0]: 1 for k in shared_dict}))

finished = _thread.allocate_lock()
finished.acquire()
box = []


def raw(a, b):
    box.append(a + b)
    finished.release()


_thread.start_new_thread(raw, (20, 22))
finished.acquire()
print(box, isinstance(_thread.get_ident(), int))
