# classes: class attributes vs instance attributes - shadowing, mutation through the class, shared mutables, del
class Config:
    level = 1
    tags = []
    name = "base"

    def __init__(self, name=None):
        if name is not None:
            self.name = name

    def describe(self):
        return "%s level=%d tags=%s" % (self.name, self.level, self.tags)


a = Config()
b = Config("bee")
print(a.describe(), "|", b.describe())
Config.level = 5  # seen through every instance that does not shadow it
print(a.level, b.level, Config.level)
a.level = 9  # shadows only on a
print(a.level, b.level, Config.level)
del a.level  # the class attribute shows through again
print(a.level)
a.tags.append("shared")  # mutates the class-level list
print(b.tags, Config.tags, a.tags is b.tags)
b.tags = ["own"]  # rebinding creates an instance attribute
print(a.tags, b.tags, Config.tags)
print(a.name, b.name, Config.name)
Config.name = "renamed"
print(a.name, b.name)
try:
    del a.level
except AttributeError as e:
    print("AttributeError:", e)


class Sub(Config):
    level = 100


s = Sub("sub")
print(s.level, s.describe())
Config.level = 7
print(s.level, Sub.level, Config.level, a.level)
del Sub.level
print(s.level, Sub.level)
Sub.extra = "added later"
print(s.extra, hasattr(a, "extra"))


class Counter:
    n = 0

    def bump(self):
        self.n += 1  # reads class attr, writes instance attr
        return self.n


c1 = Counter()
c2 = Counter()
print(c1.bump(), c1.bump(), c2.bump(), Counter.n)


class Shared:
    n = 0

    def bump(self):
        Shared.n += 1
        return Shared.n


s1, s2 = Shared(), Shared()
print(s1.bump(), s2.bump(), s1.n, s2.n, Shared.n)
