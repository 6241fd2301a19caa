# with-statements whose items are in parentheses (Python 3.10), one per line, with a
# trailing comma; a parenthesized expression followed by as is still one item

class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print('enter', self.n); return self.n
    def __exit__(self, *a): print('exit', self.n)
with (CM(1) as a, CM(2) as b):
    print(a, b)
with (CM(3),
      CM(4) as d,):
    print(d)
with (CM(5)):
    print('five')
with (CM(6)) as e:
    print(e)
with CM(7) as f, (CM(8)) as g:
    print(f, g)
try:
    with (CM(9), CM(10)) as h:
        print('not reached')
except TypeError as exc:
    print(exc)
with (
    CM(11) as i,
    CM(12) as j
):
    print(i + j)
