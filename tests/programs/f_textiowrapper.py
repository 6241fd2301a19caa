# io.TextIOWrapper over binary streams, as scripts use it (re-encoding stdout, reading
# bytes as text), and BytesIO.getbuffer
import io
import sys

raw = io.BytesIO('first line\r\nsecond: café\nthird\r\n'.encode('utf-8'))
w = io.TextIOWrapper(raw, encoding='utf-8')
print(w.encoding, w.errors, w.readline().encode(), repr(w.readline()), list(w), w.read())
raw2 = io.BytesIO(b'a\r\nb\r\n')
print(repr(io.TextIOWrapper(raw2, newline='').read()))
raw3 = io.BytesIO('x\u00e9y\nzz'.encode('latin-1'))
t3 = io.TextIOWrapper(raw3, encoding='latin-1')
print(repr(t3.read(2)), repr(t3.read(1)), repr(t3.readline()), repr(t3.read()))
out = io.BytesIO()
tw = io.TextIOWrapper(out, encoding='utf-16-le', newline='\r\n')
print(tw.write('hé\nyo'), tw.write(''), end=' ')
tw.flush()
print(out.getvalue())
detached = tw.detach()
print(detached is out)
try:
    tw.write('x')
except ValueError as e:
    print('ValueError:', e)
bad = io.TextIOWrapper(io.BytesIO(b'ok \xff end'), encoding='utf-8', errors='replace')
print(repr(bad.read()))
strict = io.TextIOWrapper(io.BytesIO(b'\xff'), encoding='utf-8')
try:
    strict.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
try:
    io.TextIOWrapper(io.BytesIO(), encoding='no-such-codec')
except LookupError as e:
    print('LookupError:', e)
with io.TextIOWrapper(io.BytesIO(b'ctx\n')) as cm:
    print(cm.read().strip(), cm.closed)
print(cm.closed)
b = io.BytesIO(b'abcdef')
view = b.getbuffer()
print(len(view), view[0], bytes(view[1:3]))
view[0] = ord('A')
del view
print(b.getvalue())
# what a script does to force UTF-8 output, whatever the locale
sys.stdout.flush()
sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8', line_buffering=True)
print('now through the wrapper: snowman \u2603, euro \u20ac')
print(sys.stdout.encoding, sys.stdout.line_buffering)
sys.stdout.write('written directly\n')
