# bin(), oct() and hex(): prefixes, negatives, zero, bools, big ints and __index__
for n in [0, 1, 5, 8, 255, -1, -5, -255, 4096, 2 ** 63 - 1, -2 ** 63]:
    print(n, bin(n), oct(n), hex(n))
print(bin(True), oct(False), hex(True))
print(hex(2 ** 64), hex(-2 ** 100), oct(8 ** 30), bin(2 ** 70 + 1))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()))
for bad in [1.5, '10', None]:
    try:
        hex(bad)
    except TypeError as e:
        print('TypeError', e)
print(int(bin(1234), 2), int(oct(1234), 8), int(hex(1234), 16), int(hex(-99), 16))
print(hex(255) == '0xff', '%x' % 255 == hex(255)[2:])
