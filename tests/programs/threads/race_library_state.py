# Library objects that CPython writes in C, and so are atomic for threads, are Python
# code in gclab: each must still behave as one step when threads share it.
#  - functools.lru_cache: threads hit, miss and evict in one small cache (a lookup
#    followed by an eviction of the same key elsewhere must not raise KeyError);
#  - itertools.count: next() from several threads hands out each number once;
#  - threading: threads naming new threads at once get distinct default names;
#  - random: the module's functions drawing from one generator (two threads' draws could
#    read its state past its end, an IndexError from inside random, or both take one
#    number).  Which numbers each thread gets depends on the interleaving: what is
#    checked is that every call returns a valid value and none is handed out twice.
import functools
import itertools
import random
import threading

THREADS = 4
N = 3000
errors = []


def in_threads(target):
    """target(tid) in THREADS threads at once; returns when all have ended."""
    threads = [threading.Thread(target=target, args=(t,)) for t in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


@functools.lru_cache(maxsize=8)
def square(n):
    return n * n


def use_cache(tid):
    try:
        for i in range(N):
            k = (i * 7 + tid) % 20
            if square(k) != k * k:
                errors.append('wrong value for %d' % k)
    except Exception as e:
        errors.append(repr(e))


in_threads(use_cache)
info = square.cache_info()
# (threads storing at once may evict one entry too many, never keep one too many)
print('lru_cache errors:', errors[:3], 'calls counted:', info.hits + info.misses,
      'within its size:', 0 < info.currsize <= 8)

ids = itertools.count(1)
got = [[] for t in range(THREADS)]


def take(tid):
    mine = got[tid]
    for i in range(N):
        mine.append(next(ids))


in_threads(take)
numbers = sorted(x for g in got for x in g)
print('count:', numbers == list(range(1, THREADS * N + 1)), next(ids))

names = []
names_lock = threading.Lock()


def make_threads(tid):
    made = [threading.Thread(target=len, args=((),)) for i in range(200)]
    with names_lock:
        names.extend(t.name for t in made)


in_threads(make_threads)
print('thread names:', len(names), len(set(names)))

# --- random ---
random.seed(12345)
draws = [[] for t in range(THREADS)]


def draw(tid):
    mine = draws[tid]
    try:
        for i in range(N):
            mine.append(random.getrandbits(32))
            x = random.random()
            if not 0.0 <= x < 1.0:
                errors.append(x)
            if not 1 <= random.randint(1, 6) <= 6:
                errors.append('randint')
    except Exception as e:
        errors.append(repr(e))


in_threads(draw)
print('random errors:', errors[:3])
got = sorted(x for d in draws for x in d)

# 12,000 draws of 32 bits from one sequence: a repeat is unlikely (about 1 in 60), a
# number handed to two threads is not
print('draws:', len(got), all(0 <= x < 2 ** 32 for x in got))
print('distinct enough:', len(set(got)) > len(got) * 0.99)

# a Random instance of each thread's own, seeded alike, gives the same sequence in every
# thread whatever the others do
seqs = [None] * THREADS


def own(tid):
    r = random.Random(99)
    seqs[tid] = [r.random() for i in range(2000)]


in_threads(own)
r = random.Random(99)
print('own instances agree:', all(s == [r.random() for i in range(2000)] for s in seqs[:1]),
      all(s == seqs[0] for s in seqs))
