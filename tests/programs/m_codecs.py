import codecs, os, tempfile
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'), codecs.encode('abc', 'rot-13'))
print(codecs.encode('héllo', 'utf-8'), codecs.decode(b'h\xc3\xa9llo', 'utf-8'), codecs.encode('é', 'latin-1'), codecs.decode(b'\xe9', 'latin1'))
print(codecs.encode(b'\x01\xab', 'hex'), codecs.decode(b'01ab', 'hex'), codecs.decode('01ab', 'hex'), codecs.encode(b'hi', 'base64'), codecs.decode(b'aGk=\n', 'base64'))
print(codecs.lookup('UTF8').name, codecs.lookup('latin_1').name, codecs.lookup('rot13').name, codecs.BOM_UTF8, codecs.encode('x'))
print(codecs.encode('é', 'ascii', 'replace'), codecs.decode(b'\xff', 'utf-8', 'ignore'), codecs.getencoder('rot13')('ab'), codecs.getdecoder('utf-8')(b'ok'))
try:
    codecs.lookup('no-such-codec')
except LookupError as e:
    print('LookupError', e)
try:
    codecs.encode('é', 'ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
path = os.path.join(tempfile.gettempdir(), 'gclab_m_codecs.txt')
with codecs.open(path, 'w', encoding='utf-8') as f:
    f.write('ünïcode\n')
with codecs.open(path, 'r', 'utf-8') as f:
    print(repr(f.read()))
os.remove(path)
def rot13(s):
    return ''.join(codecs.encode(c, 'rot13') for c in s)
print(rot13('The Quick Brown Fox Jumps Over The Lazy Dog'))
