# sched: events in time, priority and entry order, cancel, run(blocking=False), with
# a simulated clock (deterministic), and a short real-time run.
import sched
import time

clock = [0.0]
log = []


def now():
    return clock[0]


def sleep(d):
    log.append(('sleep', d))
    clock[0] += d


s = sched.scheduler(now, sleep)
print(s.empty(), s.queue, s.run())
e1 = s.enter(5, 1, log.append, ('five',))
e2 = s.enterabs(2, 2, log.append, ('two low',))
e3 = s.enterabs(2, 1, log.append, ('two high',))
e4 = s.enter(2, 1, log.append, argument=('two high again',))
e5 = s.enter(7, 0, lambda **kw: log.append(sorted(kw.items())), kwargs={'a': 1, 'b': 2})
e6 = s.enter(3, 0, log.append, ('cancelled',))
print(type(e1).__name__, e1.time, e1.priority, e1.argument, e1.kwargs, e1._fields)
print([(e.time, e.priority, e.argument) for e in s.queue])
s.cancel(e6)
try:
    s.cancel(e6)
except ValueError as e:
    print('ValueError', e)
print(e3 < e2, e3 < e4, e1 > e2, s.empty())
s.run()
print(log)
print(s.empty(), clock[0])

log.clear()
s.enter(1, 0, log.append, ('a',))
s.enter(3, 0, log.append, ('b',))
s.enter(0, 0, log.append, ('now',))
print(s.run(blocking=False), log)
clock[0] += 1.5
print(s.run(blocking=False), log)
clock[0] += 10
print(s.run(blocking=False), log)


def reschedule(n):
    log.append(n)
    if n < 3:
        s.enter(1, 0, reschedule, (n + 1,))


log.clear()
s.enter(0, 0, reschedule, (0,))
s.run()
print(log)

real = sched.scheduler()
out = []
start = time.monotonic()
real.enterabs(start + 0.02, 1, out.append, ('second',))
real.enterabs(start + 0.01, 1, out.append, ('first',))
real.run()
print(out, time.monotonic() - start >= 0.02)
