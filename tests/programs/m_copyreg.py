# copyreg: reduction functions used by copy and pickle, helpers, extension registry
import copyreg
import copy
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.made = 'init'

    def __repr__(self):
        return 'Point(%r, %r, %s)' % (self.x, self.y, self.made)


def rebuild_point(x, y):
    p = Point(x, y)
    p.made = 'rebuilt'
    return p


def reduce_point(p):
    return rebuild_point, (p.x, p.y)


print(copy.copy(Point(1, 2)), copy.deepcopy(Point(1, [2])))
copyreg.pickle(Point, reduce_point)
print(Point in copyreg.dispatch_table)
print(copy.copy(Point(1, 2)), copy.deepcopy(Point(1, [2])))
p = pickle.loads(pickle.dumps(Point(3, 4)))
print(p)
print(pickle.dumps(Point(5, 6)) == pickle.dumps(Point(5, 6)), len(pickle.dumps(Point(5, 6))))
print(pickle.loads(pickle.dumps([Point(7, 8), Point(7, 8)])))
print(pickle.dumps(1 + 2j))
print(pickle.loads(pickle.dumps(complex(1.5, -2))))

try:
    copyreg.pickle(Point, 42)
except TypeError as e:
    print('TypeError', e)
try:
    copyreg.constructor(42)
except TypeError as e:
    print('TypeError', e)


class Plain:
    pass


class WithState:
    pass


obj = copyreg._reconstructor(Plain, object, None)
print(type(obj).__name__)
lst = copyreg._reconstructor(list, list, [1, 2, 3])
print(lst, type(lst).__name__)
print(copyreg.__newobj__(Point, ).__class__.__name__)


class KwNew:
    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self.got = (args, sorted(kwargs.items()))
        return self


print(copyreg.__newobj_ex__(KwNew, (1,), {'a': 1}).got, copyreg.__newobj__(KwNew, 2, 3).got)


class Slotted:
    __slots__ = ('a', '__b', '__dict__')


class MoreSlots(Slotted):
    __slots__ = 'c'


print(copyreg._slotnames(Slotted), copyreg._slotnames(MoreSlots), copyreg._slotnames(Plain))
print(MoreSlots.__slotnames__)

copyreg.add_extension('mod', 'name', 240)
print(copyreg._extension_registry, copyreg._inverted_registry)
copyreg.add_extension('mod', 'name', 240)
for args in [('mod', 'name', 241), ('mod', 'other', 240), ('m', 'n', 0)]:
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    copyreg.remove_extension('mod', 'name', 5)
except ValueError as e:
    print('ValueError', e)
copyreg.remove_extension('mod', 'name', 240)
print(copyreg._extension_registry, copyreg._inverted_registry)
copyreg.clear_extension_cache()
print(sorted(copyreg.__all__))
