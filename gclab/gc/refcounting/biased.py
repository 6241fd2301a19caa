"""gclab's reference counting for plan `biased-refcount`: biased reference counting
(Choi, Shull and Torrellas, "Biased Reference Counting", PACT 2018; CPython 3.13t's
free-threaded build does the same).

The idea
--------
Most objects are only ever touched by the thread that made them.  So each object
records its *owner* thread, and has two counts: a *local* count that only the owner
updates, with plain loads and stores, and a *shared* count that every other thread
updates with atomic instructions.  The object's count is local + shared.  Only when a
second thread takes a reference does a lock-prefixed instruction run.  Prebuilt
objects are immortal (as immortal.py: a negative local count, never changed), so the
many references to None, small ints and the builtins cost no update at all.

The header (three words; plan refcount's is one)
-------------------------------------------------
    refcount   the local count (the owner's); negative: an immortal prebuilt object
    shared     the shared count, changed only atomically (atomic.py's C helpers)
    owner      the owner thread's tag, 0 when it has none
A thread's tag is the address of a `__thread` variable (gclab_brc_tag() below), so
"am I the owner" is a compare with a thread-relative address, no call.  The
allocation hook (refcount.py, make_allocation_hook) writes the allocating thread's
tag into the header of every object malloc'ed at run time, which starts with both
counts 0; prebuilt objects have owner 0.

The operations
--------------
    incref   owner == me:  refcount += 1                        (plain)
             refcount < 0: nothing                              (immortal)
             otherwise:    atomic shared += 1                   (RELAXED)
    decref   owner == me:  refcount -= 1; if it reached 0: merge (below)
             refcount < 0: nothing                              (immortal)
             otherwise:    s = atomic shared -= 1               (ACQ_REL)
                           s > 0: alive;  s == 0: dead if refcount == 0;
                           s < 0: this thread dropped a reference the owner counted
                                  (the owner took it, then handed it over): merge
Merging, when the owner's local count reaches 0: if the shared count is 0 nobody else
holds the object and it is deallocated; otherwise the owner gives the object up
(owner = 0) and from then on every update is to the shared count, which now is the
whole count.  When a non-owner takes the shared count below 0, the paper queues the
object to its owner, which adds the shared count into its local one at its next
safepoint.  gclab's threads run under a GIL (the free-threaded builds are issue 13):
the owner is not running while another thread holds the GIL, so the non-owner does the
owner's merge itself at once (refcount += s; shared = 0; dead if refcount == 0).  That
slow path, and the owner's give-up, are plain code because of the GIL; the fast paths
-- plain updates for the owner, atomic ones for everybody else -- are the algorithm's.
Without a GIL (`biased-refcount-nogil`) the slow paths are brc.py's: a state in the
shared word, the owner's merge queue, and deferred freeing (free_threaded_operations
below).

A thread's tag can be reused by a later thread once it has ended (its thread-local
storage can be at the same address).  Under the GIL that is harmless: whichever
thread believes it owns an object, local + shared stays the object's count.

What else reads the count: the cycle collector (gclab.objspace.cyclegc.refcount_at)
adds the first two words of the header for plans with the property 'biased'; a deallocator
that runs `__del__` parks the local count at 1 (refcount.py), and its decrement after
the destructor takes whichever path above applies -- the object is dead, so only a
resurrecting reference can be counted besides.
"""

from rpython.rtyper.lltypesystem import lltype, llmemory, rffi
from rpython.rlib.objectmodel import dont_inline
from rpython.translator.tool.cbuild import ExternalCompilationInfo

from rpython.rtyper.lltypesystem.lloperation import llop

from gclab.gc.refcounting import brc, deferred
from gclab.gc.refcounting.atomic import c_incref, c_decref
from gclab.gc.refcounting.immortal import ImmortalPrebuilt
from gclab.gc.refcounting.refcount import (GclabRefcountingGCTransformer,
                                           GclabRefcountingGcPolicy,
                                           make_poison_check)

# A thread's tag is the address of a `__thread` variable of gclab's own: a constant
# offset from the thread pointer (one `lea` from %fs on x86-64), which the C compiler
# knows cannot change inside a function.  (RPython's llop.threadlocalref_addr would do,
# but it tests that RPython's thread-local structure is built and may call a function
# that builds it: a load, a test and a call the compiler must assume clobbers memory,
# at every count update.  Measured with it on 2026-12-03: fib(30) 0.435 s and binary
# trees 3.581 s, against 0.350 s and 2.651 s with this tag.)
_TAG_C = r"""
/* gclab biased-refcount: a thread's owner tag (gclab/gc/refcounting/biased.py) */
extern __thread char gclab_brc_anchor __attribute__((tls_model("initial-exec")));
static inline Signed gclab_brc_tag(void) { return (Signed)&gclab_brc_anchor; }
"""
tag_eci = ExternalCompilationInfo(
    post_include_bits=[_TAG_C],
    separate_module_sources=['__thread char gclab_brc_anchor;\n'])
my_tag = rffi.llexternal('gclab_brc_tag', [], lltype.Signed, compilation_info=tag_eci,
                         _nowrapper=True, sandboxsafe=True, releasegil=False,
                         random_effects_on_gcobjs=False)


class BiasedRefcountingGCTransformer(ImmortalPrebuilt, GclabRefcountingGCTransformer):
    HDR = lltype.Struct("header", ("refcount", lltype.Signed),
                        ("shared", lltype.Signed), ("owner", lltype.Signed))

    def __init__(self, translator):
        # without a GIL: brc.py's states and merge queues (a constant per build)
        self.free_threaded = deferred.enabled()
        if self.free_threaded:
            self.DEFERRED_COUNT = 'shared'
        GclabRefcountingGCTransformer.__init__(self, translator)

    def refcount_operations(self):
        if self.free_threaded:
            return self.free_threaded_operations()
        hdr_size = self.gcheaderbuilder.size_gc_header
        shared_offset = llmemory.offsetof(self.HDR, 'shared')
        HDRPTR = self.HDRPTR

        @dont_inline
        def owner_give_up(hdr):
            # the owner's local count reached 0 while others hold it (slow path)
            hdr.owner = 0
            return False

        @dont_inline
        def merge_for_owner(hdr, shared):
            # a non-owner took the shared count below 0 (slow path; under the GIL
            # the owner is not running: do its merge now)
            hdr.shared = 0
            local = hdr.refcount + shared
            hdr.refcount = local
            return local == 0

        def rc_inc(adr):
            hdr = llmemory.cast_adr_to_ptr(adr - hdr_size, HDRPTR)
            if hdr.owner == my_tag():
                hdr.refcount = hdr.refcount + 1
            elif hdr.refcount >= 0:         # (negative: immortal)
                c_incref(adr - hdr_size + shared_offset)

        def rc_dec(adr):
            hdr = llmemory.cast_adr_to_ptr(adr - hdr_size, HDRPTR)
            if hdr.owner == my_tag():
                local = hdr.refcount - 1
                hdr.refcount = local
                if local != 0:
                    return False
                if hdr.shared == 0:         # nobody else holds it: dead (inline: the
                    return True             # way every unshared object dies)
                return owner_give_up(hdr)
            if hdr.refcount < 0:            # immortal
                return False
            shared = c_decref(adr - hdr_size + shared_offset)
            if shared > 0:
                return False
            if shared == 0:
                return hdr.refcount == 0
            return merge_for_owner(hdr, shared)
        rc_inc._always_inline_ = True
        rc_dec._always_inline_ = True
        return rc_inc, rc_dec

    # ---- without a GIL (brc.py): the same fast paths, a state in the shared word ----

    def free_threaded_operations(self):
        """rc_inc and rc_dec of biased-refcount-nogil.  rc_dec is the deallocators'
        (after a destructor, with the object parked by park_for_destructor: it
        never needs the owner's queue); every other decrement is refcount_drop's."""
        hdr_size = self.gcheaderbuilder.size_gc_header
        HDRPTR = self.HDRPTR

        def rc_inc(adr):
            hdr = llmemory.cast_adr_to_ptr(adr - hdr_size, HDRPTR)
            if hdr.owner == brc.c_thread():
                hdr.refcount = hdr.refcount + 1
            elif hdr.refcount >= 0:         # (negative: immortal)
                brc.c_inc_shared(adr - hdr_size)

        def rc_dec(adr):
            hdr = llmemory.cast_adr_to_ptr(adr - hdr_size, HDRPTR)
            if hdr.owner == brc.c_thread():
                local = hdr.refcount - 1
                hdr.refcount = local
                return local == 0 and brc.c_merge_zero(adr - hdr_size) != 0
            if hdr.refcount < 0:
                return False
            result = brc.c_dec_shared(adr - hdr_size)
            if result == 2:
                llop.debug_fatalerror(lltype.Void, "gclab (biased-refcount-nogil): a "
                                      "deallocator's decrement queued its object")
            return result == 1
        rc_inc._always_inline_ = True
        rc_dec._always_inline_ = True
        return rc_inc, rc_dec

    def refcount_drop(self):
        if not self.free_threaded:
            return GclabRefcountingGCTransformer.refcount_drop(self)
        hdr_size = self.gcheaderbuilder.size_gc_header
        HDRPTR = self.HDRPTR
        check = make_poison_check(hdr_size, HDRPTR) if self.poisoned else None

        def rc_drop(adr, dealloc):
            if check is not None:
                check(adr)
            hdr = llmemory.cast_adr_to_ptr(adr - hdr_size, HDRPTR)
            owner = hdr.owner
            if owner == brc.c_thread():
                local = hdr.refcount - 1
                hdr.refcount = local
                return local == 0 and brc.c_merge_zero(adr - hdr_size) != 0
            if hdr.refcount < 0:            # immortal
                return False
            result = brc.c_dec_shared(adr - hdr_size)
            if result != 2:
                return result == 1
            # the shared count was 0: the reference goes to the owner's queue, or,
            # if the owner ended, its count is merged now
            if brc.c_enqueue(adr - hdr_size, owner, adr, dealloc):
                return False
            return brc.c_merge(adr - hdr_size, 1) != 0
        rc_drop._always_inline_ = True
        return rc_drop

    def park_for_destructor(self):
        if not self.free_threaded:
            return GclabRefcountingGCTransformer.park_for_destructor(self)
        hdr_size = self.gcheaderbuilder.size_gc_header
        HDRPTR = self.HDRPTR

        def park(adr):
            # a dead object is its owner's with an UNMERGED count (it died alone)
            # or nobody's with a MERGED one: one reference, where rc_dec looks
            hdr = llmemory.cast_adr_to_ptr(adr - hdr_size, HDRPTR)
            if hdr.owner == brc.c_thread():
                hdr.refcount = 1
            else:
                hdr.shared = brc.ONE + brc.MERGED
        park._always_inline_ = True
        return park

    def make_allocation_hook(self):
        count = GclabRefcountingGCTransformer.make_allocation_hook(self)
        hdr_size = self.gcheaderbuilder.size_gc_header
        HDRPTR = self.HDRPTR
        free_threaded = self.free_threaded

        def ll_born(adr):
            # NULL when malloc failed: the exception transformer's test for a
            # failed malloc comes after the whole of what replaced the malloc
            if adr:
                count(adr)
                if free_threaded:
                    brc.c_born(adr - hdr_size)
                else:
                    llmemory.cast_adr_to_ptr(adr - hdr_size, HDRPTR).owner = my_tag()
        return ll_born


class BiasedRefcountingGcPolicy(GclabRefcountingGcPolicy):
    def gettransformer(self, translator):
        return BiasedRefcountingGCTransformer(translator)
