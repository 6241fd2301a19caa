import locale
import os
import sys

L = locale
print(L.LC_CTYPE, L.LC_NUMERIC, L.LC_TIME, L.LC_COLLATE, L.LC_MONETARY, L.LC_MESSAGES,
      L.LC_ALL, L.CHAR_MAX)
print(L.Error.__mro__[1:], L.Error.__name__, issubclass(L.Error, Exception))

# the categories other than LC_CTYPE start as the C locale
print(L.setlocale(L.LC_NUMERIC), L.setlocale(L.LC_TIME), L.getlocale(L.LC_NUMERIC))
print(L.localeconv())
conv = L.localeconv()
print(conv['decimal_point'], repr(conv['thousands_sep']), conv['grouping'])

for name in ['C', 'POSIX', 'C.UTF-8', 'C.utf8']:
    print(name, L.setlocale(L.LC_ALL, name), L.getlocale(), L.getlocale(L.LC_NUMERIC),
          L.getpreferredencoding(False), L.getencoding(), L.nl_langinfo(L.CODESET))
for bad in ['xx_YY.UTF-8', 'en_US.UTF-8', 'c.utf8', 'klingon']:
    try:
        L.setlocale(L.LC_ALL, bad)
    except L.Error as e:
        print(bad, 'Error', e)
print(L.setlocale(L.LC_ALL, 'C'))
print(L.setlocale(L.LC_NUMERIC, 'C.UTF-8'))
print(L.setlocale(L.LC_ALL))
try:
    L.getlocale(L.LC_ALL)
except TypeError as e:
    print('TypeError', e)
print(L.setlocale(L.LC_ALL, L.setlocale(L.LC_ALL)))
print(L.setlocale(L.LC_ALL, 'C'), L.getlocale(L.LC_ALL))
try:
    L.setlocale(99, 'C')
except L.Error as e:
    print('Error', e)
try:
    L.setlocale(L.LC_ALL, 5)
except TypeError as e:
    print('TypeError', e)
for t in [(None, None), ('C', 'UTF-8'), ('en_US', 'UTF-8')]:
    try:
        print(t, L.setlocale(L.LC_ALL, t))
    except L.Error as e:
        print(t, 'Error', e)

# the environment's locale: python3 and gclab see the same environment here
os.environ['LC_ALL'] = 'C.UTF-8'
print(L.setlocale(L.LC_ALL, ''), L.getlocale())
os.environ['LC_ALL'] = 'C'
print(L.setlocale(L.LC_ALL, ''), L.getlocale(), L.getpreferredencoding(False))
os.environ['LC_ALL'] = 'no_SUCH.LOCALE'
try:
    L.setlocale(L.LC_ALL, '')
except L.Error as e:
    print('Error', e)
del os.environ['LC_ALL']
L.setlocale(L.LC_ALL, 'C')

# formatting in the C locale
print(L.str(3.14159265358979), L.str(2.0), L.str(1e20))
print(L.atof('1.5'), L.atof('-2.25e3'), L.atoi('42'), L.atof('7', int))
for bad in ['1,000', 'x']:
    try:
        L.atoi(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    L.atof('x')
except ValueError as e:
    print('ValueError', e)
print(L.format_string('%d items, %.2f', (1234567, 1234.5), grouping=True))
print(L.format_string('%(a)s and %(b).3f', {'a': 1, 'b': 2.5}))
print(L.format_string('%s and %%', 'x'), L.format_string('%5.1f|%-6d|', (2.25, 7)))
print(L.format_string('%*d|%-*.*f|', (5, 42, 8, 2, 3.14159)))
print(L.format_string('%x %o %e %g %r %c', (255, 8, 12345.678, 0.0001, 'r', 65)))
print(L.format_string('no specs', ()), L.format_string('%d', 5, monetary=True))
try:
    L.format_string('%d %d', 5)
except IndexError as e:
    print('IndexError', e)
print(L.localize('1234.5', grouping=True), L.delocalize('1234.5'))
try:
    L.currency(1.5)
except ValueError as e:
    print('ValueError', e)

# collation
words = ['pear', 'Apple', 'apple', 'Banana', 'cherry', '\xe9clair', 'Zebra']
print(sorted(words, key=L.strxfrm))
print(L.strcoll('a', 'b'), L.strcoll('b', 'a'), L.strcoll('abc', 'abc'), L.strxfrm('abc'))
import functools
print(sorted(words, key=functools.cmp_to_key(L.strcoll)))

# names
print(L.normalize('C'), L.normalize('POSIX'), L.normalize('C.UTF-8'), L.normalize('c.utf8'),
      L.normalize('en_US.utf8'), L.normalize('de_DE.UTF-8'), L.normalize('fr_FR.latin1'))

# nl_langinfo
print([L.nl_langinfo(getattr(L, k)) for k in ['D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM',
       'AM_STR', 'PM_STR', 'DAY_1', 'DAY_7', 'ABDAY_1', 'MON_1', 'MON_12', 'ABMON_12',
       'RADIXCHAR', 'THOUSEP', 'YESEXPR', 'NOEXPR', 'CRNCYSTR', 'ERA']])
print(L.DAY_1, L.ABMON_3, L.CODESET, L.RADIXCHAR)
try:
    L.nl_langinfo(12345)
except ValueError as e:
    print('ValueError', e)
print(sorted(L.__all__))
