# Each thread rebinds attributes of its own class and reads them back at once, through
# an instance (class attribute, method) and through the class: with the classes'
# version bumped by several threads at once, a lost bump would let a cache entry filled
# before a thread's own change outlive it, and the thread would read its old value.
import threading

N = 2000


def make_class(tid):
    class Own:
        value = -1

        def get(self):
            return self.value

    Own.__name__ = 'Own%d' % tid
    return Own


def worker(tid, results):
    cls = make_class(tid)
    obj = cls()
    stale = 0
    for i in range(N):
        cls.value = i
        if obj.value != i or obj.get() != i or cls.value != i:
            stale += 1
        if i % 50 == 0:
            cls.extra = i           # a new name: the class dict is replaced
            del cls.extra
    results[tid] = stale


results = [None] * 4
ts = [threading.Thread(target=worker, args=(t, results)) for t in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('stale reads per thread:', results)
