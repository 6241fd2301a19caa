# concurrent.futures without threads: Future's states, results, exceptions and
# callbacks, wait/as_completed on futures finished by hand, the errors.
import concurrent
import logging
import concurrent.futures as cf
from concurrent.futures import Future, wait, as_completed
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures._base import CANCELLED_AND_NOTIFIED

print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED, CANCELLED_AND_NOTIFIED)
print(cf.ThreadPoolExecutor is ThreadPoolExecutor, cf.TimeoutError is TimeoutError)
print(issubclass(cf.CancelledError, Exception), issubclass(cf.BrokenExecutor, RuntimeError),
      issubclass(cf.InvalidStateError, Exception))
print(cf.Future.__module__, cf.ThreadPoolExecutor.__module__, cf.CancelledError.__module__)

f = Future()
print(f.done(), f.running(), f.cancelled(), repr(f).endswith('state=pending>'))
calls = []
f.add_done_callback(lambda fut: calls.append(('first', fut.result())))
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
try:
    f.result(timeout=0)
except TimeoutError as e:
    print('TimeoutError', repr(e))
f.set_result(42)
print(f.done(), f.result(), f.exception(), calls, repr(f).endswith('state=finished returned int>'))
f.add_done_callback(lambda fut: calls.append(('late', fut.result())))
print(calls)
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print('InvalidStateError', str(e).startswith('FINISHED: <Future at'))

g = Future()
g.set_exception(ValueError('bad'))
print(repr(g.exception()), g.done(), repr(g).endswith('state=finished raised ValueError>'))
try:
    g.result()
except ValueError as e:
    print('raised', e)

h = Future()
h.add_done_callback(lambda fut: calls.append(('cancelled', fut.cancelled())))
print(h.cancel(), h.cancel(), h.cancelled(), h.done(), calls[-1])
for call in (h.result, h.exception):
    try:
        call()
    except cf.CancelledError as e:
        print('CancelledError', repr(e))
print(h.set_running_or_notify_cancel(), repr(h).endswith('state=cancelled>'))
try:
    Future().set_running_or_notify_cancel() or f.set_running_or_notify_cancel()
except RuntimeError as e:
    print('RuntimeError', e)

pending = Future()
done, not_done = wait([f, g, h, pending], timeout=0)
print(len(done), len(not_done), pending in not_done, f in done)
r = wait([f, g], return_when=cf.FIRST_EXCEPTION)
print(type(r).__name__, r._fields, len(r.done), len(r.not_done))
r = wait([f, pending], return_when=cf.FIRST_COMPLETED)
print(len(r.done), len(r.not_done))
print(sorted(x is f for x in as_completed([f, g])))
try:
    for x in as_completed([f, pending], timeout=0):
        print('got', x is f)
except TimeoutError as e:
    print('TimeoutError', e)


class Show(logging.Handler):
    def emit(self, record):
        print('logged', record.levelname, record.name, record.getMessage()[:30],
              record.exc_info[0].__name__)


logging.getLogger('concurrent.futures').addHandler(Show())
logging.getLogger('concurrent.futures').propagate = False


def boom(fut):
    raise KeyError('callback')


k = Future()
k.add_done_callback(boom)
k.add_done_callback(lambda fut: print('second callback still runs'))
k.set_result(None)
for bad in (lambda: ThreadPoolExecutor(0), lambda: ThreadPoolExecutor(2, initializer=3)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
ex = ThreadPoolExecutor(max_workers=3)
print(ex._max_workers)
ex.shutdown()
try:
    ex.submit(print, 1)
except RuntimeError as e:
    print('RuntimeError', e)
with ThreadPoolExecutor() as ex2:
    pass
print(Future[int])
