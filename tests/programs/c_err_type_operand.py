# uncaught TypeError for unsupported operand types, after caught variants of the same error
pairs = [(1, 'a'), ('a', 1), ([1], (1,)), (None, 1), (1.5, [2])]
for a, b in pairs:
    try:
        a + b
    except TypeError as e:
        print('TypeError:', e)
try:
    [1] - [1]
except TypeError as e:
    print('TypeError:', e)
try:
    -'x'
except TypeError as e:
    print('TypeError:', e)
try:
    {} < {}
except TypeError as e:
    print('TypeError:', e)
def add(x, y):
    return x + y
def total(values):
    acc = 0
    for v in values:
        acc = add(acc, v)
    return acc
print(total([1, 2, 3]))
print(total([1, '2', 3]))
