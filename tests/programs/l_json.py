# json (gclab/lib): dumps with every option (indent, separators, sort_keys,
# ensure_ascii, default, skipkeys, allow_nan, check_circular), key conversion, float
# reprs, loads with escapes, numbers, hooks and CPython's error messages.
import json

data = {'name': 'gclab', 'n': 3, 'pi': 3.14159, 'ok': True, 'no': False, 'none': None,
        'list': [1, 2.5, 'x', [], {}], 'tuple': (1, 2), 'nested': {'a': {'b': [None]}}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent=''))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, indent=3, separators=('; ', ' = ')))
print(json.dumps([[], {}, [[]], {'a': []}], indent=2))
print(json.dumps([]), json.dumps({}), json.dumps(()), json.dumps([[[]]]))

# scalars and floats
for v in [0, -0, 1, -17, 10 ** 30, -(10 ** 25), 0.0, -0.0, 1.0, 0.1, 1e16, 1e-7, 1.5e300,
          123456789.123, 2.0 ** 70, float('nan'), float('inf'), float('-inf'), True, False,
          None, '', 'plain']:
    print(repr(v), json.dumps(v))

# strings and escapes
samples = ['quote " backslash \\ slash /', 'ctl \n\r\t\b\f \x00 \x01 \x1f \x7f',
           'caf\u00e9 \u20ac \u4e2d\u6587', 'emoji \U0001F600 \U00010000 \U0010FFFF',
           '\u2028\u2029', 'tab\there']
for s in samples:
    print(json.dumps(s))
    print(json.dumps(s, ensure_ascii=False))
    print(json.loads(json.dumps(s)) == s, json.loads(json.dumps(s, ensure_ascii=False)) == s)

# keys
keys = {1: 'int', 2.5: 'float', True: 'bool', None: 'none', 'k': 'str', -3: 'neg',
        float('inf'): 'inf', 1e20: 'big'}
print(json.dumps(keys))
print(json.dumps({False: 0, 0.0: 1}))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))
try:
    json.dumps({(1, 2): 'tuple'})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({(1, 2): 'tuple', 'k': 1, frozenset(): 2}, skipkeys=True))
print(json.dumps({(1, 2): 'tuple'}, skipkeys=True))
try:
    json.dumps({1: 'a', 'b': 2}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)

# default, custom encoders
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

try:
    json.dumps([1, Point(1, 2)])
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps(b'bytes')
except TypeError as e:
    print('TypeError', e)
print(json.dumps([Point(1, 2), Point(3, 4)], default=lambda p: {'x': p.x, 'y': p.y}))
print(json.dumps({1, 2, 3}, default=sorted))


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return json.JSONEncoder.default(self, o)


print(json.dumps({'p': Point(5, 6)}, cls=PointEncoder))
print(PointEncoder(indent=1).encode([Point(0, 0)]))
try:
    json.dumps(object(), cls=PointEncoder)
except TypeError as e:
    print('TypeError', e)
enc = json.JSONEncoder(sort_keys=True, separators=(',', ':'))
print(enc.encode({'z': [1, 2], 'a': 'x'}), enc.encode('str\u00e9'), enc.encode(5))
print(''.join(enc.iterencode([1, {'b': None}])), list(json.JSONEncoder().iterencode(7)))
print(enc.item_separator, enc.key_separator, json.JSONEncoder.item_separator)

# allow_nan and check_circular
for v in [float('nan'), float('inf'), float('-inf')]:
    for kw in [{}, {'indent': 1}]:
        for o in [v, [v], {'k': v}, {v: 1}]:
            try:
                print(json.dumps(o, allow_nan=False, **kw))
            except ValueError as e:
                print('ValueError', e)
lst = [1, 2]
lst.append(lst)
try:
    json.dumps(lst)
except ValueError as e:
    print('ValueError', e)
d = {'a': 1}
d['self'] = [d]
try:
    json.dumps(d, indent=2)
except ValueError as e:
    print('ValueError', e)
shared = [1]
print(json.dumps([shared, shared, {'x': shared}]))


class Loop:
    pass


loop = Loop()
try:
    json.dumps(loop, default=lambda o: [o])
except ValueError as e:
    print('ValueError', e)


# dump/load with file-like objects
class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


sink = Sink()
json.dump({'a': [1, 2, {'b': None}], 'c': 'd'}, sink, indent=1, sort_keys=True)
text = ''.join(sink.parts)
print(text, len(sink.parts) > 1)
print(json.load(Source(text)))
sink = Sink()
json.dump([float('nan')], sink)
print(''.join(sink.parts))
try:
    json.dump([float('nan')], Sink(), allow_nan=False)
except ValueError as e:
    print('ValueError', e)

# loads: values
docs = ['{"a": 1, "b": [true, false, null], "c": {"d": "e"}}', '[]', '{}', ' [ 1 , 2 ] ',
        '"\\u00e9\\u20ac\\ud83d\\ude00"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\ud83d x"',
        '"\\ude00"', '"\\ud83d\\u0041"', '0', '-0', '-0.0', '12', '-12', '1.5', '1e3',
        '1E3', '1e-3', '1.5e+2', '-2.5E-2', '123456789012345678901234567890', '1e400',
        '-1e400', 'NaN', 'Infinity', '-Infinity', 'true', 'false', 'null', '\t\n\r 7 \n',
        '[1,[2,[3,[4,[]]]]]', '{"a":{"a":{"a":{}}}}', '{"x": 1, "x": 2}', '"caf\u00e9"',
        '["\U0001F600"]', '0.1', '2.5e-308', '[-1, -0.5, 0e0, 0E+1]', '"a\\u0000b"',
        '1.0000000000000002', '9007199254740993']
for doc in docs:
    print(repr(doc), repr(json.loads(doc)))
print(json.loads(b'{"bytes": [1, "\xc3\xa9"]}'), json.loads(bytearray(b'[2]')))
print(json.loads('"tab\there"', strict=False), json.loads('"x\ny"', strict=False))
print(json.loads('{"k": [1]}'.encode('utf-8')), json.loads(b'\xef\xbb\xbf[1, 2]'))
print(json.loads(b'[\x00"\x00a\x00"\x00]\x00'), json.loads(b'\x00[\x00"\x00\xe9\x00"\x00]'))
print(json.loads(b'\xff\xfe[\x001\x00]\x00'), json.loads(b'7\x00\x00\x00'))

# hooks
print(json.loads('{"a": 1, "b": 2}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_pairs_hook=lambda ps: ps))
print(json.loads('{"a": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
print(json.loads('[1.5, 2, 3e2]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('[1.25]', parse_float=str), json.loads('[10]', parse_int=float))
nan = json.loads('NaN')
print(nan != nan, json.loads('-Infinity') < 0)
dec = json.JSONDecoder(object_hook=lambda d: len(d))
print(dec.decode('[{"a": 1}, {}]'), dec.raw_decode('{"x": 0} tail'), dec.raw_decode('[1] [2]', 4))

# round trips
for v in [data, samples, keys, [1e-300, 1e300, 0.30000000000000004], {'': ''}]:
    print(json.loads(json.dumps(v)) == json.loads(json.dumps(json.loads(json.dumps(v)))))

# decode errors
bad = ['', ' ', '[', ']', '{', '}', '[1,]', '[1 2]', '{"a"}', '{"a" 1}', '{"a": }',
       '{"a": 1,}', '{"a": 1 "b": 2}', '{1: 2}', "{'a': 1}", '"abc', '"a\\', '"\\x"',
       '"\\u12"', '"\\u12G4"', '"\\ud800\\u12G4"', '"\\ud800\\u"', '"a\x01b"', '"a\nb"',
       'tru', 'nul', 'nan', 'inf', '-', '-x', '--1', '+1', '.5', '01', '1.', '1e', '1e+',
       '[1] x', '{}{}', '1 2', '[1,\n 2,\n x]', '{\n"a":\n}', 'True', 'None', '\ufeff[]',
       '\n\n  [\n  1,\n  @]', '[-]', '[1e5x]', '["\\u"]', '"\\', '[1, 2', '{"a": [1}']
for doc in bad:
    try:
        print(repr(doc), json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), 'JSONDecodeError:', e, '|', e.msg, e.pos, e.lineno, e.colno,
              e.doc == doc, isinstance(e, ValueError))
for doc in [5, None, [1]]:
    try:
        json.loads(doc)
    except TypeError as e:
        print('TypeError', e)
try:
    json.loads('{"a": 1}', object_hook=lambda d: d['missing'])
except KeyError as e:
    print('KeyError', e)
try:
    json.loads('[1] [2]')
except ValueError as e:
    print('ValueError', e, e.args)
e = json.JSONDecodeError('Custom', 'ab\ncd\nef', 7)
print(e, e.msg, e.pos, e.lineno, e.colno, e.args)
print(issubclass(json.JSONDecodeError, ValueError))
