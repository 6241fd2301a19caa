"""concurrent.futures for gclab: Future, ThreadPoolExecutor, wait and as_completed on
gclab's threading module.  Written for gclab; what differs from CPython is listed in
docs/stdlib.md (no ProcessPoolExecutor: gclab starts no processes)."""

import atexit
import itertools
import os
import threading
import time
from collections import namedtuple
from queue import SimpleQueue, Empty
from types import GenericAlias

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'InvalidStateError', 'Future', 'Executor',
           'wait', 'as_completed', 'ProcessPoolExecutor', 'ThreadPoolExecutor')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

# a future's states
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'                     # cancel() was called
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'   # ... and the waiters were told
FINISHED = 'FINISHED'
_DONE = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)


class Error(Exception):
    """The base class of this module's own exceptions."""


class CancelledError(Error):
    """The future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The future is not in a state that allows the operation."""


class BrokenExecutor(RuntimeError):
    """The executor cannot run work any more."""


class BrokenThreadPool(BrokenExecutor):
    """A worker thread's initializer failed."""


for _cls in (Error, CancelledError, InvalidStateError, BrokenExecutor):
    _cls.__module__ = 'concurrent.futures._base'
BrokenThreadPool.__module__ = 'concurrent.futures.thread'


def _report_callback_error(future):
    import logging
    logging.getLogger('concurrent.futures').exception(
        'exception calling callback for %r', future)


class _Waiter:
    """What wait() and as_completed() block on: futures that complete tell it."""

    def __init__(self, mode, pending):
        self.mode = mode            # FIRST_COMPLETED ('as_completed' too), FIRST_EXCEPTION, ALL_COMPLETED
        self.pending = pending      # how many futures are not done yet
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.finished = []

    def _add(self, future, failed):
        with self.lock:
            self.finished.append(future)
            self.pending -= 1
            if (self.mode == FIRST_COMPLETED or self.pending <= 0 or
                    (failed and self.mode == FIRST_EXCEPTION)):
                self.event.set()

    def take(self):
        with self.lock:
            taken = self.finished
            self.finished = []
            self.event.clear()
            return taken


class _Locked:
    """Holds the conditions of several futures, taken in the order of their ids (two
    threads waiting on overlapping sets cannot deadlock)."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for f in self.futures:
            f._condition.acquire()

    def __exit__(self, *exc):
        for f in reversed(self.futures):
            f._condition.release()


class Future:
    """The result of a call that may not have finished yet."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception is not None:
                    what = 'raised %s' % type(self._exception).__name__
                else:
                    what = 'returned %s' % type(self._result).__name__
                return '<%s at %#x state=finished %s>' % (type(self).__name__, id(self),
                                                         what)
            state = CANCELLED if self._state == CANCELLED_AND_NOTIFIED else self._state
            return '<%s at %#x state=%s>' % (type(self).__name__, id(self), state.lower())

    def _run_callbacks(self):
        for fn in self._done_callbacks:
            try:
                fn(self)
            except Exception:
                _report_callback_error(self)

    def cancel(self):
        """Cancel the call if it has not started; True if it is (now) cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._run_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in _DONE

    def _outcome(self):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state == FINISHED:
            return True
        return False

    def _wait_done(self, timeout):
        if not self._outcome():
            self._condition.wait(timeout)
            if not self._outcome():
                raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, waiting up to timeout seconds (None: for ever);
        raises what the call raised, CancelledError or TimeoutError."""
        with self._condition:
            self._wait_done(timeout)
            if self._exception is not None:
                raise self._exception
            return self._result

    def exception(self, timeout=None):
        """What the call raised (None if it returned), waiting as result() does."""
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    def add_done_callback(self, fn):
        """Call fn(future) once the future is done (now, in this thread, if it is)."""
        with self._condition:
            if self._state not in _DONE:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _report_callback_error(self)

    # --- for executors (and tests) ---

    def set_running_or_notify_cancel(self):
        """Mark the future running (True), or tell the waiters it was cancelled
        (False)."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter._add(self, True)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        self._finish(False, result)

    def set_exception(self, exception):
        self._finish(True, exception)

    def _finish(self, failed, value):
        """The future is done: its exception (failed) or result is value."""
        with self._condition:
            if self._state in _DONE:
                raise InvalidStateError('%s: %r' % (self._state, self))
            if failed:
                self._exception = value
            else:
                self._result = value
            self._state = FINISHED
            for waiter in self._waiters:
                waiter._add(self, failed)
            self._condition.notify_all()
        self._run_callbacks()

    __class_getitem__ = classmethod(GenericAlias)


Future.__module__ = 'concurrent.futures._base'


def _deadline(timeout):
    return None if timeout is None else time.monotonic() + timeout


def as_completed(fs, timeout=None):
    """Yield the futures of fs as they complete (those already done first); raises
    TimeoutError if some are not done timeout seconds after the call."""
    deadline = _deadline(timeout)
    fs = set(fs)
    total = len(fs)
    with _Locked(fs):
        ready = [f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED)]
        pending = fs - set(ready)
        waiter = _Waiter(FIRST_COMPLETED, len(pending))
        for f in fs:
            f._waiters.append(waiter)
    try:
        for f in ready:
            yield f
        while pending:
            if deadline is None:
                left = None
            else:
                left = deadline - time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending),
                                                                         total))
            waiter.event.wait(left)
            for f in waiter.take():
                if f in pending:
                    pending.remove(f)
                    yield f
    finally:
        for f in fs:
            with f._condition:
                f._waiters.remove(waiter)


DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait until the futures of fs are done (return_when: ALL_COMPLETED,
    FIRST_COMPLETED or FIRST_EXCEPTION) or timeout seconds have passed; returns the
    named pair (done, not_done) of sets."""
    fs = set(fs)
    with _Locked(fs):
        done = set(f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED))
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and any(
                f._state == FINISHED and f._exception is not None for f in done):
            return DoneAndNotDoneFutures(done, not_done)
        if not not_done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
            raise ValueError('Invalid return condition: %r' % (return_when,))
        waiter = _Waiter(return_when, len(not_done))
        for f in fs:
            f._waiters.append(waiter)
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)
    done.update(waiter.take())
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(future, timeout=None):
    try:
        try:
            return future.result(timeout)
        finally:
            future.cancel()
    finally:
        del future


class Executor:
    """The interface of executors: submit, map, shutdown, and `with`."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); returns its Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """fn applied to the items of iterables, as an iterator over the results in
        order (the calls are all submitted now)."""
        deadline = _deadline(timeout)
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return _results(futures, deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


Executor.__module__ = 'concurrent.futures._base'


def _results(futures, deadline):
    futures.reverse()
    try:
        while futures:
            if deadline is None:
                yield _result_or_cancel(futures.pop())
            else:
                yield _result_or_cancel(futures.pop(), deadline - time.monotonic())
    finally:
        for f in futures:
            f.cancel()


# --- threads ---------------------------------------------------------------------------

_live_executors = []            # executors with worker threads, shut down at exit
_exiting = False
_pool_numbers = itertools.count()     # (next() of a count is atomic)


def _shutdown_at_exit():
    global _exiting
    _exiting = True
    while _live_executors:
        _live_executors[-1].shutdown(wait=True)


atexit.register(_shutdown_at_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(GenericAlias)


class ThreadPoolExecutor(Executor):
    """Runs calls in up to max_workers threads, started as work comes."""

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None,
                 initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._work_queue = SimpleQueue()
        self._idle = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = thread_name_prefix or \
            'ThreadPoolExecutor-%d' % next(_pool_numbers)
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after interpreter '
                                   'shutdown')
            future = Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._start_worker_if_needed()
            return future

    def _start_worker_if_needed(self):
        if self._idle.acquire(False):
            return                  # an idle worker will take the item
        n = len(self._threads)
        if n < self._max_workers:
            t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, n),
                                 target=self._worker, daemon=True)
            t.start()
            self._threads.add(t)
            if n == 0:
                _live_executors.append(self)

    def _worker(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException:
                import logging
                logging.getLogger('concurrent.futures').critical(
                    'Exception in initializer:', exc_info=True)
                self._initializer_failed()
                return
        queue = self._work_queue
        while True:
            item = queue.get(block=True)
            if item is None:
                queue.put(None)     # for the next worker
                return
            item.run()
            del item
            if self._broken:
                return
            self._idle.release()

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool is not usable '
                            'anymore')
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No more submits; with cancel_futures, the calls not started are cancelled;
        with wait, returns once the workers are done."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
            if self in _live_executors:
                _live_executors.remove(self)


ThreadPoolExecutor.__module__ = 'concurrent.futures.thread'


class ProcessPoolExecutor(Executor):
    """Not available in gclab: creating one raises NotImplementedError."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        raise NotImplementedError('gclab: concurrent.futures.ProcessPoolExecutor is not '
                                  'available (gclab starts no processes); use '
                                  'ThreadPoolExecutor')


class BrokenProcessPool(BrokenExecutor):
    """(ProcessPoolExecutor's: never raised by gclab.)"""


ProcessPoolExecutor.__module__ = BrokenProcessPool.__module__ = 'concurrent.futures.process'
