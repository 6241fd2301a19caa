# The threads experiment on shared mutable objects: N threads, each making K rounds of
# updates to ONE list and ONE dict that all the threads share -- appends and pops on the
# list; on the dict, increments of a key of the thread's own, insertions and deletions
# of keys of its own, and increments of keys that every thread updates (those under a
# threading.Lock, as a correct program must: `d[key] += 1` is a read and a write).  A
# free-threaded build locks the list and the dict on each operation, so the threads
# contend on them; a GIL build runs them one at a time.  The output does not depend on
# how the threads interleave: lengths, and sums that every interleaving conserves.
import sys
import threading

SLOTS = 16      # the keys 0..SLOTS-1 of the dict, which every thread updates
WINDOW = 8      # keys (thread, i) a thread keeps in the dict at once


def worker(t, k, items, table, lock, popped):
    mine = 'thread %d' % t
    taken = 0
    for i in range(k):
        items.append(i)
        items.append(t)
        taken += items.pop()            # any thread's item: the sum is conserved
        table[mine] += 1                # a key only this thread writes
        table[(t, i)] = i               # keys of its own, inserted and deleted
        if i >= WINDOW:
            del table[(t, i - WINDOW)]
        if i % 4 == 0:
            with lock:
                table[i % SLOTS] += 1   # keys every thread updates
    popped[t] = taken


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    items = []
    table = {i: 0 for i in range(SLOTS)}
    for t in range(n):
        table['thread %d' % t] = 0
    lock = threading.Lock()
    popped = [0] * n
    threads = [threading.Thread(target=worker, args=(t, k, items, table, lock, popped))
               for t in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    own = [table['thread %d' % t] for t in range(n)]
    shared = [table[i] for i in range(SLOTS)]
    print(n, "threads, one shared list and dict: K =", k, "list", len(items),
          "conserved sum", sum(items) + sum(popped), "own keys", own,
          "shared keys", sum(shared), "dict", len(table))


if __name__ == "__main__":
    main()
