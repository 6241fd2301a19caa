# function __module__, __globals__, __closure__ (cell_contents), __get__ (a decorator class
# binding through it); object.__format__ through super(); exec's class gets __module__
# 'builtins' from the builtins module's __name__
import functools
def outer():
    v = 5
    def inner():
        return v
    return inner
f = outer()
print(f.__module__, outer.__closure__, len(f.__closure__), f.__closure__[0].cell_contents)
print('outer' in f.__globals__, f.__globals__['__name__'])
class Deco:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls=None):
        return self.fn.__get__(obj, cls)
class K:
    @Deco
    def m(self):
        return 'm of K'
print(K().m(), K.__dict__['m'].fn.__get__(None, K) is K.__dict__['m'].fn)
def g(): pass
g.__module__ = 'elsewhere'
print(g.__module__)
@functools.wraps(outer)
def w(): pass
print(w.__module__, w.__name__)
class T:
    def __format__(self, spec):
        if spec == 'x':
            return 'custom'
        return super().__format__(spec)
print(format(T(), 'x'), format(T(), '').startswith('<__main__.T object'))
try:
    format(T(), 'y')
except TypeError as e:
    print(e)
ns = {}
exec('class A: pass', ns)
print(ns['A'].__module__, repr(ns['A']))
import builtins
print(builtins.__name__, object().__format__("").startswith("<object object at"))
