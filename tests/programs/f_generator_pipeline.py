# generator pipelines, send/throw/close, yield from, itertools recipes
import itertools
import collections
import operator


def lines():
    text = """alpha 3
beta 10
# comment
gamma 7

delta 1
alpha 4"""
    for line in text.splitlines():
        yield line


def strip_comments(src):
    for line in src:
        line = line.strip()
        if line and not line.startswith('#'):
            yield line


def parse(src):
    for line in src:
        name, _, val = line.partition(' ')
        yield name, int(val)


totals = collections.defaultdict(int)
for name, val in parse(strip_comments(lines())):
    totals[name] += val
print(sorted(totals.items()))


def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            term = yield avg
        except ValueError:
            print("reset")
            total, count = 0.0, 0
            continue
        if term is None:
            break
        total += term
        count += 1
        avg = total / count
    return (count, avg)


def grouper_(results, key):
    while True:
        results[key] = yield from averager()


results = {}
g = grouper_(results, 'x')
next(g)
for v in [10, 20, 30]:
    print(g.send(v))
g.send(None)
print(results)
a = averager()
next(a)
a.send(5)
print(a.throw(ValueError))
print(a.send(7))
try:
    a.send(None)
except StopIteration as e:
    print("stop", e.value)


def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed")


c = closing()
print(next(c))
c.close()
print(list(c))


def take(n, iterable):
    return list(itertools.islice(iterable, n))


def pairwise(iterable):
    a, b = itertools.tee(iterable)
    next(b, None)
    return zip(a, b)


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = itertools.cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = itertools.cycle(itertools.islice(nexts, num_active))


def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def powerset(iterable):
    s = list(iterable)
    return itertools.chain.from_iterable(itertools.combinations(s, r) for r in range(len(s) + 1))


def partition(pred, iterable):
    t1, t2 = itertools.tee(iterable)
    return itertools.filterfalse(pred, t1), filter(pred, t2)


print(take(5, itertools.count(3, 2)), list(pairwise('abcd')))
print(list(roundrobin('ABC', 'D', 'EF')))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(powerset([1, 2, 3])))
ev, od = partition(lambda x: x % 2, range(10))
print(list(ev), list(od))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)), list(itertools.accumulate([3, 1, 4], max, initial=2)))
print([(k, len(list(g))) for k, g in itertools.groupby(sorted('mississippi'))])
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.zip_longest('ab', 'xyz', fillvalue='-')))
print(list(itertools.product('ab', repeat=2)), list(itertools.combinations_with_replacement('abc', 2))[:4])
print(list(itertools.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 4, 1])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.repeat('z', 3)))
gen = (x * x for x in range(5))
print(sum(gen), sum(gen))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(next(iter([]), 'default'), list(zip(*[iter(range(7))] * 3)))
