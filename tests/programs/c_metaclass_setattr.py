# a metaclass's __setattr__ and __delattr__ run for class attribute stores and deletions
# (super() in them reaches type's), enum refuses to rebind or delete a member, and
# small builtins: type(None)(), object.__ne__ of builtins, __builtins__, sys attributes
import enum
import sys


class Meta(type):
    def __setattr__(cls, name, value):
        print('set', cls.__name__, name, value)
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)

    def __delattr__(cls, name):
        print('del', cls.__name__, name)
        super().__delattr__(name)


class K(metaclass=Meta):
    a = 1


K.b = 5
K.c = 'x'
print(K.a, K.b, K.c)
del K.b
print(hasattr(K, 'b'))
setattr(K, 'd', 3)
print(K.d)


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1


for action in ['del Color.RED', 'Color.RED = 2', 'Color.GREEN = 7']:
    try:
        exec(action)
    except AttributeError as e:
        print(action, '->', e)
Color.extra = 5
print(Color.extra, list(Color), Color.CRIMSON)
del Color.extra
print(hasattr(Color, 'extra'))

print(type(None)(), type(NotImplemented)(), type(...)())
try:
    type(None)(1)
except TypeError as e:
    print(e)
print(object.__ne__(1, 2), object.__ne__(1, 1), object.__eq__(1, 1), object.__eq__(1, 2))
print(__builtins__.__name__, '__builtins__' in globals(), __builtins__.len([1, 2]))
print(sys.maxunicode, sys.hexversion >> 16, sys.float_repr_style, bool(sys.executable))

# a module's __dict__: its namespace, written through
import math
import types
print(type(math.__dict__).__name__, 'pi' in math.__dict__, 'SimpleNamespace' in types.__dict__)
module_level = 1
print('module_level' in sys.modules[__name__].__dict__)
sys.modules[__name__].__dict__['added'] = 5
print(added)  # noqa: F821
