# array: the 'u' typecode (one-character strings) and arrays made from arrays of
# another typecode (their items converted, as CPython's).
import array
from array import array as A

a = A('u', 'hello')
print(a, a.itemsize, a.tounicode(), a[1], a[-1], len(a), a.count('l'), a.index('o'))
a.fromunicode(' w\u00e9')
a.append('!')
a[0] = 'H'
print(a, a.tobytes()[:8], list(a)[:3], a * 2 == A('u', a.tounicode() * 2))
b = A('u')
b.frombytes(A('u', 'xy').tobytes())
print(b, A('u', ['p', 'q']), A('u', 'ab') + A('u', 'c'), A('u', 'cab') > A('u', 'abc'))
print('bBuhHiIlLqQfd' == array.typecodes, A('u', '\U0001F600'))
for make in [lambda: A('u', [1]), lambda: A('u', 'ab').append('cd'), lambda: A('b', 'x'),
             lambda: A('b', A('u', 'x')), lambda: A('u', A('b', [1])),
             lambda: A('b').tounicode(), lambda: A('b').fromunicode('x'),
             lambda: A('u').fromunicode(b'x'), lambda: A('i', A('d', [1.5]))]:
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(A('d', A('i', [1, 2])), A('f', A('d', [0.1])), A('q', A('b', [-1])), A('i', A('d')),
      A('u', A('b')), A('H', A('B', [255])))
