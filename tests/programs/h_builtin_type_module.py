# __module__ of builtin types and exceptions is 'builtins' (user classes: their module).
import collections
import itertools

for t in [int, str, list, dict, type(None), object, type, ValueError, KeyError,
          BaseException, StopIteration, type(len), range, bool, float, bytes]:
    print(t.__name__, t.__module__)


class Mine(Exception):
    pass


print(Mine.__module__, collections.OrderedDict.__module__, itertools.count.__module__)
try:
    raise KeyError('k')
except Exception as e:
    print(type(e).__module__, type(e).__qualname__)
