# GC workload: an open-addressing hash table written in Python - resize, tombstones, reinsert
class HashTable:
    EMPTY = None

    def __init__(self, capacity=8):
        self.keys = [None] * capacity
        self.vals = [None] * capacity
        self.used = [False] * capacity   # slot ever used (key or tombstone)
        self.size = 0
        self.filled = 0
        self.resizes = 0

    def _hash(self, key):
        if isinstance(key, int):
            return key * 2654435761 % 4294967296
        h = 5381
        for ch in key:
            h = (h * 33 + ord(ch)) % 4294967296
        return h

    def _slot(self, key):
        cap = len(self.keys)
        i = self._hash(key) % cap
        first_free = -1
        while self.used[i]:
            if self.keys[i] is None:
                if first_free < 0:
                    first_free = i
            elif self.keys[i] == key:
                return i, True
            i = (i + 1) % cap
        return (first_free if first_free >= 0 else i), False

    def __setitem__(self, key, val):
        i, found = self._slot(key)
        if found:
            self.vals[i] = val
            return
        if not self.used[i]:
            self.filled += 1
        self.used[i] = True
        self.keys[i] = key
        self.vals[i] = val
        self.size += 1
        if self.filled * 3 >= len(self.keys) * 2:
            self._resize()

    def __getitem__(self, key):
        i, found = self._slot(key)
        if not found:
            raise KeyError(key)
        return self.vals[i]

    def __delitem__(self, key):
        i, found = self._slot(key)
        if not found:
            raise KeyError(key)
        self.keys[i] = None
        self.vals[i] = None
        self.size -= 1

    def __contains__(self, key):
        return self._slot(key)[1]

    def __len__(self):
        return self.size

    def items(self):
        return [(k, self.vals[i]) for i, k in enumerate(self.keys) if k is not None]

    def _resize(self):
        old = self.items()
        cap = len(self.keys) * 2 if self.size * 2 > len(self.keys) // 2 else len(self.keys)
        self.keys = [None] * cap
        self.vals = [None] * cap
        self.used = [False] * cap
        self.size = self.filled = 0
        self.resizes += 1
        for k, v in old:
            self[k] = v


t = HashTable()
for w in "apple banana cherry date elder fig grape".split():
    t[w] = len(w)
print(len(t), t["fig"], "kiwi" in t, "date" in t, t.resizes)
t["fig"] = 99
del t["banana"]
print(len(t), t["fig"], "banana" in t)
try:
    t["banana"]
except KeyError as e:
    print("KeyError", e)
try:
    del t["nope"]
except KeyError as e:
    print("KeyError", e)

ht = HashTable()
for i in range(600):
    ht[i] = i * i
print(len(ht), len(ht.keys), ht.resizes, ht[599])
for i in range(0, 600, 3):
    del ht[i]
print(len(ht), 3 in ht, 4 in ht)
for i in range(1000, 1300):
    ht[i] = -i
for i in range(1000, 1300, 2):
    del ht[i]
print(len(ht), len(ht.keys), ht.resizes, ht.filled)
check = 0
for k, v in ht.items():
    check = (check + k * 7 + v) % 1000003
print("check", check)
print(sorted(ht.items())[:5])
