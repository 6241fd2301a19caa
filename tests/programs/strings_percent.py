"""%-formatting of str, compared with CPython's output."""


def check(fmt, args):
    try:
        print(repr(fmt), '->', repr(fmt % args))
    except Exception as e:
        print(repr(fmt), '!!', type(e).__name__, e)


class Num:
    def __int__(self):
        return 42

    def __index__(self):
        return 7

    def __float__(self):
        return 2.5


class Named:
    def __getitem__(self, key):
        return key.upper()

    def __repr__(self):
        return 'Named()'


INTS = [0, 1, -1, 42, -42, 255, 123456789, -2 ** 63, 2 ** 64, -(2 ** 70), True, False]
INT_FORMATS = ['%d', '%i', '%u', '%5d', '%-5d|', '%05d', '%+d', '% d', '%+05d', '%.3d']
INT_FORMATS += ['%8.4d', '%-+6d|']
for fmt in INT_FORMATS:
    for v in INTS:
        check(fmt, v)
BASE_FORMATS = ['%x', '%X', '%o', '%#x', '%#X', '%#o', '%08x', '%#08x', '%-#8x|', '%+x']
BASE_FORMATS += ['% o', '%#.5x', '%5x']
for fmt in BASE_FORMATS:
    for v in [0, 1, 255, -255, 2 ** 64, -(2 ** 70), True]:
        check(fmt, v)

FLOATS = [0.0, -0.0, 1.0, -1.5, 3.14159, 2.5, 0.5, 1.5, 1e16, 1e-7, 123456.789, 1e300]
FLOATS += [float('inf'), float('-inf'), float('nan'), 5, 2 ** 70]
FLOAT_FORMATS = ['%f', '%.2f', '%.0f', '%#.0f', '%10.3f|', '%-10.3f|', '%010.3f', '%+.1f']
FLOAT_FORMATS += ['% .1f', '%e', '%.2e', '%E', '%#.0e', '%g', '%.3g', '%G', '%#g', '%10.4g|']
FLOAT_FORMATS += ['%F']
for fmt in FLOAT_FORMATS:
    for v in FLOATS:
        check(fmt, v)
check('%f', 10 ** 400)

for fmt in ['%s', '%r', '%a', '%5s|', '%-5s|', '%.2s', '%5.1s|', '%05s', '%+s', '%.0s|']:
    for v in ['abc', '', 'héllo', 'it\'s', 42, 1.5, None, [1, 'x'], (1,), {'k': 'v'}]:
        check(fmt, (v,))

for v in [65, 'x', 'é', 233, 0x1F600, 0x110000, -1, 'ab', '', 1.5, 2 ** 70, True]:
    check('%c', v)
check('%3c|', 65)
check('%-3c|', 'x')
check('%05c|', 'y')

# several arguments, dicts, star widths
check('%s and %s', ('a', 'b'))
check('%d%%', 50)
check('%%', ())
check('100%% %s', 'sure')
check('%s', ((1, 2),))
check('%s', [1, 2])
check('%s %s', [1, 2])
check('%s', {'a': 1})
check('%(a)s %(b)r', {'a': 1, 'b': 'x'})
check('%(a)s %(a)05d', {'a': 7})
check('%(name)s', Named())
check('%(a)s', {'a': 1, 'b': 2})
check('%(a)s %s', {'a': 1})
check('%s %(a)s', {'a': 1})
check('%(a(b))s', {'a(b)': 'nested'})
check('%*d|', (5, 3))
check('%-*d|', (5, 3))
check('%*d|', (-5, 3))
check('%.*f', (2, 3.14159))
check('%*.*f|', (8, 2, 3.14159))
check('%.*s', (-1, 'abc'))
check('%0*d', (5, 3))
check('%ld %hd %Lf', (1, 2, 3.0))
check('%d %d', (Num(), Num()))
check('%x', Num())
check('%f', Num())
check('%s', ())
check('no args', ())
check('no args', [])
check('no args', {})

# errors
check('%d %d', (1,))
check('%d', (1, 2))
check('x', 5)
check('%(a)s', 5)
check('%(a)s', {})
check('%(a)s', [1])
check('%q', 5)
check('abc %é', 5)
check('%', 5)
check('abc %', ())
check('%(a', {})
check('%(a)', {'a': 1})
check('%5', 1)
check('%.', 1)
check('%*d', ('a', 1))
check('%.*f', ('a', 1))
check('%5%', 1)
check('%5%', ())
check('%d', 'a')
check('%d', None)
check('%d', [1])
check('%i', 'x')
check('%x', 1.5)
check('%o', 'a')
check('%X', 2.0)
check('%f', 'a')
check('%e', None)
check('%d', float('inf'))
check('%d', float('nan'))
check('%d', 3.99)
check('%d', -3.99)
check('%d', 1e20)
check('%*s', (2 ** 70, 'a'))
