# readers race writers over shared slots that always hold a freshly made object: on a
# free-threaded refcount plan each replaced object's count drops to 0 while a reader
# may have just loaded it (gclab/gc/refcounting/deferred.py keeps it alive until the
# reader is done); every read must see a whole, live object
import threading

N = 20000


class Box:
    pass


class Holder:
    value = ('0', 0)


box = Box()
box.value = ('0', 0)
shared = {'k': ('0', 0)}
items = [('0', 0)]
g = ('0', 0)


def make_cell():
    v = ('0', 0)

    def get():
        return v

    def put(x):
        nonlocal v
        v = x
    return get, put


cell_get, cell_put = make_cell()


def writer():
    global g
    for i in range(N):
        t = (str(i), -i)
        g = (str(i), -i)
        box.value = t
        Holder.value = (str(i), -i)
        shared['k'] = (str(i), -i)
        items[0] = (str(i), -i)
        cell_put((str(i), -i))


def check(t):
    return int(t[0]) + t[1] == 0


def reader(out):
    bad = 0
    for i in range(N):
        if not check(g):
            bad += 1
        if not check(box.value):
            bad += 1
        if not check(Holder.value):
            bad += 1
        if not check(shared['k']):
            bad += 1
        if not check(items[0]):
            bad += 1
        if not check(cell_get()):
            bad += 1
    out.append(bad)


out = []
ts = [threading.Thread(target=writer), threading.Thread(target=writer)] + \
     [threading.Thread(target=reader, args=(out,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out), check(g), check(box.value), check(Holder.value), check(items[0]))
