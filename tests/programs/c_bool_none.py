# bool and None: truthiness of values, bool() conversions, None comparisons and identity
vals = [0, 1, -1, 0.0, 0.1, '', ' ', 'False', [], [0], (), (None,), {}, {0: 0}, None, range(0), range(1)]
for v in vals:
    print(repr(v), bool(v), not v)
print(True is True, bool(1) is True, bool() is False, None is None, type(None).__name__)
print(None == None, None != 0, None == False, [None] * 3, (None,))
print(str(True), repr(False), str(None), int(True) + int(False), True == 1.0)
print(isinstance(True, int), isinstance(1, bool), type(True).__name__, issubclass(bool, int))
try:
    None < 1
except TypeError as e:
    print('TypeError:', e)
try:
    None + 1
except TypeError as e:
    print('TypeError:', e)
try:
    x = None
    x()
except TypeError as e:
    print('TypeError:', e)
try:
    len(None)
except TypeError as e:
    print('TypeError:', e)
def f():
    pass
print(f(), f() is None)
x = None
print(x or 'default', x and 'never', 0 or None, '' or 0 or [] or 'last')
print(sorted([True, False, True, 0, 1]), max(False, 0), True + 0.5, str(True).upper())
