# closures: late binding in loops, default-arg capture, factories, closures over loop variables
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
i = 'rebound'
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])
def make_adders():
    adders = []
    for n in range(3):
        def add(x):
            return x + n
        adders.append(add)
    return adders
print([a(100) for a in make_adders()])
def make_counter(start):
    count = [start]
    def step():
        count[0] += 1
        return count[0]
    return step
c1 = make_counter(0)
c2 = make_counter(100)
print(c1(), c1(), c2(), c1(), c2())
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(compose(inc, inc), dbl)(1))
def power_factory(exp):
    def power(base):
        return base ** exp
    return power
square, cube = power_factory(2), power_factory(3)
print(square(4), cube(2), [power_factory(e)(2) for e in range(5)])
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())
def accumulate():
    items = []
    def add(v):
        items.append(v)
        return list(items)
    return add
acc = accumulate()
acc('a')
print(acc('b'), accumulate()('c'))
