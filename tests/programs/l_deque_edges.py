# collections.deque at its edges, compared with CPython: maxlen 0, 1 and 3 at both ends,
# extend from a generator that reads the deque as it grows, insert at the maximum,
# rotate by a float, the errors and their messages.
from collections import deque
for m in (0, 1, 3, None):
    d = deque(maxlen=m)
    for i in range(5):
        d.append(i); d.appendleft(-i)
    print(m, d, len(d), bool(d))
    d.extend(range(10)); print(d)
    d.extendleft('abc'); print(d)
    try:
        d.insert(1, 'x'); print(d)
    except IndexError as e:
        print('IndexError', e)
    d.rotate(2); print(d); d.rotate(-1); print(d)
    try:
        d.rotate(1.5)
    except TypeError as e:
        print('TypeError', e)
    print(d.copy(), d == d.copy(), d.count(2), 2 in d)
    if d:
        print(d[0], d[-1], d.index(d[-1]))
        d[0] = 'z'; del d[-1]; print(d, list(reversed(d)))
d = deque([1, 2, 3])
d += d; print(d); d *= 2; print(d, d * 2, d + deque([9]))
d.remove(2); print(d)
try:
    d.remove(42)
except ValueError as e:
    print(e)
it = iter(d); next(it); d.append(5)
try:
    next(it)
except RuntimeError as e:
    print(e)
try:
    deque().pop()
except IndexError as e:
    print(e)
try:
    d['a']
except TypeError as e:
    print(e)
try:
    d[100]
except IndexError as e:
    print(e)
print(d.maxlen, deque(maxlen=4).maxlen)
def gen(dq):
    for i in range(4):
        yield len(dq)
q = deque([0]); q.extend(gen(q)); print(q)
