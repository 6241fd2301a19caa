# sys.getsizeof and __sizeof__: the sizes are the plan's (docs/measuring.md), so what is
# printed is what holds on every plan and in CPython: sizes grow with what an object
# owns, a class's own __sizeof__ is asked, errors and the default as CPython.
import sys

empty_list = sys.getsizeof([])
print(isinstance(empty_list, int), empty_list > 0)
print(sys.getsizeof(list(range(1000))) - empty_list >= 8000)
print(sys.getsizeof('a' * 1000) - sys.getsizeof('') >= 1000)
print(sys.getsizeof(b'a' * 1000) - sys.getsizeof(b'') >= 1000)
print(sys.getsizeof(bytearray(1000)) - sys.getsizeof(bytearray()) >= 1000)
print(sys.getsizeof({i: i for i in range(1000)}) > sys.getsizeof({}))
print(sys.getsizeof(set(range(1000))) > sys.getsizeof(set()))
print(sys.getsizeof(tuple(range(100))) > sys.getsizeof(()))
print(sys.getsizeof(10 ** 1000) > sys.getsizeof(10 ** 10))
print(all(sys.getsizeof(x) > 0 for x in [0, 1.5, None, True, 2j, len, range(3), int]))
print([].__sizeof__() <= empty_list, (1, 2).__sizeof__() > 0)


class Point:
    def __init__(self):
        self.x = 1
        self.y = 2


print(sys.getsizeof(Point()) > 0, Point().__sizeof__() > 0)


class Sized:
    def __sizeof__(self):
        return 100


print(sys.getsizeof(Sized()) >= 100)


class Negative:
    def __sizeof__(self):
        return -1


class NotInt:
    def __sizeof__(self):
        return 'big'


class Raises:
    def __sizeof__(self):
        raise TypeError('no size')


for obj in [Negative(), NotInt(), Raises()]:
    try:
        sys.getsizeof(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sys.getsizeof(NotInt(), 7), sys.getsizeof(Raises(), default=-1))
try:
    sys.getsizeof(Negative(), 7)
except ValueError as e:
    print('default not used for', type(e).__name__)
try:
    sys.getsizeof()
except TypeError as e:
    print(e)


class MyList(list):
    pass


print(sys.getsizeof(MyList(range(100))) > sys.getsizeof(MyList()))
import sys
print(sys.getdefaultencoding())
