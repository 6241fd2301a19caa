# collections.deque: both ends, maxlen, rotation, indexing, errors
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([8, 9])
print(d, list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d[1] = 'X'
del d[0]
print(d, d.count('a'), d.index('b'))
d.remove('X')
d.insert(1, 'ins')
print(d, d.copy() == d, d == deque(list(d)), d != deque())
d.reverse()
print(d)
d.clear()
print(d, bool(d), len(d))

# a bounded window: the oldest items fall off
w = deque(maxlen=3)
for i in range(7):
    w.append(i)
    print(list(w), end=' ')
print()
print(w, w.maxlen)
w.appendleft(-1)
print(w)
print(deque('abc') + deque('de'), deque([1, 2]) * 2, deque('ab') < deque('ac'))

# a queue: breadth-first search on a small grid
grid = ['..#.....',
        '..#.##..',
        '....#...',
        '.##.#.#.',
        '....#...']
start, goal = (0, 0), (4, 7)
dist = {start: 0}
q = deque([start])
while q:
    y, x = q.popleft()
    for dy, dx in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        ny, nx = y + dy, x + dx
        if 0 <= ny < 5 and 0 <= nx < 8 and grid[ny][nx] == '.' and (ny, nx) not in dist:
            dist[(ny, nx)] = dist[(y, x)] + 1
            q.append((ny, nx))
print('distance', dist.get(goal))

# many operations at both ends
d = deque()
for i in range(2000):
    if i % 3 == 0:
        d.appendleft(i)
    else:
        d.append(i)
    if i % 5 == 0:
        d.popleft()
print(len(d), d[0], d[-1], sum(d))

for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).remove(2), lambda: deque([1]).index(3)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError', e)
