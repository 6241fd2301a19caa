# << of machine ints that overflow into big ints (the overflow check must see the
# wrapped result untranslated too)
x = 0x0123456789abcdef
for n in (1, 3, 7, 8, 20, 63, 64):
    y = x << n
    print(n, y, y + 1, y & 0xffffffffffffffff)
print((1 << 62) << 1, (3 << 62) + 1, -1 << 63, (-1 << 63) - 1, 5 << 61)
