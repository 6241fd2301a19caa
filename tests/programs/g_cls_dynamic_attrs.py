# classes: attributes added dynamically, getattr/setattr/hasattr/delattr, defaults, AttributeError messages
class Box:
    kind = "box"

    def __init__(self):
        self.a = 1

    def method(self):
        return "method of " + self.kind


b = Box()
b.b = 2
setattr(b, "c", 3)
print(b.a, b.b, b.c, getattr(b, "c"), getattr(b, "missing", "default"))
print(hasattr(b, "a"), hasattr(b, "zzz"), hasattr(b, "kind"), hasattr(b, "method"))
name = "dyn"
for i in range(3):
    setattr(b, name + str(i), i * i)
print([getattr(b, "dyn%d" % i) for i in range(3)])
delattr(b, "b")
print(hasattr(b, "b"))
try:
    b.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(b, "b")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(b, "nope")
except AttributeError as e:
    print("AttributeError:", e)
m = getattr(b, "method")
print(m())
setattr(b, "method", lambda: "instance attribute wins")
print(b.method(), Box().method())
setattr(Box, "kind", "crate")
print(Box().kind, Box().method())
Box.new_method = lambda self, x: (self.a, x)
print(b.new_method(5), Box().new_method(6))
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).bar = 3
except AttributeError as e:
    print("AttributeError raised")
try:
    "abc".nosuch()
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(b, 5)
except TypeError as e:
    print("TypeError:", e)


class Record:
    def __init__(self, **fields):
        for k in fields:
            setattr(self, k, fields[k])

    def get(self, *names):
        return tuple([getattr(self, n, None) for n in names])


r = Record(name="ann", age=30, city="oslo")
print(r.get("name", "age", "zip"), r.city)
r.age += 1
print(r.age, getattr(r, "age") == r.age)
records = [Record(id=i, score=i * 7 % 5) for i in range(6)]
print(sorted([(getattr(x, "score"), x.id) for x in records]))
for x in records:
    if x.score > 2:
        x.flag = True
print([x.id for x in records if hasattr(x, "flag")])
