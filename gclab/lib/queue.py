# gclab's queue module, written for gclab after CPython 3.11's interface: Queue (FIFO),
# LifoQueue, PriorityQueue (lowest first, by heapq) and SimpleQueue, with put/get
# (block, timeout), put_nowait/get_nowait, qsize/empty/full, task_done/join, the
# maxsize, unfinished_tasks, queue, mutex, not_empty, not_full and all_tasks_done
# attributes, the _init/_qsize/_put/_get hooks subclasses override, and the Empty and
# Full exceptions.  Built on gclab's threading module: one threading.Lock as the mutex
# and three threading.Conditions over it, as CPython's Queue.
# What differs from CPython: SimpleQueue is written in Python (a deque and a
# threading.Semaphore counting its items) rather than C, so it is not reentrant from
# finalizers; no Queue[int] (__class_getitem__).

import threading
from collections import deque
from heapq import heappush, heappop
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by get(block=False) or get(timeout=...) when nothing came."""
    __module__ = '_queue'       # CPython's comes from its _queue C module


class Full(Exception):
    """Raised by put(block=False) or put(timeout=...) when no room came."""


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A first-in first-out queue of at most maxsize items (no bound if maxsize <= 0),
    safe to share between threads."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)    # get() waits on it
        self.not_full = threading.Condition(self.mutex)     # put() waits on it
        self.all_tasks_done = threading.Condition(self.mutex)   # join() waits on it
        self.unfinished_tasks = 0

    def task_done(self):
        """Tell the queue one item a get() returned has been dealt with."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        """Wait until task_done() has been called for every item put."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Add item; when the queue is full, wait (up to timeout seconds, if given)
        for room, or raise Full at once if not block."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                else:
                    _check_timeout(timeout)
                    deadline = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        left = deadline - _time()
                        if left <= 0.0:
                            raise Full
                        self.not_full.wait(left)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return the next item; when there is none, wait (up to timeout
        seconds, if given), or raise Empty at once if not block."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            else:
                _check_timeout(timeout)
                deadline = _time() + timeout
                while not self._qsize():
                    left = deadline - _time()
                    if left <= 0.0:
                        raise Empty
                    self.not_empty.wait(left)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # the storage, for subclasses to replace (called with the mutex held)
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """A queue that returns its smallest item first (items are often (priority, data)
    pairs)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A queue that returns the item put last first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first-in first-out queue without task tracking."""

    def __init__(self):
        self._queue = deque()
        self._count = threading.Semaphore(0)    # how many items get() may take

    def put(self, item, block=True, timeout=None):
        """Add item (never blocks: block and timeout are there for Queue's interface)."""
        self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        if timeout is not None and block:
            _check_timeout(timeout)
        if not block:
            got = self._count.acquire(False)
        else:
            got = self._count.acquire(True, timeout)
        if not got:
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)
