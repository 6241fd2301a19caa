# list methods: append/extend/insert/pop/remove/index/count/reverse/copy/clear and errors
a = [3, 1, 4, 1, 5]
a.append([9])
a.extend((2, 6))
a.extend('ab')
a.extend(range(2))
print(a, len(a))
a.insert(0, 'start')
a.insert(100, 'end')
a.insert(-1, 'before-end')
a.insert(-100, 'very-start')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3), a)
a.remove(1)
print(a, a.index(1), a.index('a'), a.count(1), a.count(99), a.index(5, 2), a.index(1, 0, 4))
for args in [(99,), (3, 1), (1, 0, 2)]:
    try:
        a.index(*args)
    except ValueError as e:
        print(args, 'ValueError:', e)
try:
    a.remove('zz')
except ValueError as e:
    print('ValueError:', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    [1].pop(5)
except IndexError as e:
    print('IndexError:', e)
b = a.copy()
b.reverse()
print(b, a[::-1] == b, a is not b)
c = [[1], [2]]
d = c.copy()
d[0].append('shared')
d.append('not shared')
print(c, d)
b.clear()
print(b, a != b, [1, 2].count([1]), [[1], 2].count([1]))
r = [1, 2, 3]
print(r.append(4), r.extend([]), r.insert(0, 0), r.reverse(), r.sort(), r.clear(), r)
try:
    [].extend(5)
except TypeError as e:
    print('TypeError:', e)
try:
    [].append()
except TypeError as e:
    print('TypeError:', e)
