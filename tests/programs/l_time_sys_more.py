# time's integer clocks and sys's descriptive attributes (docs/language.md)
import sys
import time

for name in ['time_ns', 'perf_counter_ns', 'monotonic_ns', 'process_time_ns']:
    f = getattr(time, name)
    a = f()
    b = f()
    print(name, type(a).__name__, b >= a)
print(abs(time.time_ns() / 1e9 - time.time()) < 5)
print(abs(time.monotonic_ns() / 1e9 - time.monotonic()) < 5)
t0 = time.perf_counter_ns()
time.sleep(0.01)
print(time.perf_counter_ns() - t0 >= 10000000)
print(type(sys.implementation.name).__name__, sys.version[:4], sys.version_info[:2])
print(sys.path[0].endswith('programs'), sys.maxsize == 2 ** 63 - 1)
try:
    time.time_ns(1)
except TypeError as e:
    print(e)
