# building strings: += in loops, join of pieces, repetition, reversing words, character counts
out = ''
for i in range(5):
    out += str(i) * i
print(out, len(out))
pieces = []
for word in 'the quick brown fox'.split():
    pieces.append(word[::-1].capitalize())
print(' '.join(pieces), '-'.join(reversed(pieces)))
table = ''
for r in range(1, 4):
    table += ' '.join(['%3d' % (r * c) for c in range(1, 5)]) + '\n'
print(table, end='')
s = 'Hello, World'
print(''.join([c for c in s if c.isalpha()]).lower(), ''.join([c.upper() if i % 2 else c for i, c in enumerate(s)]))
vowels = 0
for ch in s.lower():
    if ch in 'aeiou':
        vowels += 1
print('vowels', vowels, sum([1 for ch in s if ch.isupper()]))
def caesar(text, k):
    res = ''
    for ch in text:
        if 'a' <= ch <= 'z':
            res += chr((ord(ch) - 97 + k) % 26 + 97)
        elif 'A' <= ch <= 'Z':
            res += chr((ord(ch) - 65 + k) % 26 + 65)
        else:
            res += ch
    return res
enc = caesar(s, 3)
print(enc, caesar(enc, -3), caesar('xyz', 29))
line = '=' * 20
print(line, '|' + 'ab'.center(18) + '|', line[:5] + '>' + line[15:])
words = 'one two three two one two'.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(', '.join(['%s:%d' % (w, c) for w, c in sorted(freq.items())]))
