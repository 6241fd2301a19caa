# bench-args: 60000
# Dict- and string-heavy: word counting, string building and formatting.
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
counts = {}
index = {}
for i in range(n):
    w = words[i % len(words)] + str(i % 997)
    counts[w] = counts.get(w, 0) + 1
    key = w[:3] + "-" + str(len(w))
    bucket = index.setdefault(key, [])
    if len(bucket) < 50:
        bucket.append(w)
lines = []
for k in sorted(counts)[:2000]:
    lines.append("%s=%d" % (k, counts[k]))
text = ",".join(lines)
parts = text.split(",")
upper = [p.upper() for p in parts if p.startswith("a") or p.endswith("1")]
print(len(counts), len(index), len(text), len(parts), len(upper))
print(f"{sum(counts.values())} {max(counts.values())} {upper[:2]}")
