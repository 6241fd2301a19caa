"""gclab's reference counting for plan `atomic-refcount`.

This is plan `refcount` -- RPython's `--gc=ref` (rpython/memory/gctransform/
refcounting.py) with gclab's fix for opaque GC pointers, the ordered dicts'
`indexes` (refcount.py) -- with one more change: every read-modify-write
of an object's refcount is a single atomic instruction (GCC/Clang `__atomic`
builtins), as in the Gilectomy's first step, which made Py_INCREF/Py_DECREF atomic
so that threads could share objects without a GIL.

How --gc=ref works, and what is replaced
----------------------------------------
RefcountingGCTransformer gives every GC object a header holding a `refcount`
(a Signed).  It rewrites each graph so that taking a reference calls the helper
`ll_incref` (push_alive) and dropping one calls `ll_decref` or `ll_decref_simple`
(pop_alive); the helpers are RPython functions inlined everywhere, whose C is a plain
`x = hdr->refcount; hdr->refcount = x + 1`.  A type with `__del__` gets a
deallocator that runs the destructor and then decrements once more.  The C policy
(rpython/translator/c/gc.py, RefcountingGcPolicy) emits no refcount code of its own:
only OP_GC_FREE and OP_GC_CALL_RTTI_DESTRUCTOR.

gclab.gc.refcounting.refcount's GclabRefcountingGCTransformer already rebuilds those helpers
(and the deallocators) around two operations, rc_inc and rc_dec, which it takes
from its method refcount_operations(); it also counts allocations and frees
(gclab.gc.stats).  AtomicRefcountingGCTransformer only overrides
refcount_operations(): its rc_inc and rc_dec are a call to a `static inline` C
function (declared with rffi.llexternal; its ExternalCompilationInfo's
post_include_bits go into the header that every generated .c includes), given the
address of the count -- so the C compiler sees one `lock xadd`.  The decrement
after a destructor ran (types with `__del__`) is rc_dec too.  malloc, the layout
of the header and the prebuilt refcounts are RPython's, unchanged.

The allocation and free counters stay plain increments of a global: like every
refcount operation, they run only in a thread that holds the GIL (all of gclab's
threads run under one; see "Threads" in refcount.py).  Without a GIL they
would have to become atomic too.

Plain stores remain where the object is exclusively owned: a deallocator sets the
refcount of an object that just reached 0 to 1 (and back to 0) while it runs its
destructor; no other thread can hold a reference at that point.

Memory orders (the helpers are the only place that chooses them):
  incref  __ATOMIC_RELAXED.  A reference can only be copied from one the thread
          already holds, so the object cannot be freed under us; the increment
          needs atomicity (no lost updates), not ordering.  (Same argument as
          C++ shared_ptr's copy and Rust's Arc::clone.)
  decref  __ATOMIC_ACQ_REL on the decrement-and-test.  Release: this thread's
          earlier accesses to the object happen-before its deallocation by
          whichever thread drops the last reference.  Acquire: the thread that
          sees 0 observes every other thread's writes before it frees the
          object.  (Rust's Arc uses release + an acquire fence on the 0 path;
          ACQ_REL on every decrement is simpler.)
On x86-64 both are a `lock`-prefixed instruction whatever the order; the order
matters on weakly ordered machines (ARM, POWER).

Installation: plan.py names AtomicRefcountingGcPolicy; gclab/gc/rpython_patches.py
puts it in the C backend's table of policies while the plan translates.
"""

from rpython.rtyper.lltypesystem import lltype, llmemory, rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo

from gclab.gc.refcounting.refcount import (GclabRefcountingGCTransformer,
                                           GclabRefcountingGcPolicy)


# The argument is the address of the `refcount` field; the C type of
# llmemory.Address is `void *`.
_ATOMIC_C = r"""
/* gclab atomic-refcount: see gclab/gc/refcounting/atomic.py for the memory orders */
static inline void gclab_rc_incref(void *refcount) {
    (void)__atomic_add_fetch((Signed *)refcount, 1, __ATOMIC_RELAXED);
}
static inline Signed gclab_rc_decref(void *refcount) {
    return __atomic_sub_fetch((Signed *)refcount, 1, __ATOMIC_ACQ_REL);
}
"""

eci = ExternalCompilationInfo(post_include_bits=[_ATOMIC_C])


def _c_helper(name, result):
    return rffi.llexternal(name, [llmemory.Address], result,
                           compilation_info=eci, _nowrapper=True,
                           sandboxsafe=True, releasegil=False,
                           random_effects_on_gcobjs=False)

c_incref = _c_helper('gclab_rc_incref', lltype.Void)
c_decref = _c_helper('gclab_rc_decref', lltype.Signed)   # returns the new count


class AtomicRefcountingGCTransformer(GclabRefcountingGCTransformer):
    """gclab's transformer whose refcount read-modify-writes are the C helpers
    C_INCREF and C_DECREF (a subclass may name other ones)."""

    C_INCREF = c_incref
    C_DECREF = c_decref

    def refcount_operations(self):
        hdr_size = self.gcheaderbuilder.size_gc_header
        rc_offset = llmemory.offsetof(self.HDR, 'refcount')
        c_incref, c_decref = self.C_INCREF, self.C_DECREF

        def rc_inc(adr):       # the C helper gets the address of the count
            c_incref(adr - hdr_size + rc_offset)

        def rc_dec(adr):
            return c_decref(adr - hdr_size + rc_offset) == 0
        rc_inc._always_inline_ = True
        rc_dec._always_inline_ = True
        return rc_inc, rc_dec


class AtomicRefcountingGcPolicy(GclabRefcountingGcPolicy):
    """RPython's C policy for --gc=ref with the atomic transformer.  The policy
    itself writes no refcount code, so nothing else needs overriding."""

    def gettransformer(self, translator):
        return AtomicRefcountingGCTransformer(translator)
