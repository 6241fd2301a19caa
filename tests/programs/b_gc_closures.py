# GC workload: many closures and bound methods created, stored and dropped
def make_counter(start):
    count = [start]

    def inc(step=1):
        count[0] += step
        return count[0]
    return inc


counters = [make_counter(i) for i in range(100)]
total = 0
for r in range(10):
    for c in counters:
        total += c(r)
print("counters", total, counters[5](), counters[99](0))
counters = None


def adders(n):
    return [lambda x, k=k: x + k for k in range(n)]


fs = adders(50)
print(sum(f(1) for f in fs), fs[10](5))
late = [lambda: k for k in range(5)]
print([f() for f in late])


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, v):
        self.total += v
        return self


acc = Acc()
bound = [acc.add for _ in range(200)]
for i, m in enumerate(bound):
    m(i)
print("bound", acc.total, bound[0](0) is acc)
bound = None


def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run


check = 0
for i in range(300):
    p = pipeline(lambda v: v + i, lambda v: v * 2, str, len)
    check += p(i)
print("pipelines", check)


def outer():
    x = 1

    def mid():
        nonlocal x
        x += 10

        def inner():
            return x * 2
        return inner
    return mid, lambda: x


mid, peek = outer()
inner = mid()
print(inner(), peek(), mid()(), peek())
