# from m import *: __all__ or the public names, at module level only (SyntaxError
# elsewhere, as CPython)
from math import *
print(sqrt(16), pi > 3)
from statistics import *
print(mean([1, 2, 3]), median([5, 1, 3]))
from collections import *
print(Counter('aab').most_common(1), deque([1]))
try:
    exec('class C:\n    from string import *\n')
except SyntaxError as e:
    print('SyntaxError', e)
try:
    exec("def f():\n    from math import *\n")
except SyntaxError as e:
    print('SyntaxError', e)
