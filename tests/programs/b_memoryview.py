# memoryview of bytes and bytearray: a view onto the same storage
b = bytearray(b'hello world')
m = memoryview(b)
print(type(m).__name__, len(m), m[0], m[-1], m.readonly, m.format, m.itemsize, m.nbytes,
      m.ndim, m.shape, m.strides, m.suboffsets, m.contiguous, m.c_contiguous, m.obj is b)
m[0] = 72
b[6] = ord('W')
print(b, m.tobytes(), bytes(m[6:]))
print(m.tolist()[:5], m.hex(), m.hex('-', 4), m[:3].hex(':'))

# slices are views too (no copy), step slices included
s = m[2:9]
s[0:3] = b'LLO'
print(b, s.tobytes(), s.obj is b, s.nbytes)
rev = m[::-1]
print(rev.tobytes(), rev.strides, rev[0], rev[-1], rev.contiguous)
ev = m[::2]
ev[:] = b'abcdef'
print(b, ev.tolist(), ev.shape)
print(m[::-3].tobytes(), m[5:2].tobytes(), m[100:].tobytes(), len(m[3:3]))
print(list(m[1:4]), [x for x in memoryview(b'xyz')], 121 in memoryview(b'xyz'))
b[1] = 0x2a
print(ev[0], s[0], rev[-2])

# errors
for f in [lambda: m[20], lambda: m['a'], lambda: memoryview('text'), lambda: memoryview(5),
          lambda: m.__setitem__(0, 256), lambda: m.__setitem__(0, 'a'),
          lambda: m.__setitem__(slice(0, 2), b'abc'),
          lambda: m.__setitem__(slice(0, 2), [1, 2]),
          lambda: memoryview(b'ro').__setitem__(0, 1), lambda: hash(m),
          lambda: m < m, lambda: m + b'x', lambda: m.cast('B', (2, 2)) if False else m.cast('x'),
          lambda: m.cast('i'), lambda: m[::2].cast('c'), lambda: m[:8].cast('h').cast('i'),
          lambda: memoryview(bytearray(3)).__delitem__(0), lambda: m.__delitem__(slice(0, 1))]:
    try:
        print(f())
    except (IndexError, TypeError, ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)

# comparisons and hashing
ro = memoryview(b'abc')
print(ro == b'abc', ro == bytearray(b'abc'), ro == memoryview(b'abc'), b'abc' == ro,
      ro != b'abd', ro == 'abc', ro == [97, 98, 99], ro[::-1] == b'cba', ro == ro)
print(hash(ro) == hash(b'abc'), hash(ro[1:]) == hash(b'bc'), {ro: 1}[memoryview(b'abc')])
print(bool(memoryview(b'')), bool(ro), ro.toreadonly().readonly, m.toreadonly().readonly)

# bytes-like everywhere a buffer is taken
print(bytes(ro), bytearray(ro), b'-'.join([ro, m[:2], b'!']), b'x' + ro, bytearray(b'y') + ro)
print(ro in b'xxabcxx', b'zabc'.find(ro), b'zabc'.startswith(ro[:1]), b'a,b'.split(ro[1:2]))
ba = bytearray(b'+')
ba.extend(ro)
ba += memoryview(b'!')
print(ba, str(memoryview('h\xe9'.encode()), 'utf-8'), bytes(ro[1:]).decode('ascii'),
      int.from_bytes(memoryview(b'\x01\x00'), 'little'), bytes.fromhex(ro.hex()))
print(b'abc'.replace(memoryview(b'b'), memoryview(b'B')), b'abc' == ro, ba.count(ro[:1]))

# release and the context manager
with memoryview(b'data') as v:
    print(v[1], v.tobytes())
print(repr(v).startswith('<released memory at 0x'), repr(ro).startswith('<memory at 0x'))
for f in [lambda: len(v), lambda: v[0], lambda: v.tobytes(), lambda: v.obj, lambda: list(v),
          lambda: bytes(v), lambda: hash(v), lambda: v.format, lambda: memoryview(v),
          lambda: b'x' + v]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(v == v, v == b'data', v.release(), v.release())

# cast to other one-dimensional formats
raw = bytearray(b'\x01\x00\x02\x00\xff\xff\x00\x80')
h = memoryview(raw).cast('h')
print(h.format, h.itemsize, len(h), h.tolist(), h.nbytes, h.strides)
H = memoryview(raw).cast('H')
print(H.tolist(), memoryview(raw).cast('i').tolist(), memoryview(raw).cast('Q').tolist())
h[0] = -2
print(raw, h.cast('B').tolist()[:2], h.cast('b').tolist(), h.cast('c').tolist()[:2])
try:
    h[1] = 40000
except ValueError as e:
    print(e)
d = memoryview(bytearray(16)).cast('d')
d[0] = 1.5
d[1] = -2
print(d.tolist(), memoryview(bytearray(8)).cast('f').tolist(), memoryview(b'\x00\x01').cast('?').tolist())
c = memoryview(bytearray(b'ab')).cast('c')
c[0] = b'z'
print(c.tolist(), c.obj, c == b'zb', memoryview(b'ab').cast('@B').format)

# a step slice is not C-contiguous: bytes() and bytearray() copy it, others refuse it
odd = memoryview(b'abcdef')[::2]
print(bytes(odd), bytearray(odd), odd.tobytes(), odd.contiguous, memoryview(b'abc')[::-1][:1].contiguous)
for f in [lambda: b'x' + odd, lambda: b''.join([odd]), lambda: b'abc'.split(odd),
          lambda: b'abc'.replace(odd, b''), lambda: bytearray(b'x').extend(odd)]:
    try:
        print(f())
    except (BufferError, TypeError) as e:
        print(type(e).__name__, e)

# builtins that take any iterable or sequence
r = memoryview(b'\x03\x01\x02')
print(sum(r), max(r), sorted(r), list(reversed(r)), list(enumerate(r)), tuple(r))
x, y, z = r
print(x, y, z, [*r], type(r).tobytes(r), memoryview.cast(r, 'b').tolist())
print([a for a in dir(memoryview) if not a.startswith('_')])
try:
    memoryview(b'a').tobytes('X')
except ValueError as e:
    print(e)
