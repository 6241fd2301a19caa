# special methods: __contains__ and __call__
class Evens:
    def __contains__(self, x):
        return isinstance(x, int) and x % 2 == 0


e = Evens()
print(4 in e, 3 in e, "a" in e, 3 not in e)


class Truthy:
    def __contains__(self, x):
        return "nonempty"


print(1 in Truthy(), 1 not in Truthy())


class Range:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __contains__(self, x):
        return self.lo <= x < self.hi


print([x for x in range(10) if x in Range(3, 6)])


class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, scale=1):
        self.calls += 1
        return (x + self.n) * scale


add5 = Adder(5)
print(add5(1), add5(2, scale=10), add5.calls)
print(list(map(add5, [0, 1, 2])), add5.calls)
print(callable(add5), callable(Evens()), callable(Adder), callable(len), callable(3))
try:
    Evens()()
except TypeError:
    print("TypeError not callable")


class Compose:
    def __init__(self, *fns):
        self.fns = fns

    def __call__(self, x):
        for f in reversed(self.fns):
            x = f(x)
        return x


f = Compose(str, Adder(1), lambda v: v * 3)
print(repr(f(4)))
try:
    5 in 5
except TypeError:
    print("TypeError int not container")
