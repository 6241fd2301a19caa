# struct on large buffers: unpack_from, iter_unpack and pack_into read and write only
# the bytes of their fields (gclab once converted the whole buffer on every call), and
# pack in a loop, as benchmarks use it
import struct

SIZE = 1 << 20
buf = bytearray(SIZE)
for k in range(0, SIZE, 1 << 16):
    struct.pack_into('<iHd', buf, k, k - 70000, k & 0xffff, k / 3)
struct.pack_into('>q', buf, -8, -2)
total = 0
for k in range(0, SIZE, 1 << 16):
    i, h, d = struct.unpack_from('<iHd', buf, k)
    total += i + h
print(total, struct.unpack_from('<iHd', buf, 3 << 16), struct.unpack_from('>q', buf, -8))
data = bytes(buf)
s = struct.Struct('<Q')
print(sum(s.unpack_from(data, off)[0] for off in range(0, SIZE, 1 << 16)),
      s.unpack_from(data, offset=SIZE - 8))
for bad in [SIZE - 4, -SIZE - 1, -4]:
    try:
        s.unpack_from(data, bad)
    except struct.error as e:
        print('error', e)

parts = [struct.pack('<hI', i - 500, i * 7919) for i in range(200)]
blob = b''.join(parts)
pairs = list(struct.iter_unpack('<hI', blob))
print(len(blob), len(pairs), pairs[0], pairs[-1], sum(x for x, y in pairs),
      sum(y for x, y in pairs))
native = struct.Struct('@bqhd')
packed = [native.pack(i % 100 - 50, -i * 10 ** 12, i, i / 8) for i in range(60)]
print(native.size, packed[7].hex(), native.unpack(packed[59]))
floats = struct.pack('<%dd' % 100, *[k / 7 for k in range(100)])
print(struct.unpack_from('<3d', floats, 8 * 96), struct.unpack('<e', struct.pack('<e', 1 / 3)))
small = bytearray(16)
struct.pack_into('<2i', small, 4, 1, -1)
try:
    struct.pack_into('<2i', small, 0, 7, 2 ** 40)
except struct.error as e:
    print('error', e)
print(small.hex(), struct.calcsize('@b0i'), struct.pack('@b0i', 1))
