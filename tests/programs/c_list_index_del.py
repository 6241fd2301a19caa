# list indexing, index assignment, del with indexes/slices/steps, and IndexError messages
a = list(range(10))
a[0] = 'first'
a[-1] = 'last'
print(a)
del a[0]
del a[-1]
print(a, len(a))
del a[::2]
print(a)
a = list(range(10))
del a[1:8:3]
print(a)
del a[100:]
del a[-100:1]
print(a)
del a[:]
print(a, a == [])
b = ['x', 'y', 'z']
for bad in [3, -4]:
    try:
        b[bad]
    except IndexError as e:
        print('IndexError:', e)
    try:
        b[bad] = 0
    except IndexError as e:
        print('IndexError:', e)
    try:
        del b[bad]
    except IndexError as e:
        print('IndexError:', e)
try:
    b['1']
except TypeError as e:
    print('TypeError:', e)
try:
    b[1.0]
except TypeError as e:
    print('TypeError:', e)
print(b[True], b[False], b[-True])
m = [[0] * 3 for _ in range(3)]
m[1][2] = 5
m[0][0] += 1
print(m)
grid = [[0] * 3] * 3
grid[1][2] = 5
print(grid, grid[0] is grid[2])
