# weakref containers (len, lazy iterators that raise when the container changes size,
# KeyedRef) and threading's excepthook, ExceptHookArgs, TIMEOUT_MAX, get_native_id,
# stack_size, ThreadError and local; nothing here depends on when a plan frees objects
import threading
import weakref


class O:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'O(%d)' % self.n


keep = [O(i) for i in range(6)]
wvd = weakref.WeakValueDictionary()
sizes = []
for o in keep:
    wvd[o.n] = o
    sizes.append(len(wvd))
print(sizes, type(wvd.values()).__name__, type(wvd.items()).__name__)
values = wvd.values()
print(next(values), sorted(k for k, v in wvd.items()), 3 in wvd, 9 in wvd)
del wvd[0]
wvd.pop(1)
print(len(wvd), wvd.setdefault(7, keep[0]), len(wvd), wvd.get(1, 'gone'))
try:
    for k in wvd:
        wvd[k + 100] = keep[0]
except RuntimeError as e:
    print('RuntimeError', e)
print(len(wvd), sorted(wvd.keys())[:3])

wkd = weakref.WeakKeyDictionary()
for o in keep:
    wkd[o] = o.n * 10
wkd[keep[0]] = 'again'
del wkd[keep[5]]
print(len(wkd), wkd[keep[0]], sorted(v for v in wkd.values() if v != 'again'), keep[5] in wkd)
try:
    for k in wkd.keys():
        wkd[O(99)] = 0
except RuntimeError as e:
    print('RuntimeError', e)

ws = weakref.WeakSet(keep)
ws.add(keep[0])
ws.discard(keep[1])
print(len(ws), keep[1] in ws, keep[2] in ws, sorted(o.n for o in ws), type(iter(ws)).__name__)
other = weakref.WeakSet(keep[:3])
print(sorted(o.n for o in ws & other), sorted(o.n for o in ws | other), other <= set(keep))

kr = weakref.KeyedRef(keep[2], None, 'key2')
print(kr.key, kr() is keep[2], kr == weakref.ref(keep[2]))

print(threading.TIMEOUT_MAX, threading.ThreadError is RuntimeError, threading.stack_size(),
      type(threading.get_native_id()).__name__, threading.__excepthook__ is threading.excepthook)
args = threading.ExceptHookArgs([KeyError, KeyError('k'), None, None])
print(args.exc_type.__name__, args.exc_value, args.exc_traceback, args.thread, len(args))

seen = []


def hook(a):
    seen.append((a.exc_type.__name__, str(a.exc_value), a.thread.name, a.thread.is_alive()))


def fails():
    raise ValueError('in the thread')


def exits():
    raise SystemExit(3)


threading.excepthook = hook
for target, name in [(fails, 'first'), (exits, 'second')]:
    t = threading.Thread(target=target, name=name)
    t.start()
    t.join()
print(seen)


def broken_hook(a):
    raise TypeError('the hook fails')


threading.excepthook = broken_hook
t = threading.Thread(target=fails, name='third')
t.start()
t.join()
threading.excepthook = threading.__excepthook__
for target, name in [(exits, 'quiet'), (fails, 'reported')]:
    t = threading.Thread(target=target, name=name)
    t.start()
    t.join()

t = threading.Thread(target=lambda: None)
t.daemon = True
t.name = 'renamed'
print(t.daemon, t.name, t.native_id)
t.start()
t.join()
print(type(t.native_id).__name__)
try:
    threading.main_thread().daemon = True
except RuntimeError as e:
    print('RuntimeError', e)

tl = threading.local()
tl.value = 'main'
found = []


def worker(n):
    found.append(hasattr(tl, 'value'))
    tl.value = n
    found.append(tl.value)


for n in range(3):
    t = threading.Thread(target=worker, args=(n,))
    t.start()
    t.join()
print(found, tl.value)
