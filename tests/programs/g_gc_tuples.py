# GC workload: a producer of many short-lived tuples - zipping, unpacking, sorting records, swaps
def points(n, seed):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(((x >> 8) % 100, (x >> 16) % 100))
    return out


pts = points(500, 7)
print(pts[:4], len(pts))
cx = sum([p[0] for p in pts]) / len(pts)
cy = sum([p[1] for p in pts]) / len(pts)
print("centroid %.3f %.3f" % (cx, cy))
byd = sorted(pts, key=lambda p: ((p[0] - 50) ** 2 + (p[1] - 50) ** 2, p))
print(byd[:3], byd[-1])
pairs = list(zip(pts, pts[1:]))
segs = [((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2, a, b) for a, b in pairs]
print(len(segs), max(segs)[0], min(segs)[0])

# swaps through tuple packing/unpacking in a loop (each creates a transient tuple)
a, b, c = 1, 2, 3
for i in range(1000):
    a, b, c = b, c, (a + b + c) % 1000
print(a, b, c)

# records as tuples, grouped and aggregated
records = []
for i, (x, y) in enumerate(pts):
    records.append(("k%d" % (x % 7), i, x * y))
groups = {}
for key, idx, val in records:
    cnt, tot = groups.get(key, (0, 0))
    groups[key] = (cnt + 1, tot + val)
for key in sorted(groups):
    print(key, groups[key])

# nested tuple construction and comparison
def nest(n):
    t = ()
    for i in range(n):
        t = (i, t)
    return t


t = nest(50)
depth = 0
while t:
    depth += 1
    t = t[1]
print("depth", depth, nest(3), nest(3) == (2, (1, (0, ()))), nest(3) < nest(4))
total = 0
for r in range(200):
    tup = tuple(range(r % 17))
    total += len(tup) + sum(tup[::2]) + (tup + (r,))[-1]
print("total", total)
print(divmod(17, 5), tuple("abc"), tuple([1, [2]]), (1,) * 3, (1, 2) + (3,))
