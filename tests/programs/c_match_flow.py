# the match statement: control flow in case bodies, nesting, generators, closures
def classify(items):
    out = []
    for item in items:
        match item:
            case 'stop':
                break
            case 'skip':
                continue
            case [kind, value] if (n := len(str(value))) > 2:
                out.append('%s long %d' % (kind, n))
            case [kind, value]:
                match value:
                    case int() | float():
                        out.append('%s number' % kind)
                    case str():
                        out.append('%s text' % kind)
                    case _:
                        out.append('%s other' % kind)
            case {'return': v}:
                return out, v
            case _:
                out.append('?')
    return out, None


print(classify([['a', 1], ['b', 'xy'], ['c', 12345], 'skip', ['d', None], 5,
                {'return': 'early'}, ['e', 1]]))
print(classify([['a', 2.5], 'stop', ['b', 1]]))


def gen(values):
    for v in values:
        match v:
            case (x, y):
                yield x + y
            case [*xs]:
                yield from xs
            case x:
                yield x


print(list(gen([(1, 2), [3, 4, 5], 'ab', 7])))


def counter():
    count = 0
    def bump(event):
        nonlocal count
        match event:
            case 'inc':
                count += 1
            case ('add', n):
                count += n
            case 'reset':
                count = 0
        return count
    return bump


b = counter()
print([b(e) for e in ['inc', 'inc', ('add', 5), 'noop', 'reset', ('add', 2)]])

# an exception in a guard and in a body, with the subject left behind
def risky(v):
    try:
        match v:
            case [x] if 10 // x:
                return 'ok %d' % x
            case y if y == 'raise':
                raise KeyError(y)
            case _:
                return 'other'
    except ZeroDivisionError as e:
        return 'guard raised: %s' % e
    except KeyError as e:
        return 'body raised: %r' % e


print(risky([2]), risky([0]), risky('raise'), risky(3))

# a class whose attribute lookups fail, a property, __match_args__ inherited
class Base:
    __match_args__ = ('a', 'b')

    def __init__(self, a, b):
        self.a = a
        self.b = b


class Derived(Base):
    @property
    def total(self):
        return self.a + self.b


for obj in [Derived(1, 2), Base(3, 4), Derived(5, 5)]:
    match obj:
        case Derived(x, total=6):
            print('derived with total 6, a =', x)
        case Derived(x, y, total=t):
            print('derived', x, y, t)
        case Base(x, y):
            print('base', x, y)

# a sequence subclass, a range, a string is not a sequence here
class MyList(list):
    pass


for s in [MyList([1, 2]), range(1, 3), 'ab', (1, 2), [1, 2, 3]]:
    match s:
        case [1, 2]:
            print(type(s).__name__, 'is [1, 2]')
        case [1, *rest]:
            print(type(s).__name__, 'starts with 1, rest', rest)
        case _:
            print(type(s).__name__, 'no')

# the subject is evaluated once
calls = []
def subject():
    calls.append(1)
    return 3
match subject():
    case 1:
        pass
    case 2:
        pass
    case 3:
        print('three, calls', len(calls))

# value patterns compare with ==, singletons with is
class Eq:
    def __eq__(self, other):
        print('__eq__ called with', other)
        return True

class K:
    E = Eq()

match 1:
    case K.E:
        print('matched by __eq__')
match 1.0:
    case 1:
        print('1.0 == 1')
match 1:
    case True:
        print('wrong')
    case _:
        print('1 is not True')
match 0:
    case False:
        print('wrong')
    case 0:
        print('0 matches 0 only')

# names are bound only once the whole pattern matched (before the guard)
def bound_names():
    match [1, 2]:
        case [p, 3]:
            pass
        case [q, r] if q > 5:
            pass
        case _:
            pass
    found = []
    for name in ['p', 'q', 'r']:
        try:
            found.append((name, eval(name)))
        except NameError:
            found.append((name, None))
    return found

print(bound_names())
match (1, 2):
    case (mx, 3):
        pass
    case _:
        pass
print('mx' in globals())

# or-patterns binding their names in different orders, nested in other patterns
for v in [(1, 'a', 'b'), (2, 'c', 'd'), [0, {'k': 'x', 'j': 'y'}], 'zz', (3, 'e', 'f')]:
    match v:
        case (1, first, second) | (2, second, first) | [0, {'j': first, 'k': second}]:
            print('first', first, 'second', second)
        case (n, *more) as whole if n > 2:
            print('more', more, whole)
        case other:
            print('other', other)
match {'a': [1, (2, 3)], 'b': 4}:
    case {'b': bb, 'a': [aa, (cc, dd) | [dd, cc]]} | {'z': (aa, bb, cc, dd)}:
        print(aa, bb, cc, dd)
