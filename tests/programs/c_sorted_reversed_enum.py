# sorted, reversed, enumerate with start, zip with several/unequal iterables, list() of each
data = [5, 2, 9, 1]
print(sorted(data), sorted(data, reverse=True), data, sorted('cba'), sorted((2, 1)), sorted(range(3, 0, -1)))
print(list(reversed(data)), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed([])), ''.join(reversed('stressed')))
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)), list(enumerate(['x'], start=-2)))
for i, (a, b) in enumerate(zip('xy', 'pq'), start=10):
    print(i, a, b)
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip('abc', range(3), [True] * 3)))
pairs = [(1, 'one'), (2, 'two'), (3, 'three')]
nums, names = zip(*pairs)
print(nums, names)
print(dict(zip(names, nums)), list(zip(*[[1, 2, 3], [4, 5, 6]])))
r = reversed([1, 2, 3])
print(next(r), next(r), list(r), list(r))
e = enumerate('ab')
print(next(e), list(e))
try:
    reversed(5)
except TypeError as ex:
    print('TypeError:', ex)
try:
    enumerate(5)
except TypeError as ex:
    print('TypeError:', ex)
try:
    zip(1, [2])
except TypeError as ex:
    print('TypeError:', ex)
