"""Threads: the `_thread` module, execution contexts and the GIL (RPython).

A binary translated with --thread runs guest threads on RPython's threads
(rpython.rlib.rthread) under one GIL (rpython.rlib.rgil).  The GIL is released around
blocking calls (lock acquire, time.sleep: RPython's external calls do it), and a running
thread offers it to waiting threads every `switch interval` seconds (sys.setswitchinterval,
default 0.005 s as in CPython), checked every CHECK_TICKS backward jumps or calls.

Per-thread interpreter state lives in an ExecutionContext; space.current_ec() finds the
running thread's by its ident (a raw thread-local read, no GC work), so nothing needs to
run at GIL switches.

Free-threaded builds (`-nogil` plans, gclab/gc/nogil.py) have no GIL: threads run in
parallel, each finds its ExecutionContext in a thread-local reference (no shared write),
there is no switch interval (sys.setswitchinterval is accepted and does nothing), the
registry of threads is under a lock word (gclab/objspace/freethreading.py), and
finalizers queued by a collection run on the main thread."""

from rpython.rlib import rthread, rgil
from rpython.rtyper import rclass
from rpython.rtyper.annlowlevel import (cast_base_ptr_to_instance,
                                        cast_instance_to_base_ptr)
from rpython.rtyper.lltypesystem import lltype
from rpython.rlib.objectmodel import we_are_translated, dont_inline

from gclab.gc import nogil
from gclab.gc.refcounting import deferred, pool
from gclab.gc.refcounting.elide import store_into_empty
from gclab.objspace import freethreading
from gclab.interp import pycode

from gclab.interp.error import OperationError
from gclab.objspace.objects import W_Root
from gclab.objspace.numberobject import W_Int, W_Float
from gclab.objspace.tupleobject import W_Tuple
from gclab.objspace.dictobject import W_Dict
from gclab.objspace.function import Arguments, W_Function
from gclab.objspace.typeobject import W_Type
from gclab.objspace.argspec import Spec
from gclab.objspace import finalizers
from gclab.objspace.clock import clock_ns, monotonic
from gclab.objspace.excreport import print_exception, report_exception, write_report

LOCK_ACQUIRE = Spec('lock.acquire($self, blocking=True, timeout=-1)')
SYS_SETSWITCHINTERVAL = Spec('sys.setswitchinterval(interval, /)')
SYS_GETSWITCHINTERVAL = Spec('sys.getswitchinterval()')

CHECK_TICKS = 200


class ExecutionContext(object):
    """What the interpreter keeps per thread."""

    def __init__(self, ident, is_main=False):
        self.ident = ident
        self.is_main = is_main  # the thread that runs the program's module
        self.depth = 0          # Python frames on this thread, for RecursionError
        self.handled_w = []     # the exceptions being handled, innermost last
        self.frame = None       # the running frame: globals(), locals(), exec, eval
        # the running frames by depth (sys._getframe): frames[d] is the frame that
        # entered depth d, None where a call of that depth has no frame.  A list of
        # fixed size, grown by doubling: a call stores its frame into an empty slot
        # and clears it (no count update for the old value, no resizing per call)
        self.frames = []
        self.repr_stack = []    # containers whose repr is being built (recursion guard)
        # free-threaded refcount builds: the frames this thread's returned calls left
        # for the next call of their code (Frame.recycle), by code.frame_slot
        self.kept_frames = None
        if nogil.ACTIVE:
            self.kept_frames = [None] * pycode.FRAME_SLOTS

    def drop_kept_frames(self):
        """At the thread's end, or the program's: the frames it kept go."""
        if self.kept_frames is not None:
            for i in range(len(self.kept_frames)):
                self.kept_frames[i] = None

    def push_frame(self, depth, frame):
        """frame runs at depth (space.enter_call's): until pop_frame(depth)."""
        frames = self.frames
        if depth >= len(frames):
            frames = self.grow_frames(depth)
        store_into_empty(frames, depth, frame)

    @dont_inline
    def grow_frames(self, depth):
        old = self.frames
        frames = [None] * max(2 * depth, 64)
        for i in range(len(old)):
            frames[i] = old[i]
        self.frames = frames
        return frames

    def pop_frame(self, depth):
        frames = self.frames
        if depth < len(frames):
            frames[depth] = None

    def running_frames(self):
        """The running frames, outermost first."""
        return [frame for frame in self.frames if frame is not None]


class ExecutionContextTLS(object):
    """Free-threaded builds: each thread's ExecutionContext (None: the main thread's,
    space.ec).  RPython's ThreadLocalReference on Boehm and `none`; on the refcount
    plans the context's address in a thread-local word (ThreadLocalReference casts it
    to a GCREF, which gclab's refcounting refuses for an object with GC pointers).
    The reference is not counted: the registry space.threads.ecs holds the context
    while its thread runs."""

    def __init__(self):
        self.tlref = rthread.ThreadLocalReference(ExecutionContext)
        self.word = rthread.ThreadLocalField(lltype.Signed, 'gclab_ec')

    def _freeze_(self):
        return True

    def get(self):
        if deferred.enabled() and we_are_translated():
            value = self.word.getraw()
            if value == 0:
                return None
            ptr = lltype.cast_int_to_ptr(rclass.OBJECTPTR, value)
            return cast_base_ptr_to_instance(ExecutionContext, ptr)
        return self.tlref.get()

    def set(self, ec):
        if deferred.enabled() and we_are_translated():
            value = 0
            if ec is not None:
                value = lltype.cast_ptr_to_int(cast_instance_to_base_ptr(ec))
            self.word.setraw(value)
        else:
            self.tlref.set(ec)


EC_TLS = ExecutionContextTLS()


class ThreadState(object):
    """The space's view of its threads."""

    def __init__(self, enabled):
        self.enabled = enabled          # translated with --thread
        self.started = False            # a second thread was ever started
        self.ecs = {}                   # thread ident -> ExecutionContext
        self.running = 0                # threads started and not finished
        self.switch_interval = 0.005
        self.ticker = CHECK_TICKS
        self.last_switch = 0.0
        # _thread._threads_started: a list, empty until the first thread starts (then
        # [True]).  Library code written in Python (collections.deque) reads it to take
        # its locks only once another thread may run.
        self.w_started = None


def thread_ident():
    if we_are_translated():
        return rthread.get_ident()
    import thread
    return thread.get_ident()


def periodic(space):
    """Called every CHECK_TICKS ticks, and at the next tick after a collection queued
    finalizers: call them; hand the GIL over if the interval has passed."""
    if finalizers.STATE.count > 0:
        if not nogil.ACTIVE or space.current_ec().is_main:
            finalizers.run_pending(space)
    if nogil.ACTIVE:
        return
    state = space.threads
    if not state.started:
        return
    now = monotonic()
    if now - state.last_switch >= state.switch_interval:
        state.last_switch = now
        rgil.yield_thread()


class _Global(object):
    """Prebuilt holder: what the new thread's bootstrap and the switch hook need."""

    def __init__(self):
        self.space = None
        self.lock = None            # serializes thread starts (arguments below)
        self.w_callable = None
        self.args = None


glob = _Global()


def bootstrap():
    """First function of every new thread (the GIL is held on entry).  It keeps no GC
    reference of its own: after gc_thread_die() the shadow stack is the main thread's,
    so everything that touches GC objects happens in run_thread()."""
    rthread.gc_thread_start()
    nogil.register_thread_roots()
    deferred.register_thread()
    run_thread()
    deferred.unregister_thread()
    if deferred.enabled():
        pool.c_thread_end()     # (its free lists' blocks: refcounting/pool.py)
    nogil.unregister_thread_roots()
    rthread.gc_thread_die()


def run_thread():
    space = glob.space
    w_callable = glob.w_callable
    args = glob.args
    glob.w_callable = None
    glob.args = None
    ident = rthread.get_ident()
    ec = ExecutionContext(ident)
    held = freethreading.lock_state(freethreading.THREADS)
    space.threads.ecs[ident] = ec
    freethreading.unlock_state(freethreading.THREADS, held)
    if nogil.ACTIVE:
        EC_TLS.set(ec)
    else:
        space.ec = ec
    glob.lock.release()
    try:
        space.call(w_callable, args)
    except OperationError as e:
        if not space.exception_is(e.w_value, space.w_SystemExit):
            write_report(space, 'Unhandled exception in thread started by %s\n'
                         % space.repr_str(w_callable))
            report_exception(space, e)
    except Exception:
        space.write_stderr('gclab: internal error in a thread\n')
    space.flush_stdout()
    held = freethreading.lock_state(freethreading.THREADS)
    space.threads.running -= 1
    del space.threads.ecs[ident]
    freethreading.unlock_state(freethreading.THREADS, held)
    ec.drop_kept_frames()
    if nogil.ACTIVE:
        EC_TLS.set(None)


run_thread._dont_inline_ = True


def immortalize_shared(space):
    """When the first thread starts, in the free-threaded refcount builds whose counts
    skip immortal objects (atomic-immortal-refcount-nogil): the objects every thread
    touches on every call -- modules, code objects, and the functions and classes
    (with their methods) bound in modules' globals -- become immortal, as CPython 3.13t
    does, so that threads calling the same function do not update one count.  They are
    never freed.  Functions and classes made later are counted as usual."""
    if not deferred.IMMORTALIZE:
        return
    for code in space.code_objects:
        deferred.immortalize(code)
        code.immortalize_arrays()
    for w_module in space.modules_w.values():
        deferred.immortalize(w_module)
        for w_value in w_module.dict_w.values():
            if isinstance(w_value, W_Function):
                deferred.immortalize(w_value)
            elif isinstance(w_value, W_Type):
                deferred.immortalize(w_value)
                for w_attr in w_value.dict_w.values():
                    if isinstance(w_attr, W_Function):
                        deferred.immortalize(w_attr)


def start_thread(space, w_callable, args):
    state = space.threads
    if not state.enabled:
        raise space.error(space.w_RuntimeError,
                          "gclab: this binary (plan '%s') was translated without thread "
                          "support" % space.plan_name)
    if not state.started:
        state.started = True
        main_ec = space.ec
        main_ec.ident = rthread.get_ident()
        state.ecs[main_ec.ident] = main_ec
        glob.lock = rthread.allocate_lock()
        state.last_switch = monotonic()
        immortalize_shared(space)
        space.list_append(state.w_started, space.w_True)
    glob.lock.acquire(True)
    glob.space = space
    glob.w_callable = w_callable
    glob.args = args
    held = freethreading.lock_state(freethreading.THREADS)
    state.running += 1
    freethreading.unlock_state(freethreading.THREADS, held)
    deferred.thread_starting()
    try:
        ident = rthread.start_new_thread(bootstrap, ())
    except Exception:
        deferred.thread_not_started()
        held = freethreading.lock_state(freethreading.THREADS)
        state.running -= 1
        freethreading.unlock_state(freethreading.THREADS, held)
        glob.lock.release()
        raise space.error(space.w_RuntimeError, "can't start new thread")
    return ident


# --- the _thread module -------------------------------------------------------------------

class W_Lock(W_Root):
    _attrs_ = ['lock', 'held']

    def __init__(self):
        self.lock = rthread.allocate_lock()
        self.held = False

    def getclass(self, space):
        return space.w_lock

    def repr(self, space):
        state = 'locked' if self.held else 'unlocked'
        return '<%s _thread.lock object at 0x%x>' % (state, space.id_of(self))


def lock_self(space, args):
    w_self = args.args_w[0]
    if not isinstance(w_self, W_Lock):
        raise space.error(space.w_TypeError, 'descriptor requires a lock')
    return w_self


def lock_acquire(space, args):
    w_lock = lock_self(space, args)
    blocking = True
    timeout = -1.0
    w_b, w_t = LOCK_ACQUIRE.values(space, args)
    if w_b is not None:
        blocking = space.is_true(w_b)
    if w_t is not None:
        timeout = space.float_w(w_t)
    if not blocking and timeout != -1.0:
        raise space.error(space.w_ValueError,
                          "can't specify a timeout for a non-blocking call")
    if timeout < 0.0 and timeout != -1.0:
        raise space.error(space.w_ValueError, 'timeout value must be a non-negative number')
    if not blocking:
        ok = w_lock.lock.acquire(False)
    elif timeout == -1.0:
        ok = w_lock.lock.acquire(True)
    else:
        ok = acquire_within(w_lock.lock, timeout)
    if ok:
        w_lock.held = True
    return space.newbool(ok)


def acquire_within(lock, timeout):
    """Acquires `lock` within `timeout` seconds. The wait is restarted for the time
    left when a signal interrupts it (acquire_timed answers 2): libgc stops the
    world with signals, and such a signal must not end a wait early (Event.wait(10)
    returned False at once on boehm when a collection ran in another thread)."""
    deadline = monotonic() + timeout
    micros = r_longlong_of(timeout * 1e6)
    while True:
        res = lock.acquire_timed(micros)
        if res != 2:
            return res == 1
        left = deadline - monotonic()
        if left <= 0.0:
            return lock.acquire(False)
        micros = r_longlong_of(left * 1e6)


def r_longlong_of(x):
    from rpython.rlib.rarithmetic import r_longlong
    return r_longlong(x)


def lock_release(space, args):
    w_lock = lock_self(space, args)
    if not w_lock.held:
        raise space.error(space.w_RuntimeError, 'release unlocked lock')
    w_lock.held = False
    w_lock.lock.release()
    return space.w_None


def lock_locked(space, args):
    return space.newbool(lock_self(space, args).held)


def lock_enter(space, args):
    lock_acquire(space, Arguments([args.args_w[0]]))
    return space.w_True


def lock_exit(space, args):
    lock_release(space, Arguments([args.args_w[0]]))
    return space.w_None


LOCK_METHODS = [('acquire', lock_acquire), ('release', lock_release),
                ('locked', lock_locked), ('__enter__', lock_enter),
                ('__exit__', lock_exit), ('acquire_lock', lock_acquire),
                ('release_lock', lock_release)]


def t_allocate_lock(space, args):
    return W_Lock()


def t_start_new_thread(space, args):
    args_w = args.args_w
    if len(args_w) < 2 or len(args_w) > 3:
        raise space.error(space.w_TypeError, 'start_new_thread expected 2 or 3 arguments, '
                          'got %d' % len(args_w))
    w_func = args_w[0]
    w_args = args_w[1]
    if not isinstance(w_args, W_Tuple):
        raise space.error(space.w_TypeError, '2nd arg must be a tuple')
    kw_names = None
    kw_values_w = None
    if len(args_w) == 3:
        w_kwargs = args_w[2]
        if not isinstance(w_kwargs, W_Dict):
            raise space.error(space.w_TypeError, 'optional 3rd arg must be a dictionary')
        kw_names = []
        kw_values_w = []
        for w_key, w_value in w_kwargs.pairs():
            kw_names.append(space.str_w(w_key))
            kw_values_w.append(w_value)
    ident = start_thread(space, w_func, Arguments(w_args.items_w[:], kw_names, kw_values_w))
    return space.newint(ident)


def t_get_ident(space, args):
    return space.newint(current_ident(space))


def current_ident(space):
    if we_are_translated():
        return rthread.get_ident()
    return space.ec.ident


def t_count(space, args):
    return space.newint(space.threads.running)


def t_print_exception(space, args):
    """_thread._print_exception(header, exc): header, then the traceback report."""
    args_w = args.args_w
    if len(args_w) != 2:
        raise space.error(space.w_TypeError, '_print_exception expects 2 arguments')
    write_report(space, space.str_w(args_w[0]))
    print_exception(space, args_w[1], 0)
    return space.w_None


THREAD_FUNCTIONS = [('allocate_lock', t_allocate_lock), ('allocate', t_allocate_lock),
                    ('start_new_thread', t_start_new_thread),
                    ('start_new', t_start_new_thread), ('get_ident', t_get_ident),
                    ('_count', t_count), ('_print_exception', t_print_exception)]


def sys_setswitchinterval(space, args):
    interval = space.float_w(SYS_SETSWITCHINTERVAL.unpack(space, args)[0])
    if interval <= 0.0:
        raise space.error(space.w_ValueError, 'switch interval must be strictly positive')
    space.threads.switch_interval = interval
    return space.w_None


def sys_getswitchinterval(space, args):
    SYS_GETSWITCHINTERVAL.check(space, args)
    return space.newfloat(space.threads.switch_interval)


def install(space):
    glob.space = space
    space.w_lock = space.make_type('lock', space.w_object)
    for name, impl in LOCK_METHODS:
        space.w_lock.dict_w[name] = space.wrap_builtin(name, impl, space.w_lock)
    w_mod = space.new_module('_thread')
    for name, impl in THREAD_FUNCTIONS:
        w_mod.dict_w[name] = space.wrap_builtin(name, impl)
    w_mod.dict_w['LockType'] = space.w_lock
    space.threads.w_started = space.newlist([])
    w_mod.dict_w['_threads_started'] = space.threads.w_started
    w_mod.dict_w['error'] = space.w_RuntimeError
    space.modules_w['_thread'] = w_mod
    w_sys = space.modules_w['sys']
    w_sys.dict_w['setswitchinterval'] = space.wrap_builtin('setswitchinterval',
                                                           sys_setswitchinterval)
    w_sys.dict_w['getswitchinterval'] = space.wrap_builtin('getswitchinterval',
                                                           sys_getswitchinterval)
