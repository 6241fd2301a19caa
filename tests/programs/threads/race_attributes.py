# threads set attributes of one shared instance (distinct names and one common name),
# rebind a class attribute while others call methods that read it, and rebind and add
# globals while others read them
import threading


class Shared:
    kind = 'a'

    def describe(self):
        return self.kind


obj = Shared()
N = 3000


def setter(tid):
    for i in range(N):
        setattr(obj, 'attr_%d_%d' % (tid, i % 40), i)
        obj.common = tid
        if i % 10 == 0:
            try:
                delattr(obj, 'attr_%d_%d' % (tid, (i + 20) % 40))
            except AttributeError:
                pass


ts = [threading.Thread(target=setter, args=(t,)) for t in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
names = sorted(n for n in vars(obj) if n.startswith('attr_'))
print(len(names) <= 120, obj.common in (0, 1, 2))
print(all(getattr(obj, n) < N for n in names))

stop = []


def rebinder():
    for i in range(N):
        Shared.kind = 'b' if i % 2 else 'a'
    Shared.kind = 'c'


def caller(res):
    bad = 0
    for i in range(N):
        if obj.describe() not in ('a', 'b', 'c') and 'kind' not in vars(obj):
            bad += 1
    res.append(bad)


res = []
ts = [threading.Thread(target=rebinder)] + \
     [threading.Thread(target=caller, args=(res,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(res, Shared.kind, obj.describe())

value = 0


def global_writer():
    global value
    for i in range(N):
        value = i
        globals()['made_%d' % (i % 30)] = i     # new globals while others read


def global_reader(res):
    bad = 0
    for i in range(N):
        v = value
        if not (0 <= v < N):
            bad += 1
    res.append(bad)


res = []
ts = [threading.Thread(target=global_writer)] + \
     [threading.Thread(target=global_reader, args=(res,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(res, value, sorted(n for n in globals() if n.startswith('made_'))[:3])
