# vars() at module level is the module's namespace; vars(obj) is obj.__dict__
alpha = 1
def helper():
    return 2
ns = vars()
print('alpha' in ns, 'helper' in ns, ns['alpha'], ns['helper']())
print('__name__' in ns, ns['__name__'])
class Point:
    kind = 'pt'
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(vars(p), sorted(vars(p)))
print(vars(Point)['kind'], 'kind' in vars(Point), '__init__' in vars(Point))
try:
    vars(5)
except TypeError as e:
    print('TypeError', e)
