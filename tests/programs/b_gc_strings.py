# GC workload: string building with join, += and slicing; many short-lived strings
parts = []
for i in range(500):
    parts.append(str(i % 10))
s = "".join(parts)
print(len(s), s[:20], s[-5:])
acc = ""
for i in range(300):
    acc += chr(ord("a") + i % 26)
print(len(acc), acc[:30], acc.count("z"))
words = ["alpha", "beta", "gamma", "delta"]
lines = []
for i in range(100):
    lines.append(", ".join(words[j % 4] + str(i) for j in range(i % 5)))
text = "\n".join(lines)
print(len(text), text.count("\n"), text.count("gamma"))
print(lines[7])
h = 0
for i in range(2000):
    piece = ("x" * (i % 13)) + str(i) + ("y" * (i % 7))
    h = (h * 31 + len(piece) + ord(piece[-1])) % 1000003
print("hash", h)
rev = ""
for ch in "gclab":
    rev = ch + rev
print(rev, "-".join(reversed("abc")), "".join(sorted("banana")))
big = "ab" * 1000
pieces = [big[i:i + 7] for i in range(0, len(big), 7)]
print(len(pieces), pieces[0], pieces[-1], len("".join(pieces)) == len(big))
table = []
for row in range(5):
    table.append(" ".join("%3d" % (row * col) for col in range(6)))
print("\n".join(table))
csv = ",".join(str(n * n) for n in range(20))
print(sum(int(x) for x in csv.split(",")), csv.split(",")[10])
s = "start"
for i in range(100):
    s = s.replace("a", "aa", 1) if i % 10 == 0 else s
print(s)
