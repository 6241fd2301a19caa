# classes: __call__ - stateful callables, callable(), instances as key functions and callbacks
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0

    def __call__(self, x, extra=0):
        self.calls += 1
        return x * self.k + extra


double = Multiplier(2)
print(double(5), double(5, extra=1), double(x=3), double.calls)
print(list(map(double, [1, 2, 3])), double.calls)
print(callable(double), callable(Multiplier), callable(5), callable(print), callable(lambda: 0))


class KeyByLen:
    def __init__(self):
        self.seen = []

    def __call__(self, s):
        self.seen.append(s)
        return (len(s), s)


k = KeyByLen()
print(sorted(["ccc", "a", "bb", "aa", "b"], key=k), len(k.seen))


class Pipeline:
    def __init__(self, *steps):
        self.steps = steps

    def __call__(self, value):
        for s in self.steps:
            value = s(value)
        return value


p = Pipeline(Multiplier(3), abs, str, lambda s: s + "!")
print(p(-4), Pipeline()(42))


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.misses = 0

    def __call__(self, n):
        if n not in self.cache:
            self.misses += 1
            self.cache[n] = self.fn(self, n)
        return self.cache[n]


fib = Memo(lambda self, n: n if n < 2 else self(n - 1) + self(n - 2))
print(fib(80), fib.misses, fib(30), fib.misses)


class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, name, fn):
        self.handlers.setdefault(name, []).append(fn)

    def __call__(self, name, *args):
        return [h(*args) for h in self.handlers.get(name, [])]


class Recorder:
    def __init__(self):
        self.log = []

    def __call__(self, *args):
        self.log.append(args)
        return len(self.log)


bus = EventBus()
rec = Recorder()
bus.on("add", rec)
bus.on("add", lambda a, b: a + b)
bus.on("neg", rec)
print(bus("add", 2, 3), bus("neg", 7), bus("none"), rec.log)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
try:
    double()
except TypeError as e:
    print("TypeError:", e)
