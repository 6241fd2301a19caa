# gclab's codecs module, after CPython 3.11's interface for what programs call directly:
# encode/decode (the text codecs gclab has -- utf-8, ascii, latin-1, utf-16, utf-16-le,
# utf-16-be, utf-32, utf-32-le, utf-32-be and their aliases --
# plus the rot13, hex and base64 transforms), lookup (a CodecInfo with the normalised
# name and encode/decode functions), getencoder/getdecoder, open (the builtin open with
# the encoding), and the BOM constants.
# Written here, for str.encode and bytes.decode too: utf-8-sig, unicode_escape,
# raw_unicode_escape, and the 8-bit codecs cp1252, cp1251, cp1250, iso8859-15,
# iso8859-2, cp437, cp850, mac-roman and koi8-r; register/unregister add search
# functions, consulted after those.
# What differs: no incremental codecs or stream readers/writers (getreader/getwriter/
# iterencode are absent), only the codecs named above, and open() (the builtin's)
# knows only utf-8, ascii and latin-1.

import binascii

__all__ = ['encode', 'decode', 'lookup', 'register', 'unregister', 'getencoder',
           'getdecoder', 'open', 'CodecInfo',
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


# --- codecs written here: str.encode and bytes.decode come here for the encodings the
# interpreter does not have itself (gclab.objspace.bytesobject: _text_encode/_decode)

# The characters of bytes 0x80..0xFF in each 8-bit codec ('\ufffe': undefined), as
# CPython's tables give them.
_CHARMAPS = {
    'cp1252': (
    '\u20ac\ufffe\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffe\u017d\ufffe'
    '\ufffe\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffe\u017e\u0178'
    '\u00a0\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00a9\u00aa\u00ab\u00ac\u00ad\u00ae\u00af'
    '\u00b0\u00b1\u00b2\u00b3\u00b4\u00b5\u00b6\u00b7\u00b8\u00b9\u00ba\u00bb\u00bc\u00bd\u00be\u00bf'
    '\u00c0\u00c1\u00c2\u00c3\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb\u00cc\u00cd\u00ce\u00cf'
    '\u00d0\u00d1\u00d2\u00d3\u00d4\u00d5\u00d6\u00d7\u00d8\u00d9\u00da\u00db\u00dc\u00dd\u00de\u00df'
    '\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef'
    '\u00f0\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f7\u00f8\u00f9\u00fa\u00fb\u00fc\u00fd\u00fe\u00ff'),
    'cp1251': (
    '\u0402\u0403\u201a\u0453\u201e\u2026\u2020\u2021\u20ac\u2030\u0409\u2039\u040a\u040c\u040b\u040f'
    '\u0452\u2018\u2019\u201c\u201d\u2022\u2013\u2014\ufffe\u2122\u0459\u203a\u045a\u045c\u045b\u045f'
    '\u00a0\u040e\u045e\u0408\u00a4\u0490\u00a6\u00a7\u0401\u00a9\u0404\u00ab\u00ac\u00ad\u00ae\u0407'
    '\u00b0\u00b1\u0406\u0456\u0491\u00b5\u00b6\u00b7\u0451\u2116\u0454\u00bb\u0458\u0405\u0455\u0457'
    '\u0410\u0411\u0412\u0413\u0414\u0415\u0416\u0417\u0418\u0419\u041a\u041b\u041c\u041d\u041e\u041f'
    '\u0420\u0421\u0422\u0423\u0424\u0425\u0426\u0427\u0428\u0429\u042a\u042b\u042c\u042d\u042e\u042f'
    '\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u0439\u043a\u043b\u043c\u043d\u043e\u043f'
    '\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044a\u044b\u044c\u044d\u044e\u044f'),
    'cp1250': (
    '\u20ac\ufffe\u201a\ufffe\u201e\u2026\u2020\u2021\ufffe\u2030\u0160\u2039\u015a\u0164\u017d\u0179'
    '\ufffe\u2018\u2019\u201c\u201d\u2022\u2013\u2014\ufffe\u2122\u0161\u203a\u015b\u0165\u017e\u017a'
    '\u00a0\u02c7\u02d8\u0141\u00a4\u0104\u00a6\u00a7\u00a8\u00a9\u015e\u00ab\u00ac\u00ad\u00ae\u017b'
    '\u00b0\u00b1\u02db\u0142\u00b4\u00b5\u00b6\u00b7\u00b8\u0105\u015f\u00bb\u013d\u02dd\u013e\u017c'
    '\u0154\u00c1\u00c2\u0102\u00c4\u0139\u0106\u00c7\u010c\u00c9\u0118\u00cb\u011a\u00cd\u00ce\u010e'
    '\u0110\u0143\u0147\u00d3\u00d4\u0150\u00d6\u00d7\u0158\u016e\u00da\u0170\u00dc\u00dd\u0162\u00df'
    '\u0155\u00e1\u00e2\u0103\u00e4\u013a\u0107\u00e7\u010d\u00e9\u0119\u00eb\u011b\u00ed\u00ee\u010f'
    '\u0111\u0144\u0148\u00f3\u00f4\u0151\u00f6\u00f7\u0159\u016f\u00fa\u0171\u00fc\u00fd\u0163\u02d9'),
    'iso8859_15': (
    '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f'
    '\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f'
    '\u00a0\u00a1\u00a2\u00a3\u20ac\u00a5\u0160\u00a7\u0161\u00a9\u00aa\u00ab\u00ac\u00ad\u00ae\u00af'
    '\u00b0\u00b1\u00b2\u00b3\u017d\u00b5\u00b6\u00b7\u017e\u00b9\u00ba\u00bb\u0152\u0153\u0178\u00bf'
    '\u00c0\u00c1\u00c2\u00c3\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb\u00cc\u00cd\u00ce\u00cf'
    '\u00d0\u00d1\u00d2\u00d3\u00d4\u00d5\u00d6\u00d7\u00d8\u00d9\u00da\u00db\u00dc\u00dd\u00de\u00df'
    '\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef'
    '\u00f0\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f7\u00f8\u00f9\u00fa\u00fb\u00fc\u00fd\u00fe\u00ff'),
    'iso8859_2': (
    '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f'
    '\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f'
    '\u00a0\u0104\u02d8\u0141\u00a4\u013d\u015a\u00a7\u00a8\u0160\u015e\u0164\u0179\u00ad\u017d\u017b'
    '\u00b0\u0105\u02db\u0142\u00b4\u013e\u015b\u02c7\u00b8\u0161\u015f\u0165\u017a\u02dd\u017e\u017c'
    '\u0154\u00c1\u00c2\u0102\u00c4\u0139\u0106\u00c7\u010c\u00c9\u0118\u00cb\u011a\u00cd\u00ce\u010e'
    '\u0110\u0143\u0147\u00d3\u00d4\u0150\u00d6\u00d7\u0158\u016e\u00da\u0170\u00dc\u00dd\u0162\u00df'
    '\u0155\u00e1\u00e2\u0103\u00e4\u013a\u0107\u00e7\u010d\u00e9\u0119\u00eb\u011b\u00ed\u00ee\u010f'
    '\u0111\u0144\u0148\u00f3\u00f4\u0151\u00f6\u00f7\u0159\u016f\u00fa\u0171\u00fc\u00fd\u0163\u02d9'),
    'cp437': (
    '\u00c7\u00fc\u00e9\u00e2\u00e4\u00e0\u00e5\u00e7\u00ea\u00eb\u00e8\u00ef\u00ee\u00ec\u00c4\u00c5'
    '\u00c9\u00e6\u00c6\u00f4\u00f6\u00f2\u00fb\u00f9\u00ff\u00d6\u00dc\u00a2\u00a3\u00a5\u20a7\u0192'
    '\u00e1\u00ed\u00f3\u00fa\u00f1\u00d1\u00aa\u00ba\u00bf\u2310\u00ac\u00bd\u00bc\u00a1\u00ab\u00bb'
    '\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255d\u255c\u255b\u2510'
    '\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567'
    '\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580'
    '\u03b1\u00df\u0393\u03c0\u03a3\u03c3\u00b5\u03c4\u03a6\u0398\u03a9\u03b4\u221e\u03c6\u03b5\u2229'
    '\u2261\u00b1\u2265\u2264\u2320\u2321\u00f7\u2248\u00b0\u2219\u00b7\u221a\u207f\u00b2\u25a0\u00a0'),
    'cp850': (
    '\u00c7\u00fc\u00e9\u00e2\u00e4\u00e0\u00e5\u00e7\u00ea\u00eb\u00e8\u00ef\u00ee\u00ec\u00c4\u00c5'
    '\u00c9\u00e6\u00c6\u00f4\u00f6\u00f2\u00fb\u00f9\u00ff\u00d6\u00dc\u00f8\u00a3\u00d8\u00d7\u0192'
    '\u00e1\u00ed\u00f3\u00fa\u00f1\u00d1\u00aa\u00ba\u00bf\u00ae\u00ac\u00bd\u00bc\u00a1\u00ab\u00bb'
    '\u2591\u2592\u2593\u2502\u2524\u00c1\u00c2\u00c0\u00a9\u2563\u2551\u2557\u255d\u00a2\u00a5\u2510'
    '\u2514\u2534\u252c\u251c\u2500\u253c\u00e3\u00c3\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u00a4'
    '\u00f0\u00d0\u00ca\u00cb\u00c8\u0131\u00cd\u00ce\u00cf\u2518\u250c\u2588\u2584\u00a6\u00cc\u2580'
    '\u00d3\u00df\u00d4\u00d2\u00f5\u00d5\u00b5\u00fe\u00de\u00da\u00db\u00d9\u00fd\u00dd\u00af\u00b4'
    '\u00ad\u00b1\u2017\u00be\u00b6\u00a7\u00f7\u00b8\u00b0\u00a8\u00b7\u00b9\u00b3\u00b2\u25a0\u00a0'),
    'mac_roman': (
    '\u00c4\u00c5\u00c7\u00c9\u00d1\u00d6\u00dc\u00e1\u00e0\u00e2\u00e4\u00e3\u00e5\u00e7\u00e9\u00e8'
    '\u00ea\u00eb\u00ed\u00ec\u00ee\u00ef\u00f1\u00f3\u00f2\u00f4\u00f6\u00f5\u00fa\u00f9\u00fb\u00fc'
    '\u2020\u00b0\u00a2\u00a3\u00a7\u2022\u00b6\u00df\u00ae\u00a9\u2122\u00b4\u00a8\u2260\u00c6\u00d8'
    '\u221e\u00b1\u2264\u2265\u00a5\u00b5\u2202\u2211\u220f\u03c0\u222b\u00aa\u00ba\u03a9\u00e6\u00f8'
    '\u00bf\u00a1\u00ac\u221a\u0192\u2248\u2206\u00ab\u00bb\u2026\u00a0\u00c0\u00c3\u00d5\u0152\u0153'
    '\u2013\u2014\u201c\u201d\u2018\u2019\u00f7\u25ca\u00ff\u0178\u2044\u20ac\u2039\u203a\ufb01\ufb02'
    '\u2021\u00b7\u201a\u201e\u2030\u00c2\u00ca\u00c1\u00cb\u00c8\u00cd\u00ce\u00cf\u00cc\u00d3\u00d4'
    '\uf8ff\u00d2\u00da\u00db\u00d9\u0131\u02c6\u02dc\u00af\u02d8\u02d9\u02da\u00b8\u02dd\u02db\u02c7'),
    'koi8_r': (
    '\u2500\u2502\u250c\u2510\u2514\u2518\u251c\u2524\u252c\u2534\u253c\u2580\u2584\u2588\u258c\u2590'
    '\u2591\u2592\u2593\u2320\u25a0\u2219\u221a\u2248\u2264\u2265\u00a0\u2321\u00b0\u00b2\u00b7\u00f7'
    '\u2550\u2551\u2552\u0451\u2553\u2554\u2555\u2556\u2557\u2558\u2559\u255a\u255b\u255c\u255d\u255e'
    '\u255f\u2560\u2561\u0401\u2562\u2563\u2564\u2565\u2566\u2567\u2568\u2569\u256a\u256b\u256c\u00a9'
    '\u044e\u0430\u0431\u0446\u0434\u0435\u0444\u0433\u0445\u0438\u0439\u043a\u043b\u043c\u043d\u043e'
    '\u043f\u044f\u0440\u0441\u0442\u0443\u0436\u0432\u044c\u044b\u0437\u0448\u044d\u0449\u0447\u044a'
    '\u042e\u0410\u0411\u0426\u0414\u0415\u0424\u0413\u0425\u0418\u0419\u041a\u041b\u041c\u041d\u041e'
    '\u041f\u042f\u0420\u0421\u0422\u0423\u0416\u0412\u042c\u042b\u0417\u0428\u042d\u0429\u0427\u042a'),

}
_CHARMAP_ALIASES = {
    '1252': 'cp1252', 'windows_1252': 'cp1252', '1251': 'cp1251', 'windows_1251': 'cp1251',
    '1250': 'cp1250', 'windows_1250': 'cp1250', 'iso_8859_15': 'iso8859_15',
    'l9': 'iso8859_15', 'latin9': 'iso8859_15', 'iso_8859_2': 'iso8859_2',
    'l2': 'iso8859_2', 'latin2': 'iso8859_2', 'csisolatin2': 'iso8859_2',
    'iso_ir_101': 'iso8859_2', 'iso_8859_2_1987': 'iso8859_2', '437': 'cp437',
    'ibm437': 'cp437', 'cspc8codepage437': 'cp437', '850': 'cp850', 'ibm850': 'cp850',
    'cspc850multilingual': 'cp850', 'macintosh': 'mac_roman', 'macroman': 'mac_roman',
    'cskoi8r': 'koi8_r',
}
_CHARMAP_NAMES = {'iso8859_15': 'iso8859-15', 'iso8859_2': 'iso8859-2',
                  'mac_roman': 'mac-roman', 'koi8_r': 'koi8-r'}
_encoding_tables = {}


def _encode_error(codec, text, i, reason, errors, end=None):
    """What errors says to put for text[i], which codec cannot encode (text[i:end] is
    the run of such characters that a strict error reports)."""
    ch = text[i]
    if errors == 'strict':
        raise UnicodeEncodeError(codec, text, i, end or i + 1, reason)
    if errors == 'ignore':
        return b''
    if errors == 'replace':
        return b'?'
    if errors == 'xmlcharrefreplace':
        return ('&#%d;' % ord(ch)).encode('ascii')
    if errors == 'backslashreplace':
        return _escape_char(ch).encode('ascii')
    raise LookupError("unknown error handler name '%s'" % errors)


def _decode_error(codec, data, i, end, reason, errors):
    """What errors says to put for data[i:end], which codec cannot decode."""
    if errors == 'strict':
        raise UnicodeDecodeError(codec, bytes(data), i, end, reason)
    if errors == 'ignore':
        return ''
    if errors == 'replace':
        return '\ufffd'
    if errors == 'backslashreplace':
        return ''.join('\\x%02x' % b for b in data[i:end])
    if errors == 'surrogateescape':
        return ''.join(chr(0xdc00 + b) for b in data[i:end])
    raise LookupError("unknown error handler name '%s'" % errors)


def _charmap_codec(key):
    upper = _CHARMAPS[key]

    def decode(data, errors='strict'):
        out = []
        for i, b in enumerate(bytes(data)):
            if b < 0x80:
                out.append(chr(b))
            elif upper[b - 0x80] != '\ufffe':
                out.append(upper[b - 0x80])
            else:
                out.append(_decode_error('charmap', data, i, i + 1,
                                         'character maps to <undefined>', errors))
        return ''.join(out), len(data)

    def encode(text, errors='strict'):
        table = _encoding_tables.get(key)
        if table is None:
            table = {ch: 0x80 + i for i, ch in enumerate(upper) if ch != '\ufffe'}
            _encoding_tables[key] = table
        out = bytearray()
        for i, ch in enumerate(text):
            if ch < '\x80':
                out.append(ord(ch))
            elif ch in table:
                out.append(table[ch])
            else:
                end = i + 1
                while end < len(text) and text[end] >= '\x80' and text[end] not in table:
                    end += 1
                out += _encode_error('charmap', text, i, 'character maps to <undefined>',
                                     errors, end)
        return bytes(out), len(text)

    return CodecInfo(encode, decode, name=_CHARMAP_NAMES.get(key, key))


def _utf_8_sig_encode(text, errors='strict'):
    return BOM_UTF8 + text.encode('utf-8', errors), len(text)


def _utf_8_sig_decode(data, errors='strict'):
    data = bytes(data)
    start = 3 if data[:3] == BOM_UTF8 else 0
    return data[start:].decode('utf-8', errors), len(data)


def _escape_char(ch):
    n = ord(ch)
    if n < 0x100:
        return '\\x%02x' % n
    if n < 0x10000:
        return '\\u%04x' % n
    return '\\U%08x' % n


def _unicode_escape_encode(text, errors='strict'):
    out = []
    for ch in text:
        if ch == '\\':
            out.append('\\\\')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif ' ' <= ch < '\x7f':
            out.append(ch)
        else:
            out.append(_escape_char(ch))
    return ''.join(out).encode('ascii'), len(text)


_SIMPLE_ESCAPES = {'\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b', 'f': '\f',
                   'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\n': ''}


def _hex_escape(data, i, digits, codec, errors, out):
    """The \\x, \\u or \\U escape whose digits start at data[i]: where decoding
    goes on."""
    text = data[i:i + digits]
    try:
        if len(text) < digits:
            raise ValueError
        n = int(text.decode('ascii'), 16)
        if n > 0x10ffff:
            out.append(_decode_error(codec, data, i - 2, i + digits,
                                     'illegal Unicode character', errors))
        else:
            out.append(chr(n))
        return i + digits
    except ValueError:
        end = i
        while end < len(data) and end < i + digits and \
                chr(data[end]) in '0123456789abcdefABCDEF':
            end += 1
        reason = 'truncated \\%sXX escape' % chr(data[i - 1])
        if digits == 4:
            reason = 'truncated \\uXXXX escape'
        elif digits == 8:
            reason = 'truncated \\UXXXXXXXX escape'
        out.append(_decode_error(codec, data, i - 2, end, reason, errors))
        return end


def _unicode_escape_decode(data, errors='strict'):
    data = bytes(data)
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b != 0x5c:
            out.append(chr(b))
            i += 1
            continue
        if i + 1 >= n:
            out.append(_decode_error('unicodeescape', data, i, n, '\\ at end of string',
                                     errors))
            break
        c = chr(data[i + 1])
        i += 2
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif '0' <= c <= '7':
            digits = c
            while len(digits) < 3 and i < n and '0' <= chr(data[i]) <= '7':
                digits += chr(data[i])
                i += 1
            out.append(chr(int(digits, 8)))
        elif c == 'x':
            i = _hex_escape(data, i, 2, 'unicodeescape', errors, out)
        elif c == 'u':
            i = _hex_escape(data, i, 4, 'unicodeescape', errors, out)
        elif c == 'U':
            i = _hex_escape(data, i, 8, 'unicodeescape', errors, out)
        elif c == 'N':
            # (gclab has no table of character names)
            close = data.find(b'}', i)
            if i < n and data[i] == 0x7b and close > i + 1:
                out.append(_decode_error('unicodeescape', data, i - 2, close + 1,
                                         'unknown Unicode character name', errors))
                i = close + 1
            else:
                out.append(_decode_error('unicodeescape', data, i - 2, i,
                                         'malformed \\N character escape', errors))
        else:
            out.append('\\' + c)
    return ''.join(out), n


def _raw_unicode_escape_encode(text, errors='strict'):
    out = bytearray()
    for ch in text:
        if ord(ch) < 0x100:
            out.append(ord(ch))
        else:
            out += _escape_char(ch).encode('ascii')
    return bytes(out), len(text)


def _raw_unicode_escape_decode(data, errors='strict'):
    data = bytes(data)
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b == 0x5c and i + 1 < n and data[i + 1] in (0x75, 0x55):
            # a \\u or \\U escape, unless the backslash is itself escaped
            backslashes = 1
            while i - backslashes >= 0 and data[i - backslashes] == 0x5c:
                backslashes += 1
            if backslashes % 2 == 1:
                digits = 4 if data[i + 1] == 0x75 else 8
                i = _hex_escape(data, i + 2, digits, 'rawunicodeescape', errors, out)
                continue
        out.append(chr(b))
        i += 1
    return ''.join(out), n


_OTHER_TEXT = {
    'utf_8_sig': ('utf-8-sig', _utf_8_sig_encode, _utf_8_sig_decode),
    'unicode_escape': ('unicode-escape', _unicode_escape_encode, _unicode_escape_decode),
    'raw_unicode_escape': ('raw-unicode-escape', _raw_unicode_escape_encode,
                           _raw_unicode_escape_decode),
}
_search_functions = []


def register(search_function):
    """Register a search function: lookup(name) calls it with the normalised name, and
    it returns a CodecInfo or None."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)


def _text_codec(encoding, method):
    """The CodecInfo of a text encoding (what str.encode and bytes.decode accept)."""
    info = lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError("'%s' is not a text encoding; use codecs.%s() to handle "
                          "arbitrary codecs" % (encoding, method))
    return info


def _text_encode(text, encoding, errors):
    return _text_codec(encoding, 'encode').encode(text, errors)[0]


def _text_decode(data, encoding, errors):
    return _text_codec(encoding, 'decode').decode(data, errors)[0]


def lookup(encoding):
    key = _normalize(encoding)
    if key in _TRANSFORMS:
        name, enc, dec = _TRANSFORMS[key]
        info = CodecInfo(enc, dec, name=name)
        info._is_text_encoding = False
        return info
    key = _CHARMAP_ALIASES.get(key, key)
    if key in _CHARMAPS:
        return _charmap_codec(key)
    if key in _OTHER_TEXT:
        name, enc, dec = _OTHER_TEXT[key]
        return CodecInfo(enc, dec, name=name)
    if key in _TEXT:
        name = _TEXT[key]

        def enc(obj, errors='strict'):
            return obj.encode(name, errors), len(obj)

        def dec(obj, errors='strict'):
            return bytes(obj).decode(name, errors), len(obj)

        return CodecInfo(enc, dec, name=name)
    for search in _search_functions:
        info = search(key)
        if info is not None:
            return info
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
