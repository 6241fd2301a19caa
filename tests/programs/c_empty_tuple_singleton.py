# () is one object: every empty tuple (literal, tuple(), slices, generators) is it, as in CPython
a = (); b = tuple([]); c = tuple(x for x in []); d = ()[:]; e = (1,)[1:]
print(a is b, b is c, c is d, d is e, tuple() is (), () == (), hash(()) == hash(tuple()))
class T(tuple): pass
t = T(); print(type(t).__name__, t == (), t is ())
import itertools; print(list(itertools.product()), list(zip()), divmod(7,2))
