# GC workload: LRU cache from a dict plus a doubly linked list; hits, misses, evictions
class Entry:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.root = Entry(None, None)
        self.root.prev = self.root.next = self.root
        self.hits = 0
        self.misses = 0
        self.evictions = 0

    def _unlink(self, e):
        e.prev.next = e.next
        e.next.prev = e.prev

    def _push_front(self, e):
        e.next = self.root.next
        e.prev = self.root
        self.root.next.prev = e
        self.root.next = e

    def get(self, key, default=None):
        e = self.map.get(key)
        if e is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(e)
        self._push_front(e)
        return e.value

    def put(self, key, value):
        e = self.map.get(key)
        if e is not None:
            e.value = value
            self._unlink(e)
            self._push_front(e)
            return
        if len(self.map) >= self.capacity:
            last = self.root.prev
            self._unlink(last)
            del self.map[last.key]
            last.prev = last.next = None
            self.evictions += 1
        e = Entry(key, value)
        self.map[key] = e
        self._push_front(e)

    def keys(self):
        out = []
        e = self.root.next
        while e is not self.root:
            out.append(e.key)
            e = e.next
        return out


c = LRU(3)
c.put("a", 1)
c.put("b", 2)
c.put("c", 3)
print(c.keys())
print(c.get("a"), c.keys())
c.put("d", 4)
print(c.keys(), "b" in c.map, c.get("b", "gone"))
c.put("c", 30)
print(c.keys(), c.get("c"))
print(c.hits, c.misses, c.evictions)


def cached_call(cache, fn, arg):
    v = cache.get(arg)
    if v is None:
        v = fn(arg)
        cache.put(arg, v)
    return v


def slow_square_digits(n):
    return sum(int(ch) ** 2 for ch in str(n))


cache = LRU(50)
x = 12345
total = 0
for i in range(3000):
    x = (x * 69069 + 1) % 4294967296
    key = (x >> 8) % 120
    total += cached_call(cache, slow_square_digits, key * 7)
print("total", total, "hits", cache.hits, "misses", cache.misses, "evictions", cache.evictions)
print(len(cache.map), cache.keys()[:5])

# caches with tuple keys and list values, dropped each round
kept = 0
for r in range(10):
    lc = LRU(20)
    for i in range(200):
        lc.put((r, i % 37), [i] * 3)
        lc.get((r, (i * 7) % 37))
    kept += sum(v[0] for v in [lc.map[k].value for k in lc.keys()])
    lc = None
print("kept", kept)
