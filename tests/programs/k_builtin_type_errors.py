# type() with the wrong number of arguments; __class__ assignment on builtin instances


class B:
    pass


for args, kwargs in [((), {}), ((1, 2), {}), ((1,), {'x': 2}), ((1, 2, 3, 4), {})]:
    try:
        type(*args, **kwargs)
        print('no error')
    except TypeError as e:
        print('TypeError:', e)

print(type(5).__name__, type('N', (), {}).__name__)

for obj in [1, 'text', [1], (lambda: 0), {}, 2.5]:
    for new in [B, 5]:
        try:
            obj.__class__ = new
            print('assigned')
        except TypeError as e:
            print(type(obj).__name__, 'TypeError:', e)

class C:
    pass


c = C()
c.__class__ = B
print(type(c).__name__)
try:
    c.__class__ = int
except TypeError as e:
    print('TypeError:', e)
try:
    c.__class__ = 'B'
except TypeError as e:
    print('TypeError:', e)

for call in [lambda: issubclass(int, 5), lambda: isinstance(1, 5), lambda: issubclass(1, int),
             lambda: issubclass(bool, (str, 5)), lambda: isinstance(1, (str, 5))]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
