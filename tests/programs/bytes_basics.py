# bytes and bytearray: literals, constructors, indexing, slicing, operators, repr


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(b'abc', b'', b"it's", b'say "hi"', b'both \' and "')
print(b'\x00\x01\x7f\x80\xff', b'\t\n\r\\', b'\101\102', rb'\x41\n', BR'\d')
print(b'con' b'cat' rb'\n' b'!')
print(bytearray(b'x'), bytearray(), bytearray(b"'"), str(b'q'), str(bytearray(b'\n')))
print(repr(b'a\x00\''), repr(bytearray(b'"')))

# constructors
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes((1, 2)))
print(bytes('héllo', 'utf-8'), bytes('abc', 'ascii'), bytes('é', encoding='latin-1'))
print(bytes(b'xy'), bytes(bytearray(b'zz')), bytearray(b'ab'), bytearray(2))
print(bytearray([1, 255]), bytearray('é', 'utf-8'), bytearray(bytes(2)))
print(bytes(x for x in [104, 105]), bytearray(iter([48, 49])))
show('str no enc', lambda: bytes('a'))
show('enc no str', lambda: bytes(1, 'utf-8'))
show('bytes enc', lambda: bytes(b'a', 'utf-8'))
show('float', lambda: bytes(1.5))
show('float ba', lambda: bytearray(1.5))
show('none', lambda: bytes(None))
show('range', lambda: bytes([256]))
show('range ba', lambda: bytearray([256]))
show('negative', lambda: bytes(-1))
show('item float', lambda: bytes([1.5]))
show('item str', lambda: bytes(['a']))
show('kw', lambda: bytes(x=1))
show('ba str', lambda: bytearray('a'))


class WithBytes:
    def __bytes__(self):
        return b'from __bytes__'


print(bytes(WithBytes()))

# len, indexing, slicing, iteration
b = b'hello world'
print(len(b), b[0], b[-1], b[4], b[1:5], b[::2], b[::-1], b[-5:], b[100:], b[3:1])
print(list(b'abc'), [x for x in bytearray(b'xy')], tuple(b'\x00\xff'))
ba = bytearray(b'hello')
print(ba[0], ba[-1], ba[1:3], ba[::-2], type(ba[1:]).__name__, type(b[1:]).__name__)
show('index', lambda: b'a'[5])
show('index ba', lambda: bytearray(b'a')[5])
key = 'x'
show('index str', lambda: b'a'[key])
show('index str ba', lambda: bytearray(b'a')['x'])
print(type(iter(b'')).__name__, type(iter(bytearray())).__name__)
it = iter(b'ab')
print(next(it), next(it), next(it, 'done'))

# membership
print(98 in b'abc', 120 in b'abc', b'bc' in b'abc', b'' in b'abc', bytearray(b'x') in b'axb')
print(b'b' in bytearray(b'abc'), 97 in bytearray(b'abc'), b'cb' in b'abc')
show('in str', lambda: 'a' in b'abc')
show('in 300', lambda: 300 in b'a')

# operators
print(b'ab' + b'cd', b'a' + bytearray(b'b'), bytearray(b'a') + b'b', b'ab' * 3, 2 * b'xy')
print(bytearray(b'x') * 2, 0 * b'a', b'a' * -1)
show('concat str', lambda: b'a' + 'b')
show('concat ba str', lambda: bytearray() + 'b')
show('str concat', lambda: 'b' + b'a')
show('list concat', lambda: [1] + b'a')
show('mul str', lambda: b'a' * 'a')
show('str mul', lambda: 'a' * b'a')
show('int add', lambda: 1 + b'a')

# comparisons
print(b'a' == b'a', b'a' == bytearray(b'a'), b'a' != b'b', b'a' < b'b', b'ab' > b'a')
print(b'a' <= bytearray(b'a'), bytearray(b'b') >= b'c', b'a' == 'a', b'a' != 'a')
print(sorted([b'b', b'a', b'ab', b'']), max(b'zz', b'z'))
show('lt str', lambda: b'a' < 'b')
show('lt int', lambda: b'a' < 1)

# truth, hash, dicts and sets
print(bool(b''), bool(b'\x00'), bool(bytearray()), bool(bytearray(b'a')))
print(hash(b'abc') == hash(b'abc'), hash(b'') == hash(bytes()))
d = {b'k': 1, b'x' + b'y': 2}
d[b'k'] = 3
print(d[b'k'], d[b'xy'], b'xy' in d, 'xy' in d, b'xy' in {bytes(b'xy')})
print(len({b'a', b'a', bytes([97]), b'b'}))
show('hash ba', lambda: hash(bytearray()))
show('set ba', lambda: {bytearray(b'a')})

# types
print(type(b'').__name__, type(bytearray()).__name__, isinstance(b'', bytes),
      isinstance(bytearray(), bytes), isinstance(b'', (str, bytes)), bytes is type(b'x'))
print(bytes.__name__, bytearray.__name__, bytearray.__hash__)
print(b'x'.__len__(), b'xy'.__getitem__(1), b'ab'.__contains__(97), b'a'.__eq__(b'a'),
      b'a'.__lt__('a'))
