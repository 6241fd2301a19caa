# sort stability with keys, reverse, sorted vs sort, comparison errors
records = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22), ('frank', 25)]
by_age = sorted(records, key=lambda r: r[1])
print(by_age)
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
byname = sorted(records)
byname.sort(key=lambda r: r[1])
print(byname)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'fig', 'kiwi']
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted('hello'), sorted((3, 1, 2)), sorted({'b': 1, 'a': 2}))
data = [5, 3, 8]
r = data.sort()
print(r, data)
try:
    [1, 'a', 2].sort()
except TypeError:
    print('mixed sort TypeError')
pairs = [(1, 'b'), (1, 'a'), (0, 'z')]
pairs.sort(key=lambda p: p[0])
print(pairs)
empty = []
empty.sort()
print(empty, sorted([]), sorted([7]))
big = [(i * 7919) % 101 for i in range(60)]
keyed = sorted(range(60), key=lambda i: big[i] % 5)
print(keyed[:20])
print(sorted([2.5, 1, True, -3]), max(words, key=len), min(words, key=len))
