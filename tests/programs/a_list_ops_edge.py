# list method edge cases: insert/pop/remove/index bounds, extend self, repeat, compare
a = [1, 2, 3]
a.insert(100, 'end')
a.insert(-100, 'start')
a.insert(-1, 'before-end')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
try:
    [].pop()
except IndexError:
    print('pop empty IndexError')
b = [3, 1, 3, 2, 3]
b.remove(3)
print(b, b.index(3), b.index(3, 2), b.count(3))
try:
    b.remove(99)
except ValueError:
    print('remove missing ValueError')
try:
    b.index(3, 0, 1)
except ValueError:
    print('index outside range ValueError')
c = [1, 2]
c.extend(c)
print(c)
c += c[:1]
print(c, c * 2, 0 * c, c * -1)
d = c
d += [9]
print(c is d, c)
d = d + [10]
print(c is d, len(c), len(d))
e = [5, 1, 4]
e.reverse()
print(e, e[::-1], list(reversed(e)))
print([1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, [2]] == [1, [2]])
print(3 in [1, 2, 3], [3] in [[3]], 'a' in ['ab'])
f = [0] * 3
f[-1] = 7
print(f, f.copy() == f, f.copy() is f)
g = list(range(5))
g.clear()
print(g, len(g))
h = [[1, 2], [3]]
print(sum(h, []), [x for sub in h for x in sub], len(h[0]))
print(list('abc'), list((1, 2)), list({'k': 1}), list(range(3, 0, -1)))
print(max([3, 7, 2]), min(['b', 'a']), sum([1.5, 2]), any([0, '', None]), all([]))
