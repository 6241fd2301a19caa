"""locale for gclab: the C locales only (C, POSIX, C.UTF-8, C.utf8), written for gclab
after CPython 3.11's interface.  What differs from CPython is listed in docs/stdlib.md:
gclab has no C library locales, so setlocale() accepts only the C locales (others raise
locale.Error, as CPython does for a locale that is not installed) and the conventions
are always the C locale's."""

import os
import sys

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error', 'setlocale',
           'resetlocale', 'localeconv', 'strcoll', 'strxfrm', 'str', 'atof', 'atoi',
           'format', 'format_string', 'currency', 'normalize', 'LC_CTYPE', 'LC_COLLATE',
           'LC_TIME', 'LC_MONETARY', 'LC_NUMERIC', 'LC_ALL', 'CHAR_MAX', 'getencoding',
           'LC_MESSAGES']

_builtin_str = str

# glibc's numbers (as CPython's _locale on Linux)
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

# glibc's categories, in the order its composite LC_ALL names list them
_CATEGORIES = [(0, 'LC_CTYPE'), (1, 'LC_NUMERIC'), (2, 'LC_TIME'), (3, 'LC_COLLATE'),
               (4, 'LC_MONETARY'), (5, 'LC_MESSAGES'), (7, 'LC_PAPER'), (8, 'LC_NAME'),
               (9, 'LC_ADDRESS'), (10, 'LC_TELEPHONE'), (11, 'LC_MEASUREMENT'),
               (12, 'LC_IDENTIFICATION')]
_CATEGORY_NAMES = dict(_CATEGORIES)


class Error(Exception):
    pass


# the names setlocale() accepts, and the name it reports for each
_KNOWN = {'C': 'C', 'POSIX': 'C', 'C.UTF-8': 'C.UTF-8', 'C.utf8': 'C.utf8'}


def _env_name(category_name):
    """The locale name the environment gives a category (LC_ALL, LC_xxx, LANG)."""
    for var in ('LC_ALL', category_name, 'LANG'):
        value = os.environ.get(var)
        if value:
            return value
    return 'C'


def _initial_ctype():
    # CPython sets LC_CTYPE from the environment at startup, and makes a C or POSIX
    # LC_CTYPE C.UTF-8 (PEP 538)
    name = _KNOWN.get(_env_name('LC_CTYPE'))
    if name is None or name == 'C':
        return 'C.UTF-8'
    return name


_current = {}
for _number, _name in _CATEGORIES:
    _current[_number] = 'C'
_current[LC_CTYPE] = _initial_ctype()


def _all_name():
    names = [_current[number] for number, _ in _CATEGORIES]
    if all(n == names[0] for n in names):
        return names[0]
    return ';'.join(['%s=%s' % (cname, _current[number])
                     for number, cname in _CATEGORIES])


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings '
                        '-- language code, encoding.') from None


def setlocale(category, locale=None):
    """Set the locale of category (the C locales only) and return its name; with
    locale None only return the name."""
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" %
                        type(category).__name__)
    if category != LC_ALL and category not in _CATEGORY_NAMES:
        raise Error('unsupported locale setting')
    if locale is None:
        if category == LC_ALL:
            return _all_name()
        return _current[category]
    if not isinstance(locale, _builtin_str):
        raise TypeError('setlocale() argument 2 must be str or None, not %s' %
                        type(locale).__name__)
    if locale == '':
        if category == LC_ALL:
            wanted = {}
            for number, cname in _CATEGORIES:
                name = _KNOWN.get(_env_name(cname))
                if name is None:
                    raise Error('unsupported locale setting')
                wanted[number] = name
            if wanted[LC_CTYPE] == 'C' and not os.environ.get('LC_ALL'):
                wanted[LC_CTYPE] = _initial_ctype()
            _current.update(wanted)
            return _all_name()
        name = _KNOWN.get(_env_name(_CATEGORY_NAMES[category]))
        if name is None:
            raise Error('unsupported locale setting')
        if category == LC_CTYPE and name == 'C' and not os.environ.get('LC_ALL'):
            name = _initial_ctype()
        _current[category] = name
        return name
    name = _KNOWN.get(locale)
    if name is None:
        if category == LC_ALL and ';' in locale:
            return _set_composite(locale)
        raise Error('unsupported locale setting')
    if category == LC_ALL:
        for number in _current:
            _current[number] = name
        return name
    _current[category] = name
    return name


def _set_composite(text):
    wanted = {}
    by_name = {cname: number for number, cname in _CATEGORIES}
    for part in text.split(';'):
        cname, sep, value = part.partition('=')
        if not sep or cname not in by_name or value not in _KNOWN:
            raise Error('unsupported locale setting')
        wanted[by_name[cname]] = _KNOWN[value]
    _current.update(wanted)
    return _all_name()


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX, 'decimal_point': '.',
            'thousands_sep': '', 'grouping': []}


def _codeset():
    if _current[LC_CTYPE] == 'C':
        return 'ANSI_X3.4-1968'
    return 'UTF-8'


def getencoding():
    """The encoding of the current LC_CTYPE locale."""
    return _codeset()


def _utf8_mode():
    # CPython's UTF-8 mode (PEP 540): PYTHONUTF8=1, or a C/POSIX locale at startup
    setting = os.environ.get('PYTHONUTF8')
    if setting:
        return setting == '1'
    return _env_name('LC_CTYPE') in ('C', 'POSIX')


_UTF8_MODE = _utf8_mode()      # (decided at startup, as CPython does)


def getpreferredencoding(do_setlocale=True):
    """The encoding of the user's preferred locale (do_setlocale) or of the current
    LC_CTYPE locale."""
    if _UTF8_MODE:
        return 'utf-8'
    if not do_setlocale:
        return _codeset()
    saved = _current[LC_CTYPE]
    try:
        setlocale(LC_CTYPE, '')
    except Error:
        pass
    result = _codeset()
    _current[LC_CTYPE] = saved
    return result


# --- names ------------------------------------------------------------------------------

_ENCODINGS = {'utf8': 'UTF-8', 'utf-8': 'UTF-8', 'latin1': 'ISO8859-1',
              'latin-1': 'ISO8859-1', 'iso88591': 'ISO8859-1', 'iso8859-1': 'ISO8859-1',
              'iso-8859-1': 'ISO8859-1', 'iso885915': 'ISO8859-15',
              'iso8859-15': 'ISO8859-15', 'ascii': 'ISO8859-1', 'ansi_x3.4-1968':
              'ISO8859-1'}


def normalize(localename):
    """A normalised locale name: the C names as CPython's table gives them ('C',
    'en_US.UTF-8' for C.UTF-8) and language_TERRITORY.ENCODING names with CPython's
    spelling of the common encodings (CPython's whole alias table is not here)."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    modifier = ''
    if '@' in code:
        code, modifier = code.split('@', 1)
        modifier = '@' + modifier
    if code in ('c', 'posix'):
        return 'C' + modifier
    lang, _, encoding = code.partition('.')
    if lang in ('c', 'posix') and encoding in ('utf8', 'utf-8'):
        return 'en_US.UTF-8' + modifier
    if not encoding:
        return localename
    encoding = _ENCODINGS.get(encoding)
    if encoding is None:
        return localename
    if '_' in lang:
        language, territory = lang.split('_', 1)
        lang = language + '_' + territory.upper()
    return lang + '.' + encoding + modifier


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the category's current locale."""
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) the environment asks for (deprecated in 3.11)."""
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in "
                  "Python 3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    localename = 'C'
    for variable in envvars:
        value = os.environ.get(variable, None)
        if value:
            if variable == 'LANGUAGE':
                value = value.split(':')[0]
            localename = value
            break
    return _parse_localename(localename)


def resetlocale(category=LC_ALL):
    """Set the category's locale to the environment's (deprecated in 3.11)."""
    import warnings
    warnings.warn("'locale.resetlocale' is deprecated and slated for removal in "
                  "Python 3.13. Use locale.setlocale(locale.LC_ALL, \"\") instead.",
                  DeprecationWarning, stacklevel=2)
    setlocale(category, '')


# --- collation --------------------------------------------------------------------------

def strcoll(a, b):
    """Compare two strings in the locale's order (the C locale's: code points)."""
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        raise TypeError('strcoll() argument must be str, not %s' %
                        type(b if isinstance(a, _builtin_str) else a).__name__)
    return (a > b) - (a < b)


def strxfrm(s):
    """A key that compares as strcoll() orders (the string itself in the C locale)."""
    if not isinstance(s, _builtin_str):
        raise TypeError('strxfrm() argument must be str, not %s' % type(s).__name__)
    return s


# --- numbers ----------------------------------------------------------------------------

def _group(s, monetary=False):
    conv = localeconv()
    thousands_sep = conv[monetary and 'mon_thousands_sep' or 'thousands_sep']
    grouping = conv[monetary and 'mon_grouping' or 'grouping']
    if not grouping:
        return s, 0
    stripped = s.rstrip(' ')
    trailing = s[len(stripped):]
    s = stripped
    stripped = s.lstrip(' ')
    leading = s[:len(s) - len(stripped)]
    s = stripped
    groups = []
    last = None
    i = 0
    while s and i < len(grouping) + 1000:
        size = grouping[i] if i < len(grouping) else last
        if size == CHAR_MAX:
            break
        if i < len(grouping):
            last = grouping[i]
            if size == 0:
                size = last
        if len(s) <= size:
            break
        groups.append(s[-size:])
        s = s[:-size]
        i += 1
    groups.append(s)
    groups.reverse()
    return leading + thousands_sep.join(groups) + trailing, \
        len(thousands_sep) * (len(groups) - 1)


def _localize_number(formatted, grouping=False, monetary=False):
    conv = localeconv()
    parts = formatted.split('.')
    if grouping:
        parts[0], _ = _group(parts[0], monetary)
    if len(parts) > 1:
        point = conv[monetary and 'mon_decimal_point' or 'decimal_point']
        return parts[0] + point + parts[1]
    return parts[0]


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    if percent[-1] in 'eEfFgGdiu':
        formatted = _localize_number(formatted, grouping, monetary)
    return formatted


_SPEC_MODIFIERS = '-#0123456789 +*.hlL'
_SPEC_TYPES = 'eEfFgGdiouxXcrs%'


def _percent_specs(f):
    """[(start, end, key or None, modifiers)] of the % conversions in f."""
    specs = []
    i = 0
    n = len(f)
    while i < n:
        if f[i] != '%':
            i += 1
            continue
        start = i
        j = i + 1
        key = None
        if j < n and f[j] == '(':
            close = f.find(')', j + 1)
            if close < 0:
                i += 1
                continue
            key = f[j + 1:close]
            j = close + 1
        k = j
        while k < n and f[k] not in _SPEC_TYPES and f[k] in _SPEC_MODIFIERS:
            k += 1
        if k < n and f[k] in _SPEC_TYPES:
            specs.append((start, k + 1, key, f[j:k]))
            i = k + 1
        else:
            i += 1
    return specs


def format_string(f, val, grouping=False, monetary=False):
    """f % val with the locale's decimal point (and thousands grouping, when
    grouping) in the numbers."""
    specs = _percent_specs(f)
    pieces = []
    pos = 0
    for start, end, key, modifiers in specs:
        pieces.append(f[pos:start].replace('%', '%%'))
        pieces.append('%s')
        pos = end
    pieces.append(f[pos:].replace('%', '%%'))
    new_f = ''.join(pieces)
    new_val = []
    if hasattr(val, 'keys') and hasattr(val, '__getitem__') and \
            not isinstance(val, (tuple, _builtin_str)):
        for start, end, key, modifiers in specs:
            perc = f[start:end]
            if perc[-1] == '%':
                new_val.append('%')
            else:
                new_val.append(_format(perc, val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        i = 0
        for start, end, key, modifiers in specs:
            perc = f[start:end]
            if perc[-1] == '%':
                new_val.append('%')
            else:
                stars = modifiers.count('*')
                new_val.append(_format(perc, val[i], grouping, monetary,
                                       *val[i + 1:i + 1 + stars]))
                i += 1 + stars
    return new_f % tuple(new_val)


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated: format_string() with a single % conversion."""
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.", DeprecationWarning,
                  stacklevel=2)
    specs = _percent_specs(percent)
    if len(specs) != 1 or specs[0][0] != 0 or specs[0][1] != len(percent):
        raise ValueError('format() must be given exactly one %%char format specifier, '
                         '%s not valid' % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """val formatted as money in the locale (impossible in the C locale)."""
    conv = localeconv()
    digits = conv[international and 'int_frac_digits' or 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    s = _format('%%.%if' % digits, abs(val), grouping, monetary=True)
    return s


def str(val):
    """float val as str() would, with the locale's decimal point ('%.12g')."""
    return _format('%.12g', val)


def delocalize(string):
    """A number string of the locale made one float() and int() read."""
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """A number string written with the locale's conventions."""
    return _localize_number(string, grouping, monetary)


def atof(string, func=float):
    """float() of a number string of the locale."""
    return func(delocalize(string))


def atoi(string):
    """int() of a number string of the locale."""
    return int(delocalize(string))


# --- nl_langinfo ------------------------------------------------------------------------

CODESET = 14
D_T_FMT = 131112
D_FMT = 131113
T_FMT = 131114
T_FMT_AMPM = 131115
AM_STR = 131110
PM_STR = 131111
RADIXCHAR = 65536
THOUSEP = 65537
YESEXPR = 327680
NOEXPR = 327681
CRNCYSTR = 262159
ERA = 131116
ERA_D_FMT = 131118
ALT_DIGITS = 131119
ERA_D_T_FMT = 131120
ERA_T_FMT = 131121

_LANGINFO = {D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y', T_FMT: '%H:%M:%S',
             T_FMT_AMPM: '%I:%M:%S %p', AM_STR: 'AM', PM_STR: 'PM', RADIXCHAR: '.',
             THOUSEP: '', YESEXPR: '^[yY]', NOEXPR: '^[nN]', CRNCYSTR: '-', ERA: '',
             ERA_D_FMT: '', ALT_DIGITS: '', ERA_D_T_FMT: '', ERA_T_FMT: ''}
_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December']
for _i in range(7):
    globals()['DAY_%d' % (_i + 1)] = 131079 + _i
    globals()['ABDAY_%d' % (_i + 1)] = 131072 + _i
    _LANGINFO[131079 + _i] = _DAYS[_i]
    _LANGINFO[131072 + _i] = _DAYS[_i][:3]
for _i in range(12):
    globals()['MON_%d' % (_i + 1)] = 131098 + _i
    globals()['ABMON_%d' % (_i + 1)] = 131086 + _i
    _LANGINFO[131098 + _i] = _MONTHS[_i]
    _LANGINFO[131086 + _i] = _MONTHS[_i][:3]
del _i


def nl_langinfo(key):
    """The C locale's value of an nl_langinfo item (CODESET, D_T_FMT, DAY_1, ...)."""
    if key == CODESET:
        return _codeset()
    value = _LANGINFO.get(key)
    if value is None:
        raise ValueError('unsupported langinfo constant')
    return value
