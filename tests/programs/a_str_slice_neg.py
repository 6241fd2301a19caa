# string slicing with negative indices and steps, out-of-range bounds
s = 'abcdefghij'
print(s[::-1], s[::-2], s[-1::-3], s[8:2:-1], s[8:2:-2], s[2:8:-1] == '')
print(s[-3:], s[:-3], s[-100:3], s[7:100], s[-2:-5:-1], s[-5:-2])
print(s[::3], s[1::3], s[len(s):0:-1], s[None:None:-1] == s[::-1])
print(repr(s[5:5]), repr(s[100:]), repr(''[::-1]), s[-1], s[-len(s)])
try:
    s[10]
except IndexError:
    print('index 10 IndexError')
try:
    s[-11]
except IndexError:
    print('index -11 IndexError')
try:
    s[::0]
except ValueError:
    print('step 0 ValueError')
for step in [1, 2, 3, -1, -2, -4]:
    print(step, s[::step], len(s[::step]))
for start in range(-12, 12, 3):
    print(start, repr(s[start:start + 4]), repr(s[start::-3]))
word = 'racecar'
print(word == word[::-1], 'hello'[::-1] == 'hello')
t = 'ab' * 5
print(t[1::2], t[::2].count('a'), t[-1:-len(t)-1:-1])
print('12345'[slice(1, 4)], '12345'[slice(None, None, -2)])
