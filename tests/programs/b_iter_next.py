# special methods: iterator classes with __iter__/__next__ and StopIteration
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(5)))
it = Countdown(3)
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(it), list(it))


class Reusable:
    def __init__(self, data):
        self.data = data

    def __iter__(self):
        return ReusableIter(self.data)


class ReusableIter:
    def __init__(self, data):
        self.data = data
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.data):
            raise StopIteration()
        self.i += 1
        return self.data[self.i - 1]


r = Reusable("abc")
print(list(r), list(r), [(x, y) for x in r for y in r][:4])
print(dict(zip(Reusable("xyz"), Countdown(3))))
print(sorted(Countdown(4)), max(Countdown(6)), "-".join(Reusable(["p", "q"])))
for i, v in enumerate(Countdown(2)):
    print("enum", i, v)


try:
    next([1, 2])
except TypeError:
    print("TypeError list not iterator")
