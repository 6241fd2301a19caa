# itertools: the infinite, terminating and combinatoric iterators (lazy)
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile,
                       takewhile, filterfalse, starmap, islice, groupby, tee, zip_longest,
                       pairwise, product, permutations, combinations,
                       combinations_with_replacement)
import operator

print(list(islice(count(10, 3), 5)), list(islice(count(), 3)), list(zip('abc', count(1))))
print(list(islice(cycle('AB'), 7)), list(repeat('x', 3)), list(map(pow, range(5), repeat(2))))
print(list(accumulate([3, 1, 4, 1, 5])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3, 4], operator.mul, initial=10)), list(accumulate([])))
print(list(chain('ab', [1, 2], (), range(3))), list(chain.from_iterable(['xy', 'zw'])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(starmap(pow, [(2, 5), (3, 2)])))
print([list(islice('ABCDEFG', *a)) for a in [(2,), (2, 4), (2, None), (0, None, 2), (1, 6, 3)]])
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby(sorted('mississippi'))])
print([(k, len(list(g))) for k, g in groupby([1, 3, 5, 2, 4, 7, 9, 6], key=lambda v: v % 2)])
it = groupby('aabbc')
k1, g1 = next(it)
k2, g2 = next(it)
print(k1, list(g1), k2, list(g2), [(k, list(g)) for k, g in it])
a, b = tee(iter(range(5)))
print(next(a), next(a), list(b), list(a))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest([1], [2, 3])))
print(list(pairwise('ABCDE')), list(pairwise([1])))
print(list(product('AB', range(2))), len(list(product(range(3), repeat=3))))
print(list(permutations('ABC', 2)), len(list(permutations(range(5)))))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('AB', 3)))
print(list(combinations_with_replacement('ABC', 2)))
# laziness: an infinite source, consumed partly
evens = filter(lambda n: n % 2 == 0, count())
print(next(evens), next(evens), next(evens))
squares = (n * n for n in range(10))
print(list(takewhile(lambda s: s < 30, squares)))
# a small search: the derangements of 6 items
count_d = 0
for perm in permutations(range(6)):
    if all(perm[i] != i for i in range(6)):
        count_d += 1
        if count_d == 1:
            print('first', perm)
print(count_d)
