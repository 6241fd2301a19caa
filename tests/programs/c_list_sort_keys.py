# sort/sorted with key functions, reverse, tuples as keys, stability and case-insensitive order
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'fig', 'date']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[-1]))
recs = [('bob', 25, 'x'), ('amy', 30, 'y'), ('cat', 25, 'z'), ('dan', 30, 'w'), ('eve', 20, 'v')]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: (-r[1], r[0])))
by_name = sorted(recs)
by_name.sort(key=lambda r: r[1])
print([r[0] for r in by_name])
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted([3.5, 1, True, 2.0, -1]), sorted('hello'), sorted((3, 1, 2)), sorted({'b': 1, 'a': 2}))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
print(sorted([], key=len), sorted([1]), sorted(range(5), key=lambda i: i % 2))
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print('TypeError:', e)
