# the codecs module knows the utf-16 and utf-32 codecs
import codecs

for name in ['utf-16', 'UTF16', 'utf_16_le', 'utf-16-be', 'U32', 'utf-32-le', 'UTF_32_BE',
             'UnicodeBigUnmarked']:
    info = codecs.lookup(name)
    data = b'\xff\xfeh\x00'
    if '32' in name:
        data = b'h\x00\x00\x00' if 'BE' not in name else b'\x00\x00\x00h'
    print(name, info.name, info.encode('h\xe9\U0001f600'), ascii(info.decode(data)))
print(codecs.encode('abc', 'utf-16'), codecs.decode(b'\x00a\x00b', 'utf-16-be'))
print(codecs.encode('a\ud800', 'utf-32-be', 'replace'))
print(codecs.decode(b'a\x00b', 'utf-16-le', 'ignore'))
print(codecs.BOM_UTF16_LE + 'x'.encode('utf-16-le') == 'x'.encode('utf-16'))
print(codecs.BOM_UTF32 + 'x'.encode('utf-32-le') == 'x'.encode('utf-32'))
enc = codecs.getencoder('utf-32')
dec = codecs.getdecoder('utf-16')
print(enc('hi'), dec(b'\xfe\xff\x00h\x00i'))
try:
    codecs.decode(b'\x00\xdc', 'utf-16-le')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    codecs.lookup('utf16be')
except LookupError as e:
    print('LookupError', e)
