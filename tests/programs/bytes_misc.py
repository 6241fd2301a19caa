# bytes and bytearray with the rest of the language: types, print, copy, struct, dunders
import copy
import struct

print(b'x')
print(bytearray(b'y'), b'', sep='|')
print(f'{b"ab"}', '%s %r' % (b'c', bytearray(b'd')), str(b'e'), repr(b'f'), format(b'g'))
print([b'a', bytearray(b'b')], (b'c',), {b'k': bytearray(b'v')})
print(type(b'') is bytes, type(bytearray()) is bytearray, isinstance(b'', object),
      issubclass(bytes, object), issubclass(bytearray, bytes), bytes.__mro__)
print(callable(bytes), bytes.fromhex('41'), bytearray.fromhex('42'))
print(bytes.__add__(b'a', b'b'), b'a'.__mul__(3), b'%d'.__mod__(4), b'x'.__rmul__(2))
print(bytes.__len__(b'abc'), bytearray.__getitem__(bytearray(b'xyz'), 1),
      bytes.upper(b'abc'), bytearray.upper(bytearray(b'q')))
try:
    bytes.upper('abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytearray.append(b'x', 1)
except TypeError as e:
    print(type(e).__name__, e)
for name in ['decode', 'hex', 'split', 'append']:
    print(name, hasattr(b'', name), hasattr(bytearray(), name))

# copy
ba = bytearray(b'ab')
c = copy.copy(ba)
d = copy.deepcopy([ba, b'x'])
c.append(1)
print(ba, c, d, d[0] is ba, copy.copy(b'q'), copy.deepcopy(b'r'))

# struct
packed = struct.pack('<hBi', -2, 7, 70000)
print(packed, type(packed).__name__, len(packed))
print(struct.unpack('<hBi', packed), struct.unpack('>H', bytearray(b'\x01\x02')))
print(struct.pack('4s', b'ab'), struct.unpack('2s', b'xy'), struct.pack('c', b'z'))
try:
    struct.unpack('b', 'a')
except TypeError as e:
    print(type(e).__name__, e)

# bytes in containers and algorithms
words = b'the quick brown fox jumps over the lazy dog'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()), max(words, key=len), sorted(words)[:3])
print(b' '.join(sorted(set(words))), sum(b'abc'), min(b'xyz'), list(reversed(b'ab')))
print(list(enumerate(b'hi')), list(zip(b'ab', bytearray(b'cd'))), b'abc'[1:][0])
out = bytearray()
for i in range(5):
    out += str(i).encode()
    out.append(44)
print(out, out.decode(), bytes(out), out.rstrip(b','))


def checksum(data):
    s = 0
    for byte in data:
        s = (s * 31 + byte) & 0xFFFFFFFF
    return s


print(checksum(b'hello'), checksum(bytearray(b'hello')), checksum('héllo'.encode()))
