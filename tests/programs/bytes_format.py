# bytes %-formatting, int.to_bytes / int.from_bytes


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(b'%d %i %u' % (1, -2, 3), b'%5d|%-5d|%05d|%+d' % (42, 42, 42, 42))
print(b'%x %X %o %#x %#o' % (255, 255, 8, 255, 8), b'%e %f %g %.2f' % (1.5, 1.5, 1.5, 2.345))
print(b'%s and %b' % (b'bytes', bytearray(b'array')), b'%r %a' % ('é', b'x'))
print(b'%5s|%-4s|%.1s|%5.1s' % (b'ab', b'c', b'xyz', b'abc'))
print(b'%c%c%c' % (65, b'B', bytearray(b'C')), b'100%%' % (), b'%s' % b'single')
print(b'%(a)s-%(b)d' % {b'a': b'x', b'b': 5}, b'%*d|%-*d' % (4, 1, 3, 2))
print(bytearray(b'%d!') % 5, type(bytearray(b'%d') % 1).__name__, b'%s' % [b'not a tuple'][0])
print(b'%r' % [1, 'a'], b'%a' % 'ü', b'%d' % True, b'%.3d' % 7)


class B:
    def __bytes__(self):
        return b'<B>'


print(b'[%s]' % B())
show('%d str', lambda: b'%d' % 'a')
show('%s str', lambda: b'%s' % 'a')
show('%s int', lambda: b'%s' % 1)
show('%c 256', lambda: b'%c' % 256)
show('%c str', lambda: b'%c' % 'a')
show('%c bytes2', lambda: b'%c' % b'ab')
show('%y', lambda: b'%y' % 1)
show('too few', lambda: b'%s %s' % (b'a',))
show('too many', lambda: b'%s' % (b'a', b'b'))
show('key str', lambda: b'%(a)s' % {'a': b'1'})
show('incomplete', lambda: b'%' % ())

# int.to_bytes and int.from_bytes
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (1024).to_bytes(2),
      (0).to_bytes(0, 'big'), (255).to_bytes(), (-1).to_bytes(2, 'big', signed=True),
      (-129).to_bytes(2, byteorder='little', signed=True), (1).to_bytes(length=3, byteorder='big'))
print((2 ** 70).to_bytes(10, 'big'), (2 ** 64 - 1).to_bytes(8, 'little'), True.to_bytes(1, 'big'))
print(int.from_bytes(b'\x01\x00'), int.from_bytes(b'\x01\x00', 'little'),
      int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'),
      int.from_bytes(bytearray(b'\x00\x80'), byteorder='big', signed=True),
      int.from_bytes([1, 2], 'big'), int.from_bytes(b''), int.from_bytes(b'\xff' * 10))
for n in [0, 1, 127, 128, 255, 256, -1, -128, -129, 2 ** 31, -2 ** 63, 2 ** 100]:
    for signed in [False, True]:
        try:
            data = n.to_bytes(16, 'big', signed=signed)
            back = int.from_bytes(data, 'big', signed=signed)
            print(n, signed, data.hex(), back == n)
        except OverflowError as e:
            print(n, signed, 'OverflowError', e)
show('to_bytes too big', lambda: (1).to_bytes(0, 'big'))
show('to_bytes 256 in 1', lambda: (256).to_bytes(1, 'big'))
show('to_bytes negative', lambda: (-1).to_bytes(2, 'big'))
show('to_bytes signed small', lambda: (-129).to_bytes(1, 'big', signed=True))
show('to_bytes order', lambda: (1).to_bytes(2, 'middle'))
show('to_bytes length', lambda: (1).to_bytes(-1, 'big'))
show('from_bytes str', lambda: int.from_bytes('a', 'big'))
show('from_bytes order', lambda: int.from_bytes(b'a', 'x'))
show('from_bytes int', lambda: int.from_bytes(5, 'big'))
