# hashlib and hmac (gclab/lib): MD5, SHA-1, SHA-224/256/384/512 (and SHA-512/t by new())
# of empty, short and block-crossing inputs, incremental update() and copy(), digest()
# bytes, name/digest_size/block_size, new(), the TypeErrors for str data, HMAC objects and
# hmac.digest, compare_digest, pbkdf2_hmac, each byte-identical to CPython's.
import hashlib
import hmac

NAMES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']


def pattern(n):
    return bytes([(i * 7 + 3) % 256 for i in range(n)])


for name in NAMES:
    ctor = getattr(hashlib, name)
    h = ctor()
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    print(ctor(b'abc').hexdigest())
    print(ctor(b'The quick brown fox jumps over the lazy dog').hexdigest())
    for n in [1, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 1000]:
        print(n, ctor(pattern(n)).hexdigest())

print(hashlib.sha512(bytes(range(256)) * 12).hexdigest())
for name in ['sha512_224', 'sha512_256', 'SHA256', 'sha-1', 'MD5']:
    h = hashlib.new(name, b'abc')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())

# incremental update() in pieces of every size equals the one-shot digest
data = pattern(300)
for name in NAMES:
    whole = hashlib.new(name, data).digest()
    same = True
    for step in [1, 3, 17, 63, 64, 65, 127, 128, 129, 299]:
        h = hashlib.new(name)
        for i in range(0, len(data), step):
            h.update(data[i:i + step])
        same = same and h.digest() == whole
    print(name, 'pieces', same, whole == hashlib.new(name, bytearray(data)).digest())

h = hashlib.sha256(b'hello ')
c = h.copy()
c.update(b'world')
h.update(b'there')
print(h.hexdigest(), c.hexdigest(), c.hexdigest() == hashlib.sha256(b'hello world').hexdigest())
d = h.digest()
print(type(d).__name__, len(d), d[:8], d == bytes.fromhex(h.hexdigest()))
print(h.digest() == h.digest(), h.hexdigest() == h.hexdigest())
print(hashlib.new('sha256').hexdigest() == hashlib.sha256().hexdigest())
print(hashlib.new('sha1', data=b'abc').hexdigest(), hashlib.md5(string=b'abc').hexdigest())
print(hashlib.md5(b'x', usedforsecurity=False).hexdigest(),
      hashlib.new('md5', b'x', usedforsecurity=False).hexdigest())
m = hashlib.md5()
m.update(bytearray(b'byte'))
m.update(b'array')
print(m.hexdigest() == hashlib.md5(b'bytearray').hexdigest())
print(sorted(hashlib.algorithms_guaranteed & set(NAMES)))
print(all(n in hashlib.algorithms_available for n in NAMES))


def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: hashlib.sha256('abc'))
attempt(lambda: hashlib.sha1(''))
attempt(lambda: hashlib.md5().update('text'))
attempt(lambda: hashlib.new('sha512', 'abc'))
attempt(lambda: hashlib.sha256(42))
attempt(lambda: hashlib.new('nosuch'))
attempt(lambda: hashlib.new(256))
attempt(lambda: hashlib.new('sha256', b'a', string=b'b'))

# hmac
for name in NAMES:
    for key in [b'', b'key', b'k' * 200]:
        mac = hmac.new(key, b'The quick brown fox jumps over the lazy dog', name)
        print(mac.name, mac.digest_size, mac.block_size, mac.hexdigest())
print(hmac.new(b'key', b'msg', hashlib.sha1).hexdigest(),
      hmac.new(b'key', digestmod='md5').hexdigest())
mac = hmac.new(bytearray(b'secret'), b'part one, ', 'sha256')
other = mac.copy()
mac.update(b'part two')
print(mac.hexdigest(), other.hexdigest())
print(mac.digest() == hmac.digest(b'secret', b'part one, part two', 'sha256'))
print(hmac.digest(b'k' * 100, b'x' * 300, 'sha384').hex())
attempt(lambda: hmac.new('key', b'msg', 'sha256'))
attempt(lambda: hmac.new(b'key', b'msg'))
attempt(lambda: hmac.new(b'key', 'msg', 'sha256'))
attempt(lambda: hmac.new(b'key', b'msg', 'nosuch'))
attempt(lambda: hmac.digest('key', b'msg', 'sha256'))
attempt(lambda: hmac.compare_digest(b'abc', b'abc'))
attempt(lambda: hmac.compare_digest(b'abc', bytearray(b'abd')))
attempt(lambda: hmac.compare_digest(b'abc', b'abcd'))
attempt(lambda: hmac.compare_digest('abc', 'abc'))
attempt(lambda: hmac.compare_digest('abc', b'abc'))
attempt(lambda: hmac.compare_digest('caf\xe9', 'cafe'))
attempt(lambda: hmac.compare_digest(1, 2))

# pbkdf2_hmac (RFC 6070's first vectors for SHA-1, then others)
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2).hex())
print(hashlib.pbkdf2_hmac('sha1', b'passwordPASSWORDpassword',
                          b'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4, 25).hex())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 3, 40).hex())
print(hashlib.pbkdf2_hmac('sha512', b'p' * 150, bytearray(b'salt'), 2).hex())
print(hashlib.pbkdf2_hmac('md5', b'', b'', 1, 5))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', 'password', b'salt', 1))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 0))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1, 0))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1.5))
