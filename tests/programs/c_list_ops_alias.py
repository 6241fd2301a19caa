# list +, *, +=, *= and aliasing: in-place ops mutate shared lists, + makes new ones
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
c = b
b *= 2
print(b, c, c is b)
b *= 0
print(b, c)
x = [[]] * 3
x[0].append(1)
print(x)
y = [[] for _ in range(3)]
y[0].append(1)
print(y)
z = [0] * 3 + [1] * 2
print(z, [1, 2] * 2, 2 * [None], [] * 5, [1] * -1)
s = [1]
s += 'ab'
s += (3, 4)
s += range(2)
print(s)
try:
    s = s + 'cd'
except TypeError as e:
    print('TypeError:', e)
try:
    s + (1,)
except TypeError as e:
    print('TypeError:', e)
def extend_in_place(lst):
    lst += [99]
def rebind(lst):
    lst = lst + [99]
    return lst
orig = [0]
extend_in_place(orig)
print(orig, rebind(orig), orig)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print('TypeError:', e)
print(t)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [[1]] == [[1]])
print(1 in [1, 2], [1] in [[1], 2], 3 not in [1, 2], list('abc'), list((1, 2)), list(range(3)), list())
