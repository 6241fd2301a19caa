# dir() at module level and dir(obj) filtered to the public names
import math
top = 1
def fn():
    pass
print('top' in dir(), 'fn' in dir(), 'nothere' in dir(), dir() == sorted(dir()))
class Base:
    kind = 'b'
    def run(self):
        pass
class Shape(Base):
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
s = Shape('sq')
s.extra = 5
print([n for n in dir(s) if not n.startswith('_')])
print([n for n in dir(Shape) if not n.startswith('_')])
print('__init__' in dir(Shape), '__class__' in dir(s), '__dict__' in dir(s))
print([n for n in dir(math) if n in ('pi', 'sqrt', 'floor', 'zzz')])
print('append' in dir([]), 'keys' in dir({}), 'upper' in dir(''), 'split' in dir(str))
class Custom:
    def __dir__(self):
        return ['b', 'a', 'c']
print(dir(Custom()))
