# Indexing, slicing and searching long non-ASCII strings: W_Str keeps the byte index of
# every 64th code point (marks), and these must agree with a walk from the start.
s = ("héllo wörld → " * 300)
n = len(s)
out = []
for i in range(0, n, 7):
    out.append(s[i])
print(len(out), "".join(out[:40]))
print(s[63], s[64], s[65], s[127:131], s[-1], s[-64], s[-65:-60], s[n-1], s[1000:1010])
print(s.find("→"), s.find("→", 100), s.rfind("ö"), s.find("ö", 4000), s.count("ö", 64, 4000), s.index("w", 3000, 3100))
print(s.startswith("wörld", 6), s.endswith("→ ", 0, 28), s.find("zz"), s.rfind("h", 0, 64), s.find("h", 64), s.find("", 5000), s.find("", 4199), s.find("", 4200))
for k in range(0, n + 3, 37):
    assert s[k:k+5] == "".join(list(s)[k:k+5]), k
    if k < n:
        assert s.find(s[k], k) == k or s[k] in s[:k], k
print("ok", n)
