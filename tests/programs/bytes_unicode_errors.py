# UnicodeDecodeError and UnicodeEncodeError: message, args and attributes as CPython's
for data, enc in [(b'\xff', 'utf-8'), (b'ab\xe2\x82', 'utf-8'), (b'a\x80', 'ascii')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, e.args, e.encoding, e.object, e.start, e.end, e.reason)
        print(repr(e))
for text, enc in [('aé', 'ascii'), ('é€x€€', 'latin-1'), ('😀', 'ascii')]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, e.args, e.encoding, e.object, e.start, e.end, e.reason)
        print(repr(e))
e = UnicodeDecodeError('utf-8', b'\x00\xff', 1, 2, 'oops')
print(e, e.args)
print(UnicodeEncodeError('ascii', 'xyz', 0, 3, 'nope'))
print(str(UnicodeError('plain')), isinstance(e, ValueError))
b'\xfe'.decode()
