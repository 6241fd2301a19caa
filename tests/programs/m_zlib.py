# zlib: checksums, round trips, CPython-made streams (stored, fixed, dynamic Huffman),
# wbits variants, streaming objects and zlib's error messages.
import zlib

text = b'The quick brown fox jumps over the lazy dog. ' * 20 + bytes(range(200))
squares = ' '.join(str(i * i) for i in range(300)).encode()

print(zlib.crc32(b''), zlib.crc32(b'hello'), zlib.crc32(b' world', zlib.crc32(b'hello')))
print(zlib.adler32(b''), zlib.adler32(b'hello'), zlib.adler32(b' world', zlib.adler32(b'hello')))
print(zlib.adler32(text), zlib.crc32(text), zlib.adler32(bytearray(b'abc'), 7))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_BEST_SPEED,
      zlib.Z_DEFAULT_COMPRESSION, zlib.Z_SYNC_FLUSH, zlib.Z_FINISH, zlib.DEF_BUF_SIZE)
print(issubclass(zlib.error, Exception), zlib.error.__name__)

# streams made by CPython's zlib
fixed = (b'x\xda\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J'
         b'\xe7$VU*\xa4\xe4\xa7\xeb)\x84\x8c*\x1eU<\xaa\x98\xda\x8a\x19\x18\x99\x98YX'
         b'\xd9\xd898\xb9\xb8yx\xf9\xf8\x05\x04\x85\x84ED\xc5\xc4%$\xa5\xa4ed\xe5\xe4'
         b'\x15\x14\x95\x94UT\xd5\xd454\xb5\xb4ut\xf5\xf4\r\x0c\x8d\x8cML\xcd\xcc-,\xad'
         b'\xacml\xed\xec\x1d\x1c\x9d\x9c]\\\xdd\xdc=<\xbd\xbc}|\xfd\xfc\x03\x02\x83'
         b'\x82CB\xc3\xc2#"\xa3\xa2cb\xe3\xe2\x13\x12\x93\x92SR\xd3\xd232\xb3\xb2sr\xf3'
         b'\xf2\x0b\n\x8b\x8aKJ\xcb\xca+*\xab\xaakj\xeb\xea\x1b\x1a\x9b\x9a[Z\xdb\xda;:'
         b'\xbb\xba{z\xfb\xfa\'L\x9c4y\xca\xd4i\xd3g\xcc\x9c5{\xce\xdcy\xf3\x17,\\\xb4x'
         b'\xc9\xd2e\xcbW\xac\\\xb5z\xcd\xdau\xeb7l\xdc\xb4y\xcb\xd6m\xdbw\xec\xdc\xb5{'
         b'\xcf\xde}\xfb\x0f\x1c<t\xf8\xc8\xd1c\xc7\x01\x12\x00\x90\xd8')
stored = b'x\x01\x01\x11\x00\xee\xffstored block data;\xcd\x06w'
gzipped = (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03K\xaf\xca,P(H\xac\xcc\xc9OLQH'"
           b"\x83\x03\x00\xd1Yt\xecA\x00\x00\x00")
raw = b'+J,WHIM\xcbI,IU(B\xb0\x01'
dynamic = bytes.fromhex(
    '78da2594cb01c330084357c908e667f0fe8b558f5e1a37012c24c1f9eccbef7d763faf2fee97efbb'
    'f98d7d76ce67ae67a6be2ae22944315e7acefbc253f1ca565ca69e935ff9fbaaef771577f56cfd6f'
    'bd1f7d7f8a7b97ba4ab4a30a662a65d43457710b6e49ae2beebd00b8206921b2493008a11f501888'
    'fdbccfe3e4e7794cc894e19753f36ef8fa14176484ea035ac843f5225539b8235ab7c5e8de784290'
    '4758125419c29729a47985399b6e69a38efa29a3e1a0637df98a9eab393dbdbb475f956562531'
    '9b7947b5b55eea85e9f821c65b4eefcba746fb710f4139681fa71e19b448b2bcc3342ffe843113a0'
    '9a5d854976fce6a0559c7f79c0782af2244b382cdc833f3e09cf068174a6d60d7ff4a079c7b41bf3'
    '74af85b51569fc85a81502d1e02a6ddf506b942c97906e994a7df1011b69c580de7bbef6f107337f'
    'e42a5f5d6e9a4666ffd7edc357baf44e7bc78de01db5b9c6fcdf1c0af9ed58b1ffaf2d318c4fe0e0'
    '92c62f0e024cb2ef0e37f9b38bc7918ef23d7474d7c6e6e067512e6e518ea177ac8fbe4162ab9d4d'
    '5fb8b762ee08a5f45bd8b09697476758111515f3343eec313fe4a3c8860712273361685ab388fb3e'
    '12aa1574c385e936d31aae3c00863f2025f46a8b4acccbd92e871c6c351819d6b9d7dd157965fbf0'
    'fd6ef9d82be0cc4ec6c684039333192f7ec289c9d6da6fbe49e47efd39839c46748c89572ac0d673'
    'e335cf5f55f776927ec666096a58df06431e159cd80dd9db07b19b1661b64d70e193b42bb84dc616'
    'fe45369fdb24bea1803b65c951dceb63b475660fbb087f49f110d7653c5a86625fb4a53aabbaab85'
    '70a3d4696bd5672a3629a5da7dd45ee686cf45beaa5641cc53c41d74cd3ef3da5de2155536e5a051'
    'af3237eeefaeac69e63dfe7c6e4c6d7e6d6d6b9d4a475c53477ddbd57ac090312e9fd039b50b21ec'
    'e6e8a037ec1647f187db5d3636fbf1df4ae6d221e3ae1a40b7e7a6750bee17c771f377c76c36d2fc'
    'f3d70aeb153cd396831075d6677f3187a8da3dd383a4ea0e9acbeda50eca942f7293c20f8ea719a7'
    'e35b8ea7d06cfcce09fd1e6b21ff2af3933')
print(zlib.decompress(fixed) == text)
print(zlib.decompress(stored))
print(zlib.decompress(gzipped, 31), zlib.decompress(gzipped, 47))
print(zlib.decompress(raw, -15))
print(zlib.decompress(dynamic) == squares, zlib.decompress(dynamic, 0) == squares)
print(zlib.decompress(stored, wbits=47), zlib.decompress(bytearray(stored)))

# round trips; CPython's zlib reads what this module writes
for data in [b'', b'a', b'hello hello hello', text, squares, bytes(range(256)) * 2]:
    results = []
    for level in (-1, 0, 1, 6, 9):
        for wbits in (15, 9, -15, 31):
            c = zlib.compress(data, level, wbits)
            results.append(zlib.decompress(c, wbits) == data)
    print(len(data), all(results), len(zlib.compress(data, 9)) < len(data) + 12)
print(len(zlib.compress(b'abc' * 1000)) < 100, len(zlib.compress(squares)) < len(squares) // 2)
print(zlib.compress(b'', 0), zlib.compress(b'', 0, -15), zlib.compress(b'x', 0))
print(zlib.compress(b'abc')[:2], zlib.compress(b'abc', 9)[:2], zlib.compress(b'abc', 1)[:2],
      zlib.compress(b'abc', 6, 31)[:10])

# streaming decompression in small pieces
d = zlib.decompressobj()
out = b''
for i in range(0, len(dynamic), 37):
    out += d.decompress(dynamic[i:i + 37])
out += d.flush()
print(out == squares, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
out = d.decompress(stored + b'tail bytes')
print(out, d.eof, d.unused_data)
print(d.decompress(b'more'), d.unused_data)
d = zlib.decompressobj(31)
print(d.decompress(gzipped[:15]) + d.decompress(gzipped[15:]), d.eof)
d = zlib.decompressobj()
part = d.decompress(fixed, 100)
sizes = [len(part)]
while d.unconsumed_tail:
    more = d.decompress(d.unconsumed_tail, 100)
    sizes.append(len(more))
    part += more
part += d.flush()
print(part == text, d.eof, max(sizes) <= 100, sizes[0])

# streaming compression with flushes
c = zlib.compressobj(9)
pieces = [c.compress(squares[:500]), c.flush(zlib.Z_SYNC_FLUSH), c.compress(squares[500:]),
          c.flush(zlib.Z_FULL_FLUSH), c.compress(text), c.flush()]
stream = b''.join(pieces)
print(zlib.decompress(stream) == squares + text)
print(pieces[1][-4:])
for wbits in (-15, 31, 12):
    c = zlib.compressobj(6, zlib.DEFLATED, wbits)
    s = c.compress(text) + c.compress(squares) + c.flush()
    print(wbits, zlib.decompress(s, wbits) == text + squares)
c = zlib.compressobj(zdict=b'The quick brown fox')
s = c.compress(b'The quick brown fox is quick') + c.flush()
d = zlib.decompressobj(zdict=b'The quick brown fox')
print(d.decompress(s), d.eof)

# errors
bad = [b'abc', stored[:-1], b'\x78\x9c\x07', b'\x78\x9c\x01\x03\x00\x00\x00',
       stored[:-1] + b'x', b'\x79\x9c', b'\x78\x9c\x05\xc0\x81\x00\x00',
       b'\x1f\x8b\x07\x00', b'', gzipped[:-1] + b'\x01', gzipped[:-5] + b'\x00' + gzipped[-4:]]
for data in bad:
    for wbits in (15, 31):
        try:
            zlib.decompress(data, wbits)
            print('no error')
        except zlib.error as e:
            print(e)
for call in [lambda: zlib.compress(b'x', 10), lambda: zlib.compressobj(12),
             lambda: zlib.decompressobj(99), lambda: zlib.decompress(stored, 7),
             lambda: zlib.crc32('text'), lambda: zlib.compressobj(wbits=8)]:
    try:
        call()
        print('no error')
    except (zlib.error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = zlib.decompressobj()
try:
    d.decompress(b'\x78\x9c\xff\xff')
except zlib.error as e:
    print(e)

# copies of streaming objects continue independently
co = zlib.compressobj()
head = co.compress(squares[:100])
co2 = co.copy()
print(zlib.decompress(head + co.flush()) == squares[:100],
      zlib.decompress(head + co2.compress(b'xyz') + co2.flush()) == squares[:100] + b'xyz')
do = zlib.decompressobj()
part = do.decompress(dynamic[:50])
do2 = do.copy()
print(part + do.decompress(dynamic[50:]) == squares, part + do2.decompress(dynamic[50:]) == squares)
print(type(zlib.compressobj()), type(zlib.decompressobj()))
