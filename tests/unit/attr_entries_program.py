# Attribute loads, stores and method calls at the same sites while instances and
# classes change under them (run by test_attr_entries.py with the free-threaded
# builds' immutable cache entries turned on, and compared with python3).

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def total(points):
    s = 0
    for p in points:
        s += p.x + p.y + p.norm1()
    return s


def move(points, d):
    for p in points:
        p.x = p.x + d
        p.z = d


pts = [Point(i, -i) for i in range(50)]
print(total(pts))
move(pts, 3)
print(total(pts), pts[7].z)

# another layout at the same sites: attributes set in the other order
q = Point.__new__(Point)
q.y = 5
q.x = 6
pts.append(q)
print(total(pts))
move(pts, 1)
print(q.x, q.z, total(pts))

# an attribute deleted (the map changes under a remembered store)
del pts[3].z
move(pts, 1)
print(pts[3].z, pts[3].x, sorted(vars(pts[3])))

# an instance attribute shadows the method
pts[5].norm1 = lambda: 1000
print(total(pts))
del pts[5].norm1
print(total(pts))

# the method rebound on the class
Point.norm1 = lambda self: self.x * 2
print(total(pts))
del Point.norm1
try:
    total(pts)
except AttributeError as e:
    print('AttributeError', e)
Point.norm1 = lambda self: 1
print(total(pts))

# a data descriptor added to the class takes over x
def get_x(self):
    return 100
Point.x = property(get_x, lambda self, v: None)
print(total(pts))
move(pts, 1)
print(total(pts), pts[0].z)
del Point.x
print(total(pts))

# __getattribute__ on the class
Point.__getattribute__ = lambda self, name: 7 if name == 'x' else object.__getattribute__(self, name)
print(total(pts))
del Point.__getattribute__
print(total(pts))

# __dict__ assigned: the instance leaves the maps
pts[0].__dict__ = {'x': 1, 'y': 2}
print(total(pts))
move(pts, 1)
print(pts[0].__dict__)

# __class__ assigned
class Other:
    def norm1(self):
        return -1
pts[1].__class__ = Other
print(total(pts), type(pts[1]).__name__)
move(pts, 2)
print(total(pts))

# __setattr__ on the class
log = []
def logging_setattr(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)
Point.__setattr__ = logging_setattr
move(pts, 1)
print(len(log), total(pts))
del Point.__setattr__
move(pts, 1)
print(len(log), total(pts))

# many sites, many instances: the hits
acc = 0
for i in range(300):
    p = pts[i % len(pts)]
    p.x = i
    acc += p.x + p.norm1()
print(acc)

# the constructor changes under the remembered one
made = [Point(i, 1) for i in range(5)]
def init2(self, x, y):
    self.x = y
    self.y = x
Point.__init__ = init2
print([(p.x, p.y) for p in made], [(p.x, p.y) for p in [Point(i, 1) for i in range(5)]])
del Point.__init__
try:
    Point(1, 2)
except TypeError as e:
    print('TypeError', e)
print(type(Point()).__name__)
