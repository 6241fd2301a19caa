# exceptions: StopIteration from next() on builtin iterators, next() with defaults, manual iteration loops
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)

for src in ["ab", (1,), {"k": 1, "j": 2}, range(2), [], ""]:
    i = iter(src)
    got = []
    while True:
        try:
            got.append(next(i))
        except StopIteration:
            break
    print(type(src).__name__, got)

d = {"x": 1, "y": 2}
ki = iter(d)
vi = iter(d.values())
ii = iter(d.items())
print(next(ki), next(vi), next(ii), next(ki), next(ki, "end"))

z = iter(zip([1, 2], "ab"))
e = iter(enumerate(["p", "q"]))
r = iter(reversed([1, 2, 3]))
m = iter(map(abs, [-1, -2]))
print(next(z), next(e), next(r), next(m), next(m), next(m, "m-done"))
print(list(z), list(e), list(r))


def first(iterable, pred):
    it = iter(iterable)
    while True:
        try:
            x = next(it)
        except StopIteration:
            raise ValueError("no element matches") from None
        if pred(x):
            return x


print(first(range(10), lambda v: v * v > 20))
try:
    first([1, 3, 5], lambda v: v % 2 == 0)
except ValueError as e:
    print("ValueError:", e)


class Pairs:
    def __init__(self, items):
        self.it = iter(items)

    def __iter__(self):
        return self

    def __next__(self):
        a = next(self.it)  # StopIteration from here ends the loop
        b = next(self.it, None)
        return (a, b)


print(list(Pairs([1, 2, 3, 4, 5])), list(Pairs([])))
try:
    raise StopIteration("manual", 2)
except StopIteration as e:
    print("manual:", e.args, str(e))
try:
    next(5)
except TypeError as e:
    print("TypeError:", e)
