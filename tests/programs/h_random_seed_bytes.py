# random.seed with bytes and bytearray (version 2: the bytes and their SHA-512, as
# CPython's), version 1 with bytes, and the error for other types.
import random

for seed in [b'hello', bytearray(b'hello'), b'\x00\xff']:
    random.seed(seed)
    print(repr(seed)[:20], random.random(), random.randrange(1000))
r = random.Random(b'benchmark')
print(r.random(), r.sample(range(100), 3))
random.seed(b'ab\xff', version=1)
print(random.random())
random.seed('ab\xff', version=1)
print(random.random())
for bad in [[1], (1, 2), {}]:
    try:
        random.seed(bad)
    except TypeError as e:
        print('TypeError:', e)
