# abc: abstract base classes, abstractmethod
from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def name(self):
        pass

    def describe(self):
        return '%s with area %.2f' % (self.name(), self.area())

class Square(Shape):
    def __init__(self, side):
        super().__init__()
        self.side = side
    def area(self):
        return self.side * self.side
    def name(self):
        return 'square'

class Half(Shape):
    def area(self):
        return 0.5

try:
    Shape()
except TypeError as e:
    print('TypeError', e)
try:
    Half()
except TypeError as e:
    print('TypeError', e)
print(Square(3).describe(), isinstance(Square(2), Shape), issubclass(Square, ABC))
print(getattr(Shape.area, '__isabstractmethod__', False), getattr(Square.area, '__isabstractmethod__', False))
