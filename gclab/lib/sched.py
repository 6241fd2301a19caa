"""sched for gclab: a general-purpose event scheduler (CPython 3.11's interface),
written for gclab.  Events run in time order, then priority order, then the order
they were entered in."""

import heapq
import threading
import time
from collections import namedtuple

__all__ = ['scheduler']

# time, priority, then sequence (the order of entry) order the events; action(*argument,
# **kwargs) is what runs
Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        """timefunc() gives the time, delayfunc(seconds) waits (it is called with 0
        after each event, to let other threads run)."""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._counter = 0

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at the given time; returns the event
        (for cancel())."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, self._counter, action, argument, kwargs)
            self._counter += 1
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedule an event delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue (ValueError if it is not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run the events as their times come, until the queue is empty; with
        blocking=False, run those that are due and return the time until the next
        one (None if there is none)."""
        queue = self._queue
        while True:
            with self._lock:
                if not queue:
                    return None
                event = queue[0]
                now = self.timefunc()
                due = event.time <= now
                if due:
                    heapq.heappop(queue)
            if not due:
                if not blocking:
                    return event.time - now
                self.delayfunc(event.time - now)
            else:
                event.action(*event.argument, **event.kwargs)
                self.delayfunc(0)

    @property
    def queue(self):
        """The events not run yet, in the order they will run."""
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
