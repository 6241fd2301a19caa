# random: errors, with CPython's messages
import random

r = random.Random(3)
for f, args in [(r.randrange, (0,)), (r.randrange, (5, 5)), (r.randrange, (1, 10, 0)),
                (r.randrange, (10, 1, 2)), (r.choice, ([],)),
                (r.sample, ([1, 2], 3)), (r.getrandbits, (-1,)), (r.gammavariate, (0, 1)),
                (r.choices, ([1, 2], [1, 2, 3])), (r.randint, (5, 1))]:
    try:
        print(f(*args))
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    r.sample({'a': 1}, 1)
except TypeError as e:
    print('TypeError', e)
try:
    r.seed([1, 2])
except TypeError as e:
    print('TypeError', e)
# a game: deterministic for the seed
r.seed(2024)
board = [[r.choice('.#') for x in range(12)] for y in range(4)]
for row in board:
    print(''.join(row))
