# struct: pack/unpack with byte orders, native alignment, floats, strings, errors
import struct

print(struct.calcsize('i'), struct.calcsize('@bhiq'), struct.calcsize('<bhiq'), struct.calcsize('@hd'),
      struct.calcsize('=lLd'), struct.calcsize('5s3p?x'), struct.calcsize('!HHI'))
p = struct.pack('<hHiIqQ', -2, 65535, -100000, 4000000000, -2 ** 62, 2 ** 64 - 1)
print(p, len(p))
print(struct.unpack('<hHiIqQ', p))
print(struct.pack('>I', 0x01020304), struct.pack('<I', 0x01020304), struct.pack('!h', -1))
print(struct.pack('@bhi', 1, 2, 3), struct.unpack('@bhi', struct.pack('@bhi', -1, -2, -3)))
for code in 'efd':
    for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 65504.0, 1e-5]:
        packed = struct.pack('<' + code, x)
        print(code, x, packed.hex(), struct.unpack('<' + code, packed)[0])
print(struct.pack('>d', 1e300), struct.unpack('<d', struct.pack('<d', 5e-324)))
print(struct.pack('<f', float('inf')), struct.unpack('>f', struct.pack('>f', -float('inf'))))
print(struct.pack('4s', b'ab'), struct.pack('3s', b'abcdef'), struct.pack('5p', b'hi'),
      struct.unpack('5p', struct.pack('5p', b'hello!')), struct.pack('?c', True, b'Z'))
print(struct.unpack('<h', b'\x01\x00'), struct.unpack('>h', b'\xff\xfe'), struct.unpack('<I', b'\xff\xff\xff\xff'))
s = struct.Struct('<2hd')
print(s.size, s.format, s.unpack(s.pack(7, -7, 0.5)))
rec = struct.pack('<3h', 10, 20, 30)
print(list(struct.iter_unpack('<h', rec)), struct.unpack_from('<h', rec, 2))
print(struct.pack('<h', 1) + struct.pack('<h', 2), struct.pack('<i', 1) == b'\x01\x00\x00\x00')
for fmt, args in [('<b', (200,)), ('@B', (-1,)), ('<h', (40000,)), ('>H', (-1,)), ('<i', (2 ** 31,)),
                  ('<q', (2 ** 63,)), ('i', ('x',)), ('ii', (1,)), ('c', (b'ab',)), ('z', ()),
                  ('<f', (1e40,)), ('<e', (70000.0,))]:
    try:
        print(struct.pack(fmt, *args))
    except (struct.error, OverflowError) as e:
        print(type(e).__name__, e)
for fmt, data in [('<i', b'\x01\x02'), ('<h', b'\x01\x02\x03')]:
    try:
        struct.unpack(fmt, data)
    except struct.error as e:
        print('error', e)
