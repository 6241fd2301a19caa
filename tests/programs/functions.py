# functions: defaults, keywords, *args, **kwargs, closures, lambda, global, recursion
counter = 0


def bump(n=1):
    global counter
    counter += n
    return counter


bump()
bump(5)
print(counter)


def describe(a, b=2, *args, sep="-", **kwargs):
    parts = [str(a), str(b)] + [str(x) for x in args]
    keys = sorted(kwargs) if kwargs else []
    return sep.join(parts) + (" " + ",".join(k + "=" + str(kwargs[k]) for k in keys) if keys else "")


print(describe(1))
print(describe(1, 3, 4, 5, sep="+"))
print(describe(b=7, a=0, z=1, y=2))
args = (10, 20, 30)
kw = {"sep": "/"}
print(describe(*args, **kw))


def make_adder(n):
    def add(x):
        return x + n
    return add


add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))

square = lambda x: x * x
print(square(7), (lambda a, b=3: a * b)(2))


def outer():
    x = 1

    def middle():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner()
    middle()
    return x


print(outer())
fs = [lambda i=i: i * i for i in range(4)]
print([f() for f in fs])
a, (b, c), *rest = 1, (2, 3), 4, 5
print(a, b, c, rest)
x = y = z = 0
x += 1
print(x, y, z)
first, *middle, last = "hello"
print(first, middle, last)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
print([(i, j) for i in range(3) for j in range(i)])
print({k: v * 2 for k, v in [("x", 1), ("y", 2)]})
print(1 if counter > 3 else 0, "yes" if not counter else "no")
try:
    describe()
except TypeError as e:
    print(e)
try:
    describe(1, 2, c=3, sep=4)
except TypeError as e:
    print(e)
try:
    make_adder(1, 2)
except TypeError as e:
    print(e)
