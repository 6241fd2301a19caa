# str.encode and bytes.decode with the codecs the library writes (8-bit code pages,
# utf-8-sig, unicode_escape, raw_unicode_escape, a registered search function): the
# error handlers and the errors' messages and positions as CPython's.
import codecs
samples = ['plain', 'caf\u00e9 \u20ac', '\u0416\u0438\u0437\u043d\u044c', 'tab\there\n', 'back\\slash "q" \'s\'', '\u4e2d\U0001f600\x00\x7f']
for enc in ['utf-8-sig', 'cp1252', 'windows-1252', 'cp1251', 'latin9', 'cp437', 'mac_roman', 'koi8-r', 'unicode_escape', 'raw_unicode_escape', 'iso8859-2', 'cp850', 'cp1250']:
    for text in samples:
        for errors in ['strict', 'replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace']:
            try:
                b = text.encode(enc, errors)
                print(enc, errors, b, repr(b.decode(enc, 'replace')))
            except UnicodeError as e:
                print(enc, errors, type(e).__name__, e, e.start, e.end, e.encoding)
for enc, data in [('cp1252', b'\x81\x80'), ('unicode_escape', b'\\x4'), ('unicode_escape', b'\\u12'), ('unicode_escape', b'abc\\'), ("unicode_escape", b"\\101\\N"), ('raw_unicode_escape', b'\\\\u0041\\u0041\\x41'), ('utf-8-sig', b'no bom'), ('koi8_r', bytes(range(0xc0, 0xd0)))]:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            print(enc, errors, repr(data.decode(enc, errors)))
        except UnicodeError as e:
            print(enc, errors, type(e).__name__, e)
for bad in ['rot13', 'no-such-codec', 'hex']:
    try:
        'abc'.encode(bad)
    except LookupError as e:
        print('LookupError', e)
    try:
        b'abc'.decode(bad)
    except LookupError as e:
        print('LookupError', e)
print(codecs.lookup('windows-1252').name, codecs.lookup('latin9').name, codecs.lookup('UTF-8-SIG').name, codecs.lookup('macintosh').name)
def search(name):
    if name == 'shouty':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode('ascii'), len(s)),
                                lambda b, errors='strict': (bytes(b).decode('ascii').lower(), len(b)), name='shouty')
codecs.register(search)
print('hello'.encode('shouty'), b'HELLO'.decode('shouty'), codecs.encode('x', 'shouty'))
print(bytearray(b'caf\xe9').decode('cp1252'), memoryview(b'\x80').tobytes().decode('cp1252'))
print(str(b'\xe9t\xe9', 'cp1252'), bytes('\u20ac', 'cp1252'))
