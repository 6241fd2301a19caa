# Assignment expressions (PEP 572): where they may stand and where they bind.
data = [3, 8, 1, 9, 4]

if (n := len(data)) > 3:
    print('long', n)

i = 0
while (item := data[i]) != 9:
    i += 1
print('found', item, 'at', i)

print([y := 5, y ** 2], (z := 7), z)


def f(a, b=0):
    return a + b


print(f(k := 10, k), k)
print(data[(j := 2)], j, data[j := 3], j)

# in a comprehension the target binds in the enclosing scope
total = 0
partial = [total := total + v for v in data]
print(partial, total)
last = [(last_seen := v) for v in data if v > 2]
print(last, last_seen)


def scan(values):
    found = None
    if [v for v in values if (found := v) > 5]:
        return found
    return -1


print(scan(data), scan([1, 2]))


def nested():
    hits = [[(m := a * b) for b in range(3)] for a in range(3)]
    return hits, m


print(nested())


def counter():
    count = 0

    def bump():
        nonlocal count
        return [(count := count + 1) for _ in range(3)]
    return bump(), count


print(counter())


def uses_global():
    global g
    [(g := x) for x in 'abc']


uses_global()
print(g)
print((lambda: (q := 4) * q)())
x = (yy := 3) + yy
print(x, yy)
