# classes: bound methods stored and called later, calling through the class with explicit self, dispatch tables
class Counter:
    def __init__(self, name):
        self.name = name
        self.n = 0

    def inc(self, by=1):
        self.n += by
        return self.n

    def reset(self):
        self.n = 0
        return self.name + " reset"


a = Counter("a")
b = Counter("b")
inc_a = a.inc
inc_b = b.inc
for i in range(3):
    inc_a()
inc_b(10)
print(a.n, b.n, inc_a(), inc_b(by=5))
print(Counter.inc(a, 100), Counter.reset(b), b.n, a.n)
callbacks = [a.inc, b.inc, a.reset, b.inc]
print([cb() for cb in callbacks])
print(inc_a.__self__ is a, inc_a.__func__ is Counter.inc, inc_a.__name__)
print(a.inc == a.inc, a.inc == b.inc, a.inc is a.inc)

unbound = Counter.inc
print(unbound(b, 7), unbound(a))
try:
    unbound()
except TypeError:
    print("TypeError raised")


class Calc:
    def __init__(self):
        self.stack = []
        self.ops = {"+": self.add, "*": self.mul, "dup": self.dup, "neg": self.neg}

    def push(self, v):
        self.stack.append(v)

    def add(self):
        self.push(self.stack.pop() + self.stack.pop())

    def mul(self):
        self.push(self.stack.pop() * self.stack.pop())

    def dup(self):
        self.push(self.stack[-1])

    def neg(self):
        self.push(-self.stack.pop())

    def run(self, program):
        for tok in program.split():
            op = self.ops.get(tok)
            if op is None:
                self.push(int(tok))
            else:
                op()
        return self.stack


print(Calc().run("2 3 + dup *"), Calc().run("1 2 3 * + neg 4"))

# methods grabbed from different instances, then the instances are dropped
def make_methods():
    out = []
    for i in range(5):
        c = Counter("c%d" % i)
        c.n = i * 10
        out.append(c.inc)
    return out


ms = make_methods()
print([m(1) for m in ms], [m.__self__.name for m in ms])
getter = "abc".upper
appender = [].append
appender(1)
appender(2)
print(getter(), appender.__self__)
sort_key = str.lower
print(sorted(["b", "A", "c", "B"], key=sort_key), list(map(str.strip, [" x ", "y "])))


class Greeter:
    greeting = "hi"

    def greet(self, who):
        return "%s %s" % (self.greeting, who)


class Loud(Greeter):
    greeting = "HEY"


g = Greeter.greet
print(g(Loud(), "bob"), Greeter.greet(Greeter(), "ann"), Loud().greet("cy"))
