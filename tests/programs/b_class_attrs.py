# classes: class attributes vs instance attributes, shadowing, mutation through class
class Counter:
    total = 0
    shared = []
    label = "base"

    def __init__(self, name):
        self.name = name
        Counter.total += 1

    def add(self, x):
        self.shared.append(x)


a = Counter("a")
b = Counter("b")
print("total", Counter.total, a.total, b.total)
a.add(1)
b.add(2)
print("shared", Counter.shared, a.shared is b.shared)
a.label = "mine"
print("labels", a.label, b.label, Counter.label)
del a.label
print("after del", a.label)
Counter.label = "changed"
print("class change", a.label, b.label)
a.total = 100
print("shadow", a.total, b.total, Counter.total)
print("has own", "total" in a.__dict__, "total" in b.__dict__)
print("dict keys", sorted(a.__dict__.keys()))


class Sub(Counter):
    label = "sub"


s = Sub("s")
print("sub", s.label, Counter.label, Sub.total, Counter.total)
Sub.total = 50
print("sub total", Sub.total, Counter.total)
del Sub.total
print("after del sub", Sub.total)
try:
    del s.nothing
except AttributeError:
    print("AttributeError on del missing")
try:
    print(Counter.missing)
except AttributeError:
    print("AttributeError on class missing")
