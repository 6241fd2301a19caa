# Positional-only parameters (PEP 570): before the `/`, never bound by keyword.
def p(a, b, /, c, d=4, *, e=5):
    return (a, b, c, d, e)


print(p(1, 2, 3))
print(p(1, 2, c=3, e=6))
for call in (lambda: p(a=1, b=2, c=3), lambda: p(1, b=2, c=3), lambda: p(1, 2)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)


def q(a, /, **kw):
    return a, kw                    # a keyword named like a positional-only one is free


print(q(1, a=2))


class C:
    def m(self, x, /):
        return x


print(C().m(7))
try:
    C().m(x=7)
except TypeError as e:
    print('TypeError:', e)
for source in ('def f(/): pass', 'def f(a, /, b, /): pass', 'def f(*, a, /): pass'):
    try:
        compile(source, 'f', 'exec')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
print((lambda x, /, y: x + y)(1, y=2))
