# the match statement: literals, captures, wildcards, sequences, guards, or/as patterns
def describe(x):
    match x:
        case 0:
            return 'zero'
        case -1:
            return 'minus one'
        case 1 | 2 | 3:
            return 'small'
        case 'hello':
            return 'greeting'
        case b'raw':
            return 'bytes'
        case None:
            return 'none'
        case True:
            return 'true'
        case False:
            return 'false'
        case 2.5:
            return 'two and a half'
        case []:
            return 'empty sequence'
        case [a]:
            return 'one: %r' % (a,)
        case [a, b] if a == b:
            return 'pair of equals %r' % (a,)
        case [a, b]:
            return 'pair %r %r' % (a, b)
        case [first, *rest] if len(rest) > 3:
            return 'long, first %r rest %r' % (first, rest)
        case [first, *middle, last]:
            return 'first %r middle %r last %r' % (first, middle, last)
        case str() as s:
            return 'some str %r' % s
        case n if isinstance(n, int) and n > 100:
            return 'big %d' % n
        case _:
            return 'other %r' % (x,)


for v in [0, -1, 1, 3, 'hello', b'raw', None, True, False, 1.0, 0.0, 2.5, [], (), [7],
          (8,), [1, 1], (1, 2), [1, 2, 3, 4, 5], [1, 2, 3], range(3), 'abc', 'xy',
          b'xy', bytearray(b'ab'), 500, 50, {'a': 1}, {1, 2}]:
    print(repr(v), '->', describe(v))

# a tuple subject, nested sequences, as-patterns
def point(p):
    match p:
        case (0, 0):
            return 'origin'
        case (0, y):
            return 'on the y axis at %d' % y
        case (x, 0):
            return 'on the x axis at %d' % x
        case [(a, b), (c, d)] as seg:
            return 'segment %r: %d' % (seg, a + b + c + d)
        case (x, y, *_):
            return 'point %d %d' % (x, y)
    return 'no match'

for p in [(0, 0), (0, 5), (4, 0), [(1, 2), (3, 4)], (1, 2, 3), 'ab', 7]:
    print(point(p))

a, b = 3, 4
match a, b:
    case 3, 4:
        print('tuple subject matched')
match a, b:
    case (x, y) if x > y:
        print('no')
    case (x, y):
        print('x y', x, y)
# or-patterns binding the same names, with groups
for item in [[1, 'a'], ('b', 2), [3, 3], 'zz']:
    match item:
        case [int(n), str(s)] | [str(s), int(n)]:
            print('int/str', n, s)
        case ([x, y]):
            print('other pair', x, y)
        case _:
            print('unmatched', item)
# the soft keywords stay names
match = 5
case = [match, 2]
_ = 'underscore'
print(match, case, _)
match case:
    case [match, _]:
        print('match is now', match, _)
def f(match, case):
    return match + case
print(f(1, 2), f(match=3, case=4))
