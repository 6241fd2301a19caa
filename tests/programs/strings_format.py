"""str.format, f-strings and the format-spec mini-language, compared with CPython."""


def fmt(value, spec):
    try:
        print(repr(value), repr(spec), '->', repr(f'{value:{spec}}'))
    except Exception as e:
        print(repr(value), repr(spec), '!!', type(e).__name__, e)


def sfmt(template, *args, **kwargs):
    try:
        print(repr(template), '->', repr(template.format(*args, **kwargs)))
    except Exception as e:
        print(repr(template), '!!', type(e).__name__, e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

    def __str__(self):
        return '(%s, %s)' % (self.x, self.y)


class Money:
    def __format__(self, spec):
        return '$' + spec

    def __repr__(self):
        return 'Money()'


class BadFormat:
    def __format__(self, spec):
        return 42

    def __repr__(self):
        return 'BadFormat()'


INT_SPECS = ['', 'd', '5', '<5', '^5', '>5', '=5', '*^9', '05', '+', '-', ' ', '+5']
INT_SPECS += ['=+6', ',', '_', '010,', '0=10,', '*=10,', '08,', 'x', 'X', '#x', '#X', 'o']
INT_SPECS += ['#o', 'b', '#b', '#010x', '_x', '_b', '#_o', 'n', 'c', 'e', 'E', '.2e', 'f']
INT_SPECS += ['.1f', 'g', 'G', '%', '.1%', 'F', ',.2f', '^+#12_x', '0', '00', '-05']
INT_SPECS += ['<05', 'é^7']
for v in [0, 1, -1, 42, -1234, 65, 1234567, 2 ** 64, -(2 ** 70), True, False]:
    for spec in INT_SPECS:
        fmt(v, spec)

FLOAT_SPECS = ['', '.3', '.0', '.1', '.17', 'e', '.2e', 'E', 'f', '.2f', '.0f', '#.0f']
FLOAT_SPECS += ['F', 'g', '.3g', 'G', '#g', 'n', '%', '.1%', '10', '<10', '^10', '=10']
FLOAT_SPECS += ['010.2f', '+', ' ', '+.2f', ',', ',.2f', '_.1f', '010,.1f', 'z', 'z.1f']
FLOAT_SPECS += ['#', '#.3', 'é>9.2f', '015,.3e']
FLOATS = [0.0, -0.0, 1.0, -1.5, 0.1, 3.14159, 1e16, 1e-5, 100.0, 1234567.891, 1e300]
FLOATS += [2.5e-300, -0.0001, 123456789.0, float('inf'), float('-inf'), float('nan')]
for v in FLOATS:
    for spec in FLOAT_SPECS:
        fmt(v, spec)

STR_SPECS = ['', 's', '5', '<5', '>5', '^5', '^6', '*^7', '.2', '7.3', '05', '>05', 'é<6', '-^5']
for v in ['', 'a', 'ab', 'abc', 'héllo', 'toolong']:
    for spec in STR_SPECS:
        fmt(v, spec)

# bad specs
BAD_INT_SPECS = [(5, 's'), (5, '.2'), (5, '+c'), (5, '#c'), (5, 'z'), (5, 'zd'), (5, ',c')]
BAD_INT_SPECS += [(5, ',x'), (5, ',n'), (5, ',_'), (5, '_,'), (5, '.'), (5, 'xx')]
BAD_INT_SPECS += [(5, '99999999999999999999d'), (5, 'q'), (5, 'é'), (5, ',s'), (0x110000, 'c')]
BAD_INT_SPECS += [(-1, 'c'), (2 ** 70, 'c'), (2 ** 2000, 'f')]
for v, spec in BAD_INT_SPECS:
    fmt(v, spec)
BAD_SPECS = [(1.5, 'd'), (1.5, 'x'), (1.5, 'c'), (1.5, 's'), (1.5, 'q'), (1.5, 'xx')]
BAD_SPECS += [(1.5, ',n'), ('a', 'd'), ('a', 'z'), ('a', '+'), ('a', '#'), ('a', '=5')]
BAD_SPECS += [('a', ','), ('a', '_'), ('a', 'q'), (None, 'x'), (None, ''), ([1], '5')]
BAD_SPECS += [((1, 2), ''), (Point(1, 2), ''), (Point(1, 2), '>10')]
for v, spec in BAD_SPECS:
    fmt(v, spec)
fmt(Money(), '')
fmt(Money(), '.2f')
fmt(BadFormat(), 'x')

# f-strings
x = 3.14159
n = 255
name = 'gclab'
print(f'{x:.2f} {n:#x} {n:08b} {name!r} {name:>8} {name!s:^9}|')
print(f'{x=}' if False else f'{x}')
print(f'{n:{"^"}{10}}|', f'{x:{5}.{2}}|')
print(f'{1e16} {0.1} {1/3} {2**70} {True} {None}')
print(f'{Point(1, 2)!r} {Point(1, 2)!s} {Point(1, 2)}')
print(f'{{literal}} {n}{{}}')

# str.format
sfmt('{} {} {}', 1, 'a', [2])
sfmt('{0} {1} {0}', 'x', 'y')
sfmt('{a} {b}', a=1, b=2)
sfmt('{0} {a}', 'pos', a='kw')
sfmt('{} {a} {}', 1, 2, a=3)
sfmt('{0!r:>6} {0!s:<6}|', 'ab')
sfmt('{!a}', 'é')
sfmt('{:{}}|', 'a', 5)
sfmt('{:{w}.{p}f}', 3.14159, w=10, p=2)
sfmt('{0:{1}}|', 42, '>6')
sfmt('{0.x} {0.y}', Point(3, 4))
sfmt('{p.x}', p=Point(5, 6))
sfmt('{0[1]} {0[0]}', ['a', 'b'])
sfmt('{0[k]} {0[1]}', {'k': 'v', 1: 'one'})
sfmt('{0[0][1]} {0[0].x}', [[1, 2]])
sfmt('{0[0].x}', [Point(7, 8)])
sfmt('{00}', 'zero')
sfmt('{0.__class__}', 1)
sfmt('{{}} {{{0}}} a}}b', 1)
sfmt('{:%}', 0.25)
sfmt('{:,}', 1234567)
sfmt('{0:}', Money())
sfmt('{:abc}', Money())
sfmt('no fields', 1, 2, x=3)
sfmt('')
sfmt('{0}', 1, 2)
sfmt('{x}', 1, x=2, y=3)
sfmt('{0[ 0 ]}', {' 0 ': 'spaces'})
sfmt('{a b}', **{'a b': 1})
sfmt('{0[-1]}', {'-1': 'minus'})
sfmt('{0[1]}', {1: 'int key'})
sfmt('{:}', 1)
sfmt('{!r:}', 1)
print('{}'.format_map({}) if False else 'x'.format_map({}))
print('{a} {b}'.format_map({'a': 1, 'b': 2}))
print(str.format('{}+{}', 1, 2))

# str.format errors
sfmt('{')
sfmt('}')
sfmt('x{')
sfmt('{0:}}', 1)
sfmt('{0', 1)
sfmt('{!}', 1)
sfmt('{!x}', 1)
sfmt('{!r', 1)
sfmt('{!rr}', 1)
sfmt('{0!}', 1)
sfmt('{0:!r}', 1)
sfmt('{}{1}', 1, 2)
sfmt('{1}{}', 1, 2)
sfmt('{2}', 1)
sfmt('{}')
sfmt('{a}')
sfmt('{a}', 1)
sfmt('{0.}', 1)
sfmt('{0[}', 1)
sfmt('{0[]}', [1])
sfmt('{0[0]x}', [1])
sfmt('{0[0]]}', [1])
sfmt('{0]}', 1)
sfmt('{0.y}', Point(1, 2))
sfmt('{0.x.y}', Point(1, 2))
sfmt('{ 0 }', 1)
sfmt('{-1}', 1)
sfmt('{:{:{}}}', 1, 2, 3)
sfmt('{0:{1}}', 1)
sfmt('{:d}', 'a')
sfmt('{0:{{}}}', 1)
sfmt('{0[a]}', [1])
sfmt('{0[0]}', 1)
sfmt('{a{b}', 1)
sfmt('{:x}', BadFormat())
sfmt('{!s:x}', Money())
sfmt('{99999999999999999999}', 1)
