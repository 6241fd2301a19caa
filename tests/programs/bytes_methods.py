# the methods of bytes (and bytearray's, which return bytearrays), codecs


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for b in [b'hello world', bytearray(b'hello world')]:
    print(b.find(b'o'), b.find(b'o', 5), b.find(b'o', 5, 7), b.rfind(b'o'), b.find(111),
          b.find(b'zz'), b.index(b'w'), b.rindex(b'l'), b.count(b'l'), b.count(b''),
          b.count(108, 0, 4), b.find(b'', 3))
    print(b.startswith(b'he'), b.startswith((b'x', b'hell')), b.endswith(b'world'),
          b.startswith(b'world', 6), b.endswith(bytearray(b'lo'), 0, 5))
    print(b.split(), b.split(b'o'), b.split(b'l', 1), b.rsplit(b'l', 1), b.rsplit(),
          b.split(maxsplit=0))
    print(b.upper(), b.lower(), b.title(), b.capitalize(), b.swapcase())
    print(b.replace(b'l', b'L'), b.replace(b'l', b'', 2), b.replace(b'', b'-'))
    print(b.partition(b' '), b.rpartition(b'o'), b.partition(b'#'))
    print(b.removeprefix(b'hello '), b.removesuffix(b'world'), b.removesuffix(b'x'))
    print(b.isalpha(), b.isdigit(), b.isspace(), b.isalnum(), b.islower(), b.isupper(),
          b.isascii())
    print(b.hex(), b.decode(), type(b.decode()).__name__)

print(b' \t a b \n'.split(), b'  a  b  '.split(None, 1), b'  a  b  '.rsplit(None, 1))
print(b'a,b,,c'.split(b','), b'a,b,,c'.rsplit(b',', 2), b''.split(), b''.split(b','))
print(b'  x  '.strip(), b'  x  '.lstrip(), b'  x  '.rstrip(), b'xxaxx'.strip(b'x'),
      bytearray(b'--a--').strip(b'-'), b'abc'.strip(bytearray(b'ac')))
print(b','.join([b'a', bytearray(b'b'), b'c']), bytearray(b', ').join([b'x', b'y']),
      b''.join([]), b'-'.join(b'' for _ in range(2)))
print(b'123'.isdigit(), b''.isdigit(), b'ab1'.isalnum(), b' \t'.isspace(), b'ABC'.isupper(),
      b'\x80'.isascii(), b'Hello World'.title())
print(b'\x01\xff'.hex(), bytes.fromhex('01 ff'), bytearray.fromhex('dead BEEF'),
      b'abc'.hex(':'), b'abcdef'.hex('-', 2), b'abcde'.hex(b'.', -2), bytes.fromhex(''))

show('find str', lambda: b'a'.find('a'))
show('count str', lambda: b'abc'.count('a'))
show('index missing', lambda: b'a'.index(b'z'))
show('rindex missing', lambda: b'a'.rindex(b'z'))
show('startswith str', lambda: b'a'.startswith('a'))
show('endswith tuple str', lambda: b'a'.endswith(('a',)))
show('split str', lambda: b'a'.split('a'))
show('split empty', lambda: b'a'.split(b''))
show('join str', lambda: b'a'.join(['a']))
show('join int', lambda: b'a'.join([b'x', 1]))
show('strip str', lambda: b'a'.strip('a'))
show('replace str', lambda: b'a'.replace('a', b'b'))
show('find no args', lambda: b'a'.find())
show('fromhex odd', lambda: bytes.fromhex('a'))
show('fromhex bad', lambda: bytes.fromhex('zz'))
show('fromhex space', lambda: bytes.fromhex('0 1'))
show('fromhex bytes', lambda: bytes.fromhex(b'00'))
show('decode args', lambda: b'a'.decode('utf-8', 'strict', 3))
show('decode enc type', lambda: b'x'.decode(encoding=1))
show('upper args', lambda: b'x'.upper(1))

# codecs
print(b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('utf-8'), b'caf\xe9'.decode('latin-1'),
      b'abc'.decode('ascii'), b'\xe2\x82\xac'.decode('UTF8'), b'\xff'.decode('iso-8859-1'))
print('café'.encode(), 'café'.encode('latin-1'), 'abc'.encode('ascii'), '€'.encode('utf_8'),
      'x'.encode(encoding='ascii', errors='strict'), ''.encode())
print(len(b'\xff\xfe'.decode('latin-1').encode('latin-1')), 'ÿ'.encode('latin1'))
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'),
      b'a\xffb'.decode('ascii', 'backslashreplace'), b'a\xe2\x82'.decode('utf-8', 'replace'))
print('é€x'.encode('ascii', 'replace'), 'é€x'.encode('ascii', 'ignore'),
      'é€'.encode('latin-1', 'backslashreplace'), 'a😀'.encode('ascii', 'backslashreplace'))
for data in [b'\xff', b'a\x80', b'\xe2\x82', b'\xe2', b'\xe2\x82\x28', b'\xe2\x28\xa1',
             b'\xed\xa0\x80', b'\xf0\x90\x80', b'\xc0\xaf', b'\xf5']:
    show('utf-8 ' + repr(data), lambda: data.decode())
show('ascii', lambda: b'\xff\xfe'.decode('ascii'))
show('encode ascii 1', lambda: 'aé'.encode('ascii'))
show('encode ascii 2', lambda: 'éé'.encode('ascii'))
show('encode latin-1', lambda: 'é€'.encode('latin-1'))
show('encode latin-1 emoji', lambda: 'x😀'.encode('latin-1'))
show('unknown encoding', lambda: b'x'.decode('foo'))
show('unknown encoding str', lambda: 'x'.encode('foo'))
show('unknown handler', lambda: b'\xff'.decode('utf-8', 'foo'))
try:
    b'\xff'.decode()
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, isinstance(e, UnicodeError))
try:
    'é'.encode('ascii')
except UnicodeError as e:
    print('caught as UnicodeError:', type(e).__name__)
try:
    b'x'.decode('nope')
except LookupError as e:
    print('caught as LookupError:', e)
