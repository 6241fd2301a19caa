import pickle, io
class Point:
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return 'Point(%r, %r)' % (self.x, self.y)
    def __eq__(self, o): return type(o) is Point and (self.x, self.y) == (o.x, o.y)
class Empty:
    pass
class WithState:
    def __init__(self): self.a = 1; self.cache = {'big': 1}
    def __getstate__(self): return {'a': self.a}
    def __setstate__(self, st): self.__dict__.update(st); self.cache = 'rebuilt'
class Custom:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (Custom, (self.v * 10,))
data = {'a': [1, 2.5, 'x', (3, None)], 'b': {1, 2}, 'c': b'xy', 'd': -70000, 'e': 2 ** 80, 'f': True, 'g': False,
        'h': 'é☃', 'i': (), 'j': (1,), 'k': (1, 2, 3, 4), 'l': frozenset([7]), 'm': -1, 'n': -129, 'o': 2 ** 31, 'p': -2 ** 31 - 1,
        'q': 255, 'r': 256, 's': 65536, 't': 0.1, 'u': [], 'v': {}, 'w': bytearray(b'ba'), 'x': -(2 ** 100), 'y': 'z' * 300}
for proto in (2, 3, 4, 5):
    s = pickle.dumps(data, proto)
    print(proto, len(s), pickle.loads(s) == data)
print(pickle.dumps(data))
print(pickle.dumps(data, 5))
print(pickle.dumps([Point(1, 2), Empty(), len, Point, None]))
shared = [1]
obj = [shared, shared, {'k': shared}]
back = pickle.loads(pickle.dumps(obj))
print(back, back[0] is back[1] is back[2]['k'], pickle.dumps(obj))
rec = [1]; rec.append(rec)
r2 = pickle.loads(pickle.dumps(rec)); print(r2[1] is r2, pickle.dumps(rec))
d = {}; d['self'] = d; d2 = pickle.loads(pickle.dumps(d)); print(d2['self'] is d2)
p = pickle.loads(pickle.dumps(Point(3, [4]))); print(p, type(p).__name__, p == Point(3, [4]))
w = pickle.loads(pickle.dumps(WithState())); print(w.a, w.cache, pickle.dumps(WithState()))
c = pickle.loads(pickle.dumps(Custom(4))); print(c.v, pickle.dumps(Custom(4)))
e = pickle.loads(pickle.dumps(ValueError('bad', 2))); print(repr(e), pickle.dumps(KeyError('k')))
print(pickle.dumps(1), pickle.dumps('ab', 2), pickle.dumps(None), pickle.dumps(3.5, 3), pickle.dumps((1, 2), 2))
buf = io.BytesIO()
pickle.dump({'first': 1}, buf); pickle.dump(['second'], buf)
buf.seek(0); print(pickle.load(buf), pickle.load(buf))
big = list(range(2500)); print(pickle.loads(pickle.dumps(big)) == big, len(pickle.dumps(big)), pickle.dumps(big)[:30])
bigd = {i: str(i) for i in range(1200)}; print(pickle.loads(pickle.dumps(bigd)) == bigd, len(pickle.dumps(bigd)))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
for bad in [b'', b'\x80\x04K', b'garbage']:
    try:
        pickle.loads(bad)
    except Exception as ex:
        print(type(ex).__name__, isinstance(ex, (pickle.UnpicklingError, EOFError)))
try:
    pickle.dumps(lambda: 0)
except (pickle.PicklingError, AttributeError) as ex:
    print('PicklingError', type(ex).__name__)
