# str indexing, iteration, len, +, *, comparisons, `in`, immutability and index errors
s = 'python'
print(s[0], s[-1], s[5], s[-6], len(s), len(''), s[1:1] == '')
for i, ch in enumerate(s):
    print(i, ch, ord(ch), end='; ')
print()
print('ab' + 'cd', 'ab' * 0, 'ab' * -2, '-' * 10, 2 * 'xy', '' * 100 == '')
print('abc' < 'abd', 'abc' < 'ab', 'B' < 'a', 'a' > 'B', 'abc' == 'abc', 'abc' != 'ABC')
print('' < 'a', 'a' <= 'a', 'Z' >= 'z', 'apple' < 'banana' < 'cherry', max('hello'), min('hello'))
print('' in 'abc', 'bc' in 'abc', 'ac' in 'abc', 'x' not in 'abc', 'abc' in 'abc')
print(sorted('banana'), list('hi'), tuple('ok'), sorted(['b', 'B', 'a', 'A', '1']))
for bad in [6, -7, 100]:
    try:
        s[bad]
    except IndexError as e:
        print(bad, 'IndexError:', e)
try:
    s[0] = 'P'
except TypeError as e:
    print('TypeError:', e)
try:
    s['0']
except TypeError as e:
    print('TypeError:', e)
try:
    'a' + 1
except TypeError as e:
    print('TypeError:', e)
try:
    'a' * 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    'a' < 1
except TypeError as e:
    print('TypeError:', e)
try:
    1 in 'abc'
except TypeError as e:
    print('TypeError:', e)
t = s
t += '3'
print(s, t, s is not t)
print(str(12), str(-1.5), str([1, 'a']), str(('x',)), str(), repr('it\'s'), repr("say \"hi\""))
