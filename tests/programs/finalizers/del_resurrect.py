# PEP 442: __del__ may resurrect its object; it is not called a second time
import gc

saved = []
calls = []


class Phoenix:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        calls.append(self.n)
        saved.append(self)          # resurrects


p = Phoenix(1)
del p
gc.collect()
print('calls', calls, 'saved', [q.n for q in saved])
saved.clear()                       # dies again: no second __del__
gc.collect()
print('calls', calls)


class Counter:
    count = 0

    def __del__(self):
        Counter.count += 1


for i in range(1000):
    Counter()
gc.collect()
print('finalized', Counter.count)


# __del__ added to a class after it was made: later instances have it
class Late:
    pass


def late_del(self):
    calls.append('late')


Late.__del__ = late_del
Late()
gc.collect()
print('calls', calls)
