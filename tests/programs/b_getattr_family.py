# getattr / setattr / hasattr / delattr with defaults and error cases
class Box:
    color = "red"

    def __init__(self):
        self.size = 3

    def grow(self, n):
        self.size += n
        return self.size


b = Box()
print(getattr(b, "size"), getattr(b, "color"), getattr(b, "weight", 0))
print(getattr(b, "grow")(2), b.size)
try:
    getattr(b, "weight")
except AttributeError:
    print("AttributeError getattr missing")
print(hasattr(b, "size"), hasattr(b, "color"), hasattr(b, "grow"), hasattr(b, "nope"))
setattr(b, "weight", 10)
setattr(b, "size", 1)
print(b.weight, b.size, sorted(vars(b)))
delattr(b, "weight")
print(hasattr(b, "weight"), getattr(b, "weight", None))
try:
    delattr(b, "weight")
except AttributeError:
    print("AttributeError delattr missing")
try:
    delattr(b, "color")
except AttributeError:
    print("AttributeError delattr class attr via instance")
try:
    getattr(b, 5)
except TypeError:
    print("TypeError non-string name")
for name in ["a", "b", "c"]:
    setattr(Box, "cls_" + name, name.upper())
print(Box.cls_a, b.cls_b, getattr(Box, "cls_c"))
delattr(Box, "cls_a")
print(hasattr(b, "cls_a"), hasattr(b, "cls_b"))
print(getattr("s", "upper")(), hasattr([], "append"))
print(getattr(b, "missing", "dflt"), getattr(None, "x", "none-default"))


class Dyn:
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(name)


dy = Dyn()
print(dy.auto_hello, getattr(dy, "auto_x"), hasattr(dy, "other"), getattr(dy, "zz", 7))
