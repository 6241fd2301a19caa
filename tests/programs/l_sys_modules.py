# sys.modules: the imported modules; a module put there is what import finds, a
# deleted one is imported again
import sys
print(sys.modules['__main__'].__name__, 'sys' in sys.modules, type(sys.modules).__name__)
import json
print('json' in sys.modules, sys.modules['json'] is json)
mod = sys.modules[__name__]
mod.NEW = 5
print(NEW)
del sys.modules['json']
import json as j2
print(j2 is json)
