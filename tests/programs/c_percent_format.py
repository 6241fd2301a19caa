# %-formatting: d/i/s/r/f/x/o/e/c, width, precision, flags, tuples, dict mapping and errors
print('%d|%i|%s|%r' % (42, -7, 'hi', 'hi'))
print('%5d|%-5d|%05d|%+d|% d|%+05d' % (42, 42, 42, 42, 42, -42))
print('%f|%.2f|%.0f|%10.3f|%-10.1f|%+.1f' % (3.14159, 2.675, 2.5, 3.14159, -1.25, 1.0))
print('%x|%X|%#x|%o|%#o|%5x|%-5X|' % (255, 255, 255, 8, 8, 10, 10))
print('%e|%.2e|%E|%g|%g|%g' % (12345.678, 0.000123, 1e10, 0.0001, 1e-5, 123456789))
print('%s|%10s|%-10s|%.2s|%5.1s|' % ('abc', 'abc', 'abc', 'abc', 'abc'))
print('%s %s %s' % ([1, 2], (3,), {'a': 1}), '%r' % [None, 'x'], '%s' % (('t', 1),))
print('%c%c%c' % (72, 'i', 33), '100%%' % (), '%d%%' % 50, '%s' % 'single')
print('%(name)s is %(age)d, %(name)r' % {'name': 'Ada', 'age': 36})
print('%*d|%-*d|%.*f' % (6, 42, 6, 42, 2, 3.14159))
print('%d' % 3.99, '%d' % True, '%s' % True, '%f' % 1, '%x' % -255, '%i' % -0)
print('%s' % None, '%r' % 1.5, '%.3s' % 'abcdef', '%3d|%-3d|' % (12345, 12345))
def attempt(fmt, args):
    try:
        print(repr(fmt % args))
    except TypeError as e:
        print(repr(fmt), 'TypeError:', e)
    except ValueError as e:
        print(repr(fmt), 'ValueError:', e)
    except KeyError as e:
        print(repr(fmt), 'KeyError:', e)
attempt('%d %d', (1,))
attempt('%d', (1, 2))
attempt('%d', 'x')
attempt('%z', 1)
attempt('%(a)s', {'b': 1})
attempt('%s %s', 'ab')
attempt('no format', 5)
attempt('%', ())
attempt('%x', 1.5)
