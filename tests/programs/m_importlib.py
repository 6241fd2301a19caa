import importlib, sys
m = importlib.import_module('math')
print(m.sqrt(16), m is sys.modules['math'], importlib.import_module('collections.abc').Sequence.__name__)
for name in ['json', 'heapq']:
    mod = importlib.import_module(name)
    print(mod.__name__)
try:
    importlib.import_module('no_such_module_xyz')
except ImportError as e:
    print(type(e).__name__, e)
print(importlib.reload(m) is m)
importlib.invalidate_caches()
try:
    importlib.import_module('.x')
except TypeError as e:
    print(e)
