# str slicing with steps, negative steps, omitted bounds, clamping and reversal
s = '0123456789'
cases = [(None, None, 2), (1, None, 3), (None, None, -1), (None, None, -2), (8, 2, -2),
         (2, 8, -1), (-3, None, None), (None, -3, None), (-100, 100, None), (100, -100, -1),
         (5, 5, None), (7, 3, None), (-1, -5, -1), (3, None, -1), (None, 3, -1), (0, 10, 4)]
for a, b, c in cases:
    print(a, b, c, repr(s[a:b:c]))
print(s[::-1][::-1] == s, s[:3] + s[3:] == s, s[-1:], s[:-1], s[::11], s[::-11])
word = 'racecar'
print(word == word[::-1], 'level'[::-1], 'ab'[::-1], ''[::-1], 'x'[::-1])
try:
    s[::0]
except ValueError as e:
    print('ValueError:', e)
print([s[i:i + 3] for i in range(0, len(s), 3)])
print([s[-i] for i in range(1, 4)], s[len(s):], s[:0], s[-0:])
