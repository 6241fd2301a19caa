# staticmethod/classmethod __get__, __call__ of functions and methods, with_traceback, AttributeError.name
class A:
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def c(cls): return cls.__name__
def f(a, b=2): return a + b
print(A.__dict__['s'].__get__(None, A)(4), A.__dict__['c'].__get__(None, A)(), A.__dict__['c'].__get__(A())())
print(hasattr(f, '__call__'), f.__call__(1), f.__call__(1, b=5), A().c.__call__(), len.__call__([1, 2]), callable(f))
e = ValueError('x')
print(e.with_traceback(None) is e, AttributeError('a').name, AttributeError('a').obj)
try:
    e.with_traceback(5)
except TypeError as t: print(t)
try:
    raise ValueError('y').with_traceback(None)
except ValueError as v: print(repr(v))
class Ae(AttributeError): pass
print(Ae('z').name)
