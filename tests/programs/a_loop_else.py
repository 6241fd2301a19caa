# while/for with else, break, continue, nested loops, loop variable after loop
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print('found', target, 'at', i)
            break
    else:
        print(target, 'not found')
find([4, 5, 6], 5)
find([4, 5, 6], 7)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print('while else ran, n =', n)
n = 0
while True:
    n += 1
    if n > 4:
        break
else:
    print('never printed')
print('after break n =', n)
for i in range(3):
    continue
else:
    print('for else after continue, i =', i)
primes = []
for cand in range(2, 30):
    for d in range(2, cand):
        if cand % d == 0:
            break
    else:
        primes.append(cand)
print(primes)
out = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        out.append((i, j))
print(out)
for k in []:
    pass
else:
    print('empty for else')
total = 0
i = 10
while i:
    i -= 1
    if i % 3 == 0:
        continue
    total += i
print(total, i)
for ch in 'abc':
    pass
print(ch)
count = 0
for x in range(5):
    while count < 100:
        count += 7
        if count % 2 == 0:
            break
    else:
        print('inner while exhausted at x =', x)
print(count)
