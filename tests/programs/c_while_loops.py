# while loops: counters, break/continue, else clause, nested loops, loop over shrinking list
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print('i', i)
else:
    print('while else runs, i =', i)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
k = 10
while k:
    k -= 3
    if k < 0:
        print('break at', k)
        break
else:
    print('not printed')
stack = [1, 2, 3, 4]
while stack:
    top = stack.pop()
    print('pop', top, end=' ')
print()
a, b = 0, 1
fibs = []
while len(fibs) < 12:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
outer = 0
found = None
while outer < 5:
    inner = 0
    while inner < 5:
        if outer * inner == 6:
            found = (outer, inner)
            break
        inner += 1
    if found:
        break
    outer += 1
print('found', found)
x = 0
while True:
    x += 1
    if x % 2:
        continue
    if x > 8:
        break
print('x', x)
count = 0
while count < 3:
    count += 1
else:
    print('else after normal finish', count)
