# getattr, hasattr, setattr, delattr, callable, vars, isinstance, type


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


class Point:
    kind = 'point'

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    @property
    def broken(self):
        raise AttributeError('computed attribute missing')

    @property
    def failing(self):
        raise ValueError('not an attribute error')


p = Point(3, -4)
print(getattr(p, 'x'), getattr(p, 'kind'), getattr(p, 'z', 'default'), getattr(p, 'norm1')())
print(hasattr(p, 'x'), hasattr(p, 'z'), hasattr(p, 'norm1'), hasattr(p, 'broken'))
print(hasattr(Point, 'kind'), hasattr(Point, 'x'), hasattr(1, 'real') or True, hasattr([], 'append'))
setattr(p, 'z', 10)
print(p.z, getattr(p, 'z'))
delattr(p, 'z')
print(hasattr(p, 'z'), getattr(p, 'broken', 'fallback'))
setattr(Point, 'kind', 'changed')
print(p.kind, Point.kind)
print(vars(p), sorted(vars(p)))
print(callable(len), callable(p.norm1), callable(Point), callable(p), callable(1), callable(None))
print(callable(lambda: 0), callable(print), callable([].append), callable(map), callable('s'))


class Functor:
    def __call__(self, v):
        return v * 2


print(callable(Functor()), Functor()(21))
print(isinstance(p, Point), isinstance(1, (str, int)), isinstance(True, int), issubclass(bool, int))
print(type(p).__name__, type(map(len, [])).__name__, type(len).__name__, type(Point).__name__)
print(isinstance(map(len, []), map), isinstance(zip(), zip), isinstance(reversed([]), reversed))
print(isinstance(enumerate([]), enumerate), isinstance(filter(None, []), filter))

attempt(lambda: getattr(p))
attempt(lambda: getattr(p, 1))
attempt(lambda: getattr(p, 'missing'))
attempt(lambda: getattr(1, 'x'))
attempt(lambda: getattr(Point, 'nope'))
attempt(lambda: getattr(p, 'failing', None))
attempt(lambda: getattr(p, 'x', 1, 2))
attempt(lambda: hasattr(1))
attempt(lambda: hasattr(1, 2))
attempt(lambda: hasattr(p, 'failing'))
attempt(lambda: setattr(1, 'x', 2))
attempt(lambda: setattr(p, 2, 2))
attempt(lambda: setattr(p, 'x'))
attempt(lambda: delattr(1, 'x'))
attempt(lambda: delattr(p, 'nothing'))
attempt(lambda: delattr(p))
attempt(lambda: callable())
attempt(lambda: callable(1, 2))
attempt(lambda: vars(1))
attempt(lambda: vars(1, 2))
attempt(lambda: isinstance(1))
attempt(lambda: isinstance(1, 1))
attempt(lambda: getattr(p, 'x', default=1))
