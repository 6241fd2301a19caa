# strip/lstrip/rstrip with char sets, case conversions and character predicates
for s in ['  hi  ', '\t\n hi \r\n', 'xxhixx', '', '   ', 'hi']:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip('x')), repr(s.strip(' x')))
print('<<a>>'.strip('<>'), 'abcba'.strip('ab'), 'abcba'.lstrip('ba'), 'abcba'.rstrip('cba'), 'aaa'.strip('a') == '')
print('xyz'.strip(''), 'mississippi'.strip('ipm'), '0.500'.rstrip('0').rstrip('.'), '1.000'.rstrip('0').rstrip('.'))
words = ['hello', 'HELLO', 'hello world', "it's ok", 'o\'neil-smith', '3rd place', 'ABC def', '', 'a1b2']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
for w in ['abc', 'ABC', 'Abc', '123', 'a1', ' ', '', '1.5', '-1', 'abc ', '\t\n', 'ABC1', 'x_y']:
    print(repr(w), w.isdigit(), w.isalpha(), w.isalnum(), w.isspace(), w.isupper(), w.islower())
print('Straße'.upper(), 'ÀÉÎ'.lower(), 'é'.isalpha(), 'ﬁ'.upper())
