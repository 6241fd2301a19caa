# chained comparisons: evaluation once, short-circuit, mixed operators
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(5) < v(2) < v(10), calls)
calls.clear()
print(v(1) < v(0) < v(1 / 1), calls)
x = 5
print(0 < x <= 5, 0 < x < 5, 5 >= x > 0, -10 < -x < 0)
print(1 < 2 == 2 < 3, 1 < 2 == 3, 'a' < 'b' < 'c', [1] < [2] < [3])
print(1 in [1, 2] in [[1, 2]], 2 not in [1] not in [[2]], None is None is not False)
a = [1, 2]
b = a
print(a is b is a, a == b == [1, 2], a is not [1, 2][:])
def mid(n):
    return 10 <= n < 20
print([n for n in range(5, 25, 3) if mid(n)])
print((1 < 2) < 3, 1 < (2 < 3), (3 > 2) == True)
y = 7
print(1 < y < 10 < 100, 1 < y < 5 < 1 / 1)
count = 0
def bump():
    global count
    count += 1
    return count
print(0 < bump() < 5, count)
try:
    print(1 < 2 < 'x')
except TypeError:
    print('TypeError at the third operand')
print(1 < 0 < 'x')
print(2 == 2.0 == True + True, 0 == False == 0.0 != None)
