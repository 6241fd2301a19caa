# Generators: lazy sequences, return values, state kept between calls.
def count(start, stop, step=1):
    n = start
    while n < stop:
        yield n
        n += step
    return 'counted to %d' % n


print(list(count(0, 5)), list(count(1, 10, 3)), list(count(5, 0)))
g = count(0, 2)
print(type(g).__name__, iter(g) is g)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print('again', repr(e.value), e.args)
print(next(g, 'default'))


def trace(label, items):
    print('start', label)
    for x in items:
        print('  produce', label, x)
        yield x
    print('end', label)


for v in trace('a', [1, 2]):
    print('consume', v)

# laziness: nothing runs until the first next()
t = trace('lazy', [7])
print('made')
print(next(t))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for i, f in enumerate(fib()):
    if i >= 15:
        break
    out.append(f)
print(out)
print(sum(fib_n for fib_n, _ in zip(fib(), range(30))))


# generators in builtins and unpacking
def squares(n):
    for i in range(n):
        yield i * i


print(sorted(squares(6), reverse=True), max(squares(5)), min(squares(5)), any(squares(1)))
a, b, *rest = squares(5)
print(a, b, rest, tuple(squares(3)), dict(zip(squares(3), 'xyz')))
print(' '.join(str(s) for s in squares(4)), list(map(str, squares(3))))
print(list(enumerate(squares(3))), list(filter(None, squares(4))))
print(3 in squares(10), 5 in squares(3))


# a generator method and a generator closing over its arguments
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)


t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t.walk()))


def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


print(list(chunks('abcdefg', 3)))
gens = [count(i, i + 2) for i in range(3)]
print([list(g) for g in gens])


# a recursive generator: permutations
def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + p


print(list(perms([1, 2, 3])), len(list(perms('abcd'))))
print(repr(count(0, 1)).startswith('<generator object count at 0x'))
print(repr(t.walk()).startswith('<generator object Tree.walk at 0x'))
