# BaseException.__new__ (exception classes with their own __new__) and BaseException.__reduce__ (copy of exceptions)
e = ValueError.__new__(ValueError, 1, 2)
print(repr(e), e.args)
class MyE(Exception):
    def __new__(cls, *a):
        self = super().__new__(cls, *a)
        self.tag = 't'
        return self
m = MyE(5); print(repr(m), m.tag, m.args)
print(repr(Exception.__new__(KeyError, 'k')))
class E1(Exception):
    def __new__(cls, a, b): return super().__new__(cls, a)
print(E1(1, 2).args)
class E2(Exception):
    def __new__(cls, a, b): return super().__new__(cls, a)
    def __init__(self, a, b): super().__init__(b)
print(E2(1, 2).args)
class E3(ValueError):
    def __new__(cls, *args):
        if args and args[0] == 'other':
            return KeyError('redirected')
        return super().__new__(cls, *args)
print(repr(E3('x')), repr(E3('other')))
try:
    raise E3('raised')
except E3 as e:
    print("caught", repr(e), type(e).__mro__[1].__name__)
o = OSError.__new__(OSError, 2, 'No such file')
print(type(o).__name__, o.errno, o.strerror)
class Single(Exception):
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single('a') is Single('b'), Single().args)
import copy
e = ValueError(1, 'a'); e.extra = 5
c = copy.copy(e); print(type(c).__name__, c.args, getattr(c, 'extra', None), c is e)
d = copy.deepcopy(KeyError('k')); print(repr(d))
print(e.__reduce__())
print(ValueError('x').__reduce__())
print(OSError(2, 'nf').__reduce__())
class Custom(Exception):
    def __init__(self, code, msg='m'):
        super().__init__(code, msg)
        self.code = code
cc = copy.deepcopy(Custom(3)); print(type(cc).__name__, cc.args, cc.code)
print(Custom(4).__reduce__())
