# raytrace-style: vectors, class hierarchy, float math, small image checksum
import math

EPSILON = 0.00001


class Vector(object):
    def __init__(self, initx, inity, initz):
        self.x = initx
        self.y = inity
        self.z = initz

    def __str__(self):
        return '(%s,%s,%s)' % (self.x, self.y, self.z)

    def __repr__(self):
        return 'Vector(%s,%s,%s)' % (self.x, self.y, self.z)

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def __add__(self, other):
        if other.isPoint():
            return Point(self.x + other.x, self.y + other.y, self.z + other.z)
        else:
            return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        other.mustBeVector()
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, factor):
        return Vector(factor * self.x, factor * self.y, factor * self.z)

    def dot(self, other):
        other.mustBeVector()
        return (self.x * other.x) + (self.y * other.y) + (self.z * other.z)

    def cross(self, other):
        other.mustBeVector()
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def negated(self):
        return self.scale(-1)

    def __eq__(self, other):
        return (self.x == other.x) and (self.y == other.y) and (self.z == other.z)

    def isVector(self):
        return True

    def isPoint(self):
        return False

    def mustBeVector(self):
        return self

    def mustBePoint(self):
        raise 'Vectors are not points!'

    def reflectThrough(self, normal):
        d = normal.scale(self.dot(normal))
        return self - d.scale(2)


Vector.ZERO = Vector(0, 0, 0)
Vector.RIGHT = Vector(1, 0, 0)
Vector.UP = Vector(0, 1, 0)
Vector.OUT = Vector(0, 0, 1)

assert Vector.RIGHT.reflectThrough(Vector.UP) == Vector.RIGHT
assert Vector(-1, -1, 0).reflectThrough(Vector.UP) == Vector(-1, 1, 0)


class Point(object):
    def __init__(self, initx, inity, initz):
        self.x = initx
        self.y = inity
        self.z = initz

    def __str__(self):
        return '(%s,%s,%s)' % (self.x, self.y, self.z)

    def __repr__(self):
        return 'Point(%s,%s,%s)' % (self.x, self.y, self.z)

    def __sub__(self, other):
        if other.isPoint():
            return Vector(self.x - other.x, self.y - other.y, self.z - other.z)
        else:
            return Point(self.x - other.x, self.y - other.y, self.z - other.z)

    def __add__(self, other):
        other.mustBeVector()
        return Point(self.x + other.x, self.y + other.y, self.z + other.z)

    def mustBeVector(self):
        raise TypeError('Points are not vectors!')

    def mustBePoint(self):
        return self

    def isVector(self):
        return False

    def isPoint(self):
        return True


class Sphere(object):
    def __init__(self, centre, radius):
        centre.mustBePoint()
        self.centre = centre
        self.radius = radius

    def __repr__(self):
        return 'Sphere(%s,%s)' % (repr(self.centre), self.radius)

    def intersectionTime(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.vector)
        discriminant = (self.radius * self.radius) - (cp.dot(cp) - v * v)
        if discriminant < 0:
            return None
        else:
            return v - math.sqrt(discriminant)

    def normalAt(self, p):
        return (p - self.centre).normalized()


class Halfspace(object):
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def __repr__(self):
        return 'Halfspace(%s,%s)' % (repr(self.point), repr(self.normal))

    def intersectionTime(self, ray):
        v = ray.vector.dot(self.normal)
        if v:
            return 1 / -v
        else:
            return None

    def normalAt(self, p):
        return self.normal


class Ray(object):
    def __init__(self, point, vector):
        self.point = point
        self.vector = vector.normalized()

    def __repr__(self):
        return 'Ray(%s,%s)' % (repr(self.point), repr(self.vector))

    def pointAtTime(self, t):
        return self.point + self.vector.scale(t)


Point.ZERO = Point(0, 0, 0)


def firstIntersection(intersections):
    result = None
    for i in intersections:
        candidateT = i[1]
        if candidateT is not None and candidateT > -EPSILON:
            if result is None or candidateT < result[1]:
                result = i
    return result


def render(w, h):
    objs = [Sphere(Point(1, 3, -10), 2), Sphere(Point(-2, 1, -8), 1.5), Halfspace(Point(0, 0, 0), Vector.UP)]
    eye = Point(0, 1.8, 10)
    fovRadians = math.pi * (45 / 2.0) / 180.0
    halfWidth = math.tan(fovRadians)
    halfHeight = 0.75 * halfWidth
    eyeVector = (Point(0, 3, 0) - eye).normalized()
    vpRight = eyeVector.cross(Vector.UP).normalized()
    vpUp = vpRight.cross(eyeVector).normalized()
    pixelWidth = halfWidth * 2 / (w - 1)
    pixelHeight = halfHeight * 2 / (h - 1)
    rows = []
    checksum = 0.0
    for y in range(h):
        row = []
        for x in range(w):
            xcomp = vpRight.scale(x * pixelWidth - halfWidth)
            ycomp = vpUp.scale(y * pixelHeight - halfHeight)
            ray = Ray(eye, eyeVector + xcomp + ycomp)
            hit = firstIntersection((o, o.intersectionTime(ray), ray) for o in objs)
            if hit is None:
                row.append(' ')
            else:
                o, t, r = hit
                p = r.pointAtTime(t)
                n = o.normalAt(p)
                light = max(0.0, n.dot(Vector(1, 1, 1).normalized()))
                checksum += light
                row.append(" .:-=+*#%@"[int(light * 9.999)])
        rows.append(''.join(row))
    return rows, checksum


rows, cs = render(32, 12)
for r in rows:
    print('|' + r + '|')
print('checksum %.8f' % cs)
print(Ray(Point.ZERO, Vector(3, 4, 0)))
print(str(Vector(1.5, 2, -0.0)), Sphere(Point(1, 2, 3), 0.5))
try:
    Point(1, 2, 3) + Point(1, 1, 1)
except TypeError as e:
    print('TypeError', e)
try:
    Vector.ZERO.mustBePoint()
except TypeError as e:
    print('TypeError', e)
