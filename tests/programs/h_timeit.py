# timeit: Timer with str and callable statements and setups, globals, a given timer,
# repeat and autorange; the garbage collector is enabled again afterwards.
import gc
import timeit

calls = []


def work():
    calls.append(1)


t = timeit.timeit(work, number=5)
print(type(t).__name__, t >= 0, len(calls))
r = timeit.repeat('x = sum(range(10))', repeat=3, number=4)
print(len(r), all(v >= 0 for v in r))
ticks = [0]


def fake_timer():
    ticks[0] += 1
    return ticks[0] * 0.5


print(timeit.timeit('pass', timer=fake_timer, number=10))
g = {'data': [3, 1, 2], 'out': []}
timeit.timeit('out.append(sorted(d2))', setup='d2 = data * 2', number=3, globals=g)
print(g['out'][0], len(g['out']))
tm = timeit.Timer('y = a + b\nz = y * 2', setup='a = 1\nb = 2', timer=fake_timer)
print(tm.timeit(number=7), tm.repeat(2, 3))
print(tm.autorange(lambda n, took: print('trial', n, took)))
setups = []
timeit.Timer(work, setup=lambda: setups.append(1)).timeit(2)
print(setups, len(calls))
try:
    timeit.Timer('return 5')
except SyntaxError:
    print('SyntaxError')
try:
    timeit.Timer(5)
except ValueError as e:
    print('ValueError:', e)
try:
    timeit.Timer('1/0').timeit(1)
except ZeroDivisionError:
    print('ZeroDivisionError from the timed code')
print(timeit.default_timer is __import__('time').perf_counter, timeit.default_number,
      timeit.default_repeat, gc.isenabled())
