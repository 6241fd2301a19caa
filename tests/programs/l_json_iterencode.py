# JSONEncoder.iterencode: a generator of CPython's chunks; json.dump writes them as they come
import json, io
data = {"a": [1, 2.5, None, True, "x\u00e9\n"], "b": {"c": [], "d": {}}, "e": (1, 2)}
enc = json.JSONEncoder()
it = enc.iterencode(data)
print(type(it).__name__ in ('generator', 'list_iterator', 'tuple_iterator') or type(it).__name__)
chunks = list(enc.iterencode(data))
print(len(chunks) > 1, ''.join(chunks) == json.dumps(data))
print(''.join(json.JSONEncoder(indent=2, sort_keys=True).iterencode(data)) == json.dumps(data, indent=2, sort_keys=True))
print(''.join(json.JSONEncoder(separators=(',', ':')).iterencode([1, {"k": 2}])))
print(list(json.JSONEncoder().iterencode("s")), list(json.JSONEncoder().iterencode(5)))
print(list(json.JSONEncoder().iterencode([1, [2, 3], {"a": None}])))
print(list(json.JSONEncoder(indent=1).iterencode({"a": [1, 2]})))
f = io.StringIO()
json.dump(data, f)
print(f.getvalue() == json.dumps(data), f.getvalue())
f = io.StringIO()
json.dump(data, f, indent=4, sort_keys=True, ensure_ascii=False)
print(f.getvalue())
print(json.JSONEncoder().encode(data) == json.dumps(data))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(''.join(E().iterencode({"s": {3, 1}})))
f = io.StringIO()
json.dump({"s": {2, 1}}, f, cls=E)
print(f.getvalue())
try:
    ''.join(json.JSONEncoder().iterencode({"x": object()}))
except TypeError as e:
    print(e)
print(list(json.JSONEncoder().iterencode(float('inf'))))
try:
    list(json.JSONEncoder(allow_nan=False).iterencode([float('nan')]))
except ValueError as e:
    print(e)
print(list(enc.iterencode({"k": 1}, _one_shot=True)))
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
json.dump({"a": [1, {"b": None}], "c": "d"}, w)
print(w.parts)
w = W()
try:
    json.dump({"a": 1, "b": object()}, w)
except TypeError as e:
    print(e, ''.join(w.parts))
g = json.JSONEncoder().iterencode([1, object()])
print(next(g))
try:
    next(g)
except TypeError as e:
    print(e)
l = [1]
l.append(l)
try:
    ''.join(json.JSONEncoder().iterencode(l))
except ValueError as e:
    print(e)
print(list(json.JSONEncoder(skipkeys=True).iterencode({2: 'x', 1.5: [], (1,): 3, None: True, 'z': 1e100})))
