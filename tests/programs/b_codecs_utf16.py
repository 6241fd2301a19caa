# utf-16 and utf-32 codecs: str.encode, bytes.decode, BOMs, surrogate pairs, errors
texts = ['', 'abc', 'h\xe9llo', '\u20ac\u4e2d', 'x\U0001f600y', '\U00010000\U0010ffff']
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    for t in texts:
        data = t.encode(enc)
        print(enc, ascii(t), data, data.decode(enc) == t)

# spellings CPython normalises
for name in ['UTF16', 'utf_16_le', 'U16', 'UTF-32BE', 'u32', 'utf_32', 'utf-16le',
             'utf 16', 'UnicodeLittleUnmarked', 'unicodebigunmarked', 'utf_32le']:
    print(name, 'x'.encode(name))
for name in ['utf16le', 'utf-16-xx']:
    try:
        'x'.encode(name)
    except LookupError as e:
        print('LookupError', e)

# BOM handling on decode
print(b'\xff\xfea\x00'.decode('utf-16'), ascii(b'\xfe\xff\x00a'.decode('utf-16')),
      ascii(b'a\x00'.decode('utf-16')), ascii(b'\xff\xfe'.decode('utf-16')),
      ascii(b'\xff\xfea\x00'.decode('utf-16-le')))
print(b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32'),
      b'\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32'),
      ascii(b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32-le')))

# decoding errors, with each handler
cases = [
    (b'a\x00b', 'utf-16-le'), (b'a\x00b', 'utf-16'), (b'\x00\xd8a\x00', 'utf-16-le'),
    (b'\x00\xdca\x00', 'utf-16-le'), (b'a\x00\x00\xd8', 'utf-16-le'),
    (b'a\x00\x00\xd8\x00', 'utf-16-le'), (b'\xd8\x00\x00a', 'utf-16-be'),
    (b'\x00\xd8\x00\xd8a\x00', 'utf-16-le'), (b'\x00\xd8\x00', 'utf-16-le'),
    (b'a\x00\x00\xdc\x00', 'utf-16-le'), (b'\xff', 'utf-16'), (b'\xfe\xff\xdc\x00', 'utf-16'),
    (b'a\x00\x00\x00b', 'utf-32-le'), (b'\x00\x00\x11\x00', 'utf-32-le'),
    (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\xff\xfe\x00', 'utf-32'),
    (b'\x00\x00\xfe\xff\x00\x11\x00\x00', 'utf-32'), (b'\x00\x00\x00a\x00', 'utf-32-be'),
]
for data, enc in cases:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            print(enc, data, errors, ascii(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, data, errors, 'UnicodeDecodeError:', e, e.start, e.end, e.encoding,
                  e.reason, e.object == data)

# encoding errors: lone surrogates
for s in ['a\ud800b', '\udc00\ud800']:
    for enc in ['utf-16', 'utf-16-be', 'utf-32', 'utf-32-le']:
        for errors in ['strict', 'replace', 'ignore', 'backslashreplace',
                       'xmlcharrefreplace']:
            try:
                print(enc, ascii(s), errors, s.encode(enc, errors))
            except UnicodeEncodeError as e:
                print(enc, ascii(s), errors, 'UnicodeEncodeError:', e, e.start, e.end,
                      e.encoding)

# str(bytes, encoding) and bytes(str, encoding)
print(str(b'h\x00i\x00', 'utf-16-le'), bytes('hi', 'utf-32-be'), bytearray('\xe9', 'utf-16'))
try:
    'x'.encode('utf-16', 'bogus')
    print('no error checked for a handler that is not needed')
    'x\ud800'.encode('utf-16', 'bogus')
except LookupError as e:
    print('LookupError', e)
