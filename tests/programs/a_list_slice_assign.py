# list slice assignment and deletion, with and without steps
a = list(range(10))
a[2:5] = ['x', 'y']
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[:] = a[::-1]
print(a)
a[-2:] = []
print(a)
b = list(range(10))
b[::2] = ['e'] * 5
print(b)
b[1::3] = [-1, -2, -3]
print(b)
try:
    b[::2] = [1, 2]
except ValueError:
    print('extended slice size mismatch ValueError')
c = list(range(12))
del c[::3]
print(c)
del c[-1:2:-2]
print(c)
del c[1:3]
print(c)
del c[:]
print(c, len(c))
d = [1, 2, 3]
d[5:10] = [9]
print(d)
d[-100:1] = ['start']
print(d)
d[::-1] = [10, 20, 30, 40]
print(d)
e = [0, 1, 2, 3, 4, 5]
e[1:5:2] = 'ab'
print(e)
e[2:4] = range(3)
print(e)
f = e
f[:] = []
print(e, f is e)
g = [1, 2, 3, 4]
del g[10:]
del g[-1]
print(g)
try:
    del g[10]
except IndexError:
    print('del out of range IndexError')
h = [[0] * 3] * 2
h[0][0] = 5
print(h)
