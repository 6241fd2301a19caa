# special methods: __repr__ vs __str__, inside containers and formatting
class Both:
    def __repr__(self):
        return "Both<r>"

    def __str__(self):
        return "Both<s>"


class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"


class StrOnly:
    def __str__(self):
        return "StrOnly!"


b = Both()
print(b)
print(str(b), repr(b))
print([b, b])
print((b,), {"k": b})
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
print(ReprOnly(), str(ReprOnly()), [ReprOnly()])
print(StrOnly(), str(StrOnly()))
print(repr(StrOnly()).startswith("<__main__.StrOnly object at"))
print([[b, ReprOnly()], ("x", 1)])
print(str([1, "a", 2.5, None, True]))
print(repr("q'uote"), repr('d"q'), repr("both'\""))


class Nested:
    def __init__(self, children):
        self.children = children

    def __repr__(self):
        return "N" + repr(self.children)


print(Nested([Nested([]), Nested([Nested([])])]))


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError:
    print("TypeError bad __repr__")
print("".join([str(x) for x in [b, StrOnly(), 3]]))
