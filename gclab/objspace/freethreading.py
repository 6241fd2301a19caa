"""Free-threaded builds (`<manager>-nogil` plans): the switch, and the interpreter's locks.

gclab.gc.nogil.ACTIVE is set before translation when the plan is free-threaded
(rpython_patches.apply); code reads it as a constant, so a GIL build compiles none of
what it guards.

Per-object locks ("critical sections", as PEP 703 calls them).  A mutable object that
threads can share (list, dict, set, an instance's attributes, a module's globals...) is
locked by a word of a striped table: the object's address picks one of
gclab.gc.nogil.STRIPES lock words (objects do not move on the plans that run without a
GIL: Boehm, none), each on its own cache line.  Taking it is one compare-and-swap when
uncontended; a contended lock spins briefly and then yields the core.  Locks are
recursive per thread, and so is a stripe: two objects that share a stripe are one lock,
which is why no code holds two objects' locks at once except through recursion (copy
from one, then lock the other).

    held = lock(w_obj)
    try:
        ...
    finally:
        unlock(w_obj, held)

lock() returns whether this call took the lock (False when the thread already held
it), and unlock() releases only then.  In a GIL build both do nothing and cost nothing.
Known limit: a dict's lookup calls a guest key's __eq__/__hash__ with the dict locked
(other threads touching that dict wait; a guest __eq__ that waits for another thread
which waits for this dict deadlocks: PEP 703 suspends the critical section there).

Namespaces that every call reads (a module's globals, a class's dict) are read without
a lock: taking one on every LOAD_GLOBAL would make every thread write the same cache
line on every call -- the Gilectomy's contention.  Their writers hold the owner's lock
and change a value in place when the name exists (readers see the old value or the
new one), and otherwise publish a new dict with one pointer store (store_shared,
delete_shared): a dict that readers may hold never changes shape under them.

Shared interpreter state that is not an object (the output buffer, the thread
registry, statistics counters) takes a lock word of its own (lock_state).
"""

from rpython.rlib.objectmodel import (we_are_translated, current_object_addr_as_int,
                                      specialize)

from gclab.gc import nogil


def ACTIVE_AND_TRANSLATED():
    """A free-threaded binary running (False untranslated, where there is no
    parallelism)."""
    return nogil.ACTIVE and we_are_translated()


@specialize.argtype(0)
def lock(w_obj):
    if nogil.ACTIVE and we_are_translated():
        return nogil.c_lock(current_object_addr_as_int(w_obj)) != 0
    return False


@specialize.argtype(0)
def unlock(w_obj, held):
    if nogil.ACTIVE and we_are_translated() and held:
        nogil.c_unlock(current_object_addr_as_int(w_obj))


# lock words for shared state that is not a guest object: small "addresses" that no
# object has (each picks its own stripe)
OUTPUT = 16
THREADS = 32
IMPORTS = 48             # modules_w, sources: an import is one critical section
REGISTRIES = 64          # code_objects, classes_w, exec_modules_w
GCSLOTS = 96             # gcslots.SLOTS: the refcount plans' tracked containers
TYPE_VERSIONS = 112      # typeobject.TYPE_VERSIONS.bump
FINALIZERS = 80          # finalizerstate.STATE's queues (refcount plans: any thread's
                         # deallocator queues a __del__ or a weakref callback)


def lock_state(which):
    if nogil.ACTIVE and we_are_translated():
        return nogil.c_lock(which) != 0
    return False


def unlock_state(which, held):
    if nogil.ACTIVE and we_are_translated() and held:
        nogil.c_unlock(which)


def publish():
    """Before the store that makes a value reachable through a namespace threads read
    without a lock: a release fence (gclab/gc/nogil.py, gclab_publish)."""
    if nogil.ACTIVE and we_are_translated():
        nogil.c_publish()


def subscribe():
    """After a load from such a namespace, before the loaded value is used: an acquire
    fence."""
    if nogil.ACTIVE and we_are_translated():
        nogil.c_subscribe()


@specialize.arg(1)
def publish_field(holder, fieldname, value):
    """holder.<fieldname> = value, for a field that threads read without a lock (a
    cache entry, a cell's value): the store under holder's lock, after a release
    fence.  Two unlocked stores into one field would both release the value they
    replace (a reader may still hold it: gclab/gc/refcounting/deferred.py frees it
    later)."""
    held = lock(holder)
    try:
        publish()
        setattr(holder, fieldname, value)
    finally:
        unlock(holder, held)


def store_shared(names_w, name, w_value):
    """names_w[name] = w_value for a namespace that threads read without a lock: the
    dict the owner keeps (names_w itself, or in a free-threaded build a new dict when
    the name is new).  The caller holds the owner's lock."""
    if name in names_w or not (nogil.ACTIVE and we_are_translated()):
        publish()
        names_w[name] = w_value
        return names_w
    new_w = names_w.copy()
    new_w[name] = w_value
    publish()
    return new_w


def delete_shared(names_w, name):
    """del names_w[name] (the name is there), the same way."""
    if not (nogil.ACTIVE and we_are_translated()):
        del names_w[name]
        return names_w
    new_w = names_w.copy()
    del new_w[name]
    publish()
    return new_w
