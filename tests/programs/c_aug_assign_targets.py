# chained and augmented assignment on names, attributes, subscripts; evaluation order
class Box:
    def __init__(self):
        self.n = 0
        self.items = []
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
box = Box()
box.n += 5
box.n *= 3
box.n -= 1
box.n //= 2
box.n **= 2
box.n %= 10
box.items += ['a']
print(box.n, box.items)
d = {'k': 1}
d['k'] += 10
d['k'] <<= 2
d['k'] |= 1
d['k'] ^= 3
d['k'] &= 0xFF
d['k'] >>= 1
d.setdefault('s', 'x')
d['s'] *= 3
print(d)
lst = [1, 2, 3]
lst[0] += 100
lst[-1] /= 2
lst[1:2] = lst[1:2] * 3
print(lst)
log = []
def key(k):
    log.append('key')
    return k
def val(v):
    log.append('val')
    return v
store = {'a': 1}
store[key('a')] += val(2)
print(store, log)
s = 'ab'
s += 'cd'
s *= 2
t = (1,)
t += (2,)
f = 1.5
f //= 0.5
n = 7
n /= 2
print(s, t, f, n, type(n).__name__)
m = [[0, 0], [0, 0]]
m[1][0] += 5
i = j = 0
i, j = j + 1, i + 2
print(m, i, j)
p = q = r = 'same'
print(p is q is r)
