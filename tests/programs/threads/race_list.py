# threads append to and pop from one list with no lock of their own: each list
# operation is atomic (CPython's GIL, gclab's per-object locks without one), so no item
# is lost or duplicated
import threading

N = 10000
shared = []


def appender(tid):
    for i in range(N):
        shared.append(tid * N + i)


def popper(out):
    got = 0
    while got < N // 2:
        try:
            out.append(shared.pop())
            got += 1
        except IndexError:
            pass


ts = [threading.Thread(target=appender, args=(t,)) for t in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), sum(shared) == sum(range(4 * N)), len(set(shared)))

popped = [[], []]
ts = [threading.Thread(target=popper, args=(popped[k],)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
left = len(shared)
print(left, len(popped[0]) + len(popped[1]))
print(sorted(shared + popped[0] + popped[1]) == list(range(4 * N)))


# readers index, iterate, slice and search while a writer inserts and deletes
small = list(range(500))


def reader(res):
    bad = 0
    for i in range(3000):
        x = small[i % 400]          # the list never has fewer than 500 items
        if not isinstance(x, int):
            bad += 1
        for y in small[:5]:
            if not isinstance(y, int):
                bad += 1
        if i % 100 == 0:
            bad += sum(1 for y in small if not isinstance(y, int))
            bad += small.count('no') + (1 if 'no' in small else 0)
    res.append(bad)


def writer():
    for i in range(3000):
        small.insert(0, -i)
        del small[0]
        small[250:250] = [1, 2]
        del small[250:252]
        small.append(i)
        small.pop()
        small.reverse()             # (not sort: a list being sorted looks empty)


res = []
ts = [threading.Thread(target=reader, args=(res,)) for k in range(2)]
ts.append(threading.Thread(target=writer))
for t in ts:
    t.start()
for t in ts:
    t.join()
print(res, len(small), sorted(small) == small or sorted(small) == small[::-1])
