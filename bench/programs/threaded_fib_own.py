# threaded_fib.py's experiment at its scaling ceiling: N threads, each computing the
# really bad recursive fib(K), but each with its own copy of fib -- its own function
# object, its own code object (compiled by the thread) and its own globals dict (the
# namespace it was exec'ed into).  Nothing is shared between the threads but the
# interpreter itself, so a free-threaded build has no object of the guest's to contend
# on: the wall time it takes against N is the best that build can do.  (threaded_fib.py
# shares the function, its code and the module's globals between all the threads.)
import sys
import threading

FIB_SOURCE = '''
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
'''


def worker(k, results, i):
    code = compile(FIB_SOURCE, '<fib of thread %d>' % i, 'exec')
    namespace = {}
    exec(code, namespace)
    results[i] = namespace['fib'](k)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    results = [None] * n
    threads = [threading.Thread(target=worker, args=(k, results, i)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(n, "threads, each with its own fib: fib(" + str(k) + ") =", results)


if __name__ == "__main__":
    main()
