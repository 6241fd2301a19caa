# subclasses of bytes and bytearray
class B(bytes):
    def shout(self):
        return self.upper() + b'!'


class A(bytearray):
    pass


class C(bytes):
    def __new__(cls, text):
        return super().__new__(cls, text, 'utf-8')


b = B(b'hey')
print(b, repr(b), len(b), b[0], b[1:], b.shout(), b + b'x', b == b'hey', b'hey' == b, type(b).__name__)
print(isinstance(b, bytes), hash(b) == hash(b'hey'), {b: 1}[b'hey'], 101 in b, list(b), bytes(b), b.decode())
print(b'-'.join([b, b]), b * 2, b'%s' % b, str(b), b.hex(), type(b[1:]).__name__, type(b + b'').__name__)
a = A(b'xy')
a.append(122)
a += b'!'
a[0] = 88
print(a, len(a), a[0], list(a), type(a).__name__, a.decode(), bytes(a), a == b'Xyz!')
print(A(), A(3), A([65]), A('é', 'utf-8'), C('hé'), type(C('x')).__name__)
del a[0]
a.extend(range(48, 50))
print(a, a.pop(), a, bytearray.__repr__(a), repr(bytearray(b'x')))
a *= 2
print(a, type(a).__name__)


class Tagged(bytes):
    def __repr__(self):
        return 'Tagged(%s)' % bytes.__repr__(self)


t = Tagged(b'q')
print(t, [t], str(t), t + b'', type(t + b'').__name__)
