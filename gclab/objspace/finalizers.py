"""Guest finalizers: a class's __del__, called once per object after it dies, on every
plan as far as the plan can tell that an object died; the weak references to it killed
and their callbacks called (gclab.objspace.weakrefobject); a generator that dies
suspended inside a try or with block closed (gclab.objspace.generator), as CPython's
generator finalizer does.

An instance of a class that has __del__ when the instance is made is a W_WatchedInstance
(new_instance, below).  How its death is noticed is the plan's, fixed
by configure(plan) before translation:

  refcount plans  W_WatchedInstance gets an RPython-level __del__: the static deallocator
                  that gclab's refcounting runs when the count reaches 0 calls it.  It
                  only appends the object to STATE.dead_w (which resurrects it: the
                  deallocator then does not free it) and counts it.  The guest __del__
                  runs at the next call, return or backward jump of the running code
                  (Frame.finalizer_point tests STATE.count, gclab.objspace.
                  finalizerstate; no test on the other plans); when it is done the list
                  drops the object and, unless __del__ stored it somewhere, the count
                  reaches 0 again and the object is freed (`finalized` is set: no
                  second call).  So, as in CPython, what x.__del__ prints after `del x`
                  comes before what the next call prints.  An object in a dropped
                  reference cycle is queued by the cycle collector (gclab.objspace.
                  cyclegc) when it finds the cycle, and the cycle is cleared only
                  once the __del__s have run.
  tracing plans   every W_WatchedInstance is registered with QUEUE, an rgc.FinalizerQueue;
  (and boehm)     after a collection has found some of them unreachable, the GC calls
                  QUEUE.finalizer_trigger, which only makes the next call or backward
                  jump run the periodic check (space.tick); that check, gc.collect()
                  and exit call their __del__, in the order the collector queued them.
                  Until a collection runs, a dropped object is not finalized.
  none            nothing is ever freed, so no __del__ is ever called.

Untranslated, the plan is 'queue' (rgc.FinalizerQueue's emulation on the host's GC).

Guest code never runs inside a deallocator or inside the GC: an object may die in the
middle of any RPython operation (a dict store dropping the old value), which guest code
must not re-enter.  A __del__ that raises is reported as CPython reports it ("Exception
ignored in: <function C.__del__ at ...>" and the traceback, on stderr) and the program
goes on.

At exit (at_exit, once the program and its non-daemon threads are done), as CPython's
shutdown finalizes what the program still holds with its world intact: the tracing
plans collect and finalize what is already garbage; then every finalizable object
reachable from __main__'s globals (gclab.objspace.referents: containers, instances,
classes, functions' defaults and cells) gets its __del__, in the order of a walk that
takes the globals in their order -- CPython goes by creation order, which is the same
for the usual module-level objects.  Objects reachable only otherwise (from a library
module, a daemon thread, or garbage cycles on a refcount plan) are not finalized.
README, "Finalizers", sets the plans side by side.
"""

from rpython.rlib import rgc
from rpython.rtyper.lltypesystem import lltype, rffi

from gclab.interp.error import OperationError
from gclab.objspace.excreport import print_exception, write_report
from gclab.objspace.objects import W_Root
from gclab.objspace.typeobject import W_Type, W_Instance, W_WatchedInstance, subclass_died
from gclab.objspace.generator import W_FinalizableGenerator
from gclab.objspace.function import W_Module, W_Function, W_Method
from gclab.objspace.setobject import W_BaseSet
from gclab.objspace.referents import reachable_w
from gclab.objspace.weakrefobject import clear_weakrefs
from gclab.objspace import finalizerstate, gcslots, cyclegc, freethreading
from gclab.gc import nogil
from gclab.objspace.gcslots import SLOTS
from gclab.objspace.finalizerstate import STATE

# Fixed by configure(plan) before translation (constants for RPython), with
# finalizerstate.PROMPT.
MODE = 'queue'                      # 'destructor', 'queue' or 'never'
BOEHM = False                       # libgc: its finalizers run on demand (below)
MAX_COLLECT_ROUNDS = 10

# the refcount plans' cycle collections one run_pending() may run (one due, then the
# generation again once the __del__s of its garbage ran); a __del__ that keeps making
# new cyclic garbage with __del__s leaves the rest to the next finalizer point
MAX_CYCLE_COLLECTIONS = 3

# libgc (plan boehm) finalizes only on demand: RPython's notifier (translator/c/src/
# mem.c) moves what the last collection found into the queue.  It is called when libgc
# asks, at some later allocation; collect_and_run() calls it at once.  libgc and
# RPython's FinalizerQueue both finalize in topological order -- an object reachable
# from another finalizable dead object, as in a cycle of two objects with __del__, waits
# for a later collection -- so collect_and_run() collects again while the previous round
# found something, MAX_COLLECT_ROUNDS at most.
boehm_gc_finalizer_notifier = rffi.llexternal('boehm_gc_finalizer_notifier', [],
                                              lltype.Void, _nowrapper=True)


def _destructor(self):
    """W_WatchedInstance.__del__ on the refcount plans (see configure): its weak
    references die now; if its __del__ is owed, it is queued (and so resurrected)."""
    if self.weakrefs_w is not None:
        clear_weakrefs(self)
    if self.finalized:
        gcslots.untrack(self.gc_slot)       # freed now
        return
    held = freethreading.lock_state(freethreading.FINALIZERS)
    STATE.dead_w.append(self)
    STATE.count += 1
    freethreading.unlock_state(freethreading.FINALIZERS, held)


def _generator_destructor(self):
    """W_FinalizableGenerator.__del__ on the refcount plans: a generator that dies
    suspended is queued (resurrected) to be closed; otherwise it is freed now (its
    slot in the cycle collector is free)."""
    if self.suspended():
        held = freethreading.lock_state(freethreading.FINALIZERS)
        STATE.dead_w.append(self)
        STATE.count += 1
        freethreading.unlock_state(freethreading.FINALIZERS, held)
        return
    gcslots.untrack(self.gc_slot)


def _type_destructor(self):
    """W_Type.__del__ on the refcount plans: the class leaves its bases' lists of
    subclasses and the registry of classes, which refer to it by address, its weak
    references die, and its slot in the cycle collector is free."""
    subclass_died(self)
    if self.weakrefs_w is not None:
        clear_weakrefs(self)
    if gcslots.ENABLED:
        gcslots.untrack(self.gc_slot)


def make_weakly_referable_destructor():
    """W_Function.__del__, W_BaseSet's (set and frozenset) and W_Method's on the
    refcount plans, one function per class (RPython annotates each for its own class):
    the object's weak references die (a bound method made for `weakref.ref(obj.m)`
    dies at once, as in CPython), and its slot in the cycle collector is free.  (It
    replaces the cycle collector's untrack destructor: cyclegc.configure keeps a __del__
    it finds.)  One never weakly referenced only tests one field."""
    def destructor(self):
        if self.weakrefs_w is not None:
            clear_weakrefs(self)
        if gcslots.ENABLED:
            gcslots.untrack(self.gc_slot)
    return destructor


def _watch_late(w_obj):
    """A class, function, set, frozenset or bound method got its first weak reference:
    on the plans with a finalizer queue the queue must report its death, when its weak
    references die (run_pending).  A builtin type never dies (and is prebuilt: not the
    GC's to register); no set or bound method is prebuilt."""
    if MODE != 'queue':
        return
    if isinstance(w_obj, W_Type) and w_obj.builtin:
        return
    QUEUE.register_finalizer(w_obj)


finalizerstate.watch_late = _watch_late


class GuestFinalizerQueue(rgc.FinalizerQueue):
    Class = W_Root

    def finalizer_trigger(self):
        # called by the GC after a collection: do nothing more than ask for a check
        STATE.count = 1
        space = self.space
        if space is not None:
            space.threads.ticker = 0


QUEUE = GuestFinalizerQueue()
QUEUE.space = None


def configure(plan):
    """Take the plan's kind (gclab.gc.plans); the target calls it before translation."""
    global MODE, BOEHM
    if plan.kind == 'refcount':
        MODE = 'destructor'
        finalizerstate.PROMPT = True
        finalizerstate.WEAK_BY_ADDRESS = True
        W_WatchedInstance.__del__ = _destructor
        W_FinalizableGenerator.__del__ = _generator_destructor
        W_Type.__del__ = _type_destructor
        W_Function.__del__ = make_weakly_referable_destructor()
        W_BaseSet.__del__ = make_weakly_referable_destructor()  # (W_Set, W_FrozenSet)
        W_Method.__del__ = make_weakly_referable_destructor()
    elif plan.kind == 'none':
        MODE = 'never'
    else:
        MODE = 'queue'
    if plan.rpython_gc == 'boehm':
        BOEHM = True


def install(space):
    """A new interpreter (one per process when translated; the untranslated tests make
    many): its state starts afresh."""
    QUEUE.space = space
    STATE.__init__()


def new_instance(w_type):
    """A new instance of the user class (or object) w_type: watched if its class has
    __del__ or weak references are enabled."""
    has_del = w_type.has_finalizer()
    if not has_del and not STATE.weakrefs_enabled:
        return W_Instance(w_type)
    return watch(W_WatchedInstance(w_type, has_del))


def new_generator(frame, name, qualname, kind):
    """The generator (or coroutine: kind) of a code with a try or with block
    (PyCode.has_cleanup)."""
    w_gen = W_FinalizableGenerator(frame, name, qualname)
    w_gen.kind = kind
    return watch(w_gen)


def watch(w_obj):
    """A new object whose death this module must notice: counted, and in the
    finalizer queue on the plans that have one."""
    STATE.made += 1
    if MODE == 'queue':
        QUEUE.register_finalizer(w_obj)
    return w_obj


def _next_dead():
    if MODE == 'destructor':
        held = freethreading.lock_state(freethreading.FINALIZERS)
        w_obj = None
        if STATE.dead_w:
            w_obj = STATE.dead_w.pop(0)
        freethreading.unlock_state(freethreading.FINALIZERS, held)
        return w_obj
    if MODE == 'queue':
        return QUEUE.next_dead()
    return None


def _next_callback():
    held = freethreading.lock_state(freethreading.FINALIZERS)
    w_ref = None
    if STATE.callbacks_w:
        w_ref = STATE.callbacks_w.pop(0)
    freethreading.unlock_state(freethreading.FINALIZERS, held)
    return w_ref


def run_pending(space):
    """Call the __del__ of every object found dead so far (and of those that die
    meanwhile); how many there were.  Not re-entered: a __del__'s own frames leave the
    rest to this loop.  In a free-threaded build only the main thread runs them."""
    if nogil.ACTIVE and not space.current_ec().is_main:
        return 0
    if STATE.running:
        return 0
    STATE.running = True
    found = 0
    collections = 0
    try:
        STATE.count = 0
        while True:
            w_obj = _next_dead()
            if w_obj is not None:
                found += 1
                if isinstance(w_obj, W_WatchedInstance):
                    if MODE == 'queue':
                        clear_weakrefs(w_obj)
                    call_del(space, w_obj)
                elif isinstance(w_obj, W_FinalizableGenerator):
                    close_generator(space, w_obj)
                else:
                    clear_weakrefs(w_obj)   # a class, function, set or method
                                            # (_watch_late)
                w_obj = None
                continue
            w_ref = _next_callback()
            if w_ref is not None:
                found += 1
                call_callback(space, w_ref)
                continue
            if SLOTS.due and collections < MAX_CYCLE_COLLECTIONS:
                # once the __del__s queued have run (a collection that found garbage
                # with a __del__ owed examines it again now: what they did not
                # resurrect is freed)
                collections += 1
                cyclegc.collect_due(space)      # may queue __del__s of garbage
                continue
            break
        held = freethreading.lock_state(freethreading.FINALIZERS)
        STATE.count = len(STATE.dead_w) + len(STATE.callbacks_w)
        if SLOTS.due:
            STATE.count += 1
        freethreading.unlock_state(freethreading.FINALIZERS, held)
    finally:
        STATE.running = False
    return found


def call_del(space, w_obj):
    """w_obj.__del__(), once; an exception it raises is reported and dropped."""
    assert isinstance(w_obj, W_WatchedInstance)
    if w_obj.finalized:
        return
    w_obj.finalized = True
    w_class = w_obj.w_class
    assert isinstance(w_class, W_Type)
    w_del = w_class.lookup('__del__')
    if w_del is None:
        return
    try:
        space.call_function(space.bind(w_del, w_obj), [])
    except OperationError as e:
        report_unraisable(space, e, w_del)


def close_generator(space, w_gen):
    """A generator that died suspended: close() it, as CPython's generator finalizer
    does (its finally blocks and with exits run); what that raises is reported."""
    if not w_gen.suspended():
        return
    try:
        w_gen.close(space)
    except OperationError as e:
        report_unraisable(space, e, w_gen)


def call_callback(space, w_ref):
    """A dead weak reference's callback(ref), once (then dropped, as CPython: a
    callback often holds what holds the reference); an exception it raises is
    reported."""
    w_callback = w_ref.w_callback
    if w_callback is None:
        return
    w_ref.w_callback = None
    try:
        space.call_function(w_callback, [w_ref])
    except OperationError as e:
        report_unraisable(space, e, w_callback)


def report_unraisable(space, operr, w_where):
    """CPython's report of an exception that nothing can catch (sys.unraisablehook)."""
    w_exc = operr.w_value
    space.attach_traceback(w_exc, operr)
    space.flush_stdout()
    write_report(space, 'Exception ignored in: %s\n' % space.repr_str(w_where))
    print_exception(space, w_exc, 0)


def discard_pending():
    """At exit, after release_program_state: the objects that died while the program's
    state was released are dropped without calling their __del__ (the world they would
    run in is gone), so that they are freed and the leak counts stay exact."""
    while True:
        w_obj = _next_dead()
        if w_obj is None:
            break
        if isinstance(w_obj, W_WatchedInstance):
            w_obj.finalized = True
            clear_weakrefs(w_obj)
        elif isinstance(w_obj, W_FinalizableGenerator):
            w_obj.finish(None)
        else:
            clear_weakrefs(w_obj)
    for w_ref in STATE.callbacks_w:
        w_ref.w_callback = None
    del STATE.callbacks_w[:]
    STATE.count = 0


def at_exit(space):
    """As CPython's shutdown, finalize what __main__ still holds (module docstring)."""
    if STATE.made == 0 or MODE == 'never':
        return
    collect_and_run(space)
    w_main = space.modules_w.get('__main__', None)
    if w_main is None or space.threads.running > 0:
        return      # daemon threads may still run guest code: leave them their world
    assert isinstance(w_main, W_Module)
    for w_obj in reachable_w(w_main.dict_w.values()):
        if isinstance(w_obj, W_WatchedInstance):
            call_del(space, w_obj)
        elif isinstance(w_obj, W_FinalizableGenerator):
            close_generator(space, w_obj)
    run_pending(space)


def collect_and_run(space, generation=2):
    """gc.collect(): a full collection, then the __del__ of what it found dead.  The
    number of unreachable objects found and freed (the refcount plans' cycle collector,
    whose garbage with a __del__ owed is examined again once the __del__s have run:
    then the second count, as CPython leaves out what the __del__s resurrected); 0 on
    the other plans, which do not count them."""
    if MODE != 'queue':
        found = cyclegc.collect(space, generation)
        if SLOTS.recollect >= 0:
            # garbage with a __del__ owed: what the collection run again after the
            # __del__s finds is the count (CPython's: without what they resurrected)
            SLOTS.refound = -1
            run_pending(space)
            if SLOTS.refound >= 0:
                found = SLOTS.refound
        else:
            run_pending(space)
        return found
    for i in range(MAX_COLLECT_ROUNDS):
        rgc.collect()
        if BOEHM:
            boehm_gc_finalizer_notifier()
        if run_pending(space) == 0:
            break
    return 0
