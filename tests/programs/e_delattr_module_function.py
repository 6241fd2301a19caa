# del of attributes set on a module and on a function; deleting a missing one
import sys
import math


def f():
    return 1


sys.gclab_test_attr = 41
print(sys.gclab_test_attr + 1)
del sys.gclab_test_attr
print(hasattr(sys, 'gclab_test_attr'))
try:
    del sys.gclab_test_attr
except AttributeError as e:
    print('AttributeError:', e)

f.tag = 'tagged'
print(f.tag)
del f.tag
print(hasattr(f, 'tag'))
try:
    del f.tag
except AttributeError as e:
    print('AttributeError:', e)

saved = math.pi
del math.pi
try:
    print(math.pi)
except AttributeError as e:
    print('AttributeError:', e)
math.pi = saved
print(math.pi)
delattr(sys, 'nope') if hasattr(sys, 'nope') else print('no nope')
