"""html for gclab: escape() and unescape(), written for gclab after the behaviour
CPython 3.11 documents (HTML5's rules for character references).  What differs from
CPython is listed in docs/stdlib.md: unescape() knows the HTML 4 entities (with
HTML5's values), the names HTML5 allows without a semicolon, and a few more HTML5
names, not HTML5's whole table of 2231 names; there is no html.entities (html.parser
is gclab/lib/html.parser.py).
"""

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """s with &, < and > replaced by HTML-safe sequences; with quote (the default) also
    the characters " and '."""
    s = s.replace('&', '&amp;')
    s = s.replace('<', '&lt;').replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;').replace("'", '&#x27;')
    return s


# --- the entity table --------------------------------------------------------------------
# "name codepoint" pairs: the HTML 4 entities (their HTML5 values), apos, and some
# HTML5 names.  Every name is known followed by ';'.
_NAMES = """
quot 34 amp 38 lt 60 gt 62 apos 39 QUOT 34 AMP 38 LT 60 GT 62
nbsp 160 iexcl 161 cent 162 pound 163 curren 164 yen 165 brvbar 166 sect 167
uml 168 copy 169 ordf 170 laquo 171 not 172 shy 173 reg 174 macr 175
COPY 169 REG 174
deg 176 plusmn 177 sup2 178 sup3 179 acute 180 micro 181 para 182 middot 183
cedil 184 sup1 185 ordm 186 raquo 187 frac14 188 frac12 189 frac34 190 iquest 191
Agrave 192 Aacute 193 Acirc 194 Atilde 195 Auml 196 Aring 197 AElig 198 Ccedil 199
Egrave 200 Eacute 201 Ecirc 202 Euml 203 Igrave 204 Iacute 205 Icirc 206 Iuml 207
ETH 208 Ntilde 209 Ograve 210 Oacute 211 Ocirc 212 Otilde 213 Ouml 214 times 215
Oslash 216 Ugrave 217 Uacute 218 Ucirc 219 Uuml 220 Yacute 221 THORN 222 szlig 223
agrave 224 aacute 225 acirc 226 atilde 227 auml 228 aring 229 aelig 230 ccedil 231
egrave 232 eacute 233 ecirc 234 euml 235 igrave 236 iacute 237 icirc 238 iuml 239
eth 240 ntilde 241 ograve 242 oacute 243 ocirc 244 otilde 245 ouml 246 divide 247
oslash 248 ugrave 249 uacute 250 ucirc 251 uuml 252 yacute 253 thorn 254 yuml 255
OElig 338 oelig 339 Scaron 352 scaron 353 Yuml 376 fnof 402 circ 710 tilde 732
Alpha 913 Beta 914 Gamma 915 Delta 916 Epsilon 917 Zeta 918 Eta 919 Theta 920
Iota 921 Kappa 922 Lambda 923 Mu 924 Nu 925 Xi 926 Omicron 927 Pi 928 Rho 929
Sigma 931 Tau 932 Upsilon 933 Phi 934 Chi 935 Psi 936 Omega 937
alpha 945 beta 946 gamma 947 delta 948 epsilon 949 zeta 950 eta 951 theta 952
iota 953 kappa 954 lambda 955 mu 956 nu 957 xi 958 omicron 959 pi 960 rho 961
sigmaf 962 sigma 963 tau 964 upsilon 965 phi 966 chi 967 psi 968 omega 969
thetasym 977 upsih 978 piv 982
ensp 8194 emsp 8195 thinsp 8201 zwnj 8204 zwj 8205 lrm 8206 rlm 8207
ndash 8211 mdash 8212 lsquo 8216 rsquo 8217 sbquo 8218 ldquo 8220 rdquo 8221
bdquo 8222 dagger 8224 Dagger 8225 bull 8226 hellip 8230 permil 8240 prime 8242
Prime 8243 lsaquo 8249 rsaquo 8250 oline 8254 frasl 8260 euro 8364 image 8465
weierp 8472 real 8476 trade 8482 alefsym 8501 larr 8592 uarr 8593 rarr 8594
darr 8595 harr 8596 crarr 8629 lArr 8656 uArr 8657 rArr 8658 dArr 8659 hArr 8660
forall 8704 part 8706 exist 8707 empty 8709 nabla 8711 isin 8712 notin 8713 ni 8715
prod 8719 sum 8721 minus 8722 lowast 8727 radic 8730 prop 8733 infin 8734 ang 8736
and 8743 or 8744 cap 8745 cup 8746 int 8747 there4 8756 sim 8764 cong 8773
asymp 8776 ne 8800 equiv 8801 le 8804 ge 8805 sub 8834 sup 8835 nsub 8836
sube 8838 supe 8839 oplus 8853 otimes 8855 perp 8869 sdot 8901 lceil 8968
rceil 8969 lfloor 8970 rfloor 8971 lang 10216 rang 10217 loz 9674 spades 9824
clubs 9827 hearts 9829 diams 9830
Tab 9 NewLine 10 excl 33 num 35 dollar 36 percnt 37 lpar 40 rpar 41 ast 42 plus 43
comma 44 period 46 sol 47 colon 58 semi 59 equals 61 quest 63 commat 64 lsqb 91
lbrack 91 bsol 92 rsqb 93 rbrack 93 Hat 94 lowbar 95 grave 96 lcub 123 lbrace 123
verbar 124 vert 124 rcub 125 rbrace 125 hyphen 8208 dash 8208 half 189 TRADE 8482
frac13 8531 frac23 8532 check 10003 cross 10007 star 9734 starf 9733 bigstar 9733
"""

# the names HTML5 also recognises without the ';' (the legacy Latin-1 ones)
_NO_SEMICOLON = """
AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave
Euml GT Iacute Icirc Igrave Iuml LT Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml QUOT
REG THORN Uacute Ucirc Ugrave Uuml Yacute aacute acirc acute aelig agrave amp aring
atilde auml brvbar ccedil cedil cent copy curren deg divide eacute ecirc egrave eth
euml frac12 frac14 frac34 gt iacute icirc iexcl igrave iquest iuml laquo lt macr micro
middot nbsp not ntilde oacute ocirc ograve ordf ordm oslash otilde ouml para plusmn
pound quot raquo reg sect shy sup1 sup2 sup3 szlig thorn times uacute ucirc ugrave uml
uuml yacute yen yuml
"""

_entities = {}      # 'amp;' -> '&', and 'amp' -> '&' for the names of _NO_SEMICOLON


def _build():
    words = _NAMES.split()
    for i in range(0, len(words), 2):
        _entities[words[i] + ';'] = chr(int(words[i + 1]))
    for name in _NO_SEMICOLON.split():
        _entities[name] = _entities[name + ';']


_build()

# numeric references HTML5 replaces: NUL, CR and the C1 controls read as Windows-1252
_C1 = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039'
       '\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc'
       '\u2122\u0161\u203a\u0153\x9d\u017e\u0178')


def _numeric(num):
    """The text of the reference &#num; (HTML5's rules)."""
    if 0x80 <= num <= 0x9f:
        return _C1[num - 0x80]
    if num == 0:
        return '\ufffd'
    if num == 0x0d:
        return '\r'
    if 0xd800 <= num <= 0xdfff or num > 0x10ffff:
        return '\ufffd'
    # control characters and noncharacters are dropped
    if (0x01 <= num <= 0x08 or num == 0x0b or 0x0e <= num <= 0x1f or num == 0x7f or
            0xfdd0 <= num <= 0xfdef or (num & 0xfffe) == 0xfffe):
        return ''
    return chr(num)


_DIGITS = '0123456789'
_HEXDIGITS = '0123456789abcdefABCDEF'
_NOT_IN_NAME = '\t\n\f <&#;'


def _reference(s, i):
    """The reference starting at s[i] == '&': (its text, the index after it), or None
    when s[i] does not start one."""
    n = len(s)
    j = i + 1
    if j < n and s[j] == '#':
        j += 1
        digits = _DIGITS
        base = 10
        if j < n and s[j] in 'xX':
            j += 1
            digits = _HEXDIGITS
            base = 16
        start = j
        while j < n and s[j] in digits:
            j += 1
        if j == start:
            return None
        num = int(s[start:j], base)
        if j < n and s[j] == ';':
            j += 1
        return _numeric(num), j
    start = j
    limit = min(n, j + 32)
    while j < limit and s[j] not in _NOT_IN_NAME:
        j += 1
    if j == start:
        return None
    if j < n and s[j] == ';':
        j += 1
    name = s[start:j]
    text = _entities.get(name)
    if text is not None:
        return text, j
    # the longest known name (of two characters or more) the name starts with
    k = len(name) - 1
    while k > 1:
        text = _entities.get(name[:k])
        if text is not None:
            return text + name[k:], j
        k -= 1
    return '&' + name, j


def unescape(s):
    """s with every named or numeric character reference (&gt;, &#62;, &#x3e;)
    replaced by its character, as HTML5 reads them."""
    if '&' not in s:
        return s
    parts = []
    pos = 0
    i = s.find('&')
    while i >= 0:
        found = _reference(s, i)
        if found is None:
            i = s.find('&', i + 1)
            continue
        text, end = found
        parts.append(s[pos:i])
        parts.append(text)
        pos = end
        i = s.find('&', end)
    parts.append(s[pos:])
    return ''.join(parts)
