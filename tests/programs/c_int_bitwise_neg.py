# bitwise operators on negative and big ints, shifts, bit_length, bin/hex/oct
for a in [0, 1, -1, 5, -5, 255, -256, 2 ** 70, -(2 ** 70) + 3]:
    print(a, a & 0xF, a | 0x10, a ^ -1, ~a, a >> 2, a << 3, a.bit_length())
print(bin(10), bin(-10), hex(255), hex(-255), oct(8), oct(-8), bin(0), hex(0))
print(True & False, True | False, True ^ True, ~True, True << 3)
