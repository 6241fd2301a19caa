# Weak references to classes and functions, as CPython allows them: alive while the
# object is, dead (and their callbacks called) once it is freed -- checked after
# gc.collect(), so that the refcount plans (prompt) and the tracing plans (after a
# collection) print what python3 prints; 'none' (.never.out) frees nothing.  Caches
# keyed weakly by class (WeakKeyDictionary) are the common use.
import gc
import weakref


def top():
    return "top"


class Top:
    pass


r = weakref.ref(top)
print(r() is top, r()(), weakref.getweakrefcount(top), weakref.ref(top) is r)
rc = weakref.ref(Top)
print(rc() is Top, weakref.getweakrefcount(Top), weakref.ref(int)() is int)
print(weakref.proxy(Top).__name__, len(weakref.getweakrefs(Top)))
events = []


def make(i):
    def helper():
        return i

    class Made:
        n = i
    return helper, Made


helper, Made = make(1)
w_helper = weakref.ref(helper, lambda ref: events.append("helper died"))
w_made = weakref.ref(Made, lambda ref: events.append("Made died"))
print(w_helper()(), w_made().n)
del helper, Made
gc.collect()
print("dead:", w_helper() is None, w_made() is None, sorted(events))

cache = weakref.WeakKeyDictionary()
kinds = [make(i)[1] for i in range(6)]
for k in kinds:
    cache[k] = k.n * 10
print(len(cache), sorted(cache.values()))
del kinds[1:4]
gc.collect()
print(len(cache), sorted(cache.values()), [k.n for k in kinds])

handlers = weakref.WeakValueDictionary()
fns = [make(i)[0] for i in range(4)]
for f in fns:
    handlers[f()] = f
del fns[0]
gc.collect()
print(sorted(handlers.keys()), handlers[2]())
finalized = []
weakref.finalize(make(9)[1], finalized.append, "class finalized")
gc.collect()
print("finalize:", finalized)
