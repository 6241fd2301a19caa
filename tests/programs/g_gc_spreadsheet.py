# GC workload: spreadsheet cells with formulas, dependency graph, topological evaluation and recompute
class Cell:
    def __init__(self, name, formula):
        self.name = name
        self.set(formula)

    def set(self, formula):
        self.formula = formula
        if isinstance(formula, tuple):
            self.deps = list(formula[1:])
        else:
            self.deps = []
        self.value = None


class CycleError(Exception):
    pass


class Sheet:
    def __init__(self):
        self.cells = {}
        self.evaluations = 0

    def set(self, name, formula):
        if name in self.cells:
            self.cells[name].set(formula)
        else:
            self.cells[name] = Cell(name, formula)

    def order(self):
        state = {}
        out = []

        def visit(name, path):
            s = state.get(name)
            if s == "done":
                return
            if s == "active":
                raise CycleError(" -> ".join(path + [name]))
            state[name] = "active"
            for d in self.cells[name].deps:
                visit(d, path + [name])
            state[name] = "done"
            out.append(name)
        for name in sorted(self.cells):
            visit(name, [])
        return out

    def recalc(self):
        for name in self.order():
            c = self.cells[name]
            f = c.formula
            self.evaluations += 1
            if not isinstance(f, tuple):
                c.value = f
                continue
            args = [self.cells[d].value for d in f[1:]]
            op = f[0]
            if op == "sum":
                c.value = sum(args)
            elif op == "mul":
                p = 1
                for a in args:
                    p *= a
                c.value = p
            elif op == "max":
                c.value = max(args)
            elif op == "neg":
                c.value = -args[0]
            elif op == "avg":
                c.value = sum(args) / len(args)
            else:
                raise ValueError("unknown op " + op)

    def dump(self):
        return ", ".join(["%s=%s" % (n, self.cells[n].value) for n in sorted(self.cells)])


s = Sheet()
s.set("A1", 3)
s.set("A2", 4)
s.set("A3", ("sum", "A1", "A2"))
s.set("B1", ("mul", "A3", "A3"))
s.set("B2", ("max", "A1", "B1", "A2"))
s.set("C1", ("neg", "B2"))
s.set("C2", ("avg", "A1", "A2", "A3"))
print(s.order())
s.recalc()
print(s.dump())
s.set("A1", 10)
s.recalc()
print(s.dump())
s.set("A1", ("sum", "C1", "A2"))
try:
    s.recalc()
except CycleError as e:
    print("cycle:", e)
s.set("A1", ("bogus", "A2"))
try:
    s.recalc()
except ValueError as e:
    print("ValueError:", e)
print("evaluations", s.evaluations)

# a large sheet: column of running sums, rebuilt several times
totals = []
for rebuild in range(6):
    big = Sheet()
    big.set("R0", rebuild)
    for i in range(1, 120):
        if i % 10 == 0:
            big.set("R%d" % i, ("max", "R%d" % (i - 1), "R%d" % (i // 2)))
        else:
            big.set("R%d" % i, ("sum", "R%d" % (i - 1), "K%d" % (i % 7)))
    for k in range(7):
        big.set("K%d" % k, k * k - rebuild)
    big.recalc()
    totals.append(big.cells["R119"].value)
    big = None
print(totals)
