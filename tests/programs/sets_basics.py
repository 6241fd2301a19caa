# sets: displays, comprehensions, constructors, membership, iteration, repr
a = {3, 1, 2}
print(sorted(a), len(a), type(a).__name__, isinstance(a, set), isinstance(a, frozenset))
print({1, 2, 3}, {0}, {7, 7, 7}, {(1, 2)}, {'x'}, {None}, {True, 1, 1.0})
print(type({}).__name__, {} == dict(), set(), frozenset(), repr(set()), str(frozenset()))
print(frozenset([1, 2]), frozenset((2,)), frozenset({1: 'a', 2: 'b'}))
nums = [5, 3, 5, 1, 3, 9]
b = {*nums, 0}
print(sorted(b), sorted({*'hello'}), sorted({*range(3), *[10, 11], 4}))
print(sorted({x * x for x in range(-3, 4)}), {c for c in 'aaa'})
print(sorted({(i, j) for i in range(3) for j in range(i) if (i + j) % 2}))
evens = {n for n in range(20) if n % 2 == 0}
print(sorted(evens), 4 in evens, 5 in evens, 5 not in evens, len(evens))
print(sorted(set('mississippi')), sorted(set([3, 2, 1])), sorted(set(range(5))))
print(sorted(set({'k': 1, 'j': 2})), sorted(set((1, 1, 2))), sorted(set(x for x in 'ab')))
print(sorted(frozenset('abcab')), len(frozenset()), bool(set()), bool({0}))
s = set()
for word in 'the cat and the dog and the bird'.split():
    s.add(word)
print(len(s), sorted(s), 'cat' in s, 'cow' in s)
print(list({5}), tuple({6}), sum({1, 2, 3}), min({4, 2, 8}), max({4, 2, 8}))
print(sorted({1, 2, 3}, reverse=True), any({0, 0}), all({1, 2}), len(list({1, 2, 3})))
x, = {42}
print(x)
p, q = sorted({'b', 'a'})
print(p, q)
first, *rest = sorted({9, 8, 7})
print(first, rest)
total = 0
for v in {10, 20, 30}:
    total += v
print(total)
print(sorted(enumerate(sorted({'z', 'y'}))), sorted(map(abs, {-1, -2, 3})))
print(sorted(zip(sorted({1, 2}), sorted({'a', 'b'}))), sorted(filter(None, {0, 1, 2})))
print(dict.fromkeys(sorted({1, 2})), sorted(set(set(set([1])))))
it = iter({1})
print(type(it).__name__, next(it), next(it, 'done'))
print(type(set) is type, set.__name__, frozenset.__name__, type(frozenset({1})) is frozenset)
print(isinstance(frozenset(), (set, frozenset)), isinstance({1}, (list, set)))
print(f'{ {1} }', '%s %r' % ({2}, frozenset({3})), str({4}), [{5}], ({6},), {'k': {7}})
print(set.__hash__ is None, hash(frozenset()) == hash(frozenset([])))
empty = {x for x in []}
print(empty, type(empty).__name__, len(empty))
