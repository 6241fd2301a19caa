# Cycles through generators: an object keeping a generator over itself (its frame holds
# self), a generator suspended in a try block (closed first: its finally runs), and a
# generator holding a list that holds it.  gc.collect() frees them on every plan.
import gc

events = []     # (finalizers run in an order that differs between collectors)


class Keeper:
    def __init__(self, name):
        self.name = name
        self.it = self.items()

    def items(self):
        yield self.name
        yield self.name + "!"

    def __del__(self):
        events.append("freed " + self.name)


class Careful:
    def __init__(self):
        self.it = self.steps()

    def steps(self):
        try:
            yield 1
            yield 2
        finally:
            events.append("finally of a generator in a cycle")

    def __del__(self):
        events.append("freed Careful")


k = Keeper("k")
print(next(k.it))
del k
fresh = Keeper("never started")
del fresh
c = Careful()
print(next(c.it))
del c
gc.collect()
gc.collect()
print("after collect:", sorted(events))

box = []


def holder():
    local = box
    yield len(local)
    yield len(local)


h = holder()
box.append(h)
print(next(h))
del h, box
gc.collect()


def counter():
    n = 0
    while True:
        n += 1
        yield n


g = counter()
print(next(g), next(g))
print("end")
