# gclab's threading module: the subset of CPython's, written on top of _thread.
import _thread

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
Lock = _thread.allocate_lock
_counter = 0
_active = {}          # ident -> Thread, for running threads
_unfinished = []      # threads started and not finished (the bootstrap may not have run)
_active_lock = _thread.allocate_lock()


def _newname(target):
    global _counter
    _counter += 1
    name = "Thread-" + str(_counter)
    if target is not None:
        name = name + " (" + target.__name__ + ")"
    return name


class RLock:
    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def locked(self):
        return self._block.locked()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()


class Event:
    def __init__(self):
        self._flag = False
        self._lock = _allocate_lock()
        self._waiters = []

    def is_set(self):
        return self._flag

    def set(self):
        with self._lock:
            self._flag = True
            waiters = self._waiters
            self._waiters = []
        for w in waiters:
            w.release()

    def clear(self):
        with self._lock:
            self._flag = False

    def wait(self, timeout=None):
        with self._lock:
            if self._flag:
                return True
            w = _allocate_lock()
            w.acquire()
            self._waiters.append(w)
        if timeout is None:
            w.acquire()
        else:
            w.acquire(True, timeout)
        return self._flag


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        self._target = target
        self._args = args
        self._kwargs = kwargs if kwargs is not None else {}
        self._name = name if name is not None else _newname(target)
        if daemon is None:
            daemon = current_thread().daemon
        self._daemonic = daemon
        self._started = False
        self._finished = False
        self._ident = None
        self._done = _allocate_lock()

    @property
    def name(self):
        return self._name

    @property
    def ident(self):
        return self._ident

    @property
    def daemon(self):
        return self._daemonic

    def getName(self):
        return self._name

    def setDaemon(self, daemonic):
        self._daemonic = daemonic

    def isDaemon(self):
        return self._daemonic

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._done.acquire()
        with _active_lock:
            _unfinished.append(self)
        _start_new_thread(self._bootstrap, ())

    def _bootstrap(self):
        self._ident = get_ident()
        with _active_lock:
            _active[self._ident] = self
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as e:
            _thread._print_exception("Exception in thread " + self._name + ":\n", e)
        finally:
            with _active_lock:
                del _active[self._ident]
                _unfinished.remove(self)
            self._finished = True
            self._done.release()

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._finished:
            return
        if timeout is None:
            self._done.acquire()
            self._done.release()
        elif timeout > 0:
            if self._done.acquire(True, timeout):
                self._done.release()

    def is_alive(self):
        return self._started and not self._finished

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._finished:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " " + str(self._ident)
        return "<Thread(" + self._name + ", " + status + ")>"


class _MainThread(Thread):
    def __init__(self):
        self._target = None
        self._name = "MainThread"
        self._daemonic = False
        self._started = True
        self._finished = False
        self._ident = get_ident()
        self._done = _allocate_lock()
        self._done.acquire()


_main_thread = _MainThread()


def current_thread():
    t = _active.get(get_ident())
    if t is None:
        return _main_thread
    return t


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return len(_unfinished) + 1


activeCount = active_count


def enumerate():
    return [_main_thread] + list(_unfinished)


def _shutdown():
    # called when the main program ends: wait for every non-daemon thread
    while True:
        with _active_lock:
            waiting = [t for t in _unfinished if not t.daemon]
        if not waiting:
            return
        for t in waiting:
            t.join()
