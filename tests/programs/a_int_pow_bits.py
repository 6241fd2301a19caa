# pow with two and three arguments, negative exponents, bit operations and shifts
print(2 ** 10, 2 ** 100, (-2) ** 3, (-2) ** 4, -2 ** 2)
print(2 ** -1, 10 ** -2, type(2 ** -1).__name__)
print(pow(3, 4), pow(3, 4, 5), pow(-3, 3, 7), pow(2, 100, 1000007))
print(0 ** 0, 1 ** 1000, (-1) ** 1001)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~0)
print(-5 & 3, -5 | 3, -5 ^ 3, -8 & -3)
print(1 << 70, (1 << 70) >> 69, -1 >> 10, -17 >> 2, 17 >> 100)
big = (1 << 100) - 1
print(big & 0xFFFF, big ^ (1 << 99), big | 1, big >> 96)
print((-big) & 0xFF, (-big) >> 98)
try:
    print(1 << -1)
except ValueError:
    print('negative shift ValueError')
try:
    print(1 >> -1)
except ValueError:
    print('negative shift ValueError')
n = 0b1011
print(bin(n), oct(64), hex(255), hex(-255), bin(-5))
print(int('ff', 16), int('0x1F', 16), int('-101', 2), int('z', 36), int('  42  '))
try:
    int('12a')
except ValueError:
    print('bad literal ValueError')
print((255).bit_length(), (0).bit_length(), (-256).bit_length())
print(abs(-10**30), -(-5), +(-5))
x = 6
x <<= 3
x |= 1
x ^= 0xF
x &= 0x3C
x >>= 1
print(x)
