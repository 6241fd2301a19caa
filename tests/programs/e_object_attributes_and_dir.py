# What every object has from `object`, and what dir() lists for classes and instances
# (gclab has no pickling: __getstate__, __reduce__ and __reduce_ex__ are left out)
import weakref


class A:
    x = 1

    def __init__(self):
        self.y = 2


a = A()
for n in ['__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__',
          '__getattribute__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__',
          '__lt__', '__ne__', '__new__', '__repr__', '__setattr__', '__sizeof__', '__str__',
          '__subclasshook__', '__dict__', '__module__']:
    print(n, hasattr(a, n), hasattr(A, n), hasattr(object, n), hasattr(1, n), hasattr([], n))
print(hasattr(a, '__weakref__'), hasattr(object(), '__weakref__'))

hidden = {'__getstate__', '__reduce__', '__reduce_ex__'}
print([n for n in dir(object) if n not in hidden])
print([n for n in dir(A) if n not in hidden])
print([n for n in dir(a) if n not in hidden])
print(sorted(set(dir(object)) - set(dir(A))), sorted(set(dir(A)) - set(dir(a))))
print(sorted(set(dir(a)) - set(dir(A))))
print(set(dir(object)) <= set(dir(1)), set(dir(object)) <= set(dir([])))
print([n for n in dir(a) if not n.startswith('_')])

b = A()
print(b.__weakref__)
r = weakref.ref(b)
print(b.__weakref__ is r)


class S:
    __slots__ = ('a',)


class T(S):
    __slots__ = ()


class U(S):
    pass


print(hasattr(S(), '__weakref__'), hasattr(S(), '__dict__'), '__dict__' in dir(S),
      '__weakref__' in dir(S), '__dict__' in dir(T), '__dict__' in dir(U))
print(A.__subclasshook__(int), object().__lt__(1), object().__ge__(object()))
try:
    object() < object()
except TypeError as e:
    print(e)
print((1).__init__(), sorted((1).__dir__()) == dir(1), sorted(a.__dir__()) == dir(a))
print('mro' in dir(A), hasattr(a, 'mro'), hasattr(1, 'mro'), A.mro() == [A, object])
print((5).__doc__ == int.__doc__, [].__doc__ == list.__doc__)


class D:
    def __dir__(self):
        return ['b', 'a', 'c']


print(dir(D()))
