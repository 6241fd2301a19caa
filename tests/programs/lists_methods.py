# list methods: results and CPython's error messages


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


a = [3, 1, 2]
a.append(4)
print(a, a.append(5), a)
print(a.pop(), a.pop(0), a.pop(-1), a)
a.insert(0, 'x')
a.insert(100, 'end')
a.insert(-100, 'start')
a.insert(-1, 'before-end')
print(a)
a.extend([7, 8])
a.extend((9,))
a.extend('ab')
a.extend(range(2))
a.extend([x * x for x in [3, 4]])
print(a)
a.extend(a)
print(len(a), a[:5])
b = [1, 2, 3, 2, 1]
b.remove(2)
print(b, b.index(1), b.index(1, 1), b.index(2, -3), b.index(3, 0, 3), b.count(1), b.count(9))
print(b.index(1, -100, 100), [1, 2].index(2, True))
b.reverse()
print(b)
c = b.copy()
c.append('c')
print(b, c, c is b)
c.clear()
print(c, b)
print([].copy(), [[1]].copy()[0] is [[1]][0])

attempt(lambda: [].pop())
attempt(lambda: [1].pop(5))
attempt(lambda: [1].pop(-2))
attempt(lambda: [1].pop('a'))
attempt(lambda: [1].pop(1, 2))
attempt(lambda: [].append())
attempt(lambda: [].append(1, 2))
attempt(lambda: [].append(x=1))
attempt(lambda: [].insert(1))
attempt(lambda: [].insert())
attempt(lambda: [].insert('a', 1))
attempt(lambda: [].extend())
attempt(lambda: [].extend(1))
attempt(lambda: [1].remove(3))
attempt(lambda: [1].remove())
attempt(lambda: [].index(3))
attempt(lambda: ['a'].index('b'))
attempt(lambda: [1, 2, 3].index(1, 1))
attempt(lambda: [].index())
attempt(lambda: [1].index(1, 'a'))
attempt(lambda: [1].index(1, 0, None))
attempt(lambda: [1].index(1, 0, 1, 2))
attempt(lambda: [].count())
attempt(lambda: [].reverse(1))
attempt(lambda: [].copy(1))
attempt(lambda: [].clear(1))
attempt(lambda: [].pop(x=1))
attempt(lambda: list.append())
attempt(lambda: list.append(1, 2))
attempt(lambda: list.pop({}))


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print([10, 20, 30].pop(Index(1)), [10, 20, 30].index(30, Index(1)))
d = [5, 6]
d.insert(Index(1), 'i')
print(d)


# equality is used by index, count, remove and in
class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v

    def __repr__(self):
        return 'Eq(' + repr(self.v) + ')'


e = [Eq(1), Eq(2), Eq(1)]
print(e.count(Eq(1)), e.index(Eq(2)), Eq(2) in e)
e.remove(Eq(1))
print(e)
attempt(lambda: e.index(Eq(5)))
print([1, 1.0, True].count(1), [float('nan')].count(float('nan')))
nan = float('nan')
print([nan].count(nan), [nan].index(nan))

# list methods as unbound functions and bound method objects
app = d.append
app(99)
print(d, list.append)
list.append(d, 100)
print(d, list.index(d, 100))
