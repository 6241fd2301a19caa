# str is a sequence of code points: len, indexes, slices and the positions str
# methods take and return count code points, whatever their UTF-8 length
s = "a\xffb"
print(len(s), s[1] == "\xff", s[-1], s[::-1] == "b\xffa")
words = ["", "abc", "h\xe9llo", "\u65e5\u672c\u8a9e", "na\xefve caf\xe9", "\U0001f600x\U0001f601",
         "\u0101\u0800\U00010000\x7f"]
for w in words:
    print(len(w), [ord(c) for c in w])
    for i in range(-len(w), len(w)):
        assert w[i] == list(w)[i], (w, i)
    print([w[i:j] == "".join(list(w)[i:j]) for i in (-9, -2, 0, 1, 3, 9) for j in (-1, 2, 5, 20)].count(True))
    print([ord(c) for c in w[::2]], [ord(c) for c in w[::-1]], [ord(c) for c in w[1:-1:3]])
    try:
        w[len(w)]
    except IndexError as e:
        print("IndexError", e)
t = "caf\xe9 na\xefve caf\xe9"
print(t.find("caf"), t.rfind("caf"), t.index("na"), t.rindex("\xe9"), t.find("\xe9", 4), t.find("x"))
print(t.find("caf", 1), t.find("caf", 1, 12), t.find("", 14), t.find("", 15), t.find("", 16))
print(t.count("\xe9"), t.count("\xe9", 4), t.count("\xe9", 0, -1), t.count(""), t.count("", 3, 6))
print(t.startswith("f\xe9", 2), t.startswith("na", 5), t.endswith("na\xef", 0, 8), t.endswith(("x", "\xe9")))
print(t.startswith("", 14), t.startswith("", 15), t.find("\xe9", -1), t.rfind("a", -8, -2))
print(t.split(" "), t.partition("\xef"), t.rpartition(" "))
print(len(t.upper()), t.upper().find("\xc9"), "\u03a3\u03b9\u03c3".lower())
print("%-6s|%6s|" % ("\xe9\xe9", "\u65e5"), "{:^7}|{:>4}".format("\xfcber", "\xe9"), f"{t[3]:*<3}")
print("\xe9\xe9x".center(7, "\xb7"), "\xe9".zfill(3), "\xe9\tx".expandtabs(4))
print(sorted("b\xe9a\xe0"), max("\xe9a"), min("\u65e5\u672c"), "\xe9" in t, "\xe9a" < "\xe9b")
chars = [c for c in "x\u2603y"]
print(len(chars), chars[1] == "\u2603", list(reversed("\xe9ab"))[2] == "\xe9", list(enumerate("\xe9\xe8")))
b = "\u20acuro".encode("utf-8")
print(len(b), len(b.decode("utf-8")), b.decode("utf-8")[0] == "\u20ac")
import sys
n = sys.stdout.write("\xe9\u65e5\n")
print(n)
d = {}
for i, c in enumerate("\xe9t\xe9"):
    d.setdefault(c, []).append(i)
print(sorted(d.items()))
