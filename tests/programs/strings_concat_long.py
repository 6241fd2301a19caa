# Long str + str results share one builder (W_Str's lazy strings): every way of
# extending, reading and re-extending one of them must give the bytes a copy would.
s = ""
for i in range(20000):
    s += "ab"
print(len(s), s[:6], s[-4:])

# two strings extend the same one: the second cannot append in place
base = "x" * 300
y = base + "1"
z = base + "2"
y2 = y + "3"
y3 = y + "4"           # y is no longer its builder's tip
y4 = y2 + "5"
print(y[-2:], z[-2:], y2[-3:], y3[-3:], y4[-4:], len(y4))

# reads between appends, then more appends
t = "q" * 260
seen = []
for i in range(10):
    t += str(i)
    if i % 3 == 0:
        seen.append(t[-3:])
    t += "-"
print(seen, len(t), t[-6:])

# code points: lengths, indexes and slices of long non-ASCII results
u = "é" * 200
v = u + "zü"
w = v + "€" * 100
print(len(v), len(w), w[199:203], w.count("é"), w.find("€"), w[-1] == "€")
print(v.encode("utf-8")[-4:], len(w.encode("utf-8")))

# as keys, in comparisons and hashing, against the same text made another way
key = "k" * 255
key += "ey"
other = "".join(["k"] * 255) + "ey"
d = {key: 1}
print(d[other], key == other, hash(key) == hash(other), key < other + "a", key in {other})

# the parts of an accumulation, kept
parts = []
acc = "p" * 254
for i in range(6):
    acc += chr(ord("a") + i)
    parts.append(acc)
print([len(p) for p in parts], [p[-2:] for p in parts])
print(parts[3] == "p" * 254 + "abcd", parts[0] is not parts[1])

# empty right-hand sides, bool, repr, formatting, methods on lazy strings
e = "m" * 300
e2 = e + ""
print(e2 == e, bool(e + "n"), repr(e + "'")[-4:], "%s|" % (e + "!")[-3:])
print((e + " x y").split()[-2:], (e + "Z").lower()[-2:], (e + "Z").endswith("mZ"))
print(f"{(e + 'f')[-2:]:>5}", str(e + "s")[-2:], (e + "t").replace("m", "")[:3])
