# __import__ and the name attribute of the ImportErrors import raises
m = __import__("math")
print(m.sqrt(4))
try:
    import nope
except ImportError as e:
    print(e.name, type(e).__name__, e.path, e)
try:
    import os.nope
except ModuleNotFoundError as e:
    print(e.name, e)
try:
    from math import nope
except ImportError as e:
    print(e.name, type(e).__name__)
try:
    import nope.sub
except ModuleNotFoundError as e:
    print(e.name)
e = ImportError('custom')
print(e.name, e.path, e.args)
c = __import__('collections.abc')
print(c.__name__, hasattr(c, 'abc'))
c2 = __import__('collections', fromlist=['abc'])
print(c2.__name__, c2.abc.__name__)
p = __import__('os.path', fromlist=['join'])
print(p.__name__ in ('posixpath', 'os.path'), p.join('a', 'b'))
print(__import__('sys', globals(), locals(), [], 0).__name__)
for args in [('',), (5,), ('nope2',), ('math', None, None, (), 1), ('math', None, None, (), -1)]:
    try:
        __import__(*args)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'name', '-'))
import builtins
