# classes: super() in __init__ and ordinary methods across several levels, super(C, self), overriding
class Animal:
    def __init__(self, name):
        self.name = name
        self.log = ["Animal.__init__"]

    def speak(self):
        return "..."

    def describe(self):
        return "%s says %s" % (self.name, self.speak())

    def chain(self):
        return ["Animal"]


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
        self.log.append("Dog.__init__")

    def speak(self):
        return "woof"

    def describe(self):
        return super().describe() + " (" + self.breed + ")"

    def chain(self):
        return super().chain() + ["Dog"]


class Puppy(Dog):
    def __init__(self, name):
        super(Puppy, self).__init__(name, "unknown")
        self.log.append("Puppy.__init__")

    def speak(self):
        return super().speak().upper() + "!"

    def chain(self):
        return super().chain() + ["Puppy"]


class Silent(Puppy):
    def speak(self):
        return Animal.speak(self)

    def chain(self):
        return super(Puppy, self).chain() + ["Silent skipped Puppy"]


for a in [Animal("cat"), Dog("rex", "lab"), Puppy("bit"), Silent("mute")]:
    print(type(a).__name__, a.describe(), a.chain(), a.log)


class Base:
    def total(self, x):
        return x + 1


class Mid(Base):
    def total(self, x):
        return super().total(x) * 2


class Top(Mid):
    def total(self, x):
        return super().total(x) - 3

    def helper(self):
        f = super().total
        return f(10)


t = Top()
print(t.total(1), Mid().total(1), Base().total(1), t.helper())


class NoInit(Dog):
    pass


n = NoInit("plain", "mutt")
print(n.describe(), n.log)


class Acc:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return self


class LoggedAcc(Acc):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def add(self, x):
        self.calls += 1
        return super().add(x * 10)


la = LoggedAcc()
la.add(1).add(2).add(3)
print(la.items, la.calls)
