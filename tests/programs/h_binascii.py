# binascii: hexlify/unhexlify (separators), Base64 lines, crc32/crc_hqx, and its Error
# being the one base64 raises.
import base64
import binascii

data = bytes(range(256)) * 3
print(binascii.hexlify(b'\x01\xff'), binascii.b2a_hex(b'\xb9\x01\xef', b'_', 2),
      binascii.hexlify(b'\xb9\x01\xef', ':'), binascii.hexlify(b'\xb9\x01\xef', '-', -2))
print(binascii.unhexlify('01ff'), binascii.a2b_hex(b'AbCd'), binascii.unhexlify(bytearray(b'00')))
print(binascii.b2a_base64(b'hello'), binascii.b2a_base64(b'x', newline=False),
      binascii.a2b_base64(b'aGVsbG8=\n'), binascii.a2b_base64('eA=='))
print(binascii.crc32(b'hello'), binascii.crc32(data), hex(binascii.crc32(b'123456789')),
      binascii.crc32(b'world', binascii.crc32(b'hello ')) == binascii.crc32(b'hello world'),
      binascii.crc32(b'a', -1), binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(data, 0xFFFF))
for bad in [lambda: binascii.hexlify('ab'), lambda: binascii.unhexlify('0'),
            lambda: binascii.unhexlify('zz'), lambda: binascii.unhexlify('\u00e9'),
            lambda: binascii.crc32('x'), lambda: binascii.a2b_base64('YQ'),
            lambda: binascii.a2b_base64(b'Y=Q=', strict_mode=True),
            lambda: binascii.unhexlify(5), lambda: base64.b64decode('abc')]:
    try:
        print(bad())
    except binascii.Error as e:
        print('binascii.Error:', e)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), base64.binascii is binascii,
      binascii.Incomplete.__mro__[1].__name__)
