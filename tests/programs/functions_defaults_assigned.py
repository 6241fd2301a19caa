# f.__defaults__ and f.__kwdefaults__ assigned: the calls use them
def f(a, b=1): return a, b
f.__defaults__ = (10, 20); print(f(), f.__defaults__)
f.__defaults__ = None; print(f.__defaults__)
try: f()
except TypeError as e: print(e)
def g(*, k=1, m=2): return k, m
g.__kwdefaults__ = {'k': 20}; print(g(m=0), g.__kwdefaults__)
try: g()
except TypeError as e: print(e)
try: f.__defaults__ = [1]
except TypeError as e: print(e)
try: g.__kwdefaults__ = 3
except TypeError as e: print(e)
import functools
def h(x, y=0): return x + y
h.__defaults__ = (5,); print(h(1), functools.partial(h, 2)())
