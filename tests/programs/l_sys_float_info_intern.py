# sys.float_info, sys.int_info, sys.version_info fields, sys.intern
import sys
print(sys.float_info.epsilon, sys.int_info.bits_per_digit)
print(sys.float_info)
print(sys.int_info)
print(sys.float_info.max, sys.float_info.min, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info[0], len(sys.float_info), tuple(sys.int_info))
print(1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
a = ''.join(['gclab_', 'interned'])
b = ''.join(['gclab_inte', 'rned'])
print(a == b, a is b, sys.intern(a) is sys.intern(b), sys.intern(a), sys.intern(a) is a)
d = {sys.intern('k' + str(i)): i for i in range(3)}
print(d)
for f in [lambda: sys.intern(1), lambda: sys.intern(), lambda: sys.intern('a', 'b')]:
    try: print(f())
    except TypeError as e: print(type(e).__name__, e)
class S(str): pass
try: print(sys.intern(S('x')))
except TypeError as e: print(type(e).__name__, e)
