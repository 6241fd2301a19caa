# secrets: tokens of the right size and alphabet, bounded random numbers; random's
# SystemRandom (os.urandom) under them.  Nothing here depends on the values.
import random
import secrets
import string

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(1)).__name__)
print(secrets.token_bytes(0), secrets.token_hex(0), secrets.token_urlsafe(0))
h = secrets.token_hex(16)
print(len(h), set(h) <= set('0123456789abcdef'), len(secrets.token_hex()))
for n in (1, 2, 3, 16, 32):
    u = secrets.token_urlsafe(n)
    print(n, len(u), set(u) <= set(string.ascii_letters + string.digits + '-_'))
print(len(secrets.token_urlsafe()))
print(len(set(secrets.token_hex(8) for i in range(20))))

print(all(0 <= secrets.randbelow(10) < 10 for i in range(200)))
print(sorted(set(secrets.randbelow(3) for i in range(200))))
print(secrets.randbelow(1), all(secrets.randbits(8) < 256 for i in range(100)), secrets.randbits(0))
print(secrets.choice('a'), all(secrets.choice('xyz') in 'xyz' for i in range(50)))
print(secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest('abc', 'abd'))
for bad in (lambda: secrets.randbelow(0), lambda: secrets.randbelow(-3),
            lambda: secrets.choice([]), lambda: secrets.randbits(-1)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)

r = secrets.SystemRandom()
print(secrets.SystemRandom is random.SystemRandom, isinstance(r, random.Random))
x = r.random()
print(type(x).__name__, 0.0 <= x < 1.0, 1 <= r.randint(1, 6) <= 6)
lst = list(range(10))
r.shuffle(lst)
print(sorted(lst) == list(range(10)), len(r.sample(range(100), 5)), len(r.randbytes(7)))
print(r.seed(5))
try:
    r.getstate()
except NotImplementedError as e:
    print('NotImplementedError', e)
