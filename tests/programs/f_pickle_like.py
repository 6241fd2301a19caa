# pickle-like hand-written serializer using struct, recursive dispatch on type, memo for shared refs
import struct
import io


class Serializer:
    def __init__(self):
        self.out = io.BytesIO()
        self.memo = {}

    def dump(self, obj):
        self.save(obj)
        return self.out.getvalue()

    def write(self, tag, payload=b''):
        self.out.write(tag + payload)

    def save(self, obj):
        if id(obj) in self.memo and isinstance(obj, (list, dict)):
            self.write(b'R', struct.pack('<I', self.memo[id(obj)]))
            return
        t = type(obj)
        meth = getattr(self, 'save_' + t.__name__, None)
        if meth is None:
            raise TypeError('cannot serialize %s object' % t.__name__)
        meth(obj)

    def save_NoneType(self, obj):
        self.write(b'N')

    def save_bool(self, obj):
        self.write(b'T' if obj else b'F')

    def save_int(self, obj):
        if -2 ** 31 <= obj < 2 ** 31:
            self.write(b'i', struct.pack('<i', obj))
        else:
            raw = obj.to_bytes((obj.bit_length() + 8) // 8, 'little', signed=True)
            self.write(b'L', struct.pack('<H', len(raw)) + raw)

    def save_float(self, obj):
        self.write(b'f', struct.pack('<d', obj))

    def save_str(self, obj):
        raw = obj.encode('utf-8')
        self.write(b's', struct.pack('<I', len(raw)) + raw)

    def save_bytes(self, obj):
        self.write(b'b', struct.pack('<I', len(obj)) + obj)

    def save_tuple(self, obj):
        self.write(b't', struct.pack('<I', len(obj)))
        for x in obj:
            self.save(x)

    def save_list(self, obj):
        self.memo[id(obj)] = len(self.memo)
        self.write(b'l', struct.pack('<I', len(obj)))
        for x in obj:
            self.save(x)

    def save_dict(self, obj):
        self.memo[id(obj)] = len(self.memo)
        self.write(b'd', struct.pack('<I', len(obj)))
        for k, v in obj.items():
            self.save(k)
            self.save(v)


class Deserializer:
    def __init__(self, data):
        self.f = io.BytesIO(data)
        self.memo = []

    def read(self, fmt):
        size = struct.calcsize(fmt)
        return struct.unpack(fmt, self.f.read(size))

    def load(self):
        tag = self.f.read(1)
        if tag == b'N':
            return None
        if tag in b'TF':
            return tag == b'T'
        if tag == b'i':
            return self.read('<i')[0]
        if tag == b'L':
            (n,) = self.read('<H')
            return int.from_bytes(self.f.read(n), 'little', signed=True)
        if tag == b'f':
            return self.read('<d')[0]
        if tag == b's':
            (n,) = self.read('<I')
            return self.f.read(n).decode('utf-8')
        if tag == b'b':
            (n,) = self.read('<I')
            return self.f.read(n)
        if tag == b't':
            (n,) = self.read('<I')
            return tuple(self.load() for _ in range(n))
        if tag == b'l':
            (n,) = self.read('<I')
            lst = []
            self.memo.append(lst)
            for _ in range(n):
                lst.append(self.load())
            return lst
        if tag == b'd':
            (n,) = self.read('<I')
            d = {}
            self.memo.append(d)
            for _ in range(n):
                k = self.load()
                d[k] = self.load()
            return d
        if tag == b'R':
            (i,) = self.read('<I')
            return self.memo[i]
        raise ValueError('bad tag %r at %d' % (tag, self.f.tell() - 1))


shared = [1, 2]
data = {'ints': [0, -1, 2 ** 31, -2 ** 70, 123456789], 'floats': (1.5, -0.0, 1e300, float('inf')),
        'text': 'héllo ☃', 'raw': b'\x00\xff', 'flags': [True, False, None], 'shared': [shared, shared],
        (1, 'k'): 'tuple key', 'nested': {'deep': {'deeper': [[], {}]}}}
blob = Serializer().dump(data)
print(len(blob), blob[:24].hex(), blob[-8:])
back = Deserializer(blob).load()
print(back == data, back['shared'][0] is back['shared'][1], back[(1, 'k')], back['floats'], back['text'])
cyc = [1]
cyc.append(cyc)
cb = Deserializer(Serializer().dump(cyc)).load()
print(cb[1] is cb, cb[0])
try:
    Serializer().dump({1, 2})
except TypeError as e:
    print('TypeError:', e)
try:
    Deserializer(b'?').load()
except ValueError as e:
    print('ValueError:', e)
print(struct.pack('>hHiIqQ', -1, 65535, -2, 7, -3, 2 ** 64 - 1).hex(), struct.unpack('<3sx?', b'abc\x00\x01'), struct.calcsize('@ihd'), struct.calcsize('=ihd'))
print(struct.pack('<f', 0.1), struct.unpack('<f', struct.pack('<f', 0.1))[0], struct.pack('!e', 1.5), struct.unpack('>2H', b'\x00\x01\x00\x02'))
s = struct.Struct('<IH')
buf = bytearray(12)
s.pack_into(buf, 2, 1, 2)
print(s.size, s.format, bytes(buf), s.unpack_from(buf, 2), list(s.iter_unpack(b'\x01\x00\x00\x00\x02\x00' * 2)))
try:
    struct.pack('<h', 40000)
except struct.error as e:
    print('struct.error:', e)
try:
    struct.unpack('<I', b'ab')
except struct.error as e:
    print('struct.error:', e)
