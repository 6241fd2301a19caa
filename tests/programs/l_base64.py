# base64 (gclab/lib): Base64 (standard, URL-safe, altchars, validate, MIME lines),
# Base32 (with casefold, map01, extended hex) and Base16, round trips and the
# binascii.Error messages of CPython.
import base64

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\x00', b'\x00\x00',
           b'\xff\xfe\xfd', bytes(range(256)), b'\xfb\xff\xbf', 'h\u00e9llo'.encode('utf-8')]
for s in samples:
    e64 = base64.b64encode(s)
    print(e64, base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b16encode(s)[:40])
    print(base64.b64decode(e64) == s, base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s,
          base64.b32decode(base64.b32encode(s)) == s, base64.b16decode(base64.b16encode(s)) == s,
          base64.b32hexdecode(base64.b32hexencode(s)) == s,
          base64.decodebytes(base64.encodebytes(s)) == s)
print(base64.b64encode(bytearray(b'bytearray')), type(base64.b64encode(bytearray(b'x'))))
print(base64.standard_b64encode(b'std'), base64.standard_b64decode(b'c3Rk'))
print(base64.b64encode(b'\xfb\xff\xbf', altchars=b'-_'), base64.b64encode(b'\xfb\xff', b'*!'))
print(base64.b64decode(b'-_-_', altchars=b'-_'), base64.b64decode('*!*!', altchars='*!'))
print(base64.b32hexencode(b'hello'), base64.b32hexdecode(b'D1IMOR3F'))
print(base64.b32hexdecode('d1imor3f', casefold=True))

# decoding str, bytearray, junk characters, padding
for doc in ['Zm9vYmFy', 'Zm9vYg==', 'Zm9vYmE=', b'Zm9v\nYmFy\n', bytearray(b'Zm9v'),
            'Zm 9v YmFy', 'Zm9vYg', 'Zm9vYg=', 'Zm9vYg===', 'Zm9vYg==Zm9v', 'Zm9=vYg==',
            'Zm9vY', 'Z', 'Zm9vYmFyZ', '', '====', 'Zg==Zg==', '!Zm9v!', 'Zm9v====',
            '=Zm9v', 'Zm9vYmFy=', 'Z===', 'Zm=9', 'YQ=\n=', b'\xffZm9v', 'YWI', 'YQ=x',
            'Zm9vYg==\n', 'Zm9vYg=x=', 'YWJj=', 'YWJjZA']:
    for validate in (False, True):
        try:
            print(repr(doc), validate, base64.b64decode(doc, validate=validate))
        except base64.binascii.Error as e:
            print(repr(doc), validate, 'Error', e)
for doc in ['Zm9v+/', 'Zm9v-_', 'Zm9v+/==']:
    try:
        print(repr(doc), base64.urlsafe_b64decode(doc), base64.b64decode(doc))
    except ValueError as e:
        print(repr(doc), type(e).__name__, e)

# MIME lines
long = bytes(range(200))
enc = base64.encodebytes(long)
print(enc)
print(enc.count(b'\n'), [len(line) for line in enc.split(b'\n')])
print(base64.encodebytes(b''), base64.encodebytes(b'x' * 57), base64.decodebytes(b'eA==\n'))
print(base64.decodebytes(bytearray(b'YWJj')))

# Base32 decoding
for doc in ['MZXW6YTBOI======', 'MZXW6===', 'MY======', 'MZXQ====', 'MZXW6YQ=', 'mzxw6===',
            'MZXW6YTB', '', 'MZXW6', 'MZXW6=====', 'MY=====M', 'M1XW6===', '========',
            'MZXW6YTBOI=====', 'M=======', 'MZX=====', 'MZXW6YT=', '0Y======', 'MZXW6YTBO0======',
            b'MZXW6YTBOI======']:
    try:
        print(repr(doc), base64.b32decode(doc))
    except base64.binascii.Error as e:
        print(repr(doc), 'Error', e)
print(base64.b32decode('mzxw6===', casefold=True))
print(base64.b32decode('0Y======', map01='L'), base64.b32decode(b'1Y======', map01=b'I'))
print(base64.b32decode('IE======', map01='L'), base64.b32decode('0e======', True, 'I'))

# Base16
for doc in ['666F6F', '666f6f', '', '6', '66G', 'ZZ', b'00FF', bytearray(b'0A')]:
    for casefold in (False, True):
        try:
            print(repr(doc), casefold, base64.b16decode(doc, casefold))
        except base64.binascii.Error as e:
            print(repr(doc), casefold, 'Error', e)

# types and errors
for fn in [base64.b64encode, base64.urlsafe_b64encode, base64.b16encode, base64.b32encode,
           base64.encodebytes, base64.decodebytes]:
    for arg in ['text', 5, None]:
        try:
            fn(arg)
        except TypeError as e:
            print('TypeError', e)
for fn in [base64.b64decode, base64.urlsafe_b64decode, base64.b32decode, base64.b16decode]:
    for arg in ['caf\u00e9', 5, ['a']]:
        try:
            fn(arg)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
try:
    base64.b64encode(b'x', altchars=b'abc')
except AssertionError as e:
    print('AssertionError', e)
try:
    base64.b32decode('MY======', map01=b'LL')
except AssertionError as e:
    print('AssertionError', e)
print(issubclass(base64.binascii.Error, ValueError), base64.binascii.Error.__name__)
try:
    base64.b64decode('abc')
except ValueError as e:
    print('caught as ValueError:', e)
