# type() comparisons and __name__ on classes, builtins and instances
class Animal: pass
class Dog(Animal): pass


d = Dog()
print(type(d) is Dog, type(d) == Dog, type(d) is Animal, type(d) != Animal)
print(type(d).__name__, Dog.__name__, Animal.__name__, d.__class__.__name__)
print(type(Dog).__name__, type(type).__name__, type(type(d)) is type)
vals = [1, 2.5, "x", [1], (1,), {1: 2}, None, True, len, 10 ** 30]
print([type(v).__name__ for v in vals])
print(type(1) is int, type(True) is int, type(True) is bool, type(1.0) == float)
print(type("a") is type("b"), type([]) is type([1, 2]))


def func():
    pass


print(func.__name__, (lambda: 0).__name__, len.__name__)
Alias = Dog
print(Alias.__name__, Alias is Dog)
by_type = {}
for v in [1, "a", 2, "b", 3.0, [], 4]:
    by_type.setdefault(type(v).__name__, []).append(v)
print(sorted(by_type.items()))
print(type(int("5")).__name__, type(str(5)).__name__, type(5 / 1).__name__, type(5 // 1).__name__)
print(type(d.__class__) is type, d.__class__ is Dog)


class Meta:
    def kind(self):
        return type(self).__name__


class Sub(Meta):
    pass


print(Meta().kind(), Sub().kind())
