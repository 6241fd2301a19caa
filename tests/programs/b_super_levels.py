# classes: super() across several levels and cooperative multiple inheritance
class Root:
    def __init__(self):
        self.log = ["Root"]

    def run(self, x):
        return x + 1


class Mid(Root):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")

    def run(self, x):
        return super().run(x) * 2


class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.log.append("Leaf")

    def run(self, x):
        return super().run(x) - 3


leaf = Leaf()
print(leaf.log, leaf.run(5))
print(super(Mid, leaf).run(5), super(Leaf, leaf).run(5))


class P:
    def go(self, trail):
        trail.append("P")
        return trail


class Q(P):
    def go(self, trail):
        trail.append("Q")
        return super().go(trail)


class R(P):
    def go(self, trail):
        trail.append("R")
        return super().go(trail)


class S(Q, R):
    def go(self, trail):
        trail.append("S")
        return super().go(trail)


print(S().go([]))
print(Q().go([]), R().go([]))


class WithKw(Root):
    def __init__(self, **kw):
        super().__init__()
        self.kw = sorted(kw.items())


print(WithKw(a=1, b=2).kw, WithKw().log)
