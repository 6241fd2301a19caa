# isinstance/issubclass with tuples and builtins, hasattr/getattr default/setattr, type names
class Animal:
    legs = 4
class Dog(Animal):
    pass
class Bird(Animal):
    legs = 2
d, b = Dog(), Bird()
print(isinstance(d, Animal), isinstance(d, (Bird, Dog)), isinstance(d, (int, str)), isinstance(b, ()))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, (int, Animal)), issubclass(Dog, Dog))
print(isinstance(1, (int, float)), isinstance(1.0, int), isinstance('s', str), isinstance([], (tuple, list)))
print(isinstance({}, dict), isinstance((), tuple), isinstance(None, type(None)), isinstance(True, (str, int)))
print(issubclass(bool, int), issubclass(int, object), issubclass(str, object), issubclass(Dog, object))
print(type(d).__name__, type(d) is Dog, type(d) == Animal, type(1).__name__, type('').__name__)
print([type(v).__name__ for v in [1, 1.0, 'a', [], (), {}, None, True, range(1), len, Dog]])
print(hasattr(d, 'legs'), hasattr(d, 'wings'), getattr(b, 'legs'), getattr(d, 'wings', 0), getattr(Dog, 'legs'))
setattr(d, 'name', 'Rex')
setattr(d, 'legs', 3)
print(d.name, d.legs, Dog.legs, getattr(d, 'name', None), hasattr(Dog, 'name'))
attr = 'dynamic'
setattr(Bird, attr, 'on class')
print(b.dynamic, getattr(b, attr))
try:
    getattr(d, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    isinstance(d, 'Dog')
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(d, Dog)
except TypeError as e:
    print('TypeError:', e)
try:
    getattr(d, 5)
except TypeError as e:
    print('TypeError:', e)
print(callable(len), callable(Dog), callable(d), callable(lambda: 0), callable('str'))
