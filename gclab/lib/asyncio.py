# gclab's asyncio: a small event loop and the commonly used parts of CPython 3.11's
# asyncio API, written for gclab.
#
# The loop runs callbacks: a deque of ready ones and a heap of timed ones ordered by
# (time, sequence number); each turn it moves the timers that are due to the ready
# queue (sleeping until the first is due when nothing else is ready) and runs the
# callbacks that were ready when the turn began.  A Task drives its coroutine one step
# per callback (_step): the coroutine yields the Future it awaits (Future.__await__),
# the task resumes when that future is done; a bare yield (sleep(0)) reschedules it.
#
# Provided: run, new_event_loop, get_event_loop, get_running_loop, set_event_loop,
# sleep, create_task, ensure_future, gather, wait_for, wait (ALL_COMPLETED,
# FIRST_COMPLETED, FIRST_EXCEPTION), shield, current_task, all_tasks, iscoroutine,
# iscoroutinefunction, Future, Task, Queue (+ LifoQueue/PriorityQueue), Event, Lock,
# Semaphore, BoundedSemaphore, CancelledError, InvalidStateError, TimeoutError,
# QueueEmpty, QueueFull, as_completed, Condition, TaskGroup, timeout/timeout_at/Timeout,
# Runner, Task.cancelling/uncancel.  Not provided: subprocesses, streams, sockets,
# threads (run_in_executor, to_thread), exception-handler hooks
# (an exception in a plain callback propagates out of the loop), debug mode, and the
# "Task exception was never retrieved" / "coroutine was never awaited" warnings.

import heapq as _heapq
import time as _time
import types as _types
from collections import deque as _deque

__all__ = ['run', 'new_event_loop', 'get_event_loop', 'get_running_loop',
           'set_event_loop', 'sleep', 'create_task', 'ensure_future', 'gather',
           'wait_for', 'wait', 'shield', 'current_task', 'all_tasks', 'iscoroutine',
           'iscoroutinefunction', 'Future', 'Task', 'Queue', 'LifoQueue',
           'PriorityQueue', 'Event', 'Lock', 'Semaphore', 'BoundedSemaphore',
           'CancelledError', 'InvalidStateError', 'TimeoutError', 'QueueEmpty',
           'QueueFull', 'AbstractEventLoop', 'ALL_COMPLETED', 'FIRST_COMPLETED',
           'FIRST_EXCEPTION', 'as_completed', 'Condition', 'TaskGroup', 'Timeout',
           'timeout', 'timeout_at', 'Runner']


class CancelledError(BaseException):
    """The operation was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


TimeoutError = TimeoutError         # asyncio.TimeoutError is the builtin one in 3.11


class QueueEmpty(Exception):
    """Raised by Queue.get_nowait() when the queue is empty."""


class QueueFull(Exception):
    """Raised by Queue.put_nowait() when the queue is full."""


def iscoroutine(obj):
    return isinstance(obj, _types.CoroutineType)


def iscoroutinefunction(func):
    import inspect
    return inspect.iscoroutinefunction(func)


# --- the event loop -------------------------------------------------------------------

class Handle:
    """A callback scheduled on the loop; cancel() keeps it from running."""
    __slots__ = ('_callback', '_args', '_cancelled', '_when')

    def __init__(self, callback, args, when=None):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._when = when

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def when(self):
        return self._when

    def _run(self):
        self._callback(*self._args)


TimerHandle = Handle

_running_loop = None        # the loop running now (run_until_complete)
_event_loop = None          # the loop set_event_loop() chose


class AbstractEventLoop:
    pass


class EventLoop(AbstractEventLoop):

    def __init__(self):
        self._ready = _deque()
        self._scheduled = []        # heap of (when, sequence, handle)
        self._sequence = 0
        self._running = False
        self._closed = False
        self._tasks = []            # the tasks not done yet, in creation order

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, when)
        self._sequence += 1
        _heapq.heappush(self._scheduled, (when, self._sequence, handle))
        return handle

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready.clear()
        self._scheduled = []

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def run_until_complete(self, future):
        global _running_loop
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        future = ensure_future(future, loop=self)
        self._running = True
        _running_loop = self
        try:
            while not future.done():
                if not self._ready and not self._scheduled:
                    raise RuntimeError('Event loop stopped before Future completed.')
                self._run_once()
        finally:
            self._running = False
            _running_loop = None
        return future.result()

    def _run_once(self):
        scheduled = self._scheduled
        if not self._ready and scheduled:
            delay = scheduled[0][0] - self.time()
            if delay > 0:
                _time.sleep(delay)
        now = self.time()
        while scheduled and scheduled[0][0] <= now:
            handle = _heapq.heappop(scheduled)[2]
            if not handle._cancelled:
                self._ready.append(handle)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()


def new_event_loop():
    return EventLoop()


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def get_event_loop():
    """The running loop, else the one set (made and set if there is none)."""
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        _event_loop = new_event_loop()
    return _event_loop


def run(main, *, debug=None):
    """Run the coroutine main in a new event loop and return its result; the tasks it
    leaves behind are cancelled and the loop closed."""
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got %r' % (main,))
    loop = new_event_loop()
    try:
        set_event_loop(loop)
        return loop.run_until_complete(main)
    finally:
        _finish_loop(loop)


def _finish_loop(loop):
    """The end of run() and of a Runner: the tasks left are cancelled (and run until
    they end), then the loop is closed."""
    try:
        left = [t for t in loop._tasks if not t.done()]
        for t in left:
            t.cancel()
        if left:
            loop.run_until_complete(gather(*left, return_exceptions=True))
    finally:
        set_event_loop(None)
        loop.close()


# --- futures and tasks ---------------------------------------------------------------

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class Future:
    """A result that will be set later; awaiting it suspends the task until then."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def __repr__(self):
        info = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                info += ' exception=%r' % (self._exception,)
            else:
                info += ' result=%r' % (self._result,)
        return '<%s %s>' % (type(self).__name__, info)

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def _make_cancelled_error(self):
        # (as CPython 3.11's: the message is '' when cancel() was given none)
        if self._cancel_message is None:
            return CancelledError('')
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('%s: %r' % (self._state, self))
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot '
                            'be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [cb for cb in self._callbacks if cb != fn]
        removed = len(self._callbacks) - len(kept)
        self._callbacks = kept
        return removed

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for fn in callbacks:
            self._loop.call_soon(fn, self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self              # the task waits for this future
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


_task_counter = 0
_current_task = None


class Task(Future):
    """Runs a coroutine on the loop: one step each time what it awaits is done."""

    def __init__(self, coro, *, loop=None, name=None):
        global _task_counter
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            self._state = _CANCELLED        # (so that nothing waits for it)
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        self._coro = coro
        _task_counter += 1
        self._name = name if name is not None else 'Task-%d' % _task_counter
        self._must_cancel = False
        self._fut_waiter = None
        self._num_cancels_requested = 0
        self._loop._tasks.append(self)
        self._loop.call_soon(self._step)

    def __repr__(self):
        info = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                info += ' exception=%r' % (self._exception,)
            else:
                info += ' result=%r' % (self._result,)
        return '<Task %s name=%r coro=<%s>>' % (info, self._name, self._coro.__qualname__)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        """Ask the task to stop: CancelledError is raised in its coroutine at the next
        step (what it awaits is cancelled first)."""
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True         # _wakeup throws CancelledError in
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """How many cancellations were asked for and not withdrawn (uncancel)."""
        return self._num_cancels_requested

    def uncancel(self):
        """Withdraw one request to cancel (what timeout() and TaskGroup do once the
        cancellation they asked for was handled); the number left."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finish(self):
        if self in self._loop._tasks:
            self._loop._tasks.remove(self)

    def _step(self, exc=None):
        global _current_task
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        saved = _current_task
        _current_task = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            self._finish()
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            self._finish()
            Future.cancel(self, msg=e.args[0] if e.args else None)
        except (KeyboardInterrupt, SystemExit) as e:
            self._finish()
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            self._finish()
            Future.set_exception(self, e)
        else:
            if isinstance(result, Future):
                result._asyncio_future_blocking = False
                if result is self:
                    self._loop.call_soon(self._step, RuntimeError(
                        'Task cannot await on itself: %r' % (self,)))
                else:
                    result.add_done_callback(self._wakeup)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if result.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            elif result is None:
                self._loop.call_soon(self._step)        # a bare yield: sleep(0)
            else:
                self._loop.call_soon(self._step, RuntimeError(
                    'Task got bad yield: %r' % (result,)))
        finally:
            _current_task = saved

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def current_task(loop=None):
    return _current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in loop._tasks if not t.done()}


def ensure_future(obj, *, loop=None):
    """obj as a Future: a future as it is, a coroutine (or awaitable) as a Task."""
    if isinstance(obj, Future):
        return obj
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(obj):
        return loop.create_task(obj)
    if hasattr(type(obj), '__await__'):
        async def _wrap_awaitable():
            return await obj
        return loop.create_task(_wrap_awaitable())
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


class _Sleep0:
    """Awaited by sleep(0): one bare yield, so that the other tasks run."""
    __slots__ = ()

    def __await__(self):
        yield


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


async def sleep(delay, result=None):
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


class _GatheringFuture(Future):
    """gather()'s future: cancelling it cancels its children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*aws, return_exceptions=False):
    """A future of the results of aws (in their order).  The first exception is the
    future's unless return_exceptions, which puts exceptions among the results."""
    loop = _running_loop if _running_loop is not None else get_event_loop()
    if not aws:
        outer = loop.create_future()
        outer.set_result([])
        return outer
    children = []
    by_arg = {}
    for aw in aws:
        key = id(aw)
        if key in by_arg:
            fut = by_arg[key]
        else:
            fut = ensure_future(aw, loop=loop)
            by_arg[key] = fut
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    done_count = [0]
    total = len(children)

    def child_done(fut):
        done_count[0] += 1
        if outer.done():
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if done_count[0] == total:
            results = []
            for child in children:
                if child.cancelled():
                    results.append(child._make_cancelled_error())
                elif child.exception() is not None:
                    results.append(child.exception())
                else:
                    results.append(child.result())
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    seen = set()
    for child in children:
        if id(child) not in seen:
            seen.add(id(child))
            child.add_done_callback(child_done)
    total = len(seen)
    return outer


def shield(arg):
    """Await arg without its being cancelled when the awaiting task is."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    inner.add_done_callback(inner_done)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    waiter = fut.get_loop().create_future()
    fut.add_done_callback(lambda f: _release_waiter(waiter))
    fut.cancel()
    await waiter


async def wait_for(aw, timeout):
    """aw's result, or TimeoutError (aw cancelled) after timeout seconds."""
    loop = get_running_loop()
    fut = ensure_future(aw, loop=loop)
    if timeout is None:
        return await fut
    if timeout <= 0:
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        raise TimeoutError()
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)

    def on_done(f):
        _release_waiter(waiter)

    fut.add_done_callback(on_done)
    try:
        try:
            await waiter
        except CancelledError:
            fut.remove_done_callback(on_done)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        if not fut.cancelled():
            return fut.result()         # it finished while being cancelled
        raise TimeoutError()
    finally:
        timer.cancel()


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """(done, pending): sets of the futures of fs, when return_when says."""
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: %s' % (return_when,))
    loop = get_running_loop()
    fs = [ensure_future(f, loop=loop) for f in fs]
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    left = [len(fs)]

    def on_done(f):
        left[0] -= 1
        if left[0] <= 0 or return_when == FIRST_COMPLETED or \
                (return_when == FIRST_EXCEPTION and not f.cancelled() and
                 f.exception() is not None):
            _release_waiter(waiter)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        if not all(f.done() for f in fs):
            await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = set()
    pending = set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


# --- synchronization primitives ----------------------------------------------------------

def _wake_first(waiters, value=None):
    while waiters:
        fut = waiters.popleft()
        if not fut.done():
            fut.set_result(value)
            return True
    return False


class Event:
    """A flag tasks can wait for."""

    def __init__(self):
        self._value = False
        self._waiters = _deque()

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock:
    """A mutual-exclusion lock for tasks (async with lock: ...)."""

    def __init__(self):
        self._locked = False
        self._waiters = _deque()

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                _wake_first(self._waiters)
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Semaphore:
    """A counter tasks acquire (waiting while it is 0) and release."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = _deque()

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            finally:
                if fut in self._waiters:
                    self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        _wake_first(self._waiters, True)

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Queue:
    """A first-in first-out queue for tasks; maxsize 0 means unbounded."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._init()
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()

    def _init(self):
        self._queue = _deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    def __repr__(self):
        return '<%s maxsize=%r qsize=%d>' % (type(self).__name__, self._maxsize,
                                            self.qsize())

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except CancelledError:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full():
                    _wake_first(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        _wake_first(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except CancelledError:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty():
                    _wake_first(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_first(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class LifoQueue(Queue):
    """A queue that gives back the most recently put item first."""

    def _init(self):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


class PriorityQueue(Queue):
    """A queue that gives back its smallest item first."""

    def _init(self):
        self._queue = []

    def _put(self, item):
        _heapq.heappush(self._queue, item)

    def _get(self):
        return _heapq.heappop(self._queue)


# --- 3.11's structured concurrency: as_completed, Condition, TaskGroup, timeout, Runner

def as_completed(fs, *, timeout=None):
    """An iterator of awaitables, each giving the result of the next of fs to finish
    (TimeoutError once timeout seconds have passed)."""
    loop = get_event_loop()
    todo = []
    for f in fs:
        f = ensure_future(f, loop=loop)
        if f not in todo:
            todo.append(f)
    finished = Queue()
    timeout_handle = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            finished.put_nowait(None)       # one wake-up per awaitable left
        todo.clear()

    def on_completion(f):
        if f not in todo:
            return
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def wait_for_one():
        f = await finished.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()


class Condition:
    """Tasks wait (releasing the lock) until another notifies them."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False           # the lock is taken again, even if cancelled
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class TaskGroup:
    """async with TaskGroup() as tg: tg.create_task(...) -- waits for all its tasks;
    the first that fails cancels the others (and the body), and the errors are raised
    together as an ExceptionGroup."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = []
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append('tasks=%d' % len(self._tasks))
        if self._errors:
            info.append('errors=%d' % len(self._errors))
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return '<TaskGroup%s>' % ' '.join(info)

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError('TaskGroup %r has been already entered' % (self,))
        self._entered = True
        self._loop = get_running_loop()
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError('TaskGroup %r cannot determine the parent task' % (self,))
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        propagate_cancellation_error = None
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if et is not None:
            if et is CancelledError:
                if self._parent_cancel_requested and not self._parent_task.uncancel():
                    pass                # the cancellation this group asked for: swallowed
                else:
                    propagate_cancellation_error = exc
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as e:
                if not self._aborting:
                    propagate_cancellation_error = e
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors)
        if propagate_cancellation_error is not None:
            raise propagate_cancellation_error
        return None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError('TaskGroup %r has not been entered' % (self,))
        if self._exiting and not self._tasks:
            raise RuntimeError('TaskGroup %r is finished' % (self,))
        if self._aborting:
            raise RuntimeError('TaskGroup %r is shutting down' % (self,))
        task = self._loop.create_task(coro, name=name)
        task.add_done_callback(self._on_task_done)
        self._tasks.append(task)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        if task in self._tasks:
            self._tasks.remove(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


class Timeout:
    """async with timeout(delay): ... -- the block is cancelled once the deadline
    passes, and TimeoutError raised in its place."""

    def __init__(self, when):
        self._when = when
        self._state = 'created'
        self._timeout_handler = None
        self._task = None

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'entered':
            raise RuntimeError('Timeout has not been entered')
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ('expiring', 'expired')

    def __repr__(self):
        info = ['']
        if self._state == 'entered':
            info.append('when=%r' % (self._when,))
        return '<Timeout [%s]%s>' % (self._state, ' '.join(info))

    async def __aenter__(self):
        self._state = 'entered'
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == 'expiring':
            self._state = 'expired'
            # (no cancellation asked for since the block began but its own)
            if (self._task.uncancel() <= self._cancelling and
                    exc_type is CancelledError):
                raise TimeoutError from exc_val
        elif self._state == 'entered':
            self._state = 'exited'
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'expiring'
        self._timeout_handler = None


def timeout(delay):
    """A Timeout whose deadline is delay seconds from now (None: none)."""
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """A Timeout whose deadline is the loop's time `when`."""
    return Timeout(when)


class Runner:
    """with Runner() as runner: runner.run(coro) ... -- several coroutines run in one
    event loop, closed at the end."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._loop = None
        self._loop_factory = loop_factory
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def get_loop(self):
        if self._closed:
            raise RuntimeError('Runner is closed')
        if self._loop is None:
            self._loop = (self._loop_factory or new_event_loop)()
            set_event_loop(self._loop)
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError('a coroutine was expected, got {!r}'.format(coro))
        if _running_loop is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        return self.get_loop().run_until_complete(coro)

    def close(self):
        if self._closed or self._loop is None:
            self._closed = True
            return
        loop = self._loop
        self._loop = None
        self._closed = True
        _finish_loop(loop)
