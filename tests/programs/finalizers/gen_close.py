# a generator that dies suspended inside a try or with block is closed: its finally
# blocks and with exits run (when the plan finds it dead, as __del__ runs)
import gc


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('open', self.name)
        return self

    def __exit__(self, t, v, tb):
        print('close', self.name, t.__name__ if t else None)
        return False


def lines(name):
    with Resource(name):
        for i in range(10):
            yield '%s line %d' % (name, i)


def counted(log):
    try:
        yield 1
        yield 2
    finally:
        log.append('finally ran')


g = lines('file-a')
print(next(g), next(g))
del g
gc.collect()
print('after dropping file-a')

log = []
c = counted(log)
print(next(c))
c = None
gc.collect()
print(log)

# never started: nothing to close
h = counted(log)
del h
gc.collect()
print(log)

# finished: nothing to close
print(list(counted(log)))
gc.collect()
print(log)


def outer():
    try:
        yield from lines('file-b')
    finally:
        print('outer finally')


o = outer()
print(next(o))
del o
gc.collect()
print('end')
