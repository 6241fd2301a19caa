# A builtin function's __module__ names the module that holds it; a builtin bound to
# its object has None; each builtin exception class's __new__ checks the class it is
# given, as CPython's do.
import math
print(len.__module__, print.__module__, math.sqrt.__module__, math.floor.__module__)
print([].append.__module__, 'x'.join.__module__)
print(getattr(abs, '__module__'), abs.__qualname__, math.floor.__name__)

for base, other in [(ValueError, KeyError), (OSError, ValueError), (KeyError, LookupError),
                    (Exception, int), (FileNotFoundError, OSError),
                    (FileNotFoundError, ValueError)]:
    try:
        base.__new__(other)
        print(base.__name__, other.__name__, 'accepted')
    except TypeError as e:
        print('TypeError', e)
print(type(KeyError.__new__(KeyError, 'k')).__name__, LookupError.__new__(KeyError).args)
print(OSError.__new__(FileNotFoundError, 2, 'x').__class__.__name__)
print('__new__' in ValueError.__dict__, '__new__' in BaseException.__dict__)


class Mine(ValueError):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.made = True
        return self


e = Mine(1, 2)
print(repr(e), e.made, e.args, isinstance(e, ValueError))
