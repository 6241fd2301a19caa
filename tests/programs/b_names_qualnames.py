# renaming: functools.wraps copies __name__/__qualname__; a function's and a class's
# __name__ can be assigned; nested and local classes have CPython's __qualname__ in
# their reprs and in an uncaught exception's report
import functools
def deco(f):
    @functools.wraps(f)
    def w(*a, **k): return f(*a, **k) + 1
    return w
class K:
    @deco
    def h(self, x):
        "doc h"
        return x
print(K().h(1), K.h.__name__, K.h.__qualname__, K.h.__doc__, K.h.__wrapped__.__name__)
def f(): pass
f.__name__ = 'renamed'
print(f.__name__, f.__qualname__)
class C: pass
C.__name__ = 'D'
print(C.__name__, C.__qualname__)
try:
    f.__name__ = 3
except TypeError as e:
    print('TypeError', e)
from collections import namedtuple
P = namedtuple('P', 'x y')
print(type(P(1, 2)).__name__, P.__name__)
class Outer:
    class Inner:
        class Deep:
            pass
    class Err(Exception):
        pass
def f():
    class Local:
        pass
    return Local
print(Outer.Inner, Outer.Inner.Deep.__qualname__, f(), f().__qualname__, f.__qualname__, Outer.Inner.__name__)
print(repr(Outer.Inner()).split(' object')[0])
raise Outer.Err('boom')
