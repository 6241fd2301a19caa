# __slots__: member descriptors in the class dict, their __get__/__set__/__delete__,
# unset slots, inheritance with and without __slots__, __dict__ in __slots__.
import types


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x):
        self.x = x


p = Point(1)
print(Point.x, Point.y)
print(type(Point.x).__name__, type(Point.x) is types.MemberDescriptorType)
print(Point.__dict__['x'] is Point.x, Point.__slots__, Point.__dict__['__slots__'])
print(Point.x.__name__, Point.x.__qualname__, Point.x.__objclass__ is Point)
print(p.x, Point.x.__get__(p), Point.x.__get__(p, Point), Point.x.__get__(None, Point))
print(hasattr(p, 'x'), hasattr(p, 'y'), hasattr(Point, 'y'))
try:
    p.y
except AttributeError as e:
    print('get:', e)
try:
    Point.y.__get__(p)
except AttributeError as e:
    print('__get__:', e)
try:
    del p.y
except AttributeError as e:
    print('del:', repr(e))
Point.y.__set__(p, 5)
print(p.y)
Point.y.__delete__(p)
print(hasattr(p, 'y'))
try:
    Point.y.__delete__(p)
except AttributeError as e:
    print('__delete__:', repr(e))
try:
    p.z = 3
except AttributeError as e:
    print('set:', e)
try:
    vars(p)
except TypeError as e:
    print('vars:', e)


class Other:
    pass


for call in (lambda: Point.x.__get__(Other()), lambda: Point.x.__set__(Other(), 1),
             lambda: Point.x.__delete__(Other())):
    try:
        call()
    except TypeError as e:
        print(e)


class Point3(Point):
    __slots__ = ('z',)


q = Point3(2)
q.z = 9
print(Point3.x, Point3.z, 'z' in Point3.__dict__, 'x' in Point3.__dict__)
print(q.x, q.z, Point3.z.__get__(q))
try:
    q.w = 1
except AttributeError as e:
    print(e)
try:
    Point3.z.__get__(p)
except TypeError as e:
    print(e)


class Free(Point):
    pass


f = Free(3)
f.extra = 'e'
f.y = 4
print(vars(f), f.x, f.y, Point.y.__get__(f))


class WithDict:
    __slots__ = ('a', '__dict__')


w = WithDict()
w.a = 1
w.b = 2
print(vars(w), w.a, WithDict.a)


class Fallback:
    __slots__ = ('a',)

    def __getattr__(self, name):
        return 'fallback ' + name


fb = Fallback()
print(fb.a)
fb.a = 'set'
print(fb.a)


class Mangled:
    __slots__ = ('__secret', 'plain')

    def __init__(self):
        self.__secret = 's'

    def reveal(self):
        return self.__secret


m = Mangled()
print(Mangled._Mangled__secret, m.reveal(), sorted(k for k in Mangled.__dict__ if 'e' in k and not k.startswith('__')))


class Overridden(Point):
    x = 'class attribute'


print(Overridden.x, Overridden.y)
print(sorted(n for n in dir(Point) if not n.startswith('_')))

# __weakref__: only classes whose __slots__ (or a base's) name it, or that have a __dict__
import weakref


class NoRef:
    __slots__ = ('a',)


class WithRef:
    __slots__ = ('a', '__weakref__')


class SubNoSlots(NoRef):
    pass


class SubEmptySlots(NoRef):
    __slots__ = ()


for cls in (NoRef, WithRef, SubNoSlots, SubEmptySlots):
    obj = cls()
    try:
        ref = weakref.ref(obj)
        print(cls.__name__, ref() is obj, obj.__weakref__ is ref)
    except TypeError as e:
        print(cls.__name__, e)
    print(hasattr(obj, '__weakref__'))
print(WithRef().__weakref__)
