# map, filter, zip, enumerate, reversed, iter, next, any, all


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(str, range(3))), list(map(len, ['a', 'bb'], )), tuple(map(int, '123')))
print(list(filter(None, [0, 1, '', 'a', [], [0], None, True])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, 'a1b2')))
print(list(zip()), list(zip('ab')), list(zip([1, 2, 3], 'ab', (True, False, None))))
print(dict(zip('abc', range(3))), list(zip(*[(1, 'a'), (2, 'b')])))
print(list(zip([1], [1], strict=True)), list(zip([1, 2], [3, 4], strict=False)))
for args in [([1], [1, 2]), ([1, 2], [1]), ([1, 2], [1, 3], [3]), ([1], [2], [3, 4])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print('ValueError:', e)
print(list(enumerate('abc')), list(enumerate('ab', 10)), list(enumerate('ab', start=-1)))
print(list(enumerate([], 5)), list(enumerate('x', True)), list(enumerate('ab', 2 ** 64)))
print(list(enumerate(iterable='xy', start=1)))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('héllo')))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
print(list(reversed(range(10, 0, -2))), list(reversed([])))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


class Rev:
    def __reversed__(self):
        return iter(['custom'])


print(list(reversed(Seq())), list(reversed(Rev())))
lst = [1, 2, 3, 4]
r = reversed(lst)
print(next(r))
lst.pop()
lst.pop()
print(list(r))

# iterators are their own iterators and have __next__
m = map(abs, [-5, -6, -7])
print(iter(m) is m, m.__next__(), next(m), list(m), list(m))
it = iter([1, 2])
print(next(it), it.__next__(), next(it, 'end'), next(it, None))
z = zip('ab', 'cd')
print(next(z), list(z), next(z, 'empty'))
e = enumerate('ab')
print(next(e), next(e), next(e, 'stop'))
print(type(m).__name__, type(z).__name__, type(e).__name__, type(reversed([])).__name__)
print(type(reversed(())).__name__, type(filter(None, [])).__name__)
print(isinstance(m, map), isinstance(iter([]), map), map, zip, filter, enumerate, reversed)
print(type(iter(lambda: 1, 2)).__name__)

# iter(callable, sentinel)
values = [1, 2, 3, 0, 5]


def pop_front():
    return values.pop(0)


print(list(iter(pop_front, 0)), values)
count = [0]


def counter():
    count[0] += 1
    return count[0]


print(list(iter(counter, 4)))

# next on user iterators, StopIteration
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration('finished')
        self.n -= 1
        return self.n


c = Countdown(2)
print(next(c), next(c), next(c, 'default'))
try:
    next(c)
except StopIteration as e:
    print('StopIteration:', e)
try:
    next(iter([]))
except StopIteration as e:
    print('StopIteration:', repr(e), e.args)
print(list(map(lambda x: x + 1, Countdown(3))), list(zip(Countdown(3), 'abcdef')))

print(any([]), any([0, '', None]), any([0, 1]), all([]), all([1, 'a']), all([1, 0]))
print(any(x > 2 for x in [1, 2, 3]) if False else any([x > 2 for x in [1, 2, 3]]))
print(any(map(lambda x: x > 5, [1, 9])), all(iter([1, 1])), any('abc'), all(range(0)))

attempt(lambda: map())
attempt(lambda: map(len))
attempt(lambda: map(len, 1))
attempt(lambda: list(map(1, [1])))
attempt(lambda: map(len, [], x=1))
attempt(lambda: filter(len))
attempt(lambda: filter(len, 1))
attempt(lambda: list(filter(len, [1])))
attempt(lambda: zip(1))
attempt(lambda: zip([], 1))
attempt(lambda: zip(foo=1))
attempt(lambda: enumerate())
attempt(lambda: enumerate(1))
attempt(lambda: enumerate([], 'a'))
attempt(lambda: enumerate([], foo=1))
attempt(lambda: enumerate([], 1, 2))
attempt(lambda: reversed())
attempt(lambda: reversed(1))
attempt(lambda: reversed([], []))
attempt(lambda: reversed(seq=[1]))
attempt(lambda: reversed(map(abs, [1])))
attempt(lambda: reversed(Countdown(1)))
attempt(lambda: iter())
attempt(lambda: iter(1))
attempt(lambda: iter(1, 2))
attempt(lambda: iter([], x=1))
attempt(lambda: iter(lambda: 1, 1, 2))
attempt(lambda: next([]))
attempt(lambda: next('abc'))
attempt(lambda: next())
attempt(lambda: next(iter([]), 1, 2))
attempt(lambda: next(Seq()))
attempt(lambda: any(1))
attempt(lambda: all())
attempt(lambda: any([], x=1))
attempt(lambda: map.__name__)
attempt(lambda: reversed.__name__)
