# gclab's threading module: the subset of CPython's, written on top of _thread.
import _thread

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
Lock = _thread.allocate_lock
ThreadError = _thread.error
# the longest timeout a lock takes (CPython's on Linux: its microseconds fit 63 bits)
TIMEOUT_MAX = 9223372036.0
_counter = 0
_active = {}          # ident -> Thread, for running threads
_unfinished = []      # threads started and not finished (the bootstrap may not have run)
_active_lock = _thread.allocate_lock()
_counter_lock = _thread.allocate_lock()     # (threads may name new threads at once)


def _newname(target):
    global _counter
    with _counter_lock:
        _counter += 1
        number = _counter
    name = "Thread-" + str(number)
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

    # what Condition.wait needs: give the lock up entirely, take it back as it was
    def _release_save(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _is_owned(self):
        return self._owner == get_ident()


def _deadline(timeout):
    import time
    return time.monotonic() + timeout


def _remaining(deadline):
    import time
    return deadline - time.monotonic()


class Condition:
    """A condition variable over a lock (an RLock by default): wait() gives the lock up
    until notify() or the timeout, then takes it back."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, t, v, tb):
        return self._lock.__exit__(t, v, tb)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        if isinstance(self._lock, RLock):
            return self._lock._release_save()
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        if isinstance(self._lock, RLock):
            self._lock._acquire_restore(state)
        else:
            self._lock.acquire()

    def _is_owned(self):
        if isinstance(self._lock, RLock):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        state = self._release_save()
        got = False
        try:
            if timeout is None:
                waiter.acquire()
                got = True
            elif timeout > 0:
                got = waiter.acquire(True, timeout)
            else:
                got = waiter.acquire(False)
            return got
        finally:
            self._acquire_restore(state)
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        deadline = None
        while not result:
            if timeout is not None:
                if deadline is None:
                    deadline = _deadline(timeout)
                left = _remaining(deadline)
                if left <= 0:
                    break
                self.wait(left)
            else:
                self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter.release()

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    """A counter that acquire() takes down (waiting at 0) and release() up."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(_allocate_lock())
        self._value = value

    def __repr__(self):
        return "<%s value=%d>" % (type(self).__name__, self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _deadline(timeout)
                    left = _remaining(deadline)
                    if left <= 0:
                        return False
                    self._cond.wait(left)
                else:
                    self._cond.wait()
            self._value -= 1
            return True

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """parties threads wait() until the last arrives; each gets its arrival index.
    A timeout, an exception in the action, abort() or reset() breaks the round: its
    waiters get BrokenBarrierError."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(_allocate_lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0             # threads waiting in the current round
        self._round = 0
        self._broken_rounds = {}    # round -> True for the broken ones still waited on
        self._broken = False

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            if self._broken:
                raise BrokenBarrierError
            my_round = self._round
            index = self._count
            self._count += 1
            if self._count == self._parties:
                if self._action is not None:
                    try:
                        self._action()
                    except BaseException:
                        self._break()
                        raise
                self._count = 0
                self._round += 1
                self._cond.notify_all()
                return index
            deadline = None
            while self._round == my_round and not self._broken:
                if timeout is None:
                    self._cond.wait()
                    continue
                if deadline is None:
                    deadline = _deadline(timeout)
                left = _remaining(deadline)
                if left <= 0 or not self._cond.wait(left):
                    if self._round == my_round and not self._broken:
                        self._break()
            if my_round in self._broken_rounds:
                raise BrokenBarrierError
            return index

    def _break(self):
        # the round is over: its waiters leave with BrokenBarrierError
        self._broken = True
        self._broken_rounds[self._round] = True
        self._count = 0
        self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def reset(self):
        with self._cond:
            if self._count > 0:
                self._broken_rounds[self._round] = True
                self._cond.notify_all()
            self._round += 1
            self._broken = False
            self._count = 0

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


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


def _read_native_id():
    """The OS's id of the running thread (Linux: its TID, from /proc); get_ident()
    where /proc cannot tell."""
    try:
        with open('/proc/thread-self/stat', 'rb') as f:
            return int(f.read(32).split(b' ', 1)[0])
    except (OSError, ValueError):
        return get_ident()


def get_native_id():
    ident = get_ident()
    t = _active.get(ident)
    if t is None:
        if ident != _main_thread._ident:
            return _read_native_id()    # a thread _thread started
        t = _main_thread
    if t._native_id is None:
        t._native_id = _read_native_id()
    return t._native_id


def stack_size(size=0):
    """gclab's threads get the OS's default stack: 0, and a size is only checked."""
    if size != 0 and size < 32768:
        raise ValueError('size not valid: %d bytes' % size)
    return 0


class ExceptHookArgs(tuple):
    """What threading.excepthook receives: exc_type, exc_value, exc_traceback (None in
    gclab), thread."""

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError('_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence '
                            'given)' % len(args))
        return tuple.__new__(cls, args)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __repr__(self):
        return ('_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, '
                'thread=%r)' % tuple(self))


def excepthook(args, /):
    """The default: report an exception a thread's run() raised, but SystemExit."""
    if args.exc_type is SystemExit:
        return
    thread = args.thread
    name = thread.name if thread is not None else get_ident()
    _thread._print_exception('Exception in thread %s:\n' % name, args.exc_value)


__excepthook__ = excepthook


def _invoke_excepthook(thread, exc):
    hook = excepthook       # what the program set, read now
    if hook is None:
        hook = __excepthook__
    try:
        hook(ExceptHookArgs((type(exc), exc, None, thread)))
    except Exception as e:
        _thread._print_exception('Exception in threading.excepthook:\n', e)


_local_keys = [0]


def _new_local_key():
    """A number no other thread has had: what a `local` keys a thread's attributes by
    (a thread's ident can be reused once it has ended)."""
    with _active_lock:
        _local_keys[0] += 1
        return _local_keys[0]


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
        self._local_key = _new_local_key()
        self._local_numbers = []    # the locals this thread has attributes in
        self._native_id = None

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started and not self._finished:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = bool(daemonic)

    def getName(self):
        return self._name

    def setName(self, name):
        self.name = name

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def isDaemon(self):
        return self._daemonic

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._done.acquire()
        with _active_lock:
            _unfinished.append(self)
        try:
            _start_new_thread(self._bootstrap, ())
        except BaseException:
            with _active_lock:
                _unfinished.remove(self)
            self._finished = True
            self._done.release()
            raise

    def _bootstrap(self):
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        # (named as CPython's: the frames of a thread's traceback start here)
        self._ident = get_ident()
        self._native_id = _read_native_id()
        with _active_lock:
            _active[self._ident] = self
        try:
            self.run()
        except BaseException as e:
            _invoke_excepthook(self, e)
        finally:
            # the thread's attributes of threading.local objects go as it ends, before
            # join() returns (as CPython's thread state does)
            _forget_locals(self)
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
        self._local_key = _new_local_key()
        self._local_numbers = []
        self._native_id = _read_native_id()


_main_thread = _MainThread()


class Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds, unless cancel()led."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# threading.local: each local object keeps {thread key: attribute dict}; a thread
# started by Thread notes the locals it has attributes in (by number, in _locals while
# the local lives), and its bootstrap drops its attribute dicts when it ends.
_locals = {}                # local number -> that local's {thread key: dict}
_local_numbers = [0]


class _LocalToken:
    """Held by a local object only: its __del__ says the local is gone (a subclass of
    local may define its own __del__)."""

    def __init__(self, number):
        self.number = number

    def __del__(self):
        _locals.pop(self.number, None)


def _forget_locals(thread):
    numbers = thread._local_numbers
    thread._local_numbers = []
    key = thread._local_key
    for n in numbers:
        spaces = _locals.get(n)
        if spaces is not None:
            spaces.pop(key, None)


class local:
    """Attributes seen only by the thread that set them.  (gclab: a subclass's
    __init__ runs once, in the thread that makes the object; CPython runs it again,
    with the same arguments, in each thread that first uses the object.)"""

    def _local__namespace(self):
        try:
            spaces = object.__getattribute__(self, '_local__spaces')
        except AttributeError:
            spaces = {}
            with _active_lock:
                _local_numbers[0] += 1
                number = _local_numbers[0]
            object.__setattr__(self, '_local__spaces', spaces)
            object.__setattr__(self, '_local__token', _LocalToken(number))
            _locals[number] = spaces
        ident = get_ident()
        thread = _active.get(ident)
        if thread is not None:
            me = thread._local_key
        elif ident == _main_thread._ident:
            me = _main_thread._local_key
        else:
            me = ('ident', ident)       # a thread _thread started
        space = spaces.get(me)
        if space is None:
            space = spaces[me] = {}
            if thread is not None:
                thread._local_numbers.append(
                    object.__getattribute__(self, '_local__token').number)
        return space

    def __getattribute__(self, name):
        if name == '__dict__':
            return local._local__namespace(self)
        if name.startswith('_local__') or name == '__class__':
            return object.__getattribute__(self, name)
        space = local._local__namespace(self)
        if name in space:
            return space[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        local._local__namespace(self)[name] = value

    def __delattr__(self, name):
        space = local._local__namespace(self)
        if name not in space:
            raise AttributeError(name)
        del space[name]


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
