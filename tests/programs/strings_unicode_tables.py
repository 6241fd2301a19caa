# Character classes, case mappings and digit values across Unicode, as python3 gives
# them (gclab's tables come from CPython's database: tools/unicode_tables.py).  Each
# line is the checksum of one sample of code points, so a difference points at a range.

def checksum(points):
    total = 0
    for c in points:
        ch = chr(c)
        bits = 0
        for k, test in enumerate([ch.isalpha(), ch.isdecimal(), ch.isdigit(),
                                  ch.isnumeric(), ch.isspace(), ch.isprintable(),
                                  ch.islower(), ch.isupper(), ch.istitle(),
                                  ch.isidentifier(), ('a' + ch).isidentifier(),
                                  ch.isalnum()]):
            if test:
                bits |= 1 << k
        total = (total * 31 + bits) % 1000000007
        for mapped in (ch.lower(), ch.upper(), ch.title(), ch.casefold(), ch.swapcase()):
            for m in mapped:
                total = (total * 131 + ord(m)) % 1000000007
        if ch.isdecimal():
            total = (total + int(ch) * 7 + int(float(ch + ch))) % 1000000007
    return total


samples = [('Latin-1', range(0x80, 0x100)), ('Latin Extended', range(0x100, 0x250)),
           ('Greek', range(0x370, 0x400)), ('Cyrillic', range(0x400, 0x530)),
           ('Armenian, Georgian', list(range(0x531, 0x590)) + list(range(0x10A0, 0x1100))),
           ('Cherokee', range(0x13A0, 0x1400)), ('Greek Extended', range(0x1F00, 0x2000)),
           ('punctuation, letterlike, numbers', range(0x2000, 0x2200)),
           ('Glagolitic, Coptic', range(0x2C00, 0x2D30)),
           ('Latin Extended-D', range(0xA720, 0xA800)), ('fullwidth', range(0xFF00, 0xFF70)),
           ('Deseret, Osage', range(0x10400, 0x10500)), ('digits', range(0x660, 0x6FA)),
           ('every 257th', range(0, 0x110000, 257))]
for name, points in samples:
    print(name, checksum(points))
print('ΣΑΣ ΟΔΟΣ'.lower(), 'ὈΔΥΣΣΕΎΣ'.lower(), 'ǅungla'.swapcase(), 'ﬃ ß'.upper())
print('straße'.casefold() == 'STRASSE'.casefold(), 'ǆ'.title(), 'ῼ'.upper())
print(int('١٢٣'), float('٣.٥'), int(' ４２ '), int('\u2003७\u3000'))
for bad in ['٣x', '½', '²']:
    try:
        int(bad)
    except ValueError as e:
        print('ValueError:', e)
