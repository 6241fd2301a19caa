# readers copy, unpack, concatenate, repeat and reverse one list while writers resize it
# (append, pop, slice stores, *=), and read a dict's keys into sets while a writer adds
# and removes keys: every read sees some whole state of the container (free-threaded
# builds read these under the container's lock), never a torn or freed one
import threading

ROUNDS = 20000 if len(__import__('sys').argv) < 2 else int(__import__('sys').argv[1])
shared = [0, 0]
shared_alias = shared
table = {i: i for i in range(8)}
errors = []


def writer():
    for i in range(ROUNDS):
        shared.append(i)
        shared.append(i)
        if len(shared) > 64:
            shared[2:] = []
        if i % 100 == 0:
            global shared_alias
            shared_alias *= 1
        table[100 + i % 50] = i
        table.pop(100 + (i + 25) % 50, None)
    shared[:] = [7, 7]


def reader(k):
    seen = 0
    for i in range(ROUNDS):
        both = shared + shared
        if len(both) % 2:
            errors.append('odd concatenation')
        twice = shared * 2
        if len(twice) % 2:
            errors.append('odd repetition')
        for x in reversed(shared):
            if not isinstance(x, int):
                errors.append('not an int')
        try:
            a, b = shared
            seen += 1
        except ValueError as e:
            if 'unpack' not in str(e):
                errors.append(str(e))
        keys = set(range(8))
        keys.symmetric_difference_update(table)
        if not all(key >= 100 for key in keys):
            errors.append('symmetric difference')
        keys = set()
        keys.update(table)
        if not {0, 1, 2, 3, 4, 5, 6, 7} <= keys:
            errors.append('lost a key')
        if {0, 1}.difference(table):
            errors.append('difference')
    return seen


threads = [threading.Thread(target=writer)] + \
    [threading.Thread(target=reader, args=(k,)) for k in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('errors:', errors[:3], len(errors))
print('final:', shared, sorted(k for k in table if k < 100))
