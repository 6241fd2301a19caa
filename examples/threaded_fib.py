# The Gilectomy's benchmark: N threads, each computing the really bad recursive fib(K).
# With a GIL, wall time grows linearly with N and CPU time stays about equal to wall time.
import sys
import threading


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def worker(k, results, i):
    results[i] = fib(k)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    results = [None] * n
    threads = [threading.Thread(target=worker, args=(k, results, i)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(n, "threads: fib(" + str(k) + ") =", results)


if __name__ == "__main__":
    main()
