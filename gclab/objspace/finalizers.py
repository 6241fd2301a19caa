"""Guest finalizers: a class's __del__, called once per object after it dies, on every
plan as far as the plan can tell that an object died.

An instance of a class that has __del__ when the instance is made is a W_InstanceDel
(new_instance, below).  How its death is noticed is the plan's, fixed
by configure(plan) before translation:

  refcount plans  W_InstanceDel gets an RPython-level __del__: the static deallocator
                  that gclab's refcounting runs when the count reaches 0 calls it.  It
                  only appends the object to STATE.dead_w (which resurrects it: the
                  deallocator then does not free it) and counts it.  The guest __del__
                  runs before the next instruction (Frame.run checks STATE.count,
                  gclab.objspace.finalizerstate; no test on the other plans); when it is done the list
                  drops the object and, unless __del__ stored it somewhere, the count
                  reaches 0 again and the object is freed (`finalized` is set: no
                  second call).  So, as in CPython, `del x` runs x.__del__ before the
                  next statement.  An object in a reference cycle is never finalized:
                  these plans have no cycle collector (issue 14).
  tracing plans   every W_InstanceDel is registered with QUEUE, an rgc.FinalizerQueue;
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

from gclab.interp.error import OperationError
from gclab.objspace.excreport import print_exception
from gclab.objspace.typeobject import W_Type, W_Instance, W_InstanceDel
from gclab.objspace.function import W_Module
from gclab.objspace.referents import reachable_w
from gclab.objspace import finalizerstate
from gclab.objspace.finalizerstate import STATE

# Fixed by configure(plan) before translation (a constant for RPython), with
# finalizerstate.CHECK_EVERY_INSTRUCTION.
MODE = 'queue'                      # 'destructor', 'queue' or 'never'


def _destructor(self):
    """W_InstanceDel.__del__ on the refcount plans (see configure)."""
    if self.finalized:
        return
    STATE.dead_w.append(self)
    STATE.count += 1


class GuestFinalizerQueue(rgc.FinalizerQueue):
    Class = W_InstanceDel

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
    global MODE
    if plan.kind == 'refcount':
        MODE = 'destructor'
        finalizerstate.CHECK_EVERY_INSTRUCTION = True
        W_InstanceDel.__del__ = _destructor
    elif plan.kind == 'none':
        MODE = 'never'
    else:
        MODE = 'queue'


def install(space):
    QUEUE.space = space


def new_instance(w_type):
    """A new instance of the user class (or object) w_type."""
    if not w_type.has_finalizer():
        return W_Instance(w_type)
    w_obj = W_InstanceDel(w_type)
    STATE.made += 1
    if MODE == 'queue':
        QUEUE.register_finalizer(w_obj)
    return w_obj


def _next_dead():
    if MODE == 'destructor':
        if not STATE.dead_w:
            return None
        return STATE.dead_w.pop(0)
    if MODE == 'queue':
        return QUEUE.next_dead()
    return None


def run_pending(space):
    """Call the __del__ of every object found dead so far (and of those that die
    meanwhile).  Not re-entered: a __del__'s own frames leave the rest to this loop."""
    if STATE.running:
        return
    STATE.running = True
    try:
        STATE.count = 0
        while True:
            w_obj = _next_dead()
            if w_obj is None:
                break
            call_del(space, w_obj)
            w_obj = None
        STATE.count = len(STATE.dead_w)
    finally:
        STATE.running = False


def call_del(space, w_obj):
    """w_obj.__del__(), once; an exception it raises is reported and dropped."""
    assert isinstance(w_obj, W_InstanceDel)
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


def report_unraisable(space, operr, w_where):
    """CPython's report of an exception that nothing can catch (sys.unraisablehook)."""
    w_exc = operr.w_value
    space.attach_traceback(w_exc, operr)
    space.flush_stdout()
    space.write_stderr('Exception ignored in: %s\n' % space.repr_str(w_where))
    print_exception(space, w_exc, 0)


def discard_pending():
    """At exit, after release_program_state: the objects that died while the program's
    state was released are dropped without calling their __del__ (the world they would
    run in is gone), so that they are freed and the leak counts stay exact."""
    while True:
        w_obj = _next_dead()
        if w_obj is None:
            break
        assert isinstance(w_obj, W_InstanceDel)
        w_obj.finalized = True
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
        if isinstance(w_obj, W_InstanceDel):
            call_del(space, w_obj)
    run_pending(space)


def collect_and_run(space):
    if MODE == 'queue':
        rgc.collect()
    run_pending(space)
