# heapq and bisect (gclab/lib): the heap orders CPython's algorithms produce, merge,
# nsmallest/nlargest, and binary search with key=.
import heapq
import bisect
import random

rng = random.Random(7)
data = [rng.randrange(100) for _ in range(30)]
heap = []
for x in data:
    heapq.heappush(heap, x)
print(heap)
print([heapq.heappop(heap) for _ in range(10)], heap)
h2 = data[:]
heapq.heapify(h2)
print(h2)
print(heapq.heapreplace(h2, 50), heapq.heappushpop(h2, 1), heapq.heappushpop(h2, 99), h2[:8])
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])))
print(list(heapq.merge(['b', 'd'], ['A', 'C'], key=str.lower)))
print(list(heapq.merge([9, 4, 1], [10, 3, 2], reverse=True)))
pairs = [(1, 'x'), (1, 'y'), (0, 'z'), (1, 'w')]
print(list(heapq.merge(pairs[:2], pairs[2:], key=lambda p: p[0])))
print(heapq.nsmallest(4, data), heapq.nlargest(4, data), heapq.nsmallest(0, data))
words = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'date']
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
tasks = []
for prio, name in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'a2')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
for fn in (heapq.heappop, lambda h: heapq.heapreplace(h, 1)):
    try:
        fn([])
    except IndexError as e:
        print('IndexError:', e)

s = sorted(data)
for x in [-1, 0, 50, 51, 99, 100]:
    print(x, bisect.bisect_left(s, x), bisect.bisect_right(s, x), bisect.bisect(s, x))
print(bisect.bisect_left(s, 50, 5, 20), bisect.bisect_right(s, 50, lo=3, hi=len(s) - 3))
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('e', 3), key=lambda r: r[1])
bisect.insort_left(recs, ('f', 3), key=lambda r: r[1])
print(recs)
lst = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort_left(lst, x)
    bisect.insort_right(lst, x * 10)
print(lst)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print('ValueError:', e)
