# sys.stdout, sys.stderr, print(file=, flush=), sys attributes, time
import sys
import time


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


n = sys.stdout.write('written directly\n')
print(n, sys.stdout.write(''), sys.stdout.write('é\n'))
sys.stdout.flush()
print('to stdout', file=sys.stdout)
print('to stderr', 1, 2, sep='-', file=sys.stderr)
sys.stderr.write('stderr write\n')
print('flushed', flush=True)
print('none file', file=None)
print(type(sys.stdout).__name__, sys.platform, sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.version_info >= (3, 0), sys.version_info[0], sys.getrecursionlimit() > 0)
print(sys.stdout is sys.stdout, sys.stderr is not sys.stdout, callable(sys.stdout.write))


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        self.parts.append('<flush>')


c = Collector()
print('a', 'b', file=c)
print('c', end='!', file=c, flush=True)
print(c.parts)
old = sys.stdout
sys.stdout = c
print('captured')
sys.stdout = old
print(c.parts)

t0 = time.time()
p0 = time.perf_counter()
time.sleep(0.01)
time.sleep(0)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.005, time.process_time() >= 0)
print(type(time.time()).__name__, type(time.monotonic()).__name__)

attempt(lambda: sys.stdout.write(1))
attempt(lambda: sys.stdout.write())
attempt(lambda: sys.stdout.flush(1))
attempt(lambda: print(1, file=1))
attempt(lambda: print(1, foo=2))
attempt(lambda: print(1, sep=1))
attempt(lambda: print(1, end=2))
attempt(lambda: time.sleep(-1))
attempt(lambda: time.sleep('a'))
attempt(lambda: time.sleep())
attempt(lambda: sys.exit(1, 2))
attempt(lambda: sys.getrecursionlimit(1))
print('before exit')
sys.stderr.write('exiting\n')
sys.exit(3)
