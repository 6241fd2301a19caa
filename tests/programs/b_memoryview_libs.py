# library functions that take a buffer accept a memoryview
import hashlib, binascii, codecs

mv = memoryview(b'hello world')
print(hashlib.md5(mv).hexdigest(), hashlib.sha256(mv[:5]).hexdigest())
h = hashlib.sha1()
h.update(bytes(mv[::2]))
print(h.hexdigest())
print(binascii.hexlify(mv), binascii.hexlify(mv, '-'), binascii.unhexlify(memoryview(b'6869')))
print(binascii.crc32(mv), binascii.b2a_base64(mv[6:]), binascii.a2b_base64(memoryview(b'aGk=')))
print(codecs.decode(memoryview('h\xe9'.encode('utf-16')), 'utf-16'),
      codecs.decode(memoryview(b'\x00h\x00i'), 'utf-16-be'))
print(memoryview('\u20ac'.encode('utf-32-be')).hex(' '), bytes(mv).decode('utf-8'))
