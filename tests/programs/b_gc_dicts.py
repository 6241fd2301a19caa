# GC workload: dicts that grow, shrink, regrow, and churn keys of mixed types
d = {}
for i in range(2000):
    d[i] = str(i)
print(len(d), d[1999], d[0])
for i in range(0, 2000, 2):
    del d[i]
print(len(d), 1 in d, 2 in d, sum(d.keys()) % 100003)
for i in range(2000, 3000):
    d[i] = i * i
print(len(d), d[2500], min(d), max(d))
keys = list(d.keys())
print(keys[:5], keys[-3:])
d.clear()
print(len(d), d.get(5, "gone"))
churn = {}
check = 0
for r in range(50):
    for i in range(40):
        churn["k%d" % ((r * 7 + i) % 97)] = [r, i]
    for k in list(churn.keys())[:20]:
        check += churn.pop(k)[1]
    check += len(churn)
print("churn", check, len(churn))
mixed = {}
for i in range(100):
    mixed[i] = "int"
    mixed[str(i)] = "str"
    mixed[(i, i)] = "tuple"
    mixed[i + 0.5] = "float"
print(len(mixed), mixed[5], mixed["5"], mixed[(5, 5)], mixed[5.5])
nested = {}
for i in range(30):
    nested.setdefault(i % 4, {})[i] = {"sq": i * i}
print(sorted((k, len(v)) for k, v in nested.items()), nested[3][27]["sq"])
counts = {}
for ch in "the quick brown fox jumps over the lazy dog " * 20:
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items())[:6])
print(dict(sorted(counts.items(), key=lambda kv: -kv[1])[:3]))
