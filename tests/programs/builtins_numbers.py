# chr, ord, divmod, pow, round, abs, min, max, sum


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(chr(65), chr(0x7f) == '\x7f', chr(233), chr(0x20ac), chr(0x1F600), chr(0x10FFFF) != '')
print(ord('A'), ord('\n'), ord('é'), ord('€'), ord('😀'), ord(chr(0x10FFFF)))
print([ord(c) for c in 'hé€'], ''.join([chr(c) for c in [104, 233, 8364]]))
for c in [0, 127, 128, 2047, 2048, 65535, 65536, 1114111]:
    print(c, ord(chr(c)) == c, end='; ')
print()
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5), divmod(10 ** 20, 7), divmod(-10 ** 20, 7))
print(divmod(True, 2), divmod(2 ** 64, 2 ** 32), divmod(5, 2 ** 70))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(2, 0.5), pow(-2, 3), pow(0, 0), pow(2, 100))
print(pow(2, 10, 7), pow(-2, 3, 7), pow(2, 3, -7), pow(3, -1, 7), pow(10 ** 20, 2, 10 ** 9 + 7))
print(pow(5, -2, 13), pow(7, 0, 1), pow(7, 0, 5), pow(2, 10 ** 4, 10 ** 9), pow(-3, -3, 11))
print(pow(base=2, exp=10), pow(2, 10, mod=7), pow(2, exp=5), pow(2, 3, None))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(-0.5), round(2.6))
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1.0005, 3), round(-1.25, 1))
print(round(123.456, -1), round(123.456, -2), round(155.0, -1), round(1e20), round(1.5e300, -300))
print(round(1234, -2), round(1250, -2), round(-1250, -2), round(1350, -2), round(5, 0), round(5, 2))
print(round(25, -1), round(35, -1), round(-35, -1), round(10 ** 30 + 5 * 10 ** 9, -10), round(4, -1))
print(round(True), round(True, 2), round(number=2.5), round(2.567, ndigits=2), round(2.5, None))
print(type(round(5.0, 0)).__name__, round(5.5, 0), round(-0.0), round(-0.4, 0), round(1e308, -400))
print(round(float('inf'), 2), round(float('nan'), 1), round(1.23456789, 10), round(1.5, 400))
print(abs(-5), abs(5), abs(-2.5), abs(-10 ** 30), abs(True), abs(-0.0))
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max('hello'), min('b', 'a', 'c'))
print(min([3, 1, 2], key=lambda x: -x), max([], default=None), max([1, 2], key=None))
print(min((1, 'a'), (1, 'b')), max([[1, 2], [1, 3]]), min([], default='empty'))
print(max([1, 1.0, True]), min([1.0, 1, True]), max(['a', 'bb', 'cc'], key=len))
print(min(iter([5, 3, 9])), max(range(10)), max({'a': 1, 'z': 0}), min({3: 'x', 1: 'y'}))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([], start=[]), sum([[1], [2]], []))
print(sum(range(101)), sum([1.5, 2]), sum([10 ** 20, 10 ** 20]), sum((True, True)), sum([], 5))
print(sum(x * x for x in range(4)) if False else sum([x * x for x in range(4)]), sum([1], start=2))


class Money:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.v + other)
        return Money(self.v + other.v)

    def __radd__(self, other):
        return Money(self.v + other)

    def __round__(self, n=None):
        return 'rounded ' + str(n)

    def __abs__(self):
        return 'abs!'

    def __divmod__(self, other):
        return ('divmod', other)

    def __rdivmod__(self, other):
        return ('rdivmod', other)

    def __pow__(self, other, mod=None):
        return ('pow', other, mod)

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return 'Money(' + repr(self.v) + ')'


print(sum([Money(1), Money(2)]), sum([Money(1)], Money(5)), round(Money(1)), round(Money(1), 3))
print(abs(Money(1)), divmod(Money(1), 2), divmod(2, Money(1)), pow(Money(1), 2, 3), pow(Money(2), 3))
print(min(Money(3), Money(1)), max([Money(3), Money(7)]))

attempt(lambda: chr(-1))
attempt(lambda: chr(0x110000))
attempt(lambda: chr('a'))
attempt(lambda: chr(1.5))
attempt(lambda: chr())
attempt(lambda: ord('ab'))
attempt(lambda: ord(''))
attempt(lambda: ord('éa'))
attempt(lambda: ord(1))
attempt(lambda: divmod(1, 0))
attempt(lambda: divmod(1.0, 0))
attempt(lambda: divmod(1, 0.0))
attempt(lambda: divmod('a', 1))
attempt(lambda: divmod(1))
attempt(lambda: pow(1))
attempt(lambda: pow())
attempt(lambda: pow(1, 2, 3, 4))
attempt(lambda: pow(2, 3, 0))
attempt(lambda: pow(2.0, 3, 5))
attempt(lambda: pow(2, -1, 4))
attempt(lambda: pow(2, 3, 'a'))
attempt(lambda: pow('a', 2))
attempt(lambda: pow(0, -1))
attempt(lambda: pow(2, 3, x=1))
attempt(lambda: pow(2, base=3))
attempt(lambda: round())
attempt(lambda: round('a'))
attempt(lambda: round(1.5, 'a'))
attempt(lambda: round(1, 2, 3))
attempt(lambda: round(1, x=1))
attempt(lambda: round(float('inf')))
attempt(lambda: round(float('nan')))
attempt(lambda: round(1.7e308, -308))
attempt(lambda: abs('a'))
attempt(lambda: abs())
attempt(lambda: min())
attempt(lambda: min(1))
attempt(lambda: min([]))
attempt(lambda: max([]))
attempt(lambda: min(1, 2, default=3))
attempt(lambda: min([1], foo=1))
attempt(lambda: max(key=len))
attempt(lambda: min([1, 'a']))
attempt(lambda: max([1, 2], key=1))
attempt(lambda: sum())
attempt(lambda: sum(['a'], ''))
attempt(lambda: sum(['a', 'b']))
attempt(lambda: sum([1], 2, 3))
attempt(lambda: sum([1], 2, start=3))
attempt(lambda: sum(1))
attempt(lambda: sum([1], foo=1))
