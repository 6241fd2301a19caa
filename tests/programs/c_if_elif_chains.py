# if/elif/else chains, nested ifs, truthiness of conditions, conditional expressions
def classify(n):
    if n < 0:
        kind = 'negative'
    elif n == 0:
        kind = 'zero'
    elif n % 2 == 0:
        if n > 100:
            kind = 'big even'
        else:
            kind = 'even'
    elif n in (1, 3, 5, 7):
        kind = 'small odd'
    else:
        kind = 'odd'
    return kind
for n in [-5, 0, 4, 200, 3, 9]:
    print(n, classify(n))
def fizz(n):
    return 'FizzBuzz' if n % 15 == 0 else 'Fizz' if n % 3 == 0 else 'Buzz' if n % 5 == 0 else str(n)
print(' '.join(fizz(i) for i in range(1, 16)))
for cond in [0, 1, '', 'x', [], [0], None, 0.0]:
    if cond:
        print(repr(cond), 'truthy')
    else:
        print(repr(cond), 'falsy')
x = 5
if x > 3: print('one-line if')
if x < 3: print('no')
else: print('one-line else')
y = 'big' if x > 3 else 'small'
z = (1 if x else 2) + (10 if not x else 20)
print(y, z, [('e' if i % 2 == 0 else 'o') for i in range(5)])
def grade(score):
    if score >= 90: return 'A'
    elif score >= 80: return 'B'
    elif score >= 70: return 'C'
    return 'F'
print([grade(s) for s in [95, 85, 75, 65, 90, 80]])
if not []:
    print('empty list is falsy')
if [] == [] and not ([] is []):
    print('equal but distinct')
