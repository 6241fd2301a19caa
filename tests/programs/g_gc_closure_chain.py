# GC workload: chains of closures - composition, curried adders, accumulators, closures capturing closures
def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def adder(n):
    def add(x):
        return x + n
    return add


def chain(n):
    f = lambda x: x
    for i in range(n):
        f = compose(adder(i), f)
    return f


print(chain(0)(5), chain(1)(5), chain(10)(5), chain(100)(0))


def curry3(f):
    def a(x):
        def b(y):
            def c(z):
                return f(x, y, z)
            return c
        return b
    return a


vol = curry3(lambda x, y, z: x * y * z)
print(vol(2)(3)(4), vol(1)(1)(1))
partials = [vol(i) for i in range(5)]
print([p(2)(3) for p in partials])


def make_accumulators(n):
    accs = []
    for i in range(n):
        def make(start):
            total = start

            def acc(x):
                nonlocal total
                total += x
                return total
            return acc
        accs.append(make(i * 10))
    return accs


accs = make_accumulators(4)
for a in accs:
    a(1)
print([a(5) for a in accs])

# late binding vs default-argument capture
late = [lambda: i for i in range(4)]
early = [lambda i=i: i for i in range(4)]
print([f() for f in late], [f() for f in early])

# a linked list made only of closures
def cons(h, t):
    def get(which):
        return h if which == 0 else t
    return get


lst = None
for i in range(200):
    lst = cons(i, lst)
s = 0
node = lst
while node is not None:
    s += node(0)
    node = node(1)
print("closure list sum", s)

total = 0
for r in range(50):
    fs = [adder(k) for k in range(30)]
    g = fs[0]
    for f in fs[1:]:
        g = compose(f, g)
    total += g(r)
    fs = g = None
print("total", total)


def counter_pair():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count
    return inc, get


inc, get = counter_pair()
for i in range(7):
    inc()
print(get(), inc.__name__, get.__name__)
