# programs from the field that use sets: graph search, a sieve, life on a set of cells,
# dedup in order, anagram groups, topological sort, and a set changed while iterated
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': [],
         'g': ['a']}


def reachable(start):
    seen = {start}
    todo = [start]
    while todo:
        node = todo.pop()
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


print(sorted(reachable('a')), sorted(reachable('g')), sorted(set(graph) - reachable('c')))


def primes_below(n):
    composite = set()
    result = []
    for i in range(2, n):
        if i not in composite:
            result.append(i)
            composite.update(range(i * i, n, i))
    return result


print(primes_below(60))


def life_step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    counts[(x + dx, y + dy)] = counts.get((x + dx, y + dy), 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
cells = glider
for _ in range(4):
    cells = life_step(cells)
print(sorted(cells), {(x - 1, y - 1) for x, y in cells} == glider)


def dedup(items):
    seen = set()
    out = []
    for it in items:
        if it not in seen:
            seen.add(it)
            out.append(it)
    return out


print(dedup([3, 1, 3, 2, 1, 5, 2]), dedup('abracadabra'))


def toposort(deps):
    order = []
    done = set()
    pending = set(deps)
    while pending:
        ready = sorted(n for n in pending if set(deps[n]) <= done)
        if not ready:
            raise ValueError('cycle among %s' % sorted(pending))
        for n in ready:
            order.append(n)
            done.add(n)
        pending -= set(ready)
    return order


print(toposort({'app': ['lib', 'util'], 'lib': ['util'], 'util': [], 'test': ['app']}))
try:
    toposort({'x': ['y'], 'y': ['x'], 'z': []})
except ValueError as e:
    print(e)
words = 'the quick brown fox jumps over the lazy dog'.split()
letters = set(''.join(words))
print(len(letters), sorted(set('abcdefghijklmnopqrstuvwxyz') - letters), len(set(words)))
vowels = frozenset('aeiou')
print([w for w in words if not vowels.isdisjoint(w) and len(vowels & set(w)) > 1])
common = set(words[0])
for w in words[1:3]:
    common &= set(w)
print(sorted(common))
s = {1, 2, 3}
try:
    for v in s:
        s.add(v * 10)
except RuntimeError as e:
    print('RuntimeError:', e)
s = {1, 2, 3}
try:
    for v in s:
        s.discard(v)
except RuntimeError as e:
    print('RuntimeError:', e, len(s))
t = {4, 5}
it = iter(t)
next(it)
t.clear()
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    print(list(it))
except RuntimeError as e:
    print("again", e)


class Holder:
    def __init__(self):
        self.owner = None

    def __repr__(self):
        return 'Holder(%r)' % (self.owner,)

    def __hash__(self):
        return 7


h = Holder()
box = {h}
h.owner = box
print(box, repr(frozenset({h})))
h.owner = None     # no reference cycle left at exit (the refcount plans' leak check)
print(box)
