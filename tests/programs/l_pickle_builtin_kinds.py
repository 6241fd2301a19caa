# pickle of the builtin kinds without a __reduce__ of their own in gclab (complex, range,
# slice, Ellipsis, NotImplemented, bound methods, builtins bound to their object, methods
# of builtin types) and of nested classes before protocol 4, byte for byte as CPython.
import pickle
class Outer:
    class Inner:
        def __init__(self, v): self.v = v
        def __eq__(self, o): return self.v == o.v
    def m(self): return 1
for proto in range(2, 6):
    for obj in [1+2j, range(1, 10, 2), slice(1, 5), Outer.Inner(3), Outer().m, [1, (2, 3)], {'a': {1, 2}}, frozenset([1]), b'xy', bytearray(b'z'), Outer, len, 10**30, -1.5, None, True, ...]:
        try:
            r = pickle.loads(pickle.dumps(obj, proto))
            print(proto, type(r).__name__, r == obj if not callable(obj) else r.__name__ if hasattr(r, '__name__') else r())
        except Exception as e:
            print(proto, type(obj).__name__, 'ERR', type(e).__name__, e)
print(pickle.loads(pickle.dumps([].append, 4))(5), pickle.loads(pickle.dumps(str.join))('-', 'ab'))
import math
print(pickle.loads(pickle.dumps(math.sqrt, 2))(16.0), pickle.loads(pickle.dumps(NotImplemented)))
print(pickle.dumps(1+2j, 2) == pickle.dumps(1+2j, 2), pickle.dumps(range(3), 4))
print(pickle.dumps(Outer.Inner, 2))
print(pickle.dumps(slice(1, None), 3), pickle.dumps(..., 4), pickle.dumps(3j, 4))
