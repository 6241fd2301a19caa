# the match statement: class patterns, mapping patterns, value patterns, bindings
from dataclasses import dataclass
from collections import defaultdict, OrderedDict, namedtuple


class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


@dataclass
class Circle:
    center: Point
    radius: int


class Color:
    RED = 'red'
    GREEN = 'green'


class Shade:
    def __init__(self, tone):
        self.tone = tone


def where(obj):
    match obj:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return 'x=0, y=%d' % y
        case Point(x, y=0):
            return 'y=0, x=%d' % x
        case Point(x, y) if x == y:
            return 'diagonal %d' % x
        case Point():
            return 'some point'
        case Circle(Point(x, y), r) if r > 10:
            return 'big circle at %d,%d' % (x, y)
        case Circle(center=Point(x=cx), radius=r):
            return 'circle r=%d cx=%d' % (r, cx)
        case Color.RED:
            return 'red!'
        case Color.GREEN | 'lime':
            return 'greenish'
        case Shade(tone=Color.RED):
            return 'a red shade'
        case Shade(missing=1):
            return 'impossible'
        case int(n) | float(n) if n < 0:
            return 'negative %r' % n
        case int(7) | str('seven'):
            return 'seven'
        case bool(b):
            return 'bool %r' % b
        case str(s):
            return 'str of %d' % len(s)
        case list([1, *_]) | tuple((1, *_)):
            return 'starts with 1'
        case dict({'kind': k}):
            return 'a kind ' + k
    return 'nothing'


for obj in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
            Circle(Point(1, 2), 20), Circle(Point(4, 5), 3), 'red', 'green', 'lime',
            Shade('red'), Shade('blue'), -3, -2.5, 7, 'seven', True, 'abc', [1, 2],
            (1,), {'kind': 'k1', 'x': 1}, 3.5]:
    print(where(obj))


def command(cmd):
    match cmd:
        case {'action': 'move', 'to': (x, y)}:
            return 'move to %d %d' % (x, y)
        case {'action': 'say', 'text': str(text), **rest}:
            return 'say %r, rest %r' % (text, sorted(rest.items()))
        case {'action': action, 1: one}:
            return 'action %s with one=%r' % (action, one)
        case {'action': _}:
            return 'unknown action'
        case {}:
            return 'some mapping'
        case _:
            return 'not a mapping'


for c in [{'action': 'move', 'to': (1, 2)}, {'action': 'move', 'to': 5},
          {'action': 'say', 'text': 'hi', 'loud': True, 'n': 2},
          {'action': 'jump', 1: 'one'}, {'action': 'jump'}, {}, {'x': 1}, [],
          'action', OrderedDict(action='say', text='od'),
          defaultdict(int, action='fly')]:
    print(command(c))

d = defaultdict(list)
match d:
    case {'missing': _}:
        print('found')
    case {**everything}:
        print('rest of a defaultdict', everything, dict(d))

Pair = namedtuple('Pair', 'left right')
match Pair(1, 2):
    case Pair(left, right=r):
        print('namedtuple', left, r)
match Pair(3, 4):
    case (a, b):
        print('namedtuple as a sequence', a, b)

# names bound in functions, closures and the module, in a class body
def outer(value):
    def inner():
        return found
    match value:
        case [found, *_]:
            pass
        case found:
            pass
    return inner()


print(outer([5, 6]), outer('x'))


class Holder:
    match [1, 2]:
        case [first, second]:
            total = first + second


print(Holder.first, Holder.total)
match {'k': [1, {'deep': (2, 3)}]}:
    case {'k': [one, {'deep': (two, three) as pair}]}:
        print('nested', one, two, three, pair)
print(one, two, three, pair)

# errors raised while matching
class Bad:
    __match_args__ = ['a']


class NoArgs:
    pass


for subject, which in [(Bad(), 0), (NoArgs(), 1), (5, 2), (5, 3)]:
    try:
        match subject:
            case Bad(1) if which == 0:
                pass
            case NoArgs(1) if which == 1:
                pass
            case int(1, 2) if which == 2:
                pass
            case len() if which == 3:
                pass
    except TypeError as e:
        print('TypeError:', e)
try:
    match {'a': 1}:
        case {Color.RED: 1, Color.RED: 2}:
            pass
except ValueError as e:
    print('ValueError:', e)
