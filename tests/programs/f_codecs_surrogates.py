# bytes <-> str round trips with surrogateescape / surrogatepass, as file-name and
# subprocess-output handling code does, plus explicit __format__ calls on numbers
def show(label, f):
    try:
        print(label, repr(f()))
    except (UnicodeError, LookupError) as e:
        print(label, type(e).__name__, e)


raw_names = [b'plain.txt', b'caf\xc3\xa9.txt', b'latin\xe9.txt', b'\xff\xfe', b'bad\xc3(']
for raw in raw_names:
    name = raw.decode('utf-8', 'surrogateescape')
    back = name.encode('utf-8', 'surrogateescape')
    print(repr(name), len(name), back == raw, name.encode('utf-8', 'backslashreplace'),
          name.encode('ascii', 'replace'))
    show('  strict', lambda: name.encode('utf-8'))
show('ascii-se', lambda: b'\xe9t\xe9'.decode('ascii', 'surrogateescape'))
show('ascii-back', lambda: '\udce9t\udce9'.encode('ascii', 'surrogateescape'))
show('latin-back', lambda: 'd\xe9j\udce0'.encode('latin-1', 'surrogateescape'))
show('not-escaped', lambda: 'a\ud800b'.encode('utf-8', 'surrogateescape'))
show('euro-se', lambda: 'x\u20ac'.encode('latin-1', 'surrogateescape'))
show('pass', lambda: 'a\ud83d\ude00'.encode('utf-8', 'surrogatepass'))
show('pass-back', lambda: b'a\xed\xa0\xbd'.decode('utf-8', 'surrogatepass'))
show('pass-strict', lambda: b'a\xed\xa0\xbd'.decode('utf-8'))
show('pass-ascii', lambda: b'\xe9'.decode('ascii', 'surrogatepass'))
show('utf16-pass', lambda: 'a\udc00'.encode('utf-16-le', 'surrogatepass'))
show('utf16-strict', lambda: 'a\udc00'.encode('utf-16-le'))
show('replace', lambda: 'x\udc80\udc81y'.encode('utf-8', 'replace'))
show('xml', lambda: 'x\udc80y'.encode('utf-8', 'xmlcharrefreplace'))
show('ignore', lambda: 'x\udc80y'.encode('utf-8', 'ignore'))
show('two', lambda: 'ab\udc80\udc81'.encode('utf-8'))
show('unknown', lambda: 'x'.encode('utf-8', 'nosuchhandler'))
everything = bytes(range(256))
text = everything.decode('utf-8', 'surrogateescape')
print(len(text), text.encode('utf-8', 'surrogateescape') == everything, repr(str(b'\x80', 'utf-8', 'surrogateescape')))


class Celsius(float):
    def __str__(self):
        return '%g C' % float(self)


for v, spec in [(255, 'x'), (255, '#010b'), (-7, '+d'), (2 ** 70, ','), (True, 'd'), (True, ''),
                (3.14159, '.2f'), (1e10, 'g'), (0.5, '%'), (Celsius(21.5), ''), (Celsius(21.5), '.1f')]:
    print(repr(type(v).__format__(v, spec)), repr(v.__format__(spec)), repr(format(v, spec)))
print(int.__format__ is bool.__format__, float.__format__ is not object.__format__, f'{Celsius(3)} {Celsius(3):5.1f}')
for bad in [lambda: (1).__format__(1), lambda: (1.5).__format__('q'), lambda: int.__format__('x', 'd'), lambda: int.__format__(1.5, 'd'), lambda: float.__format__(2, ''),
            lambda: (5).__format__('.2s')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
import operator
import sys
fs_enc, fs_err = sys.getfilesystemencoding(), sys.getfilesystemencodeerrors()
name = b'r\xe9sum\xe9.txt'.decode(fs_enc, fs_err)
print(fs_enc, fs_err, repr(name), name.encode(fs_enc, fs_err), operator.call(max, 3, 9, key=lambda v: -v))
