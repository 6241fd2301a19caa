# gclab's codecs module, after CPython 3.11's interface for what programs call directly:
# encode/decode (the text codecs gclab has -- utf-8, ascii, latin-1, utf-16, utf-16-le,
# utf-16-be, utf-32, utf-32-le, utf-32-be and their aliases --
# plus the rot13, hex and base64 transforms), lookup (a CodecInfo with the normalised
# name and encode/decode functions), getencoder/getdecoder, open (the builtin open with
# the encoding), and the BOM constants.
# What differs: no codec registry (register/unregister), no incremental codecs or
# stream readers/writers (getreader/getwriter/iterencode are absent), and only the
# codecs named above.

import binascii

__all__ = ['encode', 'decode', 'lookup', 'getencoder', 'getdecoder', 'open', 'CodecInfo',
           'BOM', 'BOM_UTF8', 'BOM_LE', 'BOM_BE', 'BOM_UTF16', 'BOM_UTF16_LE',
           'BOM_UTF16_BE', 'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM_UTF16 = BOM = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE


class CodecInfo(tuple):
    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        return self

    def __repr__(self):
        return '<codecs.CodecInfo object for encoding %s>' % self.name


def _rot13_text(text):
    out = []
    for c in text:
        if 'a' <= c <= 'z':
            out.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif 'A' <= c <= 'Z':
            out.append(chr((ord(c) - 65 + 13) % 26 + 65))
        else:
            out.append(c)
    return ''.join(out)


def _rot13(obj, errors='strict'):
    if not isinstance(obj, str):
        raise TypeError("descriptor 'translate' for 'str' objects doesn't apply to a "
                        "'%s' object" % type(obj).__name__)
    return _rot13_text(obj), len(obj)


def _hex_encode(obj, errors='strict'):
    return binascii.b2a_hex(obj), len(obj)


def _hex_decode(obj, errors='strict'):
    return binascii.a2b_hex(obj), len(obj)


def _base64_encode(obj, errors='strict'):
    return binascii.b2a_base64(obj), len(obj)


def _base64_decode(obj, errors='strict'):
    return binascii.a2b_base64(obj), len(obj)


def _normalize(encoding):
    return encoding.lower().replace('-', '_').replace(' ', '_')


_TEXT = {}
for _alias in ('utf_8', 'utf8', 'u8', 'utf', 'cp65001'):
    _TEXT[_alias] = 'utf-8'
for _alias in ('ascii', 'us_ascii', '646', 'us'):
    _TEXT[_alias] = 'ascii'
for _alias in ('latin_1', 'latin1', 'latin', 'l1', 'iso_8859_1', 'iso8859_1', '8859',
               'cp819', 'iso_ir_100', 'csisolatin1'):
    _TEXT[_alias] = 'iso8859-1'
for _name, _aliases in [('utf-16', ('utf_16', 'utf16', 'u16')),
                        ('utf-16-le', ('utf_16_le', 'utf_16le', 'unicodelittleunmarked')),
                        ('utf-16-be', ('utf_16_be', 'utf_16be', 'unicodebigunmarked')),
                        ('utf-32', ('utf_32', 'utf32', 'u32')),
                        ('utf-32-le', ('utf_32_le', 'utf_32le')),
                        ('utf-32-be', ('utf_32_be', 'utf_32be'))]:
    for _alias in _aliases:
        _TEXT[_alias] = _name

_TRANSFORMS = {
    'rot13': ('rot-13', _rot13, _rot13),
    'rot_13': ('rot-13', _rot13, _rot13),
    'hex': ('hex', _hex_encode, _hex_decode),
    'hex_codec': ('hex', _hex_encode, _hex_decode),
    'base64': ('base64', _base64_encode, _base64_decode),
    'base_64': ('base64', _base64_encode, _base64_decode),
    'base64_codec': ('base64', _base64_encode, _base64_decode),
}


def lookup(encoding):
    key = _normalize(encoding)
    if key in _TRANSFORMS:
        name, enc, dec = _TRANSFORMS[key]
        return CodecInfo(enc, dec, name=name)
    if key in _TEXT:
        name = _TEXT[key]

        def enc(obj, errors='strict'):
            return obj.encode(name, errors), len(obj)

        def dec(obj, errors='strict'):
            return bytes(obj).decode(name, errors), len(obj)

        return CodecInfo(enc, dec, name=name)
    raise LookupError('unknown encoding: %s' % encoding)


def encode(obj, encoding='utf-8', errors='strict'):
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    import builtins
    if encoding is not None and 'b' not in mode:
        return builtins.open(filename, mode, buffering, encoding, errors)
    return builtins.open(filename, mode, buffering)
