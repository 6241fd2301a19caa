# classes: class-level counters - ClassName.count vs cls.count vs type(self).count across subclasses
class Widget:
    created = 0
    registry = []

    def __init__(self, name):
        Widget.created += 1
        self.serial = Widget.created
        self.name = name
        Widget.registry.append(name)


class Button(Widget):
    pass


ws = [Widget("w1"), Button("b1"), Widget("w2"), Button("b2")]
print(Widget.created, Button.created, [w.serial for w in ws], Widget.registry is Button.registry)


class Node:
    count = 0

    def __init__(self):
        type(self).count += 1  # creates a separate counter on each subclass at first use


class Leaf(Node):
    pass


class Branch(Node):
    count = 100


for cls in [Node, Leaf, Leaf, Branch, Node, Leaf]:
    cls()
print(Node.count, Leaf.count, Branch.count)


class Tracker:
    live = 0
    total = 0

    def __init__(self):
        Tracker.live += 1
        Tracker.total += 1

    def close(self):
        Tracker.live -= 1

    @classmethod
    def stats(cls):
        return "%s live=%d total=%d" % (cls.__name__, cls.live, cls.total)


ts = [Tracker() for i in range(5)]
ts[0].close()
ts[3].close()
print(Tracker.stats())


class IdGen:
    next_id = 1

    @classmethod
    def new(cls):
        i = cls.next_id
        cls.next_id += 1
        return i


class OtherGen(IdGen):
    pass


print(IdGen.new(), IdGen.new(), OtherGen.new(), OtherGen.new(), IdGen.new(), OtherGen.next_id, IdGen.next_id)


class PerInstance:
    hits = 0

    def hit(self):
        self.hits = self.hits + 1


p1, p2 = PerInstance(), PerInstance()
p1.hit()
p1.hit()
p2.hit()
print(p1.hits, p2.hits, PerInstance.hits)
PerInstance.hits = 10
p3 = PerInstance()
p3.hit()
print(p1.hits, p3.hits)
