# range: start/stop/step, negative steps, empty ranges, len, indexing, slicing, `in`, reversed
rs = [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0),
      range(-3, 3), range(0, -10, -3), range(1, 2, 100), range(0)]
for r in rs:
    print(r, list(r), len(r), list(reversed(r)), bool(r))
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[1:3], r[::-1], r[::2], list(r[::-2]), r[10:], len(r[2:-1]))
print(7 in r, 8 in r, 31 in r, -1 in r, 3.0 in r, 'a' in r, r.index(11), r.count(11), r.count(12))
print(range(0, 5) == range(0, 5, 1), range(0) == range(2, 2), range(1, 4) == range(1, 5), list(range(3)) == [0, 1, 2])
print(r.start, r.stop, r.step, range(4).start, range(4).step)
print(sum(range(101)), max(range(-5, 5)), min(range(10, 0, -1)), sorted(range(3, -3, -1)))
try:
    range(1, 10, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    r[100]
except IndexError as e:
    print('IndexError:', e)
try:
    r.index(12)
except ValueError as e:
    print('ValueError:', e)
big = range(0, 10 ** 12, 7)
print(len(big), big[-1], 10 ** 12 - 1 in big, 700 in big)
for i in range(10, 0, -3):
    print(i, end=' ')
print()
