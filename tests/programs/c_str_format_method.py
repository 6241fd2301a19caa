# str.format: positional, auto and explicit indexes, names, attribute and index fields, braces
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(3, 4)
print('{} {} {}'.format(1, 'a', [2]))
print('{0} {1} {0}'.format('x', 'y'), '{1}{0}'.format('a', 'b'))
print('{name} is {age}'.format(name='Bob', age=30), '{0} and {who}'.format('me', who='you'))
print('{0.x},{0.y}'.format(p), '{p.x}'.format(p=p), '{0[1]} {0[0]}'.format(['a', 'b']))
print('{d[key]} {d[2]}'.format(d={'key': 'v', 2: 'two'}), '{0[0][1]}'.format([[1, 2]]))
print('{{}} {{{0}}} {{x}}'.format(5), '{!r} {!s}'.format('q', 'q'), '{0!r:>6}'.format('q'))
print('{:>8}|{:<8}|{:^8}|{:*^9}|{:.>5}'.format('ab', 'ab', 'ab', 'ab', 7))
print('{:d}|{:5d}|{:<5d}|{:+d}|{: d}|{:05d}|{:,}|{:_}'.format(7, 7, 7, 7, 7, -7, 1234567, 1234567))
print('{:x}|{:X}|{:#x}|{:o}|{:#o}|{:b}|{:#b}|{:08b}'.format(255, 255, 255, 8, 8, 5, 5, 5))
print('{:.2f}|{:8.3f}|{:<8.1f}|{:e}|{:.2e}|{:%}|{:.1%}|{:,.2f}'.format(3.14159, 2.5, 2.25, 1234.5, 0.00012, 0.5, 0.1234, 1234567.891))
print('{:g}|{:g}|{:.3g}|{:10}|{:<10}|{}'.format(1.5, 1e20, 3.14159, 1.5, 1.5, 1e-7))
print('{:=+8}|{:=8}|{:0=8}'.format(42, -42, -3.5))
def attempt(t, *a, **k):
    try:
        print(repr(t.format(*a, **k)))
    except (IndexError, KeyError, ValueError, AttributeError) as e:
        print(repr(t), type(e).__name__ + ':', e)
attempt('{} {}', 1)
attempt('{2}', 1, 2)
attempt('{name}', x=1)
attempt('{0} {}', 1, 2)
attempt('{:d}', 'x')
attempt('{0.z}', p)
attempt('{', 1)
attempt('}', 1)
attempt('{:,x}', 5)
