# classes: polymorphism through a list of subclass instances, abstract methods, template method, overriding
import math


class Shape:
    sides = 0

    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")

    def describe(self):
        # template method: calls the overridden parts
        return "%s with %d sides, area %.2f, %s" % (self.name(), self.sides, self.area(), self.extra())

    def name(self):
        return type(self).__name__.lower()

    def extra(self):
        return "plain"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def extra(self):
        return "radius %g" % self.r


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

    def extra(self):
        return "side %d" % self.w


class Triangle(Shape):
    sides = 3

    def __init__(self, a, b, c):
        self.a, self.b, self.c = a, b, c

    def area(self):
        s = (self.a + self.b + self.c) / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

    def name(self):
        return "tri"


shapes = [Circle(1), Rect(2, 3), Square(4), Triangle(3, 4, 5), Circle(0.5)]
for s in shapes:
    print(s.describe())
print("total %.4f" % sum([s.area() for s in shapes]))
print([type(s).__name__ for s in sorted(shapes, key=lambda s: s.area())])
print(max(shapes, key=lambda s: s.sides).name(), len([s for s in shapes if isinstance(s, Rect)]))
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)


class Animal:
    def __init__(self, name):
        self.name = name

    def sound(self):
        return "?"

    def speak(self, times=1):
        return self.name + ": " + " ".join([self.sound()] * times)


class Dog(Animal):
    def sound(self):
        return "woof"


class Cat(Animal):
    def sound(self):
        return "meow"

    def speak(self, times=1):
        return super().speak(times) + " (ignores you)"


class Kitten(Cat):
    def sound(self):
        return "mew"


zoo = [Dog("rex"), Cat("tom"), Kitten("kit"), Animal("thing")]
for i, a in enumerate(zoo):
    print(a.speak(i + 1))
by_class = {}
for a in zoo:
    by_class.setdefault(type(a).__mro__[1].__name__, []).append(a.name)
print(by_class)
