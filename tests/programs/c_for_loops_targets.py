# for loops: over strings/dicts/ranges/tuples, break/continue/else, loop variable leaks, mutation
for ch in 'abc':
    pass
print('leaked', ch)
for i in range(3):
    pass
print('leaked', i)
for i in []:
    pass
print('unchanged', i)
def find(seq, target):
    for idx, item in enumerate(seq):
        if item == target:
            print('found', target, 'at', idx)
            break
    else:
        print(target, 'not found')
find([4, 5, 6], 5)
find([4, 5, 6], 7)
find([], 1)
primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    total += i
print('total', total)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
    print(x, end=' ')
print()
items = [1, 2, 3, 4, 5, 6]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
for a, b in zip('xyz', range(10)):
    print(a + str(b), end=' ')
print()
for i in range(3):
    i = i * 10
    print(i, end=' ')
print()
matrix = [[1, 2, 3], [4, 5, 6]]
for row in matrix:
    for v in row:
        if v == 5:
            break
        print(v, end=' ')
    else:
        print('| row done', end=' ')
print()
