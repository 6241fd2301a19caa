"""gclab's reference counting for plan `refcount`: RPython's --gc=ref plus a fix for
opaque GC pointers (llmemory.GCREF), which every RPython dict holds, and counters of
the objects allocated and freed.  Its transformer is the base of every refcount
plan's: they differ only in how a count is incremented and decremented.

The problem
-----------
In RPython 0.2.1 every dict is an ordered dict (rtyper/lltypesystem/rordereddict.py).
Its struct has a field `indexes` of type llmemory.GCREF, a pointer to GcOpaqueType
'GCREF': the hash index is a GcArray of Char, Short, Int or Signed (chosen by the
dict's size), allocated as such and stored with cast_opaque_ptr(GCREF, ...), read
back with cast_opaque_ptr(DICTINDEX_xxx, d.indexes).

RPython's RefcountingGCTransformer (memory/gctransform/refcounting.py) builds a
deallocator for each type whose objects it may free: one that pop_alive()s every GC
pointer inside and then frees.  It asks support.find_gc_ptrs_in_type(TYPE), which
raises "don't know what is in <GCREF (gcopaque)>" for a GcOpaqueType, because it
cannot see what is behind an opaque pointer.  That happens as soon as the
deallocator of a dict (which recurses into the types its fields point to) or a
decref of a GCREF variable is built -- i.e. in any program that has a dict.

The fix
-------
A GCREF field and a GCREF variable stay what they are for RPython: GC pointers,
counted like any other (push_alive/pop_alive on stores, on the result of
cast_opaque_ptr, at the end of a variable's life; the dict's deallocator pop_alive()s
its `indexes`).  Only the question "what is inside the referent" gets an answer:
nothing that the refcounting needs to know about.  The deallocator for GcOpaqueType
is RPython's no-pointer deallocator (free the memory), so a decref of a GCREF is
`ll_decref_simple` -- exactly what the decref of the same object through its
DICTINDEX_xxx pointer type does, so the two views of one object agree.  The
deallocator of every other type is RPython's (find_gc_ptrs_in_type only ever sees
GcOpaqueType itself through static_deallocation_funcptr_for_type(ptr.TO): for a
struct or array holding a GCREF field it returns the Ptr, which is fine).

That answer is only right if every object that a GCREF refers to has no GC pointers
and no destructor.  The transformer therefore checks every operation that makes a
GCREF out of something else: cast_opaque_ptr from a type with GC pointers or a
runtime type info (destructor) is a translation error, and so is a GCREF made from
an address or an integer (whose referent is unknown).  (Prebuilt objects are
immortal -- RPython gives them a refcount of sys.maxint // 2 -- and a prebuilt dict
is translated without an index: its first lookup builds one at run time.)  The
interpreter translates with these checks, so its only GCREFs are dict indexes.

Two more gaps in RPython's refcounting showed up once dicts got through (nothing
had reached them before: translation stopped at the GCREF):
  * `zero_everything_inside`, which the exception transformer puts after a
    malloc(..., zero=True) (rordereddict allocates its indexes that way), had no
    case in the transformer and reached the C source, which has no macro for it.
    Refcounting's mallocs always clear the memory, so it is dropped.
  * The C node of a RuntimeTypeInfo read its deallocator's name from a
    StructDefNode that the database had created but not yet set up
    (AttributeError: 'StructDefNode' object has no attribute 'gcinfo');
    RuntimeTypeInfoNode asks the transformer for the deallocator instead.

The plan keeps RPython's dicts unchanged -- the same ordered dict as the tracing
plans -- so that comparisons between plans use identical data structures.

The helpers
-----------
RPython's transformer builds its push_alive/pop_alive helpers (`ll_incref`,
`ll_decref`, `ll_decref_simple`, inlined everywhere), its no-pointer deallocator
and its static deallocators (one per type: release the GC fields, run `__del__`
if any, free) in its own code.  GclabRefcountingGCTransformer rebuilds all of them
around two operations that subclasses choose by overriding refcount_operations():
  rc_inc(adr)   take a reference to the (non-NULL) object at adr;
  rc_dec(adr)   drop one; True if the object must now be deallocated.
Here they are RPython's plain `hdr.refcount + 1` / `- 1`; atomic.py
makes them atomic, immortal.py makes them skip immortal objects, and
immortal_atomic.py does both.  (RPython's own helper graphs are still
built by its __init__, but nothing calls them, so they never reach the C source.)
The dynamic deallocator (the rtti query for instances) stays RPython's: it only
calls the static deallocator of the object's real type.

Releasing
---------
When ll_decref takes a count to 0 it calls ll_release(adr, dealloc) (not inlined),
which fixes two problems of RPython's `dealloc(adr)`:
  * Exceptions.  Deallocator graphs are built after the exception transform and go
    through it themselves: after each call they make (to another deallocator) they
    test for an exception in flight and, if there is one, return at once -- without
    releasing the remaining fields or freeing the object.  But a count often
    reaches 0 while an exception is in flight: a caller drops the frame that an
    exception is leaving.  With RPython's helper every guest frame left by an
    exception leaked, with everything it held (the counts measured are in
    docs/measured-in-docstrings.md).  ll_release puts the exception in
    flight aside (the raw exc_type and exc_value words: ownership stays with them)
    while the deallocator runs, and restores it after.
  * Depth.  A deallocator releases the fields of its object, which may run their
    deallocators, and so on: freeing a long linked list overflowed the C stack (the
    length measured is in docs/measured-in-docstrings.md).  As CPython's
    trashcan does, deallocators nest at most RELEASE_DEPTH deep; an object reaching
    0 deeper than that goes on a pending list (raw memory) that the outermost
    ll_release empties before it returns.

Counting
--------
gclab.gc.stats.COUNTERS[OBJECTS_ALLOCATED] is incremented after every GC malloc
(gct_fv_gc_malloc and gct_fv_gc_malloc_varsize: every struct, instance, string,
list items array, dict index...), COUNTERS[OBJECTS_FREED] before every gc_free:
all of them go through one helper, ll_free, called by ll_decref_simple, the
no-pointer deallocator and every static deallocator.  Both are a plain
load-add-store of a prebuilt raw array (no GC allocation).  Prebuilt objects are
neither allocated nor freed; an object that `__del__` resurrects is not freed.

Threads
-------
All refcount plans translate with --thread: gclab's threads run under RPython's GIL
(rpython.rlib.rgil), and every incref, decref, free and counter update happens in
a thread that holds it.  The only code that runs without the GIL is RPython's:
rffi.llexternal's `ccall_*` wrappers (between RPyGilRelease() and RPyGilAcquire()
there is only the C call, on raw arguments: the wrapper is not inlined "to
guarantee that no GC pointer is alive" in it), the callback wrapper that starts a
thread (it acquires the GIL before anything else) and the GIL's own C code.
tests/unit/test_gc_immortal.py checks the generated C of a threaded program for
refcount operations in those regions.  So the plain plans need no atomics, and the
atomic plans' atomics are what they would cost without a GIL (the Gilectomy's
question), not something the GIL build needs.

Installation: plan.py names GclabRefcountingGcPolicy as this manager's gc_policy;
gclab/gc/rpython_patches.py puts it in the C backend's table of policies
(rpython.translator.c.gc.name_to_gcpolicy['ref']) while the plan translates.  The
policies of the other refcount plans (atomic-refcount, immortal-refcount,
atomic-immortal-refcount) derive from this one, so they get the same fix, the same
helpers and the same counting.
"""

from rpython.memory.gctransform.refcounting import (RefcountingGCTransformer,
                                                     ADDRESS_VOID_FUNC)
from rpython.memory.gctransform.support import (
    find_gc_ptrs_in_type, get_rtti, _static_deallocator_body_for_type,
    LLTransformerOp, ll_call_destructor)
from rpython.rtyper.lltypesystem import lltype, llmemory, rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo
from rpython.rtyper.lltypesystem.lloperation import llop
from rpython.translator.c import gc as c_gc
from rpython.memory.gctransform.transform import (LowLevelOpList, GcHighLevelOp,
                                                  mallocHelpers)
from rpython.rlib.rarithmetic import ovfcheck
from rpython.translator.backendopt.support import var_needsgc

from gclab.gc import stats, nogil
from gclab.gc.refcounting import deferred, pool
from gclab.gc.refcounting.elide import (borrow_forever, IncrementSinker, marked_store,
                                        forever_inputargs, fresh_init_stores)


# the free-threaded builds count allocations and frees per thread (a shared counter
# would be one more cache line that every thread writes for every object) and add
# them to gclab.gc.stats.COUNTERS when the thread ends and at exit (fold_counts)
RC_COUNTS = lltype.Struct('gclab_rc_counts', ('allocated', lltype.Signed),
                          ('freed', lltype.Signed), hints={'thread_local': True})
RC_COUNTS_TL = lltype.malloc(RC_COUNTS, immortal=True, zero=True)


def count_one(index):
    """stats.COUNTERS[index] += 1: a plain add under a GIL, this thread's own count in
    the free-threaded builds."""
    if nogil.ACTIVE:
        if index == stats.OBJECTS_ALLOCATED:
            RC_COUNTS_TL.allocated += 1
        else:
            RC_COUNTS_TL.freed += 1
    else:
        stats.COUNTERS[index] += 1
count_one._always_inline_ = True


def fold_counts():
    """Add this thread's allocations and frees to the process's counters (free-threaded
    builds: at the end of every thread, and at exit before the report)."""
    if nogil.ACTIVE:
        nogil.c_atomic_add(stats.COUNTERS, stats.OBJECTS_ALLOCATED,
                           RC_COUNTS_TL.allocated)
        nogil.c_atomic_add(stats.COUNTERS, stats.OBJECTS_FREED, RC_COUNTS_TL.freed)
        RC_COUNTS_TL.allocated = 0
        RC_COUNTS_TL.freed = 0


def reset_counts():
    """Forget this thread's counts (when --gc-stats starts counting, at startup)."""
    if nogil.ACTIVE:
        RC_COUNTS_TL.allocated = 0
        RC_COUNTS_TL.freed = 0


def make_counting_free(pooled):
    """The one way gclab's refcounting frees a GC object: count it, free it (onto
    pool.py's free lists when pooled: the running thread's in free-threaded builds)."""
    def ll_free(adr):
        # a plain increment under a GIL (which a thread holds whenever it drops a
        # reference); the thread's own count in the free-threaded builds
        count_one(stats.OBJECTS_FREED)
        if pooled and nogil.ACTIVE:
            pool.c_free_tl(adr)
        elif pooled:
            pool.c_free(adr)
        else:
            llop.gc_free(lltype.Void, adr)
    ll_free._always_inline_ = True
    return ll_free


# ---- the poisoned allocator (plans <refcount manager>-poisoned) ----
# A debug build: a freed object's memory is filled with POISON_BYTE and never given
# back to malloc, its count is set to POISON_COUNT, and every count update checks for
# it first and aborts -- so an update elided wrongly (elide.py), or any other use of
# a freed object, fails loudly instead of reading memory that malloc gave to another
# object.  rpython_patches.apply() sets POISON_FREED for the plan; the memory a
# program frees is never reused, so it grows.
POISON_FREED = False
POISON_BYTE = 0xDB
POISON_COUNT = 0x0DEAD0DEAD0DEAD0       # above any real count, below prebuilt ones'

malloc_usable_size = rffi.llexternal(
    'malloc_usable_size', [llmemory.Address], rffi.SIZE_T, releasegil=False,
    compilation_info=ExternalCompilationInfo(includes=['malloc.h']))


def make_poisoning_free(hdr_size, HDRPTR):
    def ll_free(adr):
        count_one(stats.OBJECTS_FREED)
        base = adr - hdr_size               # the block malloc returned
        size = malloc_usable_size(base)
        rffi.c_memset(rffi.cast(rffi.VOIDP, base), POISON_BYTE, size)
        hdr = llmemory.cast_adr_to_ptr(base, HDRPTR)
        hdr.refcount = POISON_COUNT
    ll_free._dont_inline_ = True        # (a debug build; it calls C functions)
    return ll_free


def make_poison_check(hdr_size, HDRPTR):
    def check_not_freed(adr):
        hdr = llmemory.cast_adr_to_ptr(adr - hdr_size, HDRPTR)
        if hdr.refcount == POISON_COUNT:
            llop.debug_fatalerror(lltype.Void, "gclab (poisoned build): a reference "
                                  "count update on a freed object")
    check_not_freed._always_inline_ = True
    return check_not_freed


def checked_operations(check, rc_inc, rc_dec):
    """rc_inc and rc_dec, each checking first that the object was not freed."""
    def checked_inc(adr):
        check(adr)
        rc_inc(adr)

    def checked_dec(adr):
        check(adr)
        return rc_dec(adr)
    checked_inc._always_inline_ = True
    checked_dec._always_inline_ = True
    return checked_inc, checked_dec


# ---- releasing an object whose count reached 0 (see "Releasing" above) ----

# how many deallocators may be running inside one another before the next object
# that must be released is put on the pending list instead (CPython's trashcan)
RELEASE_DEPTH = 1000

DEALLOC_PTR = lltype.Ptr(ADDRESS_VOID_FUNC)
PENDING_OBJECTS = lltype.Array(llmemory.Address, hints={'nolength': True})
PENDING_DEALLOCS = lltype.Array(DEALLOC_PTR, hints={'nolength': True})
RELEASE_STATE = lltype.Struct(
    'gclab_release_state',
    ('depth', lltype.Signed),        # deallocators running inside one another
    ('length', lltype.Signed),       # objects on the pending list
    ('capacity', lltype.Signed),
    ('objects', lltype.Ptr(PENDING_OBJECTS)),
    ('deallocs', lltype.Ptr(PENDING_DEALLOCS)))

# one for the process: every refcount operation happens under the GIL
RELEASE = lltype.malloc(RELEASE_STATE, flavor='raw', immortal=True, zero=True)
# one per thread in the free-threaded builds (`__thread`: the C backend honours the hint)
RELEASE_STATE_TL = lltype.Struct(
    'gclab_release_state_tl', *[(name, RELEASE_STATE._flds[name])
                                for name in RELEASE_STATE._names],
    hints={'thread_local': True})
RELEASE_TL = lltype.malloc(RELEASE_STATE_TL, immortal=True, zero=True)


def release_state():
    """This thread's release state (a constant choice for RPython)."""
    if deferred.enabled():
        return RELEASE_TL
    return RELEASE


def make_release(count_at=None):
    """ll_release(adr, dealloc): run the deallocator of an object whose count just
    reached 0, with the exception in flight (if any) put aside, and without nesting
    deallocators deeper than RELEASE_DEPTH.  With count_at (the header's size and the
    count's offset in it), a free-threaded refcount build defers it instead while
    other threads run (deferred.py)."""
    defer = count_at is not None
    hdr_size, rc_offset = count_at if defer else (0, 0)

    def grow_pending():
        state = release_state()
        capacity = state.capacity * 2 + 256
        objects = lltype.malloc(PENDING_OBJECTS, capacity, flavor='raw',
                                track_allocation=False)
        deallocs = lltype.malloc(PENDING_DEALLOCS, capacity, flavor='raw',
                                 track_allocation=False)
        for i in range(state.length):
            objects[i] = state.objects[i]
            deallocs[i] = state.deallocs[i]
        if state.capacity:
            lltype.free(state.objects, flavor='raw', track_allocation=False)
            lltype.free(state.deallocs, flavor='raw', track_allocation=False)
        state.objects = objects
        state.deallocs = deallocs
        state.capacity = capacity
    grow_pending._dont_inline_ = True

    def ll_release(adr, dealloc):
        if defer and deferred.enabled():
            if deferred.c_defer(adr, adr - hdr_size + rc_offset,
                                llmemory.cast_ptr_to_adr(dealloc)):
                return
        state = release_state()
        depth = state.depth
        if depth >= RELEASE_DEPTH:
            if state.length == state.capacity:
                grow_pending()
            state.objects[state.length] = adr
            state.deallocs[state.length] = dealloc
            state.length += 1
            return
        if depth > 0:
            # within a release (a deallocator's): the outermost one has put the
            # exception in flight aside already
            state.depth = depth + 1
            dealloc(adr)
            state.depth = depth
            return
        # the outermost release: put the exception in flight (if any) aside: a
        # deallocator checks for one after each call it makes, and would stop there
        type_addr = llop.get_exception_addr(llmemory.Address)
        value_addr = llop.get_exc_value_addr(llmemory.Address)
        exc_type = type_addr.address[0]
        exc_value = value_addr.address[0]
        type_addr.address[0] = llmemory.NULL
        value_addr.address[0] = llmemory.NULL
        state.depth = depth + 1
        dealloc(adr)
        # the outermost release frees what deeper ones left pending
        while state.length > 0:
            state.length -= 1
            adr = state.objects[state.length]
            dealloc = state.deallocs[state.length]
            dealloc(adr)
        state.depth = depth
        type_addr.address[0] = exc_type
        value_addr.address[0] = exc_value
    ll_release._dont_inline_ = True
    return ll_release


# frees at once: deferred.drain() calls it for an object whose grace period is over
ll_release_now = make_release()
deferred.RC[0] = deferred.RefcountFunctions(ll_release_now, fold_counts)


class OpaqueReferentError(Exception):
    """A GCREF is made from an object that the no-pointer deallocator would free
    wrongly (it has GC pointers or a destructor), or from an unknown address."""


def is_opaque_gc_ptr(T):
    return isinstance(T, lltype.Ptr) and isinstance(T.TO, lltype.GcOpaqueType)


class GclabRefcountingGCTransformer(RefcountingGCTransformer):
    """RPython's transformer with gclab's own helpers (see "The helpers" in the
    module docstring).  Subclasses change how a refcount is incremented and
    decremented by overriding refcount_operations(), and nothing else."""

    def __init__(self, translator):
        RefcountingGCTransformer.__init__(self, translator)
        self.HDRPTR = lltype.Ptr(self.HDR)
        self.rc_inc, self.rc_dec = self.refcount_operations()
        self.poisoned = POISON_FREED
        # pool.py's free lists (per thread without a GIL), except in the poisoned builds
        self.pooled = not self.poisoned
        if self.poisoned:
            hdr_size = self.gcheaderbuilder.size_gc_header
            self.ll_free = make_poisoning_free(hdr_size, self.HDRPTR)
            self.rc_inc, self.rc_dec = checked_operations(
                make_poison_check(hdr_size, self.HDRPTR), self.rc_inc, self.rc_dec)
        else:
            self.ll_free = make_counting_free(self.pooled)
        if self.translator:
            self.setup_helpers()
            self.mixlevelannotator.finish()
            self.mixlevelannotator.backend_optimize()

    def refcount_operations(self):
        """(rc_inc, rc_dec): low-level functions taking the address of a live GC
        object (never NULL).  rc_inc(adr) takes a reference; rc_dec(adr) drops one
        and returns True if the object must now be deallocated (its count reached
        0).  These are RPython's plain read-modify-write of the header's count."""
        hdr_size = self.gcheaderbuilder.size_gc_header
        HDRPTR = self.HDRPTR

        def rc_inc(adr):
            hdr = llmemory.cast_adr_to_ptr(adr - hdr_size, HDRPTR)
            hdr.refcount = hdr.refcount + 1

        def rc_dec(adr):
            hdr = llmemory.cast_adr_to_ptr(adr - hdr_size, HDRPTR)
            refcount = hdr.refcount - 1
            hdr.refcount = refcount
            return refcount == 0
        rc_inc._always_inline_ = True
        rc_dec._always_inline_ = True
        return rc_inc, rc_dec

    # the header field whose 0 deferred.py replaces by DEFERRED (free-threaded builds)
    DEFERRED_COUNT = 'refcount'

    def refcount_drop(self):
        """rc_drop(adr, dealloc): drop a reference where the object's deallocator is
        known (every decrement but the deallocators' own); True if it must now be
        deallocated.  rc_dec here; a plan may hand the object to another thread
        with its deallocator instead (biased.py without a GIL)."""
        rc_dec = self.rc_dec

        def rc_drop(adr, dealloc):
            return rc_dec(adr)
        rc_drop._always_inline_ = True
        return rc_drop

    def park_for_destructor(self):
        """park(adr): give an object whose count reached 0 a count of 1 while its
        destructor runs (the deallocator then drops it with rc_dec).  No other
        thread can see it: a plain store."""
        hdr_size = self.gcheaderbuilder.size_gc_header
        HDRPTR = self.HDRPTR

        def park(adr):
            llmemory.cast_adr_to_ptr(adr - hdr_size, HDRPTR).refcount = 1
        park._always_inline_ = True
        return park

    def setup_helpers(self):
        """Rebind the helpers that RPython's __init__ built (push_alive,
        pop_alive, the no-pointer deallocator) to gclab's, which use
        self.rc_inc/self.rc_dec and count frees; add the allocation counter.
        RPython's own helper graphs stay unused and never reach the C source."""
        rc_inc, rc_dec, ll_free = self.rc_inc, self.rc_dec, self.ll_free

        def ll_incref(adr):
            if adr:
                rc_inc(adr)

        # the offset from an object to the count that deferred.py takes from 0 to
        # DEFERRED (and back) while other threads run
        hdr_size = self.gcheaderbuilder.size_gc_header
        rc_offset = llmemory.offsetof(self.HDR, self.DEFERRED_COUNT)
        if deferred.enabled():      # deferred.RC_DELTA: the header starts with a count
            assert self.HDR._names[0] == 'refcount', self.HDR
            assert getattr(self.HDR, self.DEFERRED_COUNT) == lltype.Signed
        ll_release = make_release((hdr_size, rc_offset))
        rc_drop = self.refcount_drop()

        def ll_decref(adr, dealloc):
            if adr:
                if rc_drop(adr, llmemory.cast_ptr_to_adr(dealloc)):
                    ll_release(adr, dealloc)

        def ll_no_pointer_dealloc(adr):
            ll_free(adr)

        Adr = llmemory.Address
        self.no_pointer_dealloc_ptr = self.inittime_helper(
            ll_no_pointer_dealloc, [Adr], lltype.Void)
        no_pointer_dealloc = self.no_pointer_dealloc_ptr.value

        def ll_decref_simple(adr):      # objects without GC pointers
            if adr:
                if rc_drop(adr, llmemory.cast_ptr_to_adr(no_pointer_dealloc)):
                    if deferred.enabled():
                        if deferred.c_defer(
                                adr, adr - hdr_size + rc_offset,
                                llmemory.cast_ptr_to_adr(no_pointer_dealloc)):
                            return
                    ll_free(adr)

        ll_allocation_hook = self.make_allocation_hook()
        if self.pooled:
            self.setup_pool_malloc()
        if self.poisoned:
            def ll_check_empty(adr):
                if adr:
                    llop.debug_fatalerror(lltype.Void, "gclab (poisoned build): a "
                                          "slot declared empty holds an object")
            self.check_empty_ptr = self.inittime_helper(ll_check_empty, [Adr],
                                                        lltype.Void)

        self.increfptr = self.inittime_helper(ll_incref, [Adr], lltype.Void)
        self.decref_ptr = self.inittime_helper(
            ll_decref, [Adr, lltype.Ptr(ADDRESS_VOID_FUNC)], lltype.Void)
        self.decref_simple_ptr = self.inittime_helper(ll_decref_simple, [Adr],
                                                      lltype.Void)
        self.count_allocation_ptr = self.inittime_helper(ll_allocation_hook, [Adr],
                                                         lltype.Void)

    def setup_pool_malloc(self):
        """RPython's malloc helpers of the refcount transformer (its __init__),
        rebuilt on pool.py's allocator instead of raw_malloc."""
        mh = mallocHelpers()
        mh.allocate = pool.allocate_tl if nogil.ACTIVE else pool.allocate
        gc_header_offset = self.gcheaderbuilder.size_gc_header

        def ll_malloc_fixedsize(size):
            size = gc_header_offset + size
            result = mh._ll_malloc_fixedsize(size)
            llmemory.raw_memclear(result, size)
            return result + gc_header_offset

        def ll_malloc_varsize_no_length(length, size, itemsize):
            try:
                fixsize = gc_header_offset + size
                varsize = ovfcheck(itemsize * length)
                tot_size = ovfcheck(fixsize + varsize)
            except OverflowError:
                raise MemoryError()
            result = mh._ll_malloc_fixedsize(tot_size)
            llmemory.raw_memclear(result, tot_size)
            return result + gc_header_offset
        mh.ll_malloc_varsize_no_length = ll_malloc_varsize_no_length

        Signed, Adr = lltype.Signed, llmemory.Address
        self.malloc_fixedsize_ptr = self.inittime_helper(
            ll_malloc_fixedsize, [Signed], Adr)
        self.malloc_varsize_no_length_ptr = self.inittime_helper(
            ll_malloc_varsize_no_length, [Signed] * 3, Adr)
        self.malloc_varsize_ptr = self.inittime_helper(
            mh.ll_malloc_varsize, [Signed] * 4, Adr)

    def make_allocation_hook(self):
        """The function called with the address of every object just malloc'ed (its
        header cleared), or NULL if malloc failed (the exception transformer tests
        for that after it): it counts the allocation.  A subclass may extend it (it
        must write nothing but the object's header and gclab.gc.stats: elide.py
        treats the call as writing no field of any object)."""
        def ll_count_allocation(adr):
            # a plain increment under a GIL (which the thread holds whenever it
            # allocates or frees); atomic in the free-threaded builds
            count_one(stats.OBJECTS_ALLOCATED)
        ll_count_allocation._always_inline_ = True
        return ll_count_allocation

    # ---- fewer updates: borrowed temporaries (elide.py) ----

    # False: RPython's updates unchanged (for measuring what elide.py removes)
    ELIDE = True

    def transform_block(self, block, is_borrowed):
        """RPython's transform_block (memory/gctransform/transform.py), COPIED with
        one step added: once the block's operations are transformed, the
        temporaries that need no reference of their own (elide.py) lose their
        increment and leave the live variables, so that no decrement is made
        for them either."""
        llops = LowLevelOpList()
        self.curr_block = block
        self.livevars = [var for var in block.inputargs
                         if var_needsgc(var) and not is_borrowed(var)]
        allvars = [var for var in block.getvariables() if var_needsgc(var)]
        self.var_last_needed_in = dict.fromkeys(allvars, 0)
        for i, op in enumerate(block.operations):
            for var in op.args:
                if not var_needsgc(var):
                    continue
                self.var_last_needed_in[var] = i
        for link in block.exits:
            for var in link.args:
                if not var_needsgc(var):
                    continue
                self.var_last_needed_in[var] = len(block.operations) + 1

        for i, op in enumerate(block.operations):
            hop = GcHighLevelOp(self, op, i, llops)
            hop.dispatch()

        if self.ELIDE and block.exits and self.forever_vars is not None:
            forever = borrow_forever(llops, self.livevars, is_borrowed,
                                     self.increfptr)
            self.forever_vars.update(forever)
            self.livevars = [v for v in self.livevars if v not in forever]

        if len(block.exits) != 0: # i.e not the return block
            assert not block.canraise

            deadinallexits = set(self.livevars)
            for link in block.exits:
                deadinallexits.difference_update(set(link.args))

            for var in deadinallexits:
                self.pop_alive(var, llops)

            for link in block.exits:
                livecounts = dict.fromkeys(set(self.livevars) - deadinallexits, 1)
                for v, v2 in zip(link.args, link.target.inputargs):
                    if is_borrowed(v2):
                        continue
                    if v in livecounts:
                        livecounts[v] -= 1
                    elif var_needsgc(v):
                        # 'v' is typically a Constant here, but it can be
                        # a borrowed variable going into a non-borrowed one
                        livecounts[v] = -1
                self.links_to_split[link] = livecounts

            block.operations[:] = llops
        self.livevars = None
        self.var_last_needed_in = None
        self.curr_block = None

    # ---- the malloc path: every GC malloc of a struct or array is counted ----

    def gct_fv_gc_malloc(self, hop, flags, TYPE, c_size):
        v_raw = RefcountingGCTransformer.gct_fv_gc_malloc(self, hop, flags, TYPE,
                                                          c_size)
        hop.genop('direct_call', [self.count_allocation_ptr, v_raw])
        return v_raw

    def gct_fv_gc_malloc_varsize(self, hop, flags, TYPE, v_length, c_const_size,
                                 c_item_size, c_offset_to_length):
        v_raw = RefcountingGCTransformer.gct_fv_gc_malloc_varsize(
            self, hop, flags, TYPE, v_length, c_const_size, c_item_size,
            c_offset_to_length)
        hop.genop('direct_call', [self.count_allocation_ptr, v_raw])
        return v_raw

    # ---- the deallocators: every free goes through self.ll_free ----

    def static_deallocation_funcptr_for_type(self, TYPE):
        """RPython's static deallocators, rebuilt so that their decrement (after
        a destructor) is self.rc_dec and their free is counted (self.ll_free)."""
        if TYPE in self.static_deallocator_funcptrs:
            return self.static_deallocator_funcptrs[TYPE]
        if isinstance(TYPE, lltype.GcOpaqueType):
            # what a GCREF refers to holds no GC pointers (checked below)
            p = self.no_pointer_dealloc_ptr.value
            self.static_deallocator_funcptrs[TYPE] = p
            return p

        rtti = get_rtti(TYPE)
        if rtti is not None and hasattr(rtti._obj, 'destructor_funcptr'):
            destrptr = rtti._obj.destructor_funcptr
            DESTR_ARG = lltype.typeOf(destrptr).TO.ARGS[0]
        else:
            destrptr = None
            DESTR_ARG = None

        if destrptr is None and not find_gc_ptrs_in_type(TYPE):
            p = self.no_pointer_dealloc_ptr.value
            self.static_deallocator_funcptrs[TYPE] = p
            return p

        assert TYPE._gckind == 'gc', TYPE
        if destrptr is not None:
            # The count reached 0, so this thread owns the object: a plain store
            # (no other thread can see it).  The destructor may resurrect it.
            # As RPython's, but rc_dec and ll_free are called outside the `try`:
            # the inliner refuses to inline, at an exception-guarded call, a graph
            # that calls an external function (the atomic plans' C helpers,
            # pool.py's free).
            src = (
                "def ll_deallocator(addr):\n"
                "    exc_instance = llop.gc_fetch_exception(EXC_INSTANCE_TYPE)\n"
                "    v = llmemory.cast_adr_to_ptr(addr, PTR_TYPE)\n"
                "    park(addr)    # alive while its destructor runs\n"
                "    try:\n"
                "        ll_call_destructor(destrptr,\n"
                "                           lltype.cast_pointer(DESTR_ARG, v), TYPENAME)\n"
                "    except:\n"
                "        pass\n"
                "    if rc_dec(addr):    # the destructor did not resurrect it\n"
                "        try:\n"
                "            pass\n"
                "%s\n"
                "        except:\n"
                "            pass\n"
                "        ll_free(addr)\n"
                "    llop.gc_restore_exception(lltype.Void, exc_instance)\n"
                "    pop_alive(exc_instance)\n"
                % '\n'.join(_static_deallocator_body_for_type('v', TYPE, 3)))
        else:
            src = (
                "def ll_deallocator(addr):\n"
                "    v = llmemory.cast_adr_to_ptr(addr, PTR_TYPE)\n"
                "%s\n"
                "    ll_free(addr)\n"
                % '\n'.join(_static_deallocator_body_for_type('v', TYPE)))
        d = {'llop': llop, 'lltype': lltype, 'llmemory': llmemory,
             'rc_dec': self.rc_dec, 'll_free': self.ll_free,
             'park': self.park_for_destructor(),
             'pop_alive': LLTransformerOp(self.pop_alive),
             'll_call_destructor': ll_call_destructor, 'destrptr': destrptr,
             'DESTR_ARG': DESTR_ARG,
             'PTR_TYPE': lltype.Ptr(TYPE), 'TYPENAME': TYPE.__name__,
             'EXC_INSTANCE_TYPE':
                 self.translator.rtyper.exceptiondata.lltype_of_exception_value}
        exec src in d
        fptr = self.annotate_finalizer(d['ll_deallocator'], [llmemory.Address],
                                       lltype.Void)
        self.static_deallocator_funcptrs[TYPE] = fptr
        for p in find_gc_ptrs_in_type(TYPE):
            self.static_deallocation_funcptr_for_type(p.TO)
        return fptr

    def gct_zero_everything_inside(self, hop):
        # The exception transformer emits this after a malloc(..., zero=True)
        # (rordereddict allocates its indexes that way); RPython's refcounting
        # transformer has no case for it, so it reached the C source, which has no
        # OP_ZERO_EVERYTHING_INSIDE.  Its mallocs always clear the memory
        # (malloc_zero_filled = True), so there is nothing to do -- as in
        # BoehmGCTransformer, and as RPython already does for
        # zero_gc_pointers_inside.
        assert self.malloc_zero_filled

    # ---- every way of making a GCREF out of a non-opaque value is checked ----

    _graph = None

    def transform_graph(self, graph):
        saved = self._graph, self.forever_vars, self.store_pushes, self.into_empty
        self._graph = graph
        self.forever_vars = set()
        self.store_pushes = set()
        self.into_empty = set()
        if self.ELIDE:
            self.into_empty.update(fresh_init_stores(graph))
        try:
            is_borrowed = RefcountingGCTransformer.transform_graph(self, graph)
            if self.ELIDE and is_borrowed is not None:
                # pass 2 of elide.py: increments sink to the decrements they cancel
                IncrementSinker(graph, self.increfptr,
                                [self.decref_ptr, self.decref_simple_ptr],
                                self.harmless_calls(),
                                self.store_pushes, is_borrowed,
                                self.forever_vars).run()
            return is_borrowed
        finally:
            self._graph, self.forever_vars, self.store_pushes, self.into_empty = saved

    def harmless_calls(self):
        """The helpers that free nothing and write no field (elide.py)."""
        calls = [self.increfptr, self.count_allocation_ptr]
        if self.poisoned:
            calls.append(self.check_empty_ptr)
        return calls

    def compute_borrowed_vars(self, graph):
        """RPython's borrowed variables (the arguments, and the variables only they
        flow into), and the input variables that hold an object outliving the
        function on every way in (elide.forever_inputargs)."""
        is_borrowed = RefcountingGCTransformer.compute_borrowed_vars(self, graph)
        if not self.ELIDE:
            return is_borrowed
        forever = forever_inputargs(graph, is_borrowed)
        if not forever:
            return is_borrowed
        return lambda v: v in forever or is_borrowed(v)

    def gct_gclab_empty_slot(self, hop):
        """elide.store_into_empty's mark: the store after it finds its slot empty."""
        self.into_empty.add(marked_store(self.curr_block, hop.index))

    def transform_generic_set(self, hop):
        # the increment of a stored value makes the heap's reference, not a
        # variable's: elide.py must know which increments those are
        self._storing = True
        try:
            if self.ELIDE and hop.spaceop in self.into_empty:
                self.store_into_empty(hop)
            else:
                RefcountingGCTransformer.transform_generic_set(self, hop)
        finally:
            self._storing = False

    def store_into_empty(self, hop):
        """A store into a slot that elide.store_into_empty declared empty: the new
        value's increment and the store, no old value (the poisoned builds check
        that there is none)."""
        op = hop.spaceop
        assert op.opname in ('setarrayitem', 'setfield'), op
        if self.poisoned:
            v_old = hop.genop(op.opname.replace('set', 'get'), op.args[:-1],
                              resulttype=op.args[-1].concretetype)
            v_adr = hop.genop('cast_ptr_to_adr', [v_old], resulttype=llmemory.Address)
            hop.genop('direct_call', [self.check_empty_ptr, v_adr])
        self.push_alive(op.args[-1], hop.llops)
        hop.rename('bare_' + op.opname)

    _storing = False

    def push_alive(self, var, llops):
        RefcountingGCTransformer.push_alive(self, var, llops)
        if self._storing and self.store_pushes is not None:
            self.store_pushes.add(llops[-1])

    forever_vars = store_pushes = None
    into_empty = frozenset()

    def _where(self):
        return ' in %s' % (self._graph,) if self._graph is not None else ''

    def gct_cast_opaque_ptr(self, hop):
        op = hop.spaceop
        SRC = op.args[0].concretetype
        DST = op.result.concretetype
        if is_opaque_gc_ptr(DST) and not is_opaque_gc_ptr(SRC):
            T = SRC.TO
            if get_rtti(T) is not None or find_gc_ptrs_in_type(T):
                raise OpaqueReferentError(
                    "cast_opaque_ptr(%s, <%s>)%s: gclab's refcounting frees "
                    "what a GCREF refers to without looking inside, which is only "
                    "right for objects without GC pointers and without a destructor"
                    % (DST, T, self._where()))
        self.default(hop)

    def _refuse_unknown_referent(self, hop):
        op = hop.spaceop
        if is_opaque_gc_ptr(op.result.concretetype):
            raise OpaqueReferentError(
                "%s to %s%s: gclab's refcounting cannot tell whether what this GCREF "
                "refers to is free of GC pointers" % (op.opname,
                                                      op.result.concretetype,
                                                      self._where()))
        self.default(hop)

    gct_cast_adr_to_ptr = _refuse_unknown_referent
    gct_cast_int_to_ptr = _refuse_unknown_referent


class RuntimeTypeInfoNode(c_gc.RefcountingRuntimeTypeInfo_OpaqueNode):
    """The C node of a RuntimeTypeInfo (the deallocator of a struct, as returned by
    an instance's rtti query function and called by gc_call_rtti_destructor).

    RPython's node reads the deallocator's name from the struct's StructDefNode,
    where RefcountingGcPolicy.struct_setup() put it -- but the C database may meet
    the RuntimeTypeInfo constant (in a dynamic deallocator) while that StructDefNode
    is created but not yet set up: AttributeError 'StructDefNode' object has no
    attribute 'gcinfo'.  This node asks the transformer for the same deallocator
    instead (static_deallocation_funcptr_for_type caches it, so it is the same
    function struct_setup() records)."""

    def __init__(self, db, T, obj):
        assert T == lltype.RuntimeTypeInfo
        assert isinstance(obj.about, lltype.RttiStruct)
        self.db = db
        self.T = T
        self.obj = obj
        db.gettypedefnode(obj.about)      # as RPython's node: declare the struct
        self.implementationtypename = 'void (@)(void *)'
        fptr = db.gctransformer.static_deallocation_funcptr_for_type(obj.about)
        self.name = db.get(fptr)


class GclabRefcountingGcPolicy(c_gc.RefcountingGcPolicy):
    """RPython's C policy for --gc=ref with gclab's transformer (and a C node for
    RuntimeTypeInfo that does not depend on the order of the database's setup)."""

    def gettransformer(self, translator):
        return GclabRefcountingGCTransformer(translator)

    def rtti_node_factory(self):
        return RuntimeTypeInfoNode
