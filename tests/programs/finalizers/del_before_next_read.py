# A __del__ that the dropped reference runs has happened before the next instruction
# reads anything, as in CPython -- not only by the next call: `del x; print(R.n)` must
# read R.n after x's __del__ counted.  Every kind of instruction that drops a reference
# (del of a global and of an attribute, stores over a global, a local, an item and an
# attribute, a dropped expression value) and a generator closed at death.  On the
# tracing plans nothing runs until gc.collect() (del_before_next_read.collection.out).
import gc


class R:
    n = 0

    def __del__(self):
        R.n += 1


x = R()
del x
print('del global:', R.n)
x = R()
x = None
print('store global:', R.n)


def f():
    y = R()
    y = 5
    print('store local:', R.n)
    items = [R()]
    items[0] = 1
    print('store item:', R.n)

    class O:
        pass
    o = O()
    o.a = R()
    o.a = 2
    print('store attribute:', R.n)
    o.b = R()
    del o.b
    print('del attribute:', R.n)
    R()
    print('dropped value:', R.n)


f()


def gen(log):
    try:
        yield 1
        yield 2
    finally:
        log.append('closed')


log = []
g = gen(log)
next(g)
del g
print('generator closed:', log)
gc.collect()
print('after collect:', R.n, log)
